#include "case.h"

#include <cstring>

namespace cases {
namespace byte_slices {

uint32_t checksum(const char* data, size_t len) {
  uint32_t sum = 0;
  for (size_t i = 0; i < len; ++i) {
    sum += static_cast<unsigned char>(data[i]);
  }
  return sum;
}

size_t count_byte(const char* data, size_t len, char needle) {
  size_t count = 0;
  for (size_t i = 0; i < len; ++i) {
    if (data[i] == needle) {
      ++count;
    }
  }
  return count;
}

std::string to_hex(const char* data, size_t len) {
  static const char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(len * 2);
  for (size_t i = 0; i < len; ++i) {
    unsigned char b = static_cast<unsigned char>(data[i]);
    out.push_back(kDigits[b >> 4]);
    out.push_back(kDigits[b & 0x0f]);
  }
  return out;
}

bool starts_with(const char* data, size_t len, const char* prefix,
                 size_t prefix_len) {
  if (prefix_len > len) {
    return false;
  }
  if (prefix_len == 0) {
    return true;
  }
  return std::memcmp(data, prefix, prefix_len) == 0;
}

uint64_t sum_u8(const uint8_t* data, size_t len) {
  uint64_t sum = 0;
  for (size_t i = 0; i < len; ++i) {
    sum += data[i];
  }
  return sum;
}

}  // namespace byte_slices
}  // namespace cases
