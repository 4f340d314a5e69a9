// Plain values: C-style structs of scalars cross by value as Rust structs
// with the same layout (checked on both sides).
#ifndef CASES_VALUES_CASE_H
#define CASES_VALUES_CASE_H

#include <cstdint>

namespace cases {
namespace values {

/// A point in the plane.
struct Point {
  double x;
  double y;
};

/// Mixed sizes, with padding between them.
struct Sample {
  int8_t tag;
  int32_t count;
  double weight;
  bool valid;
};

/// The point halfway between `a` and `b` (by value and by `const&`).
Point midpoint(Point a, const Point& b) noexcept;
/// Scales `*p` in place (a pointer: read and written).
void scale(Point* p, double k) noexcept;
/// Moves `p` one unit right (a reference: read and written).
void nudge(Point& p) noexcept;
/// The distance from the origin (a `const` pointer: read only).
double length(const Point* p) noexcept;
/// A sample with every field set from `count`.
Sample make_sample(int32_t count) noexcept;
/// Checks a sample built in Rust.
bool check(const Sample& s) noexcept;

/// Not plain (it has a member function): an object with accessors.
struct Labeled {
  int32_t id;
  /// Twice the id.
  int32_t twice() const noexcept;
};

/// A labeled value (boxed: `Labeled` is an object).
Labeled make_labeled(int32_t id) noexcept;

}  // namespace values
}  // namespace cases

#endif  // CASES_VALUES_CASE_H
