#include "inventory/inventory.h"

#include <cctype>
#include <cstdio>
#include <stdexcept>
#include <utility>

namespace inventory {

// ---- Item -----------------------------------------------------------------

Item::Item(const std::string& sku, Category c, uint32_t quantity,
           double unit_price)
    : sku_(sku), category_(c), quantity_(quantity), unit_price_(unit_price) {}

Item::Item(const Item& other) = default;

std::string Item::sku() const { return sku_; }

Category Item::category() const { return category_; }

uint32_t Item::quantity() const { return quantity_; }

double Item::unit_price() const { return unit_price_; }

double Item::total_value() const noexcept {
  return static_cast<double>(quantity_) * unit_price_;
}

void Item::restock(uint32_t n) { quantity_ += n; }

void Item::take(uint32_t n) {
  if (n > quantity_) {
    throw std::out_of_range("not enough stock");
  }
  quantity_ -= n;
}

// ---- Store ----------------------------------------------------------------

Store::Store() = default;

Store::Store(const std::string& name) : name_(name) {}

void Store::add(const Item& item) {
  if (!items_.emplace(item.sku(), item).second) {
    throw std::invalid_argument("duplicate sku");
  }
}

size_t Store::size() const noexcept { return items_.size(); }

bool Store::contains(const std::string& sku) const noexcept {
  return items_.find(sku) != items_.end();
}

uint32_t Store::quantity_of(const std::string& sku) const {
  auto it = items_.find(sku);
  if (it == items_.end()) {
    throw std::out_of_range("unknown sku: " + sku);
  }
  return it->second.quantity();
}

double Store::total_value() const noexcept {
  double total = 0.0;
  for (const auto& entry : items_) {
    total += entry.second.total_value();
  }
  return total;
}

bool Store::take(const std::string& sku, uint32_t n, std::string* error) {
  auto it = items_.find(sku);
  if (it == items_.end()) {
    if (error != nullptr) {
      *error = "unknown sku: " + sku;
    }
    return false;
  }
  if (n > it->second.quantity()) {
    if (error != nullptr) {
      *error = "not enough stock for " + sku + ": have " +
               std::to_string(it->second.quantity()) + ", want " +
               std::to_string(n);
    }
    return false;
  }
  it->second.take(n);
  return true;
}

std::string Store::report() const {
  std::string out;
  for (const auto& entry : items_) {  // std::map iterates in SKU order.
    const Item& item = entry.second;
    out += item.sku();
    out += " x";
    out += std::to_string(item.quantity());
    out += " @";
    out += format_price(item.unit_price());
    out += '\n';
  }
  return out;
}

std::string Store::version() { return "1.0"; }

// ---- Free functions ---------------------------------------------------------

std::string format_price(double value) {
  char buf[64];
  int n = std::snprintf(buf, sizeof buf, "%.2f", value);
  if (n < 0) {
    return std::string();
  }
  if (static_cast<size_t>(n) < sizeof buf) {
    return std::string(buf, static_cast<size_t>(n));
  }
  // Very large values: retry with an exactly-sized buffer.
  std::string big(static_cast<size_t>(n) + 1, '\0');
  std::snprintf(&big[0], big.size(), "%.2f", value);
  big.resize(static_cast<size_t>(n));
  return big;
}

uint32_t checksum(const char* data, size_t len) {
  uint32_t sum = 0;
  for (size_t i = 0; i < len; ++i) {
    sum += static_cast<unsigned char>(data[i]);
  }
  return sum;
}

Category parse_category(const std::string& s, bool* ok) {
  std::string lower;
  lower.reserve(s.size());
  for (char c : s) {
    lower.push_back(
        static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  bool found = true;
  Category result = Category::Tool;
  if (lower == "tool") {
    result = Category::Tool;
  } else if (lower == "part") {
    result = Category::Part;
  } else if (lower == "consumable") {
    result = Category::Consumable;
  } else {
    found = false;
  }
  if (ok != nullptr) {
    *ok = found;
  }
  return result;
}

}  // namespace inventory
