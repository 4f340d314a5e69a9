#pragma once
#include <cstdint>
#include <stdexcept>
#include <string>

namespace tpl {

/// A fixed-capacity stack of values.
template <typename T>
class Stack {
 public:
  Stack() : size_(0) {}
  explicit Stack(T first) : size_(1) { items_[0] = first; }
  /// Adds a value; false when full.
  bool push(T value) {
    if (size_ == 8) return false;
    items_[size_++] = value;
    return true;
  }
  /// The top value (throws when empty).
  T top() const;
  int size() const { return size_; }
  bool empty() const { return size_ == 0; }
  /// The sum of every value.
  T sum() const {
    T total = T();
    for (int i = 0; i < size_; ++i) total += items_[i];
    return total;
  }
  /// A copy holding the first `n` values.
  Stack<T> prefix(int n) const {
    Stack<T> out;
    for (int i = 0; i < n && i < size_; ++i) out.push(items_[i]);
    return out;
  }
  bool operator==(const Stack& other) const {
    if (size_ != other.size_) return false;
    for (int i = 0; i < size_; ++i)
      if (!(items_[i] == other.items_[i])) return false;
    return true;
  }
  Stack& operator+=(T value) {
    push(value);
    return *this;
  }
  T& at(int i) { return items_[i]; }

 private:
  T items_[8];
  int size_;
};

template <typename T>
T Stack<T>::top() const {
  if (size_ == 0) throw 1;
  return items_[size_ - 1];
}

/// A pair of two values of different types.
template <typename K, typename V>
struct Entry {
  Entry(K k, V v) : key(k), value(v) {}
  K get_key() const { return key; }
  V get_value() const { return value; }
  K key;
  V value;
};

/// Stacks of integers, through an alias.
using IntStack = Stack<int32_t>;

/// Builds a stack `0, 1, …, n - 1`.
IntStack count_up(int32_t n);

/// Stacks of doubles, used directly in signatures.
double average(const Stack<double>& values);
Stack<double> halves(const Stack<double>& values);

Entry<int32_t, double> make_entry(int32_t k, double v);

/// A class deriving from an instance: its members are the instance's too.
class Tally : public Stack<int64_t> {
 public:
  Tally() {}
  /// Pushes `value` `times` times.
  void add_times(int64_t value, int32_t times);
};

/// A template with an explicit specialization: not instantiated from its
/// primary definition (an instance might need the specialization).
template <typename T>
struct Limits {
  static T top() { return T(); }
};
template <>
struct Limits<bool> {
  static bool top() { return true; }
};
int32_t limit_of(const Limits<int32_t>& l);

/// A class with a member function template (instantiated from the config).
class Scale {
 public:
  explicit Scale(int32_t factor) : factor_(factor) {}
  /// `value` times the factor, as a `T`.
  template <typename T>
  T apply(T value) const {
    return value * static_cast<T>(factor_);
  }

 private:
  int32_t factor_;
};

/// The larger of two values (instantiated from the config).
template <typename T>
T larger(T a, T b) {
  return a < b ? b : a;
}

template <typename T>
T twice(const T& x) {
  return x + x;
}

/// A ring of the last `N` values pushed (a value parameter).
template <typename T, int N>
class Ring {
 public:
  Ring() : start_(0), size_(0) {}
  /// Adds a value, dropping the oldest when full; true when one was dropped.
  bool push(T value) {
    if (size_ < N) {
      items_[(start_ + size_++) % N] = value;
      return false;
    }
    items_[start_] = value;
    start_ = (start_ + 1) % N;
    return true;
  }
  /// The `i`-th oldest value (throws when out of range).
  T get(int i) const {
    if (i < 0 || i >= size_) throw std::out_of_range("Ring::get");
    return items_[(start_ + i) % N];
  }
  int size() const { return size_; }
  /// `N`.
  int capacity() const { return N; }
  /// The sum of the values kept.
  T sum() const {
    T total = T();
    for (int i = 0; i < size_; ++i) total += items_[(start_ + i) % N];
    return total;
  }

 private:
  T items_[N];
  int start_;
  int size_;
};

/// A ring of four integers, used in a signature: `Ring<int32_t, 4>`.
Ring<int32_t, 4> last_four(int32_t from, int32_t to);
/// The newest value of a ring (the value argument `4` is no default argument).
int32_t newest(const Ring<int32_t, 4>& ring);

/// Adds `Offset` (a value parameter that may be negative).
template <int Offset>
struct Shift {
  Shift() {}
  int32_t apply(int32_t x) const { return x + Offset; }
  static int32_t offset() { return Offset; }
};

/// Says `text`, with `!` when `Loud` (a `bool` value parameter).
template <bool Loud>
struct Echo {
  Echo() {}
  std::string say(const std::string& text) const { return Loud ? text + "!" : text; }
};

}  // namespace tpl
