#include "values/case.h"

#include <cmath>

namespace cases {
namespace values {

Point midpoint(Point a, const Point& b) noexcept { return Point{(a.x + b.x) / 2, (a.y + b.y) / 2}; }
void scale(Point* p, double k) noexcept {
  p->x *= k;
  p->y *= k;
}
void nudge(Point& p) noexcept { p.x += 1; }
double length(const Point* p) noexcept { return std::sqrt(p->x * p->x + p->y * p->y); }
Sample make_sample(int32_t count) noexcept {
  return Sample{static_cast<int8_t>(-count), count, count * 0.5, count % 2 == 0};
}
bool check(const Sample& s) noexcept {
  return s.tag == -7 && s.count == 7 && s.weight == 3.5 && !s.valid;
}
int32_t Labeled::twice() const noexcept { return id * 2; }
Labeled make_labeled(int32_t id) noexcept { return Labeled{id}; }

}  // namespace values
}  // namespace cases
