#include "operators/case.h"

#include <cmath>
#include <iterator>
#include <stdexcept>

namespace cases {
namespace operators {

Vec2::Vec2(double x, double y) noexcept : x_(x), y_(y) {}
Vec2::Vec2(const Vec2& other) noexcept = default;
Vec2::~Vec2() = default;
double Vec2::x() const noexcept { return x_; }
double Vec2::y() const noexcept { return y_; }
Vec2 Vec2::operator+(const Vec2& o) const { return Vec2(x_ + o.x_, y_ + o.y_); }
Vec2 Vec2::operator-(const Vec2& o) const { return Vec2(x_ - o.x_, y_ - o.y_); }
Vec2 Vec2::operator*(double k) const { return Vec2(x_ * k, y_ * k); }
double Vec2::operator*(const Vec2& o) const { return x_ * o.x_ + y_ * o.y_; }
Vec2 Vec2::operator-() const { return Vec2(-x_, -y_); }
Vec2& Vec2::operator+=(const Vec2& o) {
  x_ += o.x_;
  y_ += o.y_;
  return *this;
}
Vec2& Vec2::operator-=(const Vec2& o) {
  x_ -= o.x_;
  y_ -= o.y_;
  return *this;
}
Vec2& Vec2::operator*=(double k) {
  x_ *= k;
  y_ *= k;
  return *this;
}
bool Vec2::operator==(const Vec2& o) const { return x_ == o.x_ && y_ == o.y_; }
bool Vec2::operator!=(const Vec2& o) const { return !(*this == o); }
const double& Vec2::operator[](std::size_t i) const {
  if (i > 1) throw std::out_of_range("Vec2 index");
  return i == 0 ? x_ : y_;
}
double& Vec2::operator[](std::size_t i) {
  if (i > 1) throw std::out_of_range("Vec2 index");
  return i == 0 ? x_ : y_;
}
double Vec2::operator()(double a, double b) const { return x_ * a + y_ * b; }
Vec2& Vec2::operator++() {
  x_ += 1;
  y_ += 1;
  return *this;
}
Vec2& Vec2::operator--() {
  x_ -= 1;
  y_ -= 1;
  return *this;
}
Vec2 Vec2::operator++(int) {
  Vec2 old = *this;
  ++*this;
  return old;
}
Vec2::operator bool() const { return x_ != 0 || y_ != 0; }
Vec2::operator std::int32_t() const {
  return static_cast<std::int32_t>(std::sqrt(x_ * x_ + y_ * y_));
}
bool Vec2::operator!() const { return !static_cast<bool>(*this); }
Vec2 operator/(const Vec2& v, double k) { return Vec2(v.x() / k, v.y() / k); }
Vec2 operator*(double k, const Vec2& v) { return Vec2(k * v.x(), k * v.y()); }

Money::Money(std::int64_t cents) noexcept : cents_(cents) {}
Money::~Money() = default;
Money& Money::operator=(const Money& other) noexcept {
  cents_ = other.cents_;
  return *this;
}
Money& Money::operator=(Money&& other) noexcept {
  cents_ = other.cents_;
  return *this;
}
std::int64_t Money::cents() const noexcept { return cents_; }
bool operator<(const Money& a, const Money& b) { return a.cents() < b.cents(); }
Money operator+(const Money& a, const Money& b) { return Money(a.cents() + b.cents()); }
Money operator-(const Money& a, const Money& b) { return Money(a.cents() - b.cents()); }
Money operator%(const Money& a, std::int64_t m) { return Money(a.cents() % m); }
Money& operator+=(Money& a, const Money& b) {
  a = Money(a.cents() + b.cents());
  return a;
}

Flags::Flags(std::uint32_t bits) noexcept : bits_(bits) {}
Flags::~Flags() = default;
std::uint32_t Flags::bits() const noexcept { return bits_; }
Flags& Flags::operator=(std::uint32_t bits) noexcept {
  bits_ = bits;
  return *this;
}
Flags Flags::operator&(const Flags& o) const { return Flags(bits_ & o.bits_); }
Flags Flags::operator|(const Flags& o) const { return Flags(bits_ | o.bits_); }
Flags Flags::operator^(const Flags& o) const { return Flags(bits_ ^ o.bits_); }
Flags Flags::operator~() const { return Flags(~bits_); }
bool Flags::operator[](std::int32_t bit) const noexcept { return (bits_ >> bit) & 1u; }
Flags Flags::operator<<(std::int32_t n) const { return Flags(bits_ << n); }
Flags Flags::operator>>(std::int32_t n) const { return Flags(bits_ >> n); }
Flags& Flags::operator|=(const Flags& o) {
  bits_ |= o.bits_;
  return *this;
}
Flags& Flags::operator&=(const Flags& o) {
  bits_ &= o.bits_;
  return *this;
}
Flags& Flags::operator<<=(std::int32_t n) {
  bits_ <<= n;
  return *this;
}
bool Flags::operator==(const Flags& o) const noexcept { return bits_ == o.bits_; }
bool Flags::operator<(const Flags& o) const noexcept { return bits_ < o.bits_; }
bool Flags::operator<=(const Flags& o) const noexcept { return bits_ <= o.bits_; }
bool Flags::operator>(const Flags& o) const noexcept { return bits_ > o.bits_; }
bool Flags::operator>=(const Flags& o) const noexcept { return bits_ >= o.bits_; }
std::ostream& operator<<(std::ostream& os, const Flags& f) { return os << "Flags(" << f.bits() << ")"; }
Flags operator+(const Flags& f) { return f; }
Flags operator&(std::uint32_t bits, const Flags& f) { return Flags(bits & f.bits()); }

const Vec2& Shelf::operator[](const std::string& name) const { return slots_.at(name); }
Vec2& Shelf::operator[](const std::string& name) {
  return slots_.emplace(name, Vec2(0, 0)).first->second;
}
const Vec2& Shelf::operator[](std::int32_t i) const {
  if (i < 0 || i >= size()) throw std::out_of_range("no such slot");
  auto it = slots_.begin();
  std::advance(it, i);
  return it->second;
}
Vec2& Shelf::operator[](std::int32_t i) {
  const Shelf& self = *this;
  return const_cast<Vec2&>(self[i]);
}
std::int32_t Shelf::size() const noexcept { return static_cast<std::int32_t>(slots_.size()); }

}  // namespace operators
}  // namespace cases
