// std::vector and std::unique_ptr: vectors of scalars from Rust slices and
// back as `Vec`, vectors of strings back as `Vec<Vec<u8>>`, and objects handed
// over in and out of C++ through `std::unique_ptr`.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace cases {
namespace std_types {

/// The sum of `values`.
int64_t sum(const std::vector<int64_t>& values);

/// `values` sorted, taken by value.
std::vector<double> sorted(std::vector<double> values);

/// `n` copies of `value`.
std::vector<uint8_t> repeat(uint8_t value, std::size_t n);

/// `text` split at `sep` (bytes, not necessarily UTF-8).
std::vector<std::string> split(const std::string& text, char sep);

/// A named item; handed to and from C++ through `std::unique_ptr`.
class Item {
 public:
  /// An item called `name`.
  explicit Item(const std::string& name);
  /// The name.
  std::string name() const;

 private:
  std::string name_;
};

/// A new item, or null when `name` is empty.
std::unique_ptr<Item> make_item(const std::string& name);

/// Holds items it takes ownership of.
class Shelf {
 public:
  Shelf();
  /// Takes ownership of `item`; returns how many the shelf holds.
  std::size_t put(std::unique_ptr<Item> item);
  /// Gives the last item back (null when empty).
  std::unique_ptr<Item> take();
  /// The names, in order.
  const std::vector<std::string>& names() const noexcept;

 private:
  std::vector<std::unique_ptr<Item>> items_;
  std::vector<std::string> names_;
};

/// `x / y`, or nothing when `y` is zero.
std::optional<int32_t> checked_div(int32_t x, int32_t y);

/// `base` raised by `extra` when given, else `base`.
double raise(double base, std::optional<double> extra);

/// `name` with `suffix` appended when one is given.
std::string with_suffix(const std::string& name, const std::optional<std::string>& suffix);

/// The text after the first `=`, if there is one.
std::optional<std::string> value_of(const std::string& assignment);

/// An item named `name`, unless the name is empty.
std::optional<Item> maybe_item(const std::string& name);

}  // namespace std_types
}  // namespace cases
