// Pointers whose element count the call states elsewhere, and a shared
// object a call could change under a borrow: shapes an outsider's safe
// programs once broke (a write past one value, a read of a freed item).
// What must be skipped is asserted in `attacks_shapes_report.rs`; the
// shapes that stay bound have round trips in `roundtrip_attacks_shapes.rs`.
#ifndef CASES_ATTACKS_SHAPES_CASE_H
#define CASES_ATTACKS_SHAPES_CASE_H

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace cases {
namespace attacks_shapes {

/// One number.
class Item {
 public:
  Item() noexcept;
  /// The number.
  int64_t value() const noexcept;
  /// Sets it.
  void set(int64_t v) noexcept;

 private:
  int64_t v_;
};

/// Sets the first `n` items at `items` to 7 (the count first).
void fill_items(int n, Item* items) noexcept;
/// The sum of the first `n` items at `items` (the count first).
int64_t sum_items(size_t n, const Item* items) noexcept;
/// Copies `n` numbers from `src` to `dst`.
void copy_ints(int64_t* dst, const int64_t* src, size_t n) noexcept;
/// Writes the squares of `in` to `out`.
void squares(int64_t* out, const std::vector<int64_t>& in) noexcept;
/// Sets the `n` strings at `out` to "s".
void fill_strings(std::string* out, size_t n);

/// Reads a decimal number from `text` into `*out`; false when there is none.
bool parse_int(const char* text, int* out) noexcept;
/// The format version in the first byte of `bytes` into `*version`;
/// false when `bytes` is empty.
bool read_version(const std::vector<uint8_t>& bytes, int* version) noexcept;
/// Appends `suffix` to `*text`.
void append_to(std::string* text, const char* suffix);
/// Fills the `n` bytes at `buf` with 'x' (no NUL) and returns `buf`.
const char* fill_x(char* buf, size_t n) noexcept;
/// Doubles the `count` values at `v` (a count narrower than a slice's length).
void double_all(double* v, uint8_t count) noexcept;
/// How many of the `n` values at `v` are negative (a signed narrow count).
int count_negative(const double* v, int8_t n) noexcept;

/// Items several owners share.
class Bag {
 public:
  Bag();
  /// Adds an item holding `v`.
  void add(int64_t v);
  /// The first item, or null.
  const Item* first() const noexcept;
  /// How many items.
  size_t size() const noexcept;
  /// Forgets every item.
  void clear() noexcept;

 private:
  std::vector<Item> items_;
};

/// A new bag holding `v`.
std::shared_ptr<Bag> bag_of(int64_t v);
/// Empties the bag through this call's copy of its owner.
void empty_bag(std::shared_ptr<Bag> bag) noexcept;

}  // namespace attacks_shapes
}  // namespace cases

#endif  // CASES_ATTACKS_SHAPES_CASE_H
