#ifndef CASES_EDGE_CASES_CASE_H
#define CASES_EDGE_CASES_CASE_H

// Constructs that once produced code that did not compile, or a binding
// that was unsound; each must now bind correctly or be skipped.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#define EDGE_CHAR 'c'
#define EDGE_BOOL true
#define EDGE_JOINED "ab" "cd"
#define EDGE_WIDE L"wide"
#define EDGE_HUGE 1e999

namespace cases {
namespace edge_cases {

/// An anonymous enum with an unsigned 64-bit maximum.
enum : unsigned long long { kAllBits = 0xFFFFFFFFFFFFFFFFull };

/// A string constant and a character-array constant.
constexpr const char* kGreeting = "hi";
constexpr char kArray[] = "arr";

/// Ref-qualified and volatile member functions.
class Qualified {
 public:
  Qualified();
  /// `&`-qualified: called through a shim.
  int32_t on_lvalue() & noexcept;
  /// `const&`-qualified.
  int32_t on_const_lvalue() const& noexcept;
  /// `&&`-qualified: skipped.
  int32_t on_rvalue() && noexcept;
  /// `volatile`: skipped.
  int32_t on_volatile() volatile noexcept;
};

/// An interface whose pure virtual method is `noexcept`.
class Counter {
 public:
  Counter() {}
  virtual ~Counter();
  /// Returns the next number.
  virtual int64_t next() noexcept = 0;
};

/// Calls `c.next()` `times` times and returns the sum.
int64_t sum_next(Counter* c, int32_t times);

/// A class passed as a pointer plus a length: an array of objects, skipped.
struct Point {
  Point();
  int32_t x;
};
int32_t sum_points(const Point* points, size_t count);

/// A buffer returned with its length in an out-parameter: copied.
const char* buffer(size_t* len) noexcept;

/// A class that keeps a view of its constructor argument.
class View {
 public:
  /// Keeps `text` (no copy): the Rust object borrows it.
  explicit View(std::string_view text);
  /// The viewed length.
  size_t size() const noexcept;
  /// A copy that views the same text.
  View copy() const;

 private:
  std::string_view text_;
};

/// A typedef'd anonymous struct, returned by value.
typedef struct {
  int32_t value;
} Anonymous;
Anonymous make_anonymous(int32_t value);
int32_t anonymous_value(const Anonymous& a) noexcept;

/// A hash for a user type: an explicit specialization of a std template.
struct Key {
  int32_t id;
};

/// An interface with overloaded pure virtuals, a `char` parameter, a
/// parameter named like the generated receiver, and a `const noexcept` one.
class Visitor {
 public:
  Visitor() {}
  virtual ~Visitor();
  /// Visits a number.
  virtual int32_t visit(int32_t imp) = 0;
  /// Visits a character.
  virtual int32_t visit(char c) = 0;
  /// The last character visited.
  virtual char last() const noexcept = 0;
};

/// `v.visit(10) + v.visit('a') + v.last()`.
int32_t drive(Visitor& v);

/// A class named like `Visitor`'s generated trait.
class VisitorImpl {
 public:
  VisitorImpl();
  /// Always 9.
  int32_t id() const noexcept;
};

/// Twice `x`. A function-like macro of the same name follows (zlib's
/// `gzgetc`): shims call the function by its name in parentheses, which a
/// function-like macro does not expand.
int32_t twice(int32_t x) noexcept;

/// An enum a function of the same name hides in C++ (C's `struct stat` and
/// `stat()`): skipped, and so is the function taking it.
enum Shade { SHADE_LIGHT = 1, SHADE_DARK = 2 };
int32_t Shade(enum Shade s) noexcept;

/// An enum one of whose enumerators a macro of the same name shadows
/// (gnutls's `GNUTLS_SERVER`): skipped; the macro is bound as a constant.
enum Level { LEVEL_LOW = 1, LEVEL_HIGH = 2 };

/// An enumerator defined as a macro of itself (expat's
/// `#define XML_STATUS_OK XML_STATUS_OK`, so `#ifdef` sees it): harmless,
/// the enum is bound.
enum Tone { TONE_SOFT = 3, TONE_LOUD = 4 };
/// The value of `t`.
int32_t tone_value(Tone t) noexcept;

/// A struct with a field named like a macro defined after it: C++ code
/// naming the field would get the macro's expansion (here: another field),
/// so that field has no accessor.
struct Gauge {
  int32_t level;
  int32_t reading;
  Gauge() noexcept : level(1), reading(2) {}
};

/// A character type of the library's own (libxml2's `xmlChar`): a `const`
/// pointer to it is NUL-terminated text, taken as bytes like `const char*`.
typedef unsigned char EdgeChar;
/// The number of bytes before the NUL.
int32_t text_length(const EdgeChar* text) noexcept;

/// A callback taking `...` (libxml2's `xmlGenericErrorFunc`): no closure
/// can implement it, so the function taking it is skipped.
typedef void (*Logger)(void* ctx, const char* msg, ...);
void set_logger(void* ctx, Logger logger) noexcept;

}  // namespace edge_cases
}  // namespace cases

#define LEVEL_HIGH (2)
#define TONE_LOUD TONE_LOUD
#define reading level
#define twice(x) (twice)((x) + 1000)

template <>
struct std::hash<cases::edge_cases::Key> {
  size_t operator()(const cases::edge_cases::Key& k) const noexcept { return static_cast<size_t>(k.id); }
};

#endif  // CASES_EDGE_CASES_CASE_H
