#include "attacks_shapes/case.h"

#include <cstdlib>

namespace cases {
namespace attacks_shapes {

Item::Item() noexcept : v_(0) {}
int64_t Item::value() const noexcept { return v_; }
void Item::set(int64_t v) noexcept { v_ = v; }

void fill_items(int n, Item* items) noexcept {
  for (int i = 0; i < n; ++i) items[i].set(7);
}
int64_t sum_items(size_t n, const Item* items) noexcept {
  int64_t sum = 0;
  for (size_t i = 0; i < n; ++i) sum += items[i].value();
  return sum;
}
void copy_ints(int64_t* dst, const int64_t* src, size_t n) noexcept {
  for (size_t i = 0; i < n; ++i) dst[i] = src[i];
}
void squares(int64_t* out, const std::vector<int64_t>& in) noexcept {
  for (size_t i = 0; i < in.size(); ++i) out[i] = in[i] * in[i];
}
void fill_strings(std::string* out, size_t n) {
  for (size_t i = 0; i < n; ++i) out[i] = "s";
}

bool parse_int(const char* text, int* out) noexcept {
  char* end = nullptr;
  long v = std::strtol(text, &end, 10);
  if (end == text) return false;
  *out = static_cast<int>(v);
  return true;
}
bool read_version(const std::vector<uint8_t>& bytes, int* version) noexcept {
  if (bytes.empty()) return false;
  *version = bytes[0];
  return true;
}
void append_to(std::string* text, const char* suffix) { text->append(suffix); }
const char* fill_x(char* buf, size_t n) noexcept {
  for (size_t i = 0; i < n; ++i) buf[i] = 'x';
  return buf;
}
void double_all(double* v, uint8_t count) noexcept {
  for (uint8_t i = 0; i < count; ++i) v[i] *= 2;
}
int count_negative(const double* v, int8_t n) noexcept {
  int k = 0;
  for (int8_t i = 0; i < n; ++i) k += v[i] < 0;
  return k;
}

Bag::Bag() = default;
void Bag::add(int64_t v) {
  Item item;
  item.set(v);
  items_.push_back(item);
}
const Item* Bag::first() const noexcept { return items_.empty() ? nullptr : &items_[0]; }
size_t Bag::size() const noexcept { return items_.size(); }
void Bag::clear() noexcept { items_.clear(); }

std::shared_ptr<Bag> bag_of(int64_t v) {
  auto bag = std::make_shared<Bag>();
  bag->add(v);
  return bag;
}
void empty_bag(std::shared_ptr<Bag> bag) noexcept { bag->clear(); }

}  // namespace attacks_shapes
}  // namespace cases
