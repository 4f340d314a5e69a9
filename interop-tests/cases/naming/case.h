#ifndef CASES_NAMING_CASE_H
#define CASES_NAMING_CASE_H

// Names that collide with what cxx, Rust or the generated code use
// themselves. Everything here must bind (or be skipped with
// `reserved-name`) and the generated crate must compile.

#include <cstdint>
#include <functional>
#include <string>

namespace cases {
namespace naming {

/// A class named like cxx's `String`.
class String {
 public:
  /// Holds `n`.
  explicit String(int32_t n);
  /// The held number.
  int32_t get() const noexcept;
  /// A method named like the generated wrapper's own helper.
  int32_t cxxbind_wrap() const noexcept;

 private:
  int32_t n_;
};

/// A class named like cxx's `Vec`.
class Vec {
 public:
  Vec();
  /// Always 7.
  int32_t seven() const noexcept;
};

/// Rust keywords as function and parameter names.
int32_t match(int32_t type, int32_t self) noexcept;

/// A parameter named like a temporary the generated code could use.
int64_t shadow(const std::string& s, int64_t s_cxx, int64_t cxxbind_r) noexcept;

/// A function whose name contains `__` (reserved in C++; cxx cannot name it directly).
int32_t double__underscore(int32_t x) noexcept;

namespace ffi {
/// A namespace named like the generated `ffi` module.
int32_t in_ffi() noexcept;
}  // namespace ffi

namespace cxx {
/// A namespace named like the cxx crate.
int32_t in_cxx() noexcept;
}  // namespace cxx

namespace a {
/// Same class and method names as `b::Same`.
class Same {
 public:
  Same();
  /// Returns 1.
  int32_t which() const noexcept;
};
}  // namespace a

namespace b {
/// Same class and method names as `a::Same`.
class Same {
 public:
  Same();
  /// Returns 2.
  int32_t which() const noexcept;
};
}  // namespace b

namespace A {
/// A namespace whose snake_case name is `a` too: it gets its own module.
int32_t upper() noexcept;
}  // namespace A

/// Callbacks whose parameters are named with Rust keywords, and overrides
/// whose default arguments start earlier than their base's: every helper
/// name the bridge needs for them is distinct and valid C++.
namespace callbacks {
/// Counts the values below `limit` for which `fn` holds.
int32_t count_if(std::function<bool(uint32_t)> fn, uint32_t limit);
/// `loop(type(x))`.
int32_t apply_both(std::function<int32_t(int32_t)> type, std::function<int32_t(int32_t)> loop, int32_t x);

class Runner {
 public:
  Runner();
  virtual ~Runner();
  /// `f(a) + g(a) + z` (a missing `g` adds nothing).
  virtual int32_t run(int32_t a, std::function<int32_t(int32_t)> f,
                      std::function<int32_t(int32_t)> g = nullptr, int32_t z = 0);
};

/// Overrides `run` with defaults starting one parameter earlier.
class Shifted : public Runner {
 public:
  Shifted();
  /// `f(a) + g(a) + z + 1000` (missing callbacks add nothing).
  int32_t run(int32_t a, std::function<int32_t(int32_t)> f = nullptr,
              std::function<int32_t(int32_t)> g = nullptr, int32_t z = 1) override;
};
}  // namespace callbacks

}  // namespace naming
}  // namespace cases

#endif  // CASES_NAMING_CASE_H
