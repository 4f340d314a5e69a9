#include "attacks_params/case.h"

#include <cctype>
#include <cstring>
#include <utility>

namespace cases {
namespace attacks_params {

Span::Span() noexcept : d_(""), n_(0) {}
Span::Span(const char* d, std::size_t n) noexcept : d_(d), n_(n) {}
Span::Span(const Span& other) noexcept = default;
Span& Span::operator=(const Span& other) noexcept = default;
void Span::set(const char* d, std::size_t n) noexcept {
  d_ = d;
  n_ = n;
}
void Span::swap(Span& other) noexcept {
  Span t = *this;
  *this = other;
  other = t;
}
const char* Span::data() const noexcept { return d_; }
std::size_t Span::size() const noexcept { return n_; }
void Span::remove_prefix(std::size_t n) noexcept {
  if (n > n_) n = n_;
  d_ += n;
  n_ -= n;
}

Caption::Caption(const char* prefix) noexcept : prefix_(prefix) {}
Caption::~Caption() = default;
void Caption::SetText(const Span& text) noexcept { text_ = text; }
std::string Caption::render() const {
  return std::string(prefix_) + std::string(text_.data(), text_.size());
}
void Caption::swap(Caption& other) noexcept {
  std::swap(prefix_, other.prefix_);
  std::swap(text_, other.text_);
}
void Caption::CopyFrom(const Caption& other) noexcept {
  prefix_ = other.prefix_;
  text_ = other.text_;
}
void swap_captions(Caption& a, Caption& b) noexcept { a.swap(b); }
bool same_caption(const Caption& a, const Caption& b) { return a.render() == b.render(); }

Label::Label() noexcept = default;
Label::~Label() = default;
void Label::SetText(const Span& text) noexcept { text_ = text; }
Label& Label::operator=(const Span& text) noexcept {
  text_ = text;
  return *this;
}
std::size_t Label::count(const Span& needle) const noexcept {
  if (needle.size() == 0 || needle.size() > text_.size()) return 0;
  std::size_t n = 0;
  for (std::size_t i = 0; i + needle.size() <= text_.size(); ++i) {
    if (std::memcmp(text_.data() + i, needle.data(), needle.size()) == 0) ++n;
  }
  return n;
}
std::string Label::text() const { return std::string(text_.data(), text_.size()); }

Chunk::Chunk() noexcept : d_(""), n_(0) {}
Chunk::Chunk(const_pointer d, size_type n) noexcept : d_(d), n_(n) {}
Chunk::Chunk(const std::string& s) noexcept : d_(s.data()), n_(s.size()) {}
Chunk::const_pointer Chunk::data() const noexcept { return d_; }
Chunk::size_type Chunk::size() const noexcept { return n_; }
char Chunk::first() const noexcept { return n_ == 0 ? 0 : d_[0]; }

static Span default_text;
void SetDefaultText(const Span& text) noexcept { default_text = text; }
std::string DefaultText() { return std::string(default_text.data(), default_text.size()); }

std::size_t count_byte(const Chunk& c, char b) noexcept {
  std::size_t n = 0;
  for (std::size_t i = 0; i < c.size(); ++i) n += c.data()[i] == b;
  return n;
}

Word::Word(const char* s) noexcept : d_(s), n_(std::strlen(s)) {}
Word::Word(const std::string& s) noexcept : d_(s.data()), n_(s.size()) {}
const char* Word::data() const noexcept { return d_; }
std::size_t Word::size() const noexcept { return n_; }

Counter::Counter() noexcept : value_(0) {}
Counter::~Counter() = default;
int Counter::value() const noexcept { return value_; }
void Counter::add(int by) noexcept { value_ += by; }

void bump_all(Counter* counters, int k) noexcept {
  for (int i = 0; i < k; ++i) counters[i].add(1);
}
int total(const Counter* counters, int k) noexcept {
  int sum = 0;
  for (int i = 0; i < k; ++i) sum += counters[i].value();
  return sum;
}
void reset_counter(Counter* counter, int flags) noexcept {
  counter->add(-counter->value() + flags);
}
void reset_to(CounterRef counter, int value) noexcept {
  counter->add(value - counter->value());
}
void shift_cells(Cell* cells, int count, int by) noexcept {
  for (int i = 0; i < count; ++i) cells[i].row += by;
}
int column_at(const Cell* cells, int index) noexcept { return cells[index].col; }
int sum_cells(const Cell* cells, unsigned n) noexcept {
  int sum = 0;
  for (unsigned i = 0; i < n; ++i) sum += cells[i].row * cells[i].col;
  return sum;
}

void fill_squares(int* values, int k) noexcept {
  for (int i = 0; i < k; ++i) values[i] = i * i;
}
void doubled(int* value, int flags) noexcept { *value = flags * 2; }

bool append_suffix(std::string* text) noexcept {
  bool was_empty = text->empty();
  text->append(".suffix");
  return was_empty;
}
void greeting(std::string* out) { *out = "hello"; }
std::size_t shout(std::string& text) noexcept {
  std::size_t changed = 0;
  for (char& c : text) {
    char up = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    changed += up != c;
    c = up;
  }
  return changed;
}

Writer::Writer(std::string* dest) noexcept : dest_(dest) {}
Writer::~Writer() = default;
void Writer::put(const char* s) { dest_->append(s); }

}  // namespace attacks_params
}  // namespace cases
