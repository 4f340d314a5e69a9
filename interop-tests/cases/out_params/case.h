#ifndef CASES_OUT_PARAMS_CASE_H
#define CASES_OUT_PARAMS_CASE_H

#include <cstddef>
#include <cstdint>
#include <string>

namespace cases {
namespace out_params {

/// Splits `s` at the first `sep` into `*head` and `*tail`. Returns false and
/// leaves both outputs empty when `sep` does not occur in `s`.
/// \param[out] head,tail the parts (only written)
bool split_first(const std::string& s, char sep, std::string* head,
                 std::string* tail);

/// Copies `data[0..len)` into `*out` byte for byte (NUL and non-UTF-8 bytes
/// are preserved).
/// @param[out] out the copy (only written)
void copy_bytes(const char* data, size_t len, std::string* out);

/// Parses `s` as a decimal `uint32_t` into `*value`. Returns false (leaving
/// `*value` untouched) on empty input, non-digits or overflow.
bool parse_u32(const std::string& s, uint32_t* value);

/// Writes the minimum and maximum of `values[0..count)` to `*min` and `*max`;
/// both are 0 when `count` is 0.
void min_max(const int32_t* values, size_t count, int32_t* min, int32_t* max);

}  // namespace out_params
}  // namespace cases

#endif  // CASES_OUT_PARAMS_CASE_H
