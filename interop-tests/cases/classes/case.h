#ifndef CASES_CLASSES_CASE_H
#define CASES_CLASSES_CASE_H

#include <cstdint>
#include <ostream>
#include <string>

namespace cases {
namespace classes {

/// A named counter that advances by a fixed step. Tracks how many instances
/// are alive through `live_count()`.
class Counter {
 public:
  /// Creates an unnamed counter starting at 0 with step 1.
  Counter();
  /// Creates an unnamed counter starting at `start` with step 1.
  explicit Counter(int64_t start);
  /// Creates an unnamed counter starting at `start` with the given `step`.
  Counter(int64_t start, int64_t step);
  /// Creates a counter called `name` starting at `start` with step 1.
  Counter(const std::string& name, int64_t start);
  /// Copies name, value and step from `other`.
  Counter(const Counter& other);
  /// Destroys the counter, decrementing the live-instance count.
  ~Counter();

  /// Current value.
  int64_t value() const;
  /// Amount added by `increment()`.
  int64_t step() const;
  /// Adds `step()` to the value.
  void increment();
  /// Adds `n` to the value.
  void add(int64_t n);
  /// The counter's name (empty if unnamed).
  std::string name() const;
  /// Renames the counter.
  void set_name(const std::string& n);
  /// True when the value is greater than zero.
  bool is_positive() const noexcept;
  /// Sets the value back to 0 (name and step are kept).
  void reset() noexcept;

  /// Number of `Counter` objects currently alive.
  static int32_t live_count();

 private:
  std::string name_;
  int64_t value_;
  int64_t step_;

  static int32_t live_;
};

/// Produces greetings with a fixed salutation.
class Greeter {
 public:
  /// Creates a greeter using `greeting` (e.g. "Hello").
  explicit Greeter(const std::string& greeting);

  /// Returns `greeting + ", " + who + "!"`.
  std::string greet(const std::string& who) const;

  /// Same greeting.
  bool operator==(const Greeter& other) const noexcept;

 private:
  std::string greeting_;
};

/// A process-wide singleton with a private destructor; it cannot be owned or
/// destroyed by callers (present to exercise skip/coverage handling).
class Registry {
 public:
  /// The single shared instance.
  static Registry& instance();

  /// Number of registered entries (always 3).
  int32_t size() const;

 private:
  Registry();
  ~Registry();

  int32_t size_;
};

/// Builds a counter by value (returned objects are boxed for Rust).
Counter make_counter(int64_t start, int64_t step);

/// A label kept by reference inside the object.
class Label {
 public:
  /// Stores `text`.
  explicit Label(const std::string& text);
  /// The stored text, by reference.
  const std::string& text() const noexcept;

 private:
  std::string text_;
};

/// A base class with virtual and non-virtual members.
class Animal {
 public:
  /// Names the animal.
  explicit Animal(const std::string& name);
  virtual ~Animal();
  /// The name.
  std::string name() const;
  /// The sound it makes (overridden by subclasses).
  virtual std::string sound() const;
  /// `name + " says " + sound()`: virtual dispatch from the base.
  std::string describe() const;
  /// Number of legs.
  int32_t legs() const noexcept;

 private:
  std::string name_;
};

/// A subclass: inherits `name`, `describe` and `legs`, overrides `sound`.
class Dog : public Animal {
 public:
  Dog();
  /// "woof".
  std::string sound() const override;
};

/// Reads any animal through its base class.
std::string call_describe(const Animal& a);

/// Writes `name=value` (or `value` when unnamed).
std::ostream& operator<<(std::ostream& os, const Counter& c);

}  // namespace classes
}  // namespace cases

#endif  // CASES_CLASSES_CASE_H
