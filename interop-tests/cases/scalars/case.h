#ifndef CASES_SCALARS_CASE_H
#define CASES_SCALARS_CASE_H

#include <cstddef>
#include <cstdint>

namespace cases {
namespace scalars {

/// Returns its `int8_t` argument unchanged.
int8_t id_i8(int8_t v) noexcept;
/// Returns its `int16_t` argument unchanged.
int16_t id_i16(int16_t v) noexcept;
/// Returns its `int32_t` argument unchanged.
int32_t id_i32(int32_t v) noexcept;
/// Returns its `int64_t` argument unchanged.
int64_t id_i64(int64_t v) noexcept;
/// Returns its `uint8_t` argument unchanged.
uint8_t id_u8(uint8_t v) noexcept;
/// Returns its `uint16_t` argument unchanged.
uint16_t id_u16(uint16_t v) noexcept;
/// Returns its `uint32_t` argument unchanged.
uint32_t id_u32(uint32_t v) noexcept;
/// Returns its `uint64_t` argument unchanged.
uint64_t id_u64(uint64_t v) noexcept;
/// Returns its `size_t` argument unchanged.
size_t id_usize(size_t v) noexcept;
/// Returns its `float` argument unchanged.
float id_f32(float v) noexcept;
/// Returns its `double` argument unchanged.
double id_f64(double v) noexcept;
/// Returns its `bool` argument unchanged.
bool id_bool(bool v) noexcept;
/// Returns its `char` argument unchanged.
char id_char(char v) noexcept;
/// Returns its `long long` argument unchanged.
long long id_long_long(long long v) noexcept;
/// Returns its `unsigned int` argument unchanged.
unsigned int id_uint(unsigned int v) noexcept;
/// Returns its `short` argument unchanged.
short id_short(short v) noexcept;

/// Returns `a + b`.
double add(double a, double b);
/// Returns `a * b`, widened to 64 bits so it cannot overflow.
int64_t mul(int32_t a, int32_t b);
/// Returns true when `v` is even.
bool is_even(uint64_t v);
/// Returns the character after `c` (`c + 1`, wrapping).
char next_char(char c);

/// A scalar alias.
using Count = uint64_t;

/// Doubles a `Count`.
Count double_count(Count c) noexcept;

/// `x * factor`; `factor` has a default argument.
int32_t scaled(int32_t x, int32_t factor = 10) noexcept;

}  // namespace scalars
}  // namespace cases

#endif  // CASES_SCALARS_CASE_H
