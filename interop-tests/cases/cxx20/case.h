// C++20 vocabulary: `std::span` parameters as Rust slices, and
// `operator<=>` as `PartialOrd` (plus `Eq` + `Ord` for a
// `std::strong_ordering`).
#pragma once

#include <compare>
#include <cstdint>
#include <span>
#include <string>

namespace cases {
namespace cxx20 {

/// The sum of `values`.
int64_t span_sum(std::span<const int64_t> values) noexcept;

/// Doubles every value in place; returns how many there were.
std::size_t double_all(std::span<double> values);

/// A fixed buffer of samples, seen through spans of its own memory.
class Samples {
 public:
  /// `n` samples, 0, 1, 2, …
  explicit Samples(int32_t n);
  /// The samples, to read (valid while the object is unchanged).
  std::span<const int32_t> view() const noexcept;
  /// The samples, to change in place.
  std::span<int32_t> edit() noexcept;
  /// Their sum.
  int64_t total() const noexcept;

 private:
  int32_t data_[16] = {};
  int32_t n_ = 0;
};

/// A version number ordered by its parts (`<=>` defaulted: strong ordering).
class Version {
 public:
  /// `major.minor`.
  Version(uint32_t major, uint32_t minor);
  /// The major part.
  uint32_t major_part() const noexcept;
  /// Ordered by major, then minor.
  auto operator<=>(const Version&) const = default;
  /// Equal when both parts are.
  bool operator==(const Version&) const = default;

 private:
  uint32_t major_;
  uint32_t minor_;
};

/// A measurement that may be missing: missing ones are unordered.
class Reading {
 public:
  /// A reading of `value` (NaN: missing).
  explicit Reading(double value);
  /// The value.
  double value() const noexcept;

 private:
  double value_;
};

/// Ordered by value; a missing reading (NaN) is unordered with everything.
std::partial_ordering operator<=>(const Reading& a, const Reading& b) noexcept;

/// Words compared case-insensitively: equivalent ones may differ in case.
class Word {
 public:
  /// The word `text`.
  explicit Word(const std::string& text);
  /// The text as given.
  std::string text() const;
  /// Case-insensitive order (ASCII).
  friend std::weak_ordering operator<=>(const Word& a, const Word& b) noexcept;

 private:
  std::string text_;
};

}  // namespace cxx20
}  // namespace cases
