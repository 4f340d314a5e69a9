#ifndef CASES_SKIPPED_CASE_H
#define CASES_SKIPPED_CASE_H

#include <cstdint>
#include <ctime>
#include <string>

/// Version of this test case (a macro: not bindable as a function).
#define CASES_SKIPPED_VERSION 3

namespace cases {
namespace skipped {

/// Returns `x * 2`. Bindable.
int32_t plain(int32_t x);

/// Function template (skipped: the config lists no instantiation).
template <typename T>
T twice(T x) {
  return x + x;
}

/// Takes an rvalue reference (skipped: rvalue references are unsupported).
void takes_rvalue(std::string&& s);

/// Sums `count` trailing `int` arguments (skipped: variadic).
int sum_all(int count, ...);

/// Calls `cb(7)` (skipped: function-pointer parameter).
void takes_callback(void (*cb)(int));

/// Returns a pointer to `global_counter` (skipped: raw pointer return).
int32_t* raw_pointer_return();

/// Ignores `p` (skipped: `void*` parameter).
void takes_void_ptr(void* p);

/// Class template (skipped: no instance is used in the API).
template <typename T>
class Box {
 public:
  /// Returns the stored value.
  T get() const { return value_; }
  /// The stored value.
  T value_{};
};

/// A union (skipped: unions are unsupported).
union Bits {
  /// Integer view.
  int32_t i;
  /// Floating-point view.
  float f;
};

/// A mutable global variable (skipped: variables are not bound).
extern int32_t global_counter;

/// A compile-time constant (skipped: constants are not bound).
constexpr int32_t kAnswer = 42;

/// A plain aggregate used by the operator below.
struct Vec2 {
  /// X coordinate.
  double x;
  /// Y coordinate.
  double y;
};

/// Component-wise addition (bound: `Add` on `&Vec2` and `Vec2`).
Vec2 operator+(const Vec2& a, const Vec2& b);

/// A function-pointer type alias (skipped).
using Callback = void (*)(int);

/// A struct whose operators and helpers exist only as hidden friends.
struct Tagged {
  /// The tag.
  int32_t tag;
  /// Found by argument-dependent lookup only.
  friend bool operator==(const Tagged& a, const Tagged& b) { return a.tag == b.tag; }
  /// Found by argument-dependent lookup only.
  friend int32_t tag_of(const Tagged& t) { return t.tag; }
};

/// Writes a name into `out`, however long (skipped: a buffer with no length).
void write_name(char* out);

/// Only forward-declared here (skipped: incomplete type).
struct Incomplete;

/// Takes a C library type declared outside this library (skipped: unbound type).
void takes_foreign(const std::tm& t);

/// Returns a reference to a counter (skipped: a reference whose owner is unknown).
int32_t& counter_ref();

/// Takes an aggregate by value (skipped: class by value).
double length(Vec2 v);

/// An interface Rust cannot implement (its method returns a string).
class Named {
 public:
  /// Nothing to set up (skipped: abstract class with no Rust implementation).
  Named() = default;
  virtual ~Named() = default;
  /// The name.
  virtual std::string name() const = 0;
};

/// Enumerators that are Rust keywords (skipped: reserved name).
enum class Keyword { type, match };

/// Converts to an integer, from a temporary only (skipped: `&&`-qualified
/// conversion operator).
struct Celsius {
  /// Degrees.
  int32_t degrees;
  /// The whole degrees.
  explicit operator int32_t() const&& { return degrees; }
};

/// Only the library destroys these: Rust reaches them as borrows, never
/// builds one (skipped constructor: no public destructor).
class Sealed {
 public:
  /// Builds one (skipped: nothing could destroy it from Rust).
  Sealed();
  /// Always 7.
  int32_t id() const noexcept;

 private:
  ~Sealed();
};

/// Returns `!b`. Bindable; checks that skipping earlier declarations does not
/// stop later ones from being bound.
bool plain_after(bool b);

}  // namespace skipped
}  // namespace cases

#endif  // CASES_SKIPPED_CASE_H
