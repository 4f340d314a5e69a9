#ifndef CASES_ENUMS_CASE_H
#define CASES_ENUMS_CASE_H

#include <cstdint>

namespace cases {
namespace enums {

/// A plain (unscoped) enum with an explicit value in the middle.
enum Color {
  /// Value 0.
  Red,
  /// Value 5.
  Green = 5,
  /// Value 6.
  Blue
};

/// A scoped enum with a `uint8_t` underlying type.
enum class Level : uint8_t {
  /// The lowest level.
  Low = 1,
  /// The middle level.
  Mid = 2,
  /// The highest level.
  High = 3
};

/// A scoped enum whose values do not fit in 32 bits.
enum class Big : int64_t {
  /// -9,000,000,000.
  Min = -9000000000,
  /// 9,000,000,000.
  Max = 9000000000
};

/// Cycles Red -> Green -> Blue -> Red.
Color next_color(Color c) noexcept;

/// Returns the next level up, saturating at `Level::High`.
Level raise(Level l) noexcept;

/// Returns the numeric value of `c`.
int32_t color_value(Color c) noexcept;

/// Returns "low", "mid" or "high" ("unknown" for any other value).
const char* level_name(Level l) noexcept;

}  // namespace enums
}  // namespace cases

#endif  // CASES_ENUMS_CASE_H
