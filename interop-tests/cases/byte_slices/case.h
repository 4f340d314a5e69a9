#ifndef CASES_BYTE_SLICES_CASE_H
#define CASES_BYTE_SLICES_CASE_H

#include <cstddef>
#include <cstdint>
#include <string>

namespace cases {
namespace byte_slices {

/// Sum of the bytes in `data[0..len)` (each read as unsigned char), mod 2^32.
uint32_t checksum(const char* data, size_t len);

/// Number of bytes in `data[0..len)` equal to `needle`.
size_t count_byte(const char* data, size_t len, char needle);

/// Lowercase hexadecimal encoding of `data[0..len)` (two digits per byte).
std::string to_hex(const char* data, size_t len);

/// True when `data[0..len)` begins with `prefix[0..prefix_len)`.
bool starts_with(const char* data, size_t len, const char* prefix,
                 size_t prefix_len);

/// Sum of the bytes in `data[0..len)` as a 64-bit value.
uint64_t sum_u8(const uint8_t* data, size_t len);

}  // namespace byte_slices
}  // namespace cases

#endif  // CASES_BYTE_SLICES_CASE_H
