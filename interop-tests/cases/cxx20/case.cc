#include "cxx20/case.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace cases {
namespace cxx20 {

int64_t span_sum(std::span<const int64_t> values) noexcept {
  uint64_t total = 0;
  for (auto v : values) total += static_cast<uint64_t>(v);
  return static_cast<int64_t>(total);
}

std::size_t double_all(std::span<double> values) {
  for (auto& v : values) v *= 2;
  return values.size();
}

Version::Version(uint32_t major, uint32_t minor) : major_(major), minor_(minor) {}
uint32_t Version::major_part() const noexcept { return major_; }

Samples::Samples(int32_t n) : n_(std::clamp(n, 0, 16)) {
  for (int32_t i = 0; i < n_; ++i) data_[i] = i;
}
std::span<const int32_t> Samples::view() const noexcept {
  return {data_, static_cast<std::size_t>(n_)};
}
std::span<int32_t> Samples::edit() noexcept { return {data_, static_cast<std::size_t>(n_)}; }
int64_t Samples::total() const noexcept {
  int64_t t = 0;
  for (int32_t i = 0; i < n_; ++i) t += data_[i];
  return t;
}

Reading::Reading(double value) : value_(value) {}
double Reading::value() const noexcept { return value_; }

std::partial_ordering operator<=>(const Reading& a, const Reading& b) noexcept {
  return a.value() <=> b.value();
}

Word::Word(const std::string& text) : text_(text) {}
std::string Word::text() const { return text_; }

std::weak_ordering operator<=>(const Word& a, const Word& b) noexcept {
  auto lower = [](unsigned char c) { return static_cast<unsigned char>(std::tolower(c)); };
  std::size_t n = std::min(a.text_.size(), b.text_.size());
  for (std::size_t i = 0; i < n; ++i) {
    auto x = lower(a.text_[i]), y = lower(b.text_[i]);
    if (x != y) return x < y ? std::weak_ordering::less : std::weak_ordering::greater;
  }
  return a.text_.size() <=> b.text_.size();
}

}  // namespace cxx20
}  // namespace cases
