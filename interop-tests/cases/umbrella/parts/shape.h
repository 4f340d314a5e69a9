#ifndef CASES_UMBRELLA_PARTS_SHAPE_H
#define CASES_UMBRELLA_PARTS_SHAPE_H

#include <cstdint>

namespace cases {
namespace umbrella {

/// A rectangle, declared in a sub-header of the umbrella.
class Shape {
 public:
  /// A corner of the rectangle, defined out of line below.
  class Corner;

  /// A `width` × `height` rectangle.
  Shape(int32_t width, int32_t height);

  /// width × height.
  int32_t area() const;

  /// Grows both sides by `by`.
  void grow(int32_t by);

 private:
  int32_t width_;
  int32_t height_;
};

/// Nested in `Shape`, but defined outside its body.
class Shape::Corner {
 public:
  /// Corner number `index` (0 to 3).
  explicit Corner(int32_t index);

  /// The corner's number.
  int32_t index() const;

 private:
  int32_t index_;
};

}  // namespace umbrella
}  // namespace cases

#endif  // CASES_UMBRELLA_PARTS_SHAPE_H
