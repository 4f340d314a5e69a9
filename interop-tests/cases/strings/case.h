#ifndef CASES_STRINGS_CASE_H
#define CASES_STRINGS_CASE_H

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace cases {
namespace strings {

/// Returns a copy of `s` (taken by const reference).
std::string echo(const std::string& s);

/// Returns `s` (taken by value).
std::string echo_value(std::string s);

/// Returns the length of `s` in bytes.
size_t length_of(const std::string& s);

/// Returns `strlen(s)` for a NUL-terminated string.
size_t c_length(const char* s);

/// Returns `a` followed by the NUL-terminated string `b`.
std::string concat(const std::string& a, const char* b);

/// Returns a pointer to the static string literal "hello from C++".
const char* greeting() noexcept;

/// Returns nullptr when `null` is true, otherwise the static string "not null".
const char* maybe_null(bool null) noexcept;

/// Returns `s` repeated `times` times.
std::string repeat(const std::string& s, uint32_t times);

/// Returns `s` with its bytes in reverse order.
std::string reversed(std::string s);

/// Appends "!" to `s` in place (a `std::string&` in/out parameter).
void shout(std::string& s);

/// The length of a `std::string_view`.
size_t view_length(std::string_view v) noexcept;

/// Counts `needle` in a `std::string_view`.
size_t count_in_view(std::string_view haystack, char needle) noexcept;

}  // namespace strings
}  // namespace cases

#endif  // CASES_STRINGS_CASE_H
