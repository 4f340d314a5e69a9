#include "case.h"

namespace cases {
namespace scalars {

int8_t id_i8(int8_t v) noexcept { return v; }
int16_t id_i16(int16_t v) noexcept { return v; }
int32_t id_i32(int32_t v) noexcept { return v; }
int64_t id_i64(int64_t v) noexcept { return v; }
uint8_t id_u8(uint8_t v) noexcept { return v; }
uint16_t id_u16(uint16_t v) noexcept { return v; }
uint32_t id_u32(uint32_t v) noexcept { return v; }
uint64_t id_u64(uint64_t v) noexcept { return v; }
size_t id_usize(size_t v) noexcept { return v; }
float id_f32(float v) noexcept { return v; }
double id_f64(double v) noexcept { return v; }
bool id_bool(bool v) noexcept { return v; }
char id_char(char v) noexcept { return v; }
long long id_long_long(long long v) noexcept { return v; }
unsigned int id_uint(unsigned int v) noexcept { return v; }
short id_short(short v) noexcept { return v; }

double add(double a, double b) { return a + b; }

int64_t mul(int32_t a, int32_t b) {
  return static_cast<int64_t>(a) * static_cast<int64_t>(b);
}

bool is_even(uint64_t v) { return v % 2 == 0; }

char next_char(char c) {
  // Go through unsigned char so that wrapping is well defined.
  return static_cast<char>(static_cast<unsigned char>(c) + 1u);
}

Count double_count(Count c) noexcept { return c * 2; }

int32_t scaled(int32_t x, int32_t factor) noexcept { return x * factor; }

}  // namespace scalars
}  // namespace cases
