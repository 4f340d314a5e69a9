#ifndef CASES_EXCEPTIONS_CASE_H
#define CASES_EXCEPTIONS_CASE_H

#include <cstdint>
#include <string>

namespace cases {
namespace exceptions {

/// Returns `a / b`; throws `std::invalid_argument("division by zero")` when
/// `b` is 0.
int32_t checked_div(int32_t a, int32_t b);

/// Returns `s`; throws `std::length_error("empty string")` when it is empty.
std::string must_not_be_empty(const std::string& s);

/// Returns `a + b`, saturating at the `int32_t` limits. Never throws.
int32_t safe_add(int32_t a, int32_t b) noexcept;

/// Always throws the `int` 42 (an exception not derived from
/// `std::exception`).
void throw_int();

/// Absolute value of `x` with C linkage (`INT32_MIN` is returned unchanged).
extern "C" int32_t c_abs(int32_t x);

/// Holds text to be parsed as an integer.
class Parser {
 public:
  /// Stores `text`; throws `std::runtime_error("empty input")` if it is empty.
  explicit Parser(const std::string& text);

  /// Parses the whole text as a decimal `int64_t`; throws
  /// `std::out_of_range` if it is not a number or does not fit.
  int64_t parse_int() const;

 private:
  std::string text_;
};

}  // namespace exceptions
}  // namespace cases

#endif  // CASES_EXCEPTIONS_CASE_H
