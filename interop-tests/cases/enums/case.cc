#include "case.h"

namespace cases {
namespace enums {

Color next_color(Color c) noexcept {
  switch (c) {
    case Red:
      return Green;
    case Green:
      return Blue;
    case Blue:
      return Red;
  }
  return Red;
}

Level raise(Level l) noexcept {
  switch (l) {
    case Level::Low:
      return Level::Mid;
    case Level::Mid:
    case Level::High:
      return Level::High;
  }
  return Level::High;
}

int32_t color_value(Color c) noexcept { return static_cast<int32_t>(c); }

const char* level_name(Level l) noexcept {
  switch (l) {
    case Level::Low:
      return "low";
    case Level::Mid:
      return "mid";
    case Level::High:
      return "high";
  }
  return "unknown";
}

}  // namespace enums
}  // namespace cases
