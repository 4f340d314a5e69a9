// Constructs whose bindings once failed to build: operators declared at
// global scope for a namespaced class, byte pointers of every byte type,
// explicit specializations of a function template, classes whose
// destructor cannot be called (their own, a base's or a member's), and a
// status that borrows returned with nothing to borrow from.
#ifndef CASES_BUILD_FAULTS_CASE_H
#define CASES_BUILD_FAULTS_CASE_H

#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>

namespace cases {
namespace build_faults {

/// A point; its operators are declared at global scope, outside its namespace.
class Point {
 public:
  Point(int x, int y);
  int x() const;
  int y() const;

 private:
  int x_;
  int y_;
};

}  // namespace build_faults
}  // namespace cases

/// `(x, y)`.
std::ostream& operator<<(std::ostream& os, const cases::build_faults::Point& p);
/// Same coordinates.
bool operator==(const cases::build_faults::Point& a, const cases::build_faults::Point& b);
/// By `x`, then `y`.
bool operator<(const cases::build_faults::Point& a, const cases::build_faults::Point& b);
/// Coordinate-wise sum.
cases::build_faults::Point operator+(const cases::build_faults::Point& a,
                                     const cases::build_faults::Point& b);

namespace cases {
namespace build_faults {

/// A byte named by a typedef of the library.
typedef unsigned char Octet;

/// Sum of `data[0..len)`.
uint32_t sum_uchar(const unsigned char* data, size_t len);
/// Sum of `data[0..len)`.
uint32_t sum_uint8(const uint8_t* data, size_t len);
/// Signed sum of `data[0..len)`.
int32_t sum_schar(const signed char* data, size_t len);
/// Sum of `data[0..len)`.
uint32_t sum_byte(const std::byte* data, size_t len);
/// Sum of `data[0..len)`.
uint32_t sum_octet(const Octet* data, size_t len);
/// Writes `first`, `first + 1`, … into `data[0..len)`.
void fill_uchar(unsigned char* data, size_t len, unsigned char first);
/// Writes `first`, `first + 1`, … into `data[0..len)`.
void fill_schar(signed char* data, size_t len, signed char first);
/// Writes `first`, `first + 1`, … into `data[0..len)`.
void fill_byte(std::byte* data, size_t len, unsigned char first);
/// Length of the NUL-terminated `text`.
size_t ulength(const unsigned char* text);
/// Length of the NUL-terminated `text`.
size_t slength(const signed char* text);

/// A character type whose name says it holds text.
typedef unsigned char TextChar;
/// Length of the NUL-terminated `text`.
size_t text_length(const TextChar* text);
/// The number of bytes of `text[0..len)` before the first space; `*rest`
/// points at that space in `text` (or past its end).
size_t split_at_space(const unsigned char* text, size_t len, const char** rest);

/// Unsigned bytes someone else owns (a byte view built from `const uint8_t*`).
class ByteSpan {
 public:
  ByteSpan(const uint8_t* d, size_t n);
  /// The first byte.
  const uint8_t* data() const;
  /// How many bytes.
  size_t size() const;

 private:
  const uint8_t* d_;
  size_t n_;
};

/// Sum of the bytes `span` views.
uint32_t span_sum(const ByteSpan& span);

/// Reads bytes through its methods.
class Meter {
 public:
  Meter();
  /// Adds `data[0..len)` to the total; returns the new total.
  uint64_t feed(const unsigned char* data, size_t len);
  /// Adds `data[0..len)` to the total; returns the new total.
  uint64_t feed_bytes(const std::byte* data, size_t len);
  /// The total.
  uint64_t total() const;

 private:
  uint64_t total_;
};

/// Reads a value of type `T` from text.
template <class T>
T parse(const char* text);
/// Reads an `int`.
template <>
int parse<int>(const char* text);
/// Reads a `double`.
template <>
double parse<double>(const char* text);

/// `value` doubled.
template <class T>
T twice(T value);
/// `value` doubled, the argument deduced.
template <>
long twice(long value);

/// Its own destructor is private: objects live in C++ only.
class Sealed {
 public:
  /// The one shared object.
  static Sealed& shared();
  /// Its value.
  int value() const;
  /// Sets its value.
  void set(int v);
  /// A new value from nothing: a static that binds.
  static int seed();
  /// A copy, which Rust could not destroy.
  Sealed(const Sealed& other);

 private:
  Sealed();
  ~Sealed();
  int v_;
};

/// Its own destructor is deleted.
class Immortal {
 public:
  /// The one shared object.
  static Immortal& shared();
  /// How many times `touch` ran.
  int touches() const;
  /// Counts one more touch.
  void touch();
  ~Immortal() = delete;

 private:
  Immortal();
  int touches_;
};

/// Its own destructor is protected (only derived classes destroy it).
class Guarded {
 public:
  /// Its value.
  int value() const;

 protected:
  Guarded();
  ~Guarded();

 private:
  int v_;
};

/// Derives from a class with a protected destructor: it can be destroyed.
class GuardedChild : public Guarded {
 public:
  GuardedChild();
  /// Twice its value.
  int twice() const;
};

/// A base whose destructor is private: no derived class can destroy it.
class Pinned {
 public:
  /// Its identity.
  int id() const;

 private:
  friend class PinnedChild;
  explicit Pinned(int id);
  ~Pinned();
  int id_;
};

/// Derives from a class whose destructor is private.
class PinnedChild : public Pinned {
 public:
  /// The one shared object.
  static PinnedChild& shared();
  /// Its identity plus `n`.
  int id_plus(int n) const;
  /// A copy (`Pinned` befriends this class: it can destroy one).
  PinnedChild(const PinnedChild& other);
  /// A new object.
  static PinnedChild make(int id);

 private:
  explicit PinnedChild(int id);
};

/// Derives from a class whose destructor is private, without being its
/// friend: its implicit destructor is deleted (and so is its constructor).
class Orphan : public Pinned {
 public:
  /// A static member still binds.
  static int kind();
  /// Declared only: C++ cannot define it (the base's destructor is private).
  Orphan(const Orphan& other);
};

/// Holds an `Immortal` directly: its implicit destructor is deleted.
struct Holder {
  /// A static member still binds.
  static int limit();
  /// Declared only: C++ cannot define it (the member's destructor is deleted).
  Holder(const Holder& other);
  Immortal held;
};

/// A variant member with a non-trivial destructor: the implicit destructor is deleted.
class Either {
 public:
  /// The one shared object.
  static Either& shared();
  /// The length of its text.
  size_t length() const;
  /// A copy, which Rust could not destroy.
  Either(const Either& other);

 private:
  Either();
  union {
    std::string text_;
    int number_;
  };
};

/// References and `const` members do not delete the destructor.
class Viewer {
 public:
  explicit Viewer(const Point& p);
  /// The viewed point's `x` plus `base`.
  int sum() const;

 private:
  const Point& p_;
  const int base_;
};

/// Success, or an error with a code and a message it does not own.
class Outcome {
 public:
  Outcome(const Outcome& other);
  /// An error: `code` and the message at `message` (kept, not copied).
  Outcome(int code, const char* message);
  /// Success.
  static Outcome Fine();
  /// An error with `code` and a fixed message (success for 0).
  static Outcome Failed(int code);
  /// Success?
  bool ok() const;
  /// `code: message`, or `OK`.
  std::string ToString() const;
  /// The code (0 on success).
  int code() const;

 private:
  Outcome();
  int code_;
  const char* message_;
};

/// Success for even `value`, else an error.
Outcome check(int value);
/// Success for a non-empty `name`, else an error.
Outcome check_name(const std::string& name);

/// A link of a C-style chain the library owns, reached only by pointer
/// (libuv's handles): its pointer member can be read, but not set, as the
/// link's lifetime is unknown to Rust. (Its unnamed union, as in libuv,
/// keeps Rust from owning one.)
struct Link {
  Link* next;
  int flags;
  union {
    int fd;
    void* reserved[4];
  } u;
};

/// The first link of a chain of three the library keeps (flags 1, 2, 3).
Link* first_link();
/// A C-style name of the link type: it names the C++ type, which has no
/// lifetime (it once named one and the crate did not build).
typedef Link link_t;
/// The flags of `link`.
int flags_of(const link_t* link);

}  // namespace build_faults
}  // namespace cases

#endif  // CASES_BUILD_FAULTS_CASE_H
