#include "case.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace cases {
namespace strings {

std::string echo(const std::string& s) { return s; }

std::string echo_value(std::string s) { return s; }

size_t length_of(const std::string& s) { return s.size(); }

size_t c_length(const char* s) { return std::strlen(s); }

std::string concat(const std::string& a, const char* b) {
  std::string out = a;
  out += b;
  return out;
}

const char* greeting() noexcept { return "hello from C++"; }

const char* maybe_null(bool null) noexcept {
  return null ? nullptr : "not null";
}

std::string repeat(const std::string& s, uint32_t times) {
  std::string out;
  out.reserve(s.size() * times);
  for (uint32_t i = 0; i < times; ++i) {
    out += s;
  }
  return out;
}

std::string reversed(std::string s) {
  std::reverse(s.begin(), s.end());
  return s;
}

void shout(std::string& s) { s += "!"; }

size_t view_length(std::string_view v) noexcept { return v.size(); }

size_t count_in_view(std::string_view haystack, char needle) noexcept {
  return static_cast<size_t>(std::count(haystack.begin(), haystack.end(), needle));
}

}  // namespace strings
}  // namespace cases
