#ifndef INVENTORY_INVENTORY_H
#define INVENTORY_INVENTORY_H

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>

namespace inventory {

/// Broad kind of a stock item.
enum class Category {
  /// A reusable tool.
  Tool,
  /// A component used to build or repair something.
  Part,
  /// Something used up (glue, fasteners, ...).
  Consumable
};

/// A stock line: a SKU with a category, a quantity on hand and a unit price.
class Item {
 public:
  /// Creates an item with the given SKU, category, quantity and unit price.
  Item(const std::string& sku, Category c, uint32_t quantity,
       double unit_price);
  /// Copies another item.
  Item(const Item& other);

  /// Stock-keeping unit identifier.
  std::string sku() const;
  /// The item's category.
  Category category() const;
  /// Units currently in stock.
  uint32_t quantity() const;
  /// Price of one unit.
  double unit_price() const;
  /// `quantity() * unit_price()`.
  double total_value() const noexcept;
  /// Adds `n` units to the stock.
  void restock(uint32_t n);
  /// Removes `n` units; throws `std::out_of_range("not enough stock")` if
  /// `n > quantity()`.
  void take(uint32_t n);

 private:
  std::string sku_;
  Category category_;
  uint32_t quantity_;
  double unit_price_;
};

/// A named collection of items keyed by SKU.
class Store {
 public:
  /// Creates an empty, unnamed store.
  Store();
  /// Creates an empty store called `name`.
  explicit Store(const std::string& name);

  /// Adds a copy of `item`; throws `std::invalid_argument("duplicate sku")` if
  /// an item with the same SKU is already present.
  void add(const Item& item);
  /// Number of distinct items.
  size_t size() const noexcept;
  /// True when an item with `sku` is present.
  bool contains(const std::string& sku) const noexcept;
  /// Quantity on hand for `sku`; throws `std::out_of_range` if it is missing.
  uint32_t quantity_of(const std::string& sku) const;
  /// Sum of `total_value()` over all items.
  double total_value() const noexcept;
  /// Removes `n` units of `sku`. On failure (unknown SKU or not enough stock)
  /// returns false and writes a message to `*error`; stock is unchanged.
  /// \param[out] error why it failed (only written)
  bool take(const std::string& sku, uint32_t n, std::string* error);
  /// One line per item, sorted by SKU: "SKU xN @price" (price as in
  /// `format_price`), each terminated by '\n'.
  std::string report() const;

  /// Library version string ("1.0").
  static std::string version();

 private:
  std::string name_;
  std::map<std::string, Item> items_;
};

/// Formats `value` with exactly two decimals, e.g. 12.5 -> "12.50".
std::string format_price(double value);

/// Sum of the bytes in `data[0..len)` (as unsigned char), mod 2^32.
uint32_t checksum(const char* data, size_t len);

/// Parses "tool", "part" or "consumable" (case-insensitive). Sets `*ok` to
/// whether parsing succeeded; returns `Category::Tool` on failure.
Category parse_category(const std::string& s, bool* ok);

}  // namespace inventory

#endif  // INVENTORY_INVENTORY_H
