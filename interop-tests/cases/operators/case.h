#pragma once
#include <cstdint>
#include <map>
#include <ostream>
#include <string>

namespace cases {
namespace operators {

/// A 2-D vector with member and free operators.
class Vec2 {
 public:
  Vec2(double x, double y) noexcept;
  Vec2(const Vec2& other) noexcept;
  ~Vec2();

  double x() const noexcept;
  double y() const noexcept;

  /// Component-wise sum.
  Vec2 operator+(const Vec2& o) const;
  /// Component-wise difference.
  Vec2 operator-(const Vec2& o) const;
  /// Scaled by a scalar.
  Vec2 operator*(double k) const;
  /// Dot product.
  double operator*(const Vec2& o) const;
  /// Negated.
  Vec2 operator-() const;

  Vec2& operator+=(const Vec2& o);
  Vec2& operator-=(const Vec2& o);
  Vec2& operator*=(double k);

  bool operator==(const Vec2& o) const;
  bool operator!=(const Vec2& o) const;

  /// Component 0 (x) or 1 (y); throws on any other index.
  const double& operator[](std::size_t i) const;
  double& operator[](std::size_t i);

  /// `x * a + y * b`.
  double operator()(double a, double b) const;

  /// Adds one to both components.
  Vec2& operator++();
  /// Subtracts one from both components.
  Vec2& operator--();
  /// Postfix: not bound (Rust has no postfix form).
  Vec2 operator++(int);

  /// Not the zero vector.
  explicit operator bool() const;
  /// The length, rounded toward zero.
  explicit operator std::int32_t() const;

  /// The zero vector.
  bool operator!() const;

 private:
  double x_;
  double y_;
};

/// Free form: divided by a scalar on the right.
Vec2 operator/(const Vec2& v, double k);
/// A scalar on the left: `k * v`.
Vec2 operator*(double k, const Vec2& v);

/// An amount of cents, ordered by `<` only.
class Money {
 public:
  explicit Money(std::int64_t cents) noexcept;
  ~Money();
  /// Copy assignment: `assign_from`.
  Money& operator=(const Money& other) noexcept;
  /// Move assignment (skipped: Rust moves the owning value).
  Money& operator=(Money&& other) noexcept;
  std::int64_t cents() const noexcept;

 private:
  std::int64_t cents_;
};

/// The only comparison `Money` has.
bool operator<(const Money& a, const Money& b);
/// Sums two amounts (free form).
Money operator+(const Money& a, const Money& b);
/// Subtracts (free form).
Money operator-(const Money& a, const Money& b);
/// Remainder of the cents.
Money operator%(const Money& a, std::int64_t m);
/// Adds in place (free form, left operand `Money&`).
Money& operator+=(Money& a, const Money& b);

/// A set of bit flags.
class Flags {
 public:
  explicit Flags(std::uint32_t bits) noexcept;
  ~Flags();
  std::uint32_t bits() const noexcept;

  Flags operator&(const Flags& o) const;
  Flags operator|(const Flags& o) const;
  Flags operator^(const Flags& o) const;
  Flags operator~() const;
  /// Whether bit `bit` is set (a by-value `[]`: the method `get`).
  bool operator[](std::int32_t bit) const noexcept;
  Flags operator<<(std::int32_t n) const;
  Flags operator>>(std::int32_t n) const;
  Flags& operator|=(const Flags& o);
  Flags& operator&=(const Flags& o);
  Flags& operator<<=(std::int32_t n);
  /// Converting assignment: the method `assign`.
  Flags& operator=(std::uint32_t bits) noexcept;
  bool operator==(const Flags& o) const noexcept;
  bool operator<(const Flags& o) const noexcept;
  bool operator<=(const Flags& o) const noexcept;
  bool operator>(const Flags& o) const noexcept;
  bool operator>=(const Flags& o) const noexcept;

 private:
  std::uint32_t bits_;
};

std::ostream& operator<<(std::ostream& os, const Flags& f);

/// Named slots holding vectors: each `[]` returns a reference to a class
/// (by name or by position), which `Index` cannot lend: methods named
/// `get`, `get_i32` and their non-`const` twins `get_mut`, `get_i32_mut`.
class Shelf {
 public:
  Shelf() = default;
  /// The slot named `name`; throws `std::out_of_range` when missing.
  const Vec2& operator[](const std::string& name) const;
  /// The slot named `name`, made at the origin when missing.
  Vec2& operator[](const std::string& name);
  /// The slot at position `i` in name order; throws when out of range.
  const Vec2& operator[](std::int32_t i) const;
  /// The slot at position `i` in name order; throws when out of range.
  Vec2& operator[](std::int32_t i);
  /// How many slots there are.
  std::int32_t size() const noexcept;

 private:
  std::map<std::string, Vec2> slots_;
};

/// Not mapped: unary `+`.
Flags operator+(const Flags& f);
/// Bits of a plain mask kept by `f` (a scalar on the left).
Flags operator&(std::uint32_t bits, const Flags& f);

}  // namespace operators
}  // namespace cases
