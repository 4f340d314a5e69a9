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

size_t fill_counting(const struct iovec* iov, size_t iov_count,
                     unsigned char first) {
  size_t written = 0;
  for (size_t i = 0; i < iov_count; ++i) {
    unsigned char* p = static_cast<unsigned char*>(iov[i].iov_base);
    for (size_t j = 0; j < iov[i].iov_len; ++j) {
      p[j] = static_cast<unsigned char>(first + written);
      ++written;
    }
  }
  return written;
}

uint64_t drain_sum(struct iovec* iov, int n) {
  uint64_t sum = 0;
  for (int i = 0; i < n; ++i) {
    while (iov[i].iov_len > 0) {
      sum += *static_cast<unsigned char*>(iov[i].iov_base);
      iov[i].iov_base = static_cast<unsigned char*>(iov[i].iov_base) + 1;
      --iov[i].iov_len;
    }
  }
  return sum;
}

Reserver::Reserver() { std::memset(block_, 0, sizeof block_); }

Reserver::~Reserver() = default;

char* Reserver::Reserve(size_t length, char* scratch) {
  return length <= sizeof block_ ? block_ : scratch;
}

std::string Reserver::Block() const {
  return std::string(block_, sizeof block_);
}

ScratchReserver::ScratchReserver() = default;

char* ScratchReserver::Reserve(size_t, char* buf) { return buf; }

}  // namespace byte_slices
}  // namespace cases
