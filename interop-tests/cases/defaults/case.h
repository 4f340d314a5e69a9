// Default arguments: the common call is as short in Rust as in C++, and every
// longer form stays reachable (`load`, `load_with_mode`, `load_with_mode_strict`).
#pragma once

#include <cstdint>
#include <string>

namespace cases {
namespace defaults {

/// Describes a load: `path`, `mode` and `strict` as C++ saw them.
std::string load(const std::string& path, int32_t mode = 7, bool strict = false);

/// Scales `x`; the factor's default is an expression C++ evaluates.
double scale(double x, double factor = 1.0 / 4.0);

/// Only the short form binds: the defaulted parameter has no Rust reading.
int32_t count(int32_t n, void* context = nullptr);

/// A counter whose constructor and methods take defaults.
class Counter {
 public:
  /// Starts at `start`, stepping by `step`.
  explicit Counter(int64_t start = 0, int64_t step = 1);
  /// Advances `times` steps; returns the new value.
  int64_t advance(int32_t times = 1);
  /// The value.
  int64_t value() const noexcept;

 private:
  int64_t value_;
  int64_t step_;
};

}  // namespace defaults
}  // namespace cases
