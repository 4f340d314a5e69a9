#include "umbrella/case.h"

namespace cases {
namespace umbrella {

Shape::Shape(int32_t width, int32_t height) : width_(width), height_(height) {}

int32_t Shape::area() const { return width_ * height_; }

void Shape::grow(int32_t by) {
  width_ += by;
  height_ += by;
}

Shape::Corner::Corner(int32_t index) : index_(index) {}

int32_t Shape::Corner::index() const { return index_; }

int32_t millimetres_per(Unit unit) { return unit == Unit::Inch ? 25 : 1; }

int32_t total_area(const Shape& a, const Shape& b) { return a.area() + b.area(); }

int detail_items() { return 2; }

}  // namespace umbrella
}  // namespace cases
