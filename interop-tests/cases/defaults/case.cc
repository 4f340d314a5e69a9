#include "defaults/case.h"

namespace cases {
namespace defaults {

std::string load(const std::string& path, int32_t mode, bool strict) {
  return path + " mode=" + std::to_string(mode) + (strict ? " strict" : " lax");
}

double scale(double x, double factor) { return x * factor; }

int32_t count(int32_t n, void* context) { return context == nullptr ? n : -n; }

Counter::Counter(int64_t start, int64_t step) : value_(start), step_(step) {}
int64_t Counter::advance(int32_t times) {
  value_ += step_ * times;
  return value_;
}
int64_t Counter::value() const noexcept { return value_; }

}  // namespace defaults
}  // namespace cases
