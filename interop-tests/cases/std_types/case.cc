#include "std_types/case.h"

#include <algorithm>
#include <climits>
#include <numeric>
#include <stdexcept>

namespace cases {
namespace std_types {

int64_t sum(const std::vector<int64_t>& values) {
  return std::accumulate(values.begin(), values.end(), int64_t{0},
                         [](int64_t a, int64_t b) { return static_cast<int64_t>(static_cast<uint64_t>(a) + static_cast<uint64_t>(b)); });
}

std::vector<double> sorted(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values;
}

std::vector<uint8_t> repeat(uint8_t value, std::size_t n) { return std::vector<uint8_t>(n, value); }

std::vector<std::string> split(const std::string& text, char sep) {
  std::vector<std::string> out(1);
  for (char c : text) {
    if (c == sep) {
      out.emplace_back();
    } else {
      out.back().push_back(c);
    }
  }
  return out;
}

Item::Item(const std::string& name) : name_(name) {}
std::string Item::name() const { return name_; }

std::unique_ptr<Item> make_item(const std::string& name) {
  if (name.empty()) return nullptr;
  return std::make_unique<Item>(name);
}

Shelf::Shelf() = default;
std::size_t Shelf::put(std::unique_ptr<Item> item) {
  names_.push_back(item ? item->name() : std::string("<null>"));
  items_.push_back(std::move(item));
  return items_.size();
}
std::unique_ptr<Item> Shelf::take() {
  if (items_.empty()) return nullptr;
  auto last = std::move(items_.back());
  items_.pop_back();
  names_.pop_back();
  return last;
}
const std::vector<std::string>& Shelf::names() const noexcept { return names_; }

std::optional<int32_t> checked_div(int32_t x, int32_t y) {
  if (y == 0 || (x == INT32_MIN && y == -1)) return std::nullopt;
  return x / y;
}

double raise(double base, std::optional<double> extra) { return extra ? base + *extra : base; }

std::string with_suffix(const std::string& name, const std::optional<std::string>& suffix) {
  return suffix ? name + *suffix : name;
}

std::optional<std::string> value_of(const std::string& assignment) {
  auto eq = assignment.find('=');
  if (eq == std::string::npos) return std::nullopt;
  return assignment.substr(eq + 1);
}

std::optional<Item> maybe_item(const std::string& name) {
  if (name.empty()) return std::nullopt;
  return Item(name);
}

Bag::Bag() = default;
void Bag::add(int64_t v) {
  items_.emplace_back();
  items_.back().add(v);
}
const Tally* Bag::first() const noexcept { return items_.empty() ? nullptr : &items_[0]; }
int64_t Bag::size() const noexcept { return static_cast<int64_t>(items_.size()); }
void Bag::clear() noexcept { items_.clear(); }

Holder::Holder() : bag_(std::make_shared<Bag>()) {
  bag_->add(1);
  bag_->add(2);
}
std::shared_ptr<Bag> Holder::bag() const { return bag_; }
void Holder::empty_bag() noexcept { bag_->clear(); }
int64_t Holder::bag_size() const noexcept { return bag_->size(); }

std::shared_ptr<Bag> bag_of(int64_t v) {
  auto bag = std::make_shared<Bag>();
  bag->add(v);
  return bag;
}

Tally::Tally() = default;
int64_t Tally::count() const noexcept { return count_; }
void Tally::add(int64_t n) noexcept { count_ += n; }

std::shared_ptr<Tally> share_tally(int64_t start) {
  if (start < 0) return nullptr;
  auto t = std::make_shared<Tally>();
  t->add(start);
  return t;
}

int64_t bump(std::shared_ptr<Tally> tally, int64_t n) {
  tally->add(n);
  return tally->count();
}

long owners(const std::shared_ptr<Tally>& tally) noexcept { return tally.use_count(); }

const std::shared_ptr<Tally>& kept_tally() noexcept {
  static const std::shared_ptr<Tally> kept = std::make_shared<Tally>();
  return kept;
}

std::array<int32_t, 4> reversed(std::array<int32_t, 4> v) { return {v[3], v[2], v[1], v[0]}; }

double total(const std::array<double, 3>& v) noexcept { return v[0] + v[1] + v[2]; }

std::pair<int64_t, int64_t> div_mod(int64_t x, int64_t y) {
  if (y == 0) throw std::invalid_argument("division by zero");
  if (x == INT64_MIN && y == -1) return {INT64_MIN, 0};
  return {x / y, x % y};
}

std::tuple<std::string, std::string, bool> split_once(const std::string& text) {
  auto at = text.find(':');
  if (at == std::string::npos) return {text, "", false};
  return {text.substr(0, at), text.substr(at + 1), true};
}

std::string repeat_label(const std::pair<std::string, uint32_t>& spec) {
  std::string out;
  for (uint32_t i = 0; i < spec.second; ++i) out += spec.first;
  return out;
}

double fused(std::tuple<double, double, double> abc) noexcept {
  return std::get<0>(abc) * std::get<1>(abc) + std::get<2>(abc);
}

std::map<std::string, uint32_t> word_counts(const std::string& text) {
  std::map<std::string, uint32_t> counts;
  std::size_t start = 0;
  while (start <= text.size()) {
    auto end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) ++counts[text.substr(start, end - start)];
    start = end + 1;
  }
  return counts;
}

std::unordered_map<int32_t, int64_t> squares(int32_t n) {
  std::unordered_map<int32_t, int64_t> out;
  for (int32_t i = 0; i < n; ++i) out[i] = int64_t(i) * i;
  return out;
}

const std::map<int32_t, std::string>& phone_book() noexcept {
  static const std::map<int32_t, std::string> book = {{112, "emergency"}, {411, "directory"}};
  return book;
}

int64_t sum_each(int32_t n, const std::function<int64_t(int32_t)>& f) {
  int64_t total = 0;
  for (int32_t i = 0; i < n; ++i) total += f(i);
  return total;
}

void for_each_index(int32_t n, std::function<void(int32_t)> visit) {
  for (int32_t i = 0; i < n; ++i) visit(i);
}

Notifier::Notifier() = default;
void Notifier::on_change(std::function<void(int32_t)> listener) { listener_ = std::move(listener); }
void Notifier::set(int32_t value) {
  if (listener_) listener_(value);
}
void Notifier::clear() noexcept { listener_ = nullptr; }
std::function<void(int32_t)> Notifier::setter() {
  return [this](int32_t v) { set(v); };
}

std::function<void(int32_t)> setter_of(Notifier& notifier) {
  return [&notifier](int32_t v) { notifier.set(v); };
}
std::function<int64_t()> length_of(const std::string& text) {
  return [&text]() { return static_cast<int64_t>(text.size()); };
}

std::function<int64_t(int64_t)> adder(int64_t n) {
  return [n](int64_t x) { return x + n; };
}
std::function<double(double, double)> divider() {
  return [](double a, double b) {
    if (b == 0) throw std::domain_error("division by zero");
    return a / b;
  };
}
std::function<int32_t()> nothing() { return {}; }

void each_line(const std::string& text, std::function<void(const std::string&)> f) {
  std::size_t start = 0;
  while (start < text.size()) {
    auto end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    f(text.substr(start, end - start));
    start = end + 1;
  }
}

void with_label(std::function<std::string(int32_t)> make) { (void)make(0); }

int64_t total_stock(const std::map<std::string, int64_t>& stock) {
  uint64_t total = 0;
  for (const auto& [name, n] : stock) total += static_cast<uint64_t>(n);
  return static_cast<int64_t>(total);
}

std::string lookup(const std::unordered_map<std::string, std::string>& table,
                   const std::string& key, const std::string& fallback) {
  auto it = table.find(key);
  return it == table.end() ? fallback : it->second;
}

std::size_t count_keys(const std::map<double, int32_t>& m) { return m.size(); }

std::set<std::string> distinct_words(const std::string& text) {
  std::set<std::string> words;
  for (const auto& [word, n] : word_counts(text)) words.insert(word);
  return words;
}

std::unordered_set<int64_t> multiples(int64_t of, int64_t below) {
  std::unordered_set<int64_t> out;
  for (int64_t i = 0; i < below; i += of) out.insert(i);
  return out;
}

const std::set<int32_t>& small_primes() noexcept {
  static const std::set<int32_t> primes = {2, 3, 5, 7, 11, 13, 17, 19};
  return primes;
}

std::string join_words(const std::set<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += w + ",";
  return out;
}

int64_t sum_distinct(const std::unordered_set<int64_t>& values) {
  uint64_t total = 0;
  for (auto v : values) total += static_cast<uint64_t>(v);
  return static_cast<int64_t>(total);
}

bool contains(const std::set<uint16_t>& values, uint16_t value) noexcept {
  return values.count(value) != 0;
}

std::size_t count_distinct(const std::set<double>& values) { return values.size(); }

}  // namespace std_types
}  // namespace cases
