// Parameters whose obvious reading is unsound: byte views that keep what
// they are assigned or built from, object pointers followed by an integer
// (arrays, whatever the integer is named), and `std::string*` the callee
// reads as well as writes.
#ifndef CASES_ATTACKS_PARAMS_CASE_H
#define CASES_ATTACKS_PARAMS_CASE_H

#include <cstddef>
#include <string>

namespace cases {
namespace attacks_params {

/// A byte view: built from `(const char*, size_t)`, read through
/// `data()`/`size()`. Assigning or setting one keeps the pointer.
class Span {
 public:
  /// No bytes.
  Span() noexcept;
  /// The `n` bytes at `d` (kept, not copied).
  Span(const char* d, std::size_t n) noexcept;
  Span(const Span& other) noexcept;
  /// Points at what `other` points at.
  Span& operator=(const Span& other) noexcept;
  /// Points at the `n` bytes at `d`.
  void set(const char* d, std::size_t n) noexcept;
  /// The first byte.
  const char* data() const noexcept;
  /// How many bytes.
  std::size_t size() const noexcept;
  /// Drops the first `n` bytes from the view.
  void remove_prefix(std::size_t n) noexcept;
  /// Exchanges what the two views point at.
  void swap(Span& other) noexcept;

 private:
  const char* d_;
  std::size_t n_;
};

/// A caption that keeps its prefix (so it borrows: `'a`) and a view of
/// its text, set later.
class Caption {
 public:
  /// Keeps `prefix` (NUL-terminated).
  explicit Caption(const char* prefix) noexcept;
  ~Caption();
  /// Keeps a view of `text`.
  void SetText(const Span& text) noexcept;
  /// `prefix` + `text`, copied out.
  std::string render() const;
  /// Exchanges prefixes and texts with `other`.
  void swap(Caption& other) noexcept;
  /// Points at `other`'s prefix and text (kept, not copied).
  void CopyFrom(const Caption& other) noexcept;

 private:
  const char* prefix_;
  Span text_;
};

/// Exchanges the prefixes and texts of `a` and `b`.
void swap_captions(Caption& a, Caption& b) noexcept;
/// Whether `a` and `b` render the same (both read during the call).
bool same_caption(const Caption& a, const Caption& b);

/// A label holding a view of its text, with nothing to borrow for: what
/// would store a view into it has no lifetime to keep it for.
class Label {
 public:
  Label() noexcept;
  ~Label();
  /// Keeps a view of `text`.
  void SetText(const Span& text) noexcept;
  /// Keeps a view of `text` (an assignment).
  Label& operator=(const Span& text) noexcept;
  /// Reads the viewed bytes during the call only.
  std::size_t count(const Span& needle) const noexcept;
  /// The viewed text, copied out.
  std::string text() const;

 private:
  Span text_;
};

/// A byte view whose pointer type is a typedef: still a view (its
/// canonical type is `const char*`).
class Chunk {
 public:
  typedef const char* const_pointer;
  typedef std::size_t size_type;
  /// No bytes.
  Chunk() noexcept;
  /// The `n` bytes at `d`.
  Chunk(const_pointer d, size_type n) noexcept;
  /// The bytes of `s` (points into `s`).
  Chunk(const std::string& s) noexcept;
  /// The first byte.
  const_pointer data() const noexcept;
  /// How many bytes.
  size_type size() const noexcept;
  /// The first byte (0 when empty).
  char first() const noexcept;

 private:
  const char* d_;
  std::size_t n_;
};

/// Keeps a view of `text` as the default text (global state).
void SetDefaultText(const Span& text) noexcept;
/// The default text, copied out.
std::string DefaultText();

/// How many bytes of `c` equal `b`: a view parameter read during the call.
std::size_t count_byte(const Chunk& c, char b) noexcept;

/// A view-like class with no `(pointer, length)` constructor: its
/// `std::string` constructor points into the string too.
class Word {
 public:
  /// The NUL-terminated bytes at `s` (kept).
  explicit Word(const char* s) noexcept;
  /// The bytes of `s` (points into `s`).
  explicit Word(const std::string& s) noexcept;
  /// The first byte.
  const char* data() const noexcept;
  /// How many bytes.
  std::size_t size() const noexcept;

 private:
  const char* d_;
  std::size_t n_;
};

/// A plain value (a Rust `#[repr(C)]` struct).
struct Cell {
  int row;
  int col;
};

/// An object (opaque to Rust).
class Counter {
 public:
  Counter() noexcept;
  ~Counter();
  /// The count.
  int value() const noexcept;
  /// Adds `by`.
  void add(int by) noexcept;

 private:
  int value_;
};

/// Adds 1 to each of the `k` counters at `counters`.
void bump_all(Counter* counters, int k) noexcept;
/// The sum of the `k` counters at `counters`.
int total(const Counter* counters, int k) noexcept;
/// Resets one counter; `flags` is not a count.
void reset_counter(Counter* counter, int flags) noexcept;
/// The library's name for a pointer to one counter.
typedef Counter* CounterRef;
/// Sets one counter to `value` (the integer unnamed in the prototype).
void reset_to(CounterRef counter, int) noexcept;
/// Moves each of the `count` cells at `cells` down `by` rows.
void shift_cells(Cell* cells, int count, int by) noexcept;
/// The sum of `row * col` over the cells (their count unnamed).
int sum_cells(const Cell* cells, unsigned) noexcept;
/// The column of `cells[index]`: an index, not a length, so no slice's
/// length may stand for it.
int column_at(const Cell* cells, int index) noexcept;

/// Writes `i * i` into each of the `k` ints at `values`.
void fill_squares(int* values, int k) noexcept;
/// Writes `flags * 2` into `*value`; `flags` is not a count.
void doubled(int* value, int flags) noexcept;

/// Appends `.suffix` to `*text` (reads it first): `"a"` → `"a.suffix"`.
/// Returns whether `*text` was empty before.
bool append_suffix(std::string* text) noexcept;
/// Writes a greeting into `*out`, replacing what it held.
/// \param[out] out the greeting
void greeting(std::string* out);
/// Upper-cases `text` in place; returns how many bytes changed.
std::size_t shout(std::string& text) noexcept;

/// Appends to a string it keeps: a constructor keeping a `std::string*`.
class Writer {
 public:
  /// Keeps `dest` and appends to it later.
  explicit Writer(std::string* dest) noexcept;
  ~Writer();
  /// Appends `s`.
  void put(const char* s);

 private:
  std::string* dest_;
};

}  // namespace attacks_params
}  // namespace cases

#endif  // CASES_ATTACKS_PARAMS_CASE_H
