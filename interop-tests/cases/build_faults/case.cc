#include "build_faults/case.h"

#include <cstdlib>
#include <cstring>
#include <new>
#include <sstream>

using cases::build_faults::Point;

std::ostream& operator<<(std::ostream& os, const Point& p) {
  return os << "(" << p.x() << ", " << p.y() << ")";
}

bool operator==(const Point& a, const Point& b) { return a.x() == b.x() && a.y() == b.y(); }

bool operator<(const Point& a, const Point& b) {
  return a.x() < b.x() || (a.x() == b.x() && a.y() < b.y());
}

Point operator+(const Point& a, const Point& b) { return Point(a.x() + b.x(), a.y() + b.y()); }

namespace cases {
namespace build_faults {

Point::Point(int x, int y) : x_(x), y_(y) {}
int Point::x() const { return x_; }
int Point::y() const { return y_; }

template <class P>
static uint32_t sum_of(const P* data, size_t len) {
  uint32_t s = 0;
  for (size_t i = 0; i < len; i++) s += static_cast<unsigned char>(data[i]);
  return s;
}

uint32_t sum_uchar(const unsigned char* data, size_t len) { return sum_of(data, len); }
uint32_t sum_uint8(const uint8_t* data, size_t len) { return sum_of(data, len); }
int32_t sum_schar(const signed char* data, size_t len) {
  int32_t s = 0;
  for (size_t i = 0; i < len; i++) s += data[i];
  return s;
}
uint32_t sum_byte(const std::byte* data, size_t len) { return sum_of(data, len); }
uint32_t sum_octet(const Octet* data, size_t len) { return sum_of(data, len); }

void fill_uchar(unsigned char* data, size_t len, unsigned char first) {
  for (size_t i = 0; i < len; i++) data[i] = static_cast<unsigned char>(first + i);
}
void fill_schar(signed char* data, size_t len, signed char first) {
  for (size_t i = 0; i < len; i++) data[i] = static_cast<signed char>(first + static_cast<int>(i));
}
void fill_byte(std::byte* data, size_t len, unsigned char first) {
  for (size_t i = 0; i < len; i++) data[i] = static_cast<std::byte>(first + i);
}
size_t ulength(const unsigned char* text) {
  return std::strlen(reinterpret_cast<const char*>(text));
}
size_t slength(const signed char* text) {
  return std::strlen(reinterpret_cast<const char*>(text));
}

size_t text_length(const TextChar* text) {
  return std::strlen(reinterpret_cast<const char*>(text));
}
size_t split_at_space(const unsigned char* text, size_t len, const char** rest) {
  size_t i = 0;
  while (i < len && text[i] != ' ') i++;
  *rest = reinterpret_cast<const char*>(text + i);
  return i;
}

ByteSpan::ByteSpan(const uint8_t* d, size_t n) : d_(d), n_(n) {}
const uint8_t* ByteSpan::data() const { return d_; }
size_t ByteSpan::size() const { return n_; }
uint32_t span_sum(const ByteSpan& span) { return sum_of(span.data(), span.size()); }

Meter::Meter() : total_(0) {}
uint64_t Meter::feed(const unsigned char* data, size_t len) {
  total_ += sum_of(data, len);
  return total_;
}
uint64_t Meter::feed_bytes(const std::byte* data, size_t len) {
  total_ += sum_of(data, len);
  return total_;
}
uint64_t Meter::total() const { return total_; }

template <>
int parse<int>(const char* text) {
  return std::atoi(text);
}
template <>
double parse<double>(const char* text) {
  return std::atof(text);
}
template <>
long twice(long value) {
  return value * 2;
}

Sealed::Sealed() : v_(7) {}
Sealed::~Sealed() = default;
Sealed::Sealed(const Sealed& other) : v_(other.v_) {}
Sealed& Sealed::shared() {
  static Sealed s;
  return s;
}
int Sealed::value() const { return v_; }
void Sealed::set(int v) { v_ = v; }
int Sealed::seed() { return 11; }

Immortal::Immortal() : touches_(0) {}
Immortal& Immortal::shared() {
  // Never destroyed: its storage outlives every use.
  alignas(Immortal) static unsigned char storage[sizeof(Immortal)];
  static Immortal* one = new (storage) Immortal();
  return *one;
}
int Immortal::touches() const { return touches_; }
void Immortal::touch() { touches_++; }

Guarded::Guarded() : v_(5) {}
Guarded::~Guarded() = default;
int Guarded::value() const { return v_; }

GuardedChild::GuardedChild() = default;
int GuardedChild::twice() const { return value() * 2; }

Pinned::Pinned(int id) : id_(id) {}
Pinned::~Pinned() = default;
int Pinned::id() const { return id_; }

PinnedChild::PinnedChild(int id) : Pinned(id) {}
PinnedChild::PinnedChild(const PinnedChild& other) : Pinned(other.id()) {}
PinnedChild& PinnedChild::shared() {
  static PinnedChild p(3);
  return p;
}
PinnedChild PinnedChild::make(int id) { return PinnedChild(id); }
int PinnedChild::id_plus(int n) const { return id() + n; }

int Orphan::kind() { return 4; }

int Holder::limit() { return 9; }

Either::Either() : text_("seven") {}
Either& Either::shared() {
  // Never destroyed: the union member has no destructor to run it.
  alignas(Either) static unsigned char storage[sizeof(Either)];
  static Either* one = new (storage) Either();
  return *one;
}
size_t Either::length() const { return text_.size(); }
Either::Either(const Either& other) : text_(other.text_) {}

Viewer::Viewer(const Point& p) : p_(p), base_(100) {}
int Viewer::sum() const { return p_.x() + base_; }

Outcome::Outcome() : code_(0), message_("") {}
Outcome::Outcome(const Outcome& other) = default;
Outcome::Outcome(int code, const char* message) : code_(code), message_(message) {}
Outcome Outcome::Fine() { return Outcome(); }
Outcome Outcome::Failed(int code) {
  return code == 0 ? Outcome() : Outcome(code, "failed");
}
bool Outcome::ok() const { return code_ == 0; }
std::string Outcome::ToString() const {
  if (ok()) return "OK";
  std::ostringstream s;
  s << code_ << ": " << message_;
  return s.str();
}
int Outcome::code() const { return code_; }

Outcome check(int value) { return value % 2 == 0 ? Outcome::Fine() : Outcome(value, "odd"); }
Outcome check_name(const std::string& name) {
  return name.empty() ? Outcome(1, "empty name") : Outcome::Fine();
}

int flags_of(const link_t* link) { return link->flags; }
Link* first_link() {
  static Link chain[3] = {{&chain[1], 1, {0}}, {&chain[2], 2, {0}}, {nullptr, 3, {0}}};
  return &chain[0];
}

}  // namespace build_faults
}  // namespace cases
