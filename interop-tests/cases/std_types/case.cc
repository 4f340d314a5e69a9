#include "std_types/case.h"

#include <algorithm>
#include <climits>
#include <numeric>

namespace cases {
namespace std_types {

int64_t sum(const std::vector<int64_t>& values) {
  return std::accumulate(values.begin(), values.end(), int64_t{0},
                         [](int64_t a, int64_t b) { return static_cast<int64_t>(static_cast<uint64_t>(a) + static_cast<uint64_t>(b)); });
}

std::vector<double> sorted(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values;
}

std::vector<uint8_t> repeat(uint8_t value, std::size_t n) { return std::vector<uint8_t>(n, value); }

std::vector<std::string> split(const std::string& text, char sep) {
  std::vector<std::string> out(1);
  for (char c : text) {
    if (c == sep) {
      out.emplace_back();
    } else {
      out.back().push_back(c);
    }
  }
  return out;
}

Item::Item(const std::string& name) : name_(name) {}
std::string Item::name() const { return name_; }

std::unique_ptr<Item> make_item(const std::string& name) {
  if (name.empty()) return nullptr;
  return std::make_unique<Item>(name);
}

Shelf::Shelf() = default;
std::size_t Shelf::put(std::unique_ptr<Item> item) {
  names_.push_back(item ? item->name() : std::string("<null>"));
  items_.push_back(std::move(item));
  return items_.size();
}
std::unique_ptr<Item> Shelf::take() {
  if (items_.empty()) return nullptr;
  auto last = std::move(items_.back());
  items_.pop_back();
  names_.pop_back();
  return last;
}
const std::vector<std::string>& Shelf::names() const noexcept { return names_; }

std::optional<int32_t> checked_div(int32_t x, int32_t y) {
  if (y == 0 || (x == INT32_MIN && y == -1)) return std::nullopt;
  return x / y;
}

double raise(double base, std::optional<double> extra) { return extra ? base + *extra : base; }

std::string with_suffix(const std::string& name, const std::optional<std::string>& suffix) {
  return suffix ? name + *suffix : name;
}

std::optional<std::string> value_of(const std::string& assignment) {
  auto eq = assignment.find('=');
  if (eq == std::string::npos) return std::nullopt;
  return assignment.substr(eq + 1);
}

std::optional<Item> maybe_item(const std::string& name) {
  if (name.empty()) return std::nullopt;
  return Item(name);
}

}  // namespace std_types
}  // namespace cases
