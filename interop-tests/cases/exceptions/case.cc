#include "case.h"

#include <cerrno>
#include <cstdlib>
#include <limits>
#include <stdexcept>

namespace cases {
namespace exceptions {

int32_t checked_div(int32_t a, int32_t b) {
  if (b == 0) {
    throw std::invalid_argument("division by zero");
  }
  if (a == std::numeric_limits<int32_t>::min() && b == -1) {
    throw std::overflow_error("division overflow");
  }
  return a / b;
}

std::string must_not_be_empty(const std::string& s) {
  if (s.empty()) {
    throw std::length_error("empty string");
  }
  return s;
}

int32_t safe_add(int32_t a, int32_t b) noexcept {
  int64_t sum = static_cast<int64_t>(a) + static_cast<int64_t>(b);
  if (sum > std::numeric_limits<int32_t>::max()) {
    return std::numeric_limits<int32_t>::max();
  }
  if (sum < std::numeric_limits<int32_t>::min()) {
    return std::numeric_limits<int32_t>::min();
  }
  return static_cast<int32_t>(sum);
}

void throw_int() { throw 42; }

extern "C" int32_t c_abs(int32_t x) {
  if (x == std::numeric_limits<int32_t>::min()) {
    return x;
  }
  return x < 0 ? -x : x;
}

Parser::Parser(const std::string& text) : text_(text) {
  if (text_.empty()) {
    throw std::runtime_error("empty input");
  }
}

int64_t Parser::parse_int() const {
  const char* begin = text_.c_str();
  char* end = nullptr;
  errno = 0;
  long long v = std::strtoll(begin, &end, 10);
  if (end == begin || end != begin + text_.size() || errno == ERANGE) {
    throw std::out_of_range("not a number: " + text_);
  }
  return static_cast<int64_t>(v);
}

}  // namespace exceptions
}  // namespace cases
