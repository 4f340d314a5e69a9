#ifndef CASES_BYTE_SLICES_CASE_H
#define CASES_BYTE_SLICES_CASE_H

#include <cstddef>
#include <cstdint>
#include <string>
#include <sys/uio.h>

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

/// Writes `first`, `first + 1`, … (wrapping) into the buffers of
/// `iov[0..iov_count)`, in order; returns the number of bytes written.
size_t fill_counting(const struct iovec* iov, size_t iov_count,
                     unsigned char first);

/// Sum of the bytes in the buffers of `iov[0..n)`. It consumes the
/// descriptors as it reads (each ends empty, past its buffer).
uint64_t drain_sum(struct iovec* iov, int n);

/// Lends writable bytes: its own block when `length` fits in it, else the
/// caller's `scratch`, which must hold `length` bytes.
class Reserver {
 public:
  Reserver();
  virtual ~Reserver();
  virtual char* Reserve(size_t length, char* scratch);
  /// The bytes of its own block.
  std::string Block() const;

 private:
  char block_[8];
};

/// Always lends the scratch buffer (an override with other parameter names:
/// it keeps `Reserver::Reserve`'s sizes from the config).
class ScratchReserver : public Reserver {
 public:
  ScratchReserver();
  char* Reserve(size_t n, char* buf) override;
};

}  // namespace byte_slices
}  // namespace cases

#endif  // CASES_BYTE_SLICES_CASE_H
