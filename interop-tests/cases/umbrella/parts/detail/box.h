#ifndef CASES_UMBRELLA_PARTS_DETAIL_BOX_H
#define CASES_UMBRELLA_PARTS_DETAIL_BOX_H

namespace cases {
namespace umbrella {

/// A class template two folders down: it and its members count (skipped).
template <typename T>
class Box {
 public:
  Box() : value_() {}
  explicit Box(T value) : value_(value) {}
  T get() const { return value_; }
  void set(T value) { value_ = value; }

 private:
  T value_;
};

/// The size of the detail layer's API (returns 2: `Box` and this function).
int detail_items();

}  // namespace umbrella
}  // namespace cases

#endif  // CASES_UMBRELLA_PARTS_DETAIL_BOX_H
