// std::vector and std::unique_ptr: vectors of scalars from Rust slices and
// back as `Vec`, vectors of strings back as `Vec<Vec<u8>>`, and objects handed
// over in and out of C++ through `std::unique_ptr`; objects shared through
// `std::shared_ptr`, `std::array` as Rust arrays, `std::pair`/`std::tuple` as
// Rust tuples, maps as `BTreeMap`/`HashMap`, sets as `BTreeSet`/`HashSet`.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace cases {
namespace std_types {

/// The sum of `values`.
int64_t sum(const std::vector<int64_t>& values);

/// `values` sorted, taken by value.
std::vector<double> sorted(std::vector<double> values);

/// `n` copies of `value`.
std::vector<uint8_t> repeat(uint8_t value, std::size_t n);

/// `text` split at `sep` (bytes, not necessarily UTF-8).
std::vector<std::string> split(const std::string& text, char sep);

/// A named item; handed to and from C++ through `std::unique_ptr`.
class Item {
 public:
  /// An item called `name`.
  explicit Item(const std::string& name);
  /// The name.
  std::string name() const;

 private:
  std::string name_;
};

/// A new item, or null when `name` is empty.
std::unique_ptr<Item> make_item(const std::string& name);

/// Holds items it takes ownership of.
class Shelf {
 public:
  Shelf();
  /// Takes ownership of `item`; returns how many the shelf holds.
  std::size_t put(std::unique_ptr<Item> item);
  /// Gives the last item back (null when empty).
  std::unique_ptr<Item> take();
  /// The names, in order.
  const std::vector<std::string>& names() const noexcept;

 private:
  std::vector<std::unique_ptr<Item>> items_;
  std::vector<std::string> names_;
};

/// `x / y`, or nothing when `y` is zero.
std::optional<int32_t> checked_div(int32_t x, int32_t y);

/// `base` raised by `extra` when given, else `base`.
double raise(double base, std::optional<double> extra);

/// `name` with `suffix` appended when one is given.
std::string with_suffix(const std::string& name, const std::optional<std::string>& suffix);

/// The text after the first `=`, if there is one.
std::optional<std::string> value_of(const std::string& assignment);

/// An item named `name`, unless the name is empty.
std::optional<Item> maybe_item(const std::string& name);

/// A counter several owners share through `std::shared_ptr`.
class Tally {
 public:
  Tally();
  /// The count.
  int64_t count() const noexcept;
  /// Adds `n`.
  void add(int64_t n) noexcept;

 private:
  int64_t count_ = 0;
};

/// A new shared tally starting at `start`, or null when `start` is negative.
std::shared_ptr<Tally> share_tally(int64_t start);

/// Adds `n` to the shared tally and returns its new count (throws for a null one).
int64_t bump(std::shared_ptr<Tally> tally, int64_t n);

/// How many owners the tally has (the caller's and this call's copy included).
long owners(const std::shared_ptr<Tally>& tally) noexcept;

/// The tally a registry keeps (the same object on every call).
const std::shared_ptr<Tally>& kept_tally() noexcept;

/// Tallies several owners share; its members lend borrows of them.
class Bag {
 public:
  Bag();
  /// Adds a tally counting `v`.
  void add(int64_t v);
  /// The first tally, or null when empty.
  const Tally* first() const noexcept;
  /// How many tallies it holds.
  int64_t size() const noexcept;
  /// Forgets every tally.
  void clear() noexcept;

 private:
  std::vector<Tally> items_;
};

/// Holds a bag it shares with whoever asks.
class Holder {
 public:
  Holder();
  /// Not bound: the bag it shares. A borrow of the bag's first number
  /// would outlive `empty_bag()`, which nothing would tie it to.
  std::shared_ptr<Bag> bag() const;
  /// Empties its bag.
  void empty_bag() noexcept;
  /// How many numbers its bag holds.
  int64_t bag_size() const noexcept;

 private:
  std::shared_ptr<Bag> bag_;
};

/// A new bag holding `v`, shared with no one else: bound (nothing else
/// can change it).
std::shared_ptr<Bag> bag_of(int64_t v);

/// `v` reversed.
std::array<int32_t, 4> reversed(std::array<int32_t, 4> v);

/// The sum of a 3-vector.
double total(const std::array<double, 3>& v) noexcept;

/// The quotient and remainder (`y` must not be zero: throws).
std::pair<int64_t, int64_t> div_mod(int64_t x, int64_t y);

/// The name split at the first `:`: (head, tail, found).
std::tuple<std::string, std::string, bool> split_once(const std::string& text);

/// `label` repeated `times` times.
std::string repeat_label(const std::pair<std::string, uint32_t>& spec);

/// `a * b + c`.
double fused(std::tuple<double, double, double> abc) noexcept;

/// How many times each byte-string word of `text` (split at spaces) occurs.
std::map<std::string, uint32_t> word_counts(const std::string& text);

/// `n` squares: `i → i * i` for `i` in `0..n`.
std::unordered_map<int32_t, int64_t> squares(int32_t n);

/// The entries of a phone book: number → name.
const std::map<int32_t, std::string>& phone_book() noexcept;

/// The sum of `f(i)` for `i` in `0..n` (calls `f` only during the call).
int64_t sum_each(int32_t n, const std::function<int64_t(int32_t)>& f);

/// Calls `visit` with each of `0..n` (only during the call).
void for_each_index(int32_t n, std::function<void(int32_t)> visit);

/// Keeps a listener it calls on every change.
class Notifier {
 public:
  Notifier();
  /// Keeps `listener` (replacing the previous one) and calls it on every change.
  void on_change(std::function<void(int32_t)> listener);
  /// Sets the value and tells the listener, if any.
  void set(int32_t value);
  /// Forgets the listener.
  void clear() noexcept;
  /// A callable setting this notifier's value (it captures the notifier).
  std::function<void(int32_t)> setter();

 private:
  std::function<void(int32_t)> listener_;
};

/// A callable setting `notifier`'s value (it captures the notifier): a free
/// function's callable borrows its object arguments.
std::function<void(int32_t)> setter_of(Notifier& notifier);

/// Not bound: a callable capturing the text it is given, which the shim
/// would build for the call only.
std::function<int64_t()> length_of(const std::string& text);

/// A callable adding `n` to what it is given.
std::function<int64_t(int64_t)> adder(int64_t n);

/// A callable dividing, which throws on a zero divisor.
std::function<double(double, double)> divider();

/// An empty `std::function` (nothing to call).
std::function<int32_t()> nothing();

/// Calls `f` with each line of `text` (without its `\n`), only during the call.
void each_line(const std::string& text, std::function<void(const std::string&)> f);

/// Not bound: a callback returning a string.
void with_label(std::function<std::string(int32_t)> make);

/// The sum of the stock levels.
int64_t total_stock(const std::map<std::string, int64_t>& stock);

/// The value under `key`, or `fallback`.
std::string lookup(const std::unordered_map<std::string, std::string>& table,
                   const std::string& key, const std::string& fallback);

/// Not bound: floating-point keys (no `Ord`/`Hash` in Rust).
std::size_t count_keys(const std::map<double, int32_t>& m);

/// The distinct byte-string words of `text` (split at spaces).
std::set<std::string> distinct_words(const std::string& text);

/// The multiples of `of` below `below` (`of` > 0).
std::unordered_set<int64_t> multiples(int64_t of, int64_t below);

/// The primes below 20.
const std::set<int32_t>& small_primes() noexcept;

/// The words joined in the set's order, each followed by `,`.
std::string join_words(const std::set<std::string>& words);

/// The sum of the values (wrapping).
int64_t sum_distinct(const std::unordered_set<int64_t>& values);

/// Whether `value` is in `values`.
bool contains(const std::set<uint16_t>& values, uint16_t value) noexcept;

/// Not bound: floating-point elements (no `Ord`/`Hash` in Rust).
std::size_t count_distinct(const std::set<double>& values);

}  // namespace std_types
}  // namespace cases
