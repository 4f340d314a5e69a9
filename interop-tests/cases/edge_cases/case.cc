#include "edge_cases/case.h"

namespace cases {
namespace edge_cases {

Qualified::Qualified() = default;
int32_t Qualified::on_lvalue() & noexcept { return 1; }
int32_t Qualified::on_const_lvalue() const& noexcept { return 2; }
int32_t Qualified::on_rvalue() && noexcept { return 3; }
int32_t Qualified::on_volatile() volatile noexcept { return 4; }

Counter::~Counter() = default;

int64_t sum_next(Counter* c, int32_t times) {
  int64_t sum = 0;
  for (int32_t i = 0; i < times; ++i) sum += c->next();
  return sum;
}

Point::Point() : x(0) {}

int32_t sum_points(const Point* points, size_t count) {
  int32_t sum = 0;
  for (size_t i = 0; i < count; ++i) sum += points[i].x;
  return sum;
}

const char* buffer(size_t* len) noexcept {
  static const char data[] = {'a', '\0', 'b', 'c'};  // no terminator, an inner NUL
  *len = sizeof(data);
  return data;
}

View::View(std::string_view text) : text_(text) {}
size_t View::size() const noexcept { return text_.size(); }
View View::copy() const { return View(text_); }

Anonymous make_anonymous(int32_t value) { return Anonymous{value}; }
int32_t anonymous_value(const Anonymous& a) noexcept { return a.value; }

Visitor::~Visitor() = default;

int32_t drive(Visitor& v) { return v.visit(10) + v.visit('a') + v.last(); }

VisitorImpl::VisitorImpl() = default;
int32_t VisitorImpl::id() const noexcept { return 9; }

int32_t Shade(enum Shade s) noexcept { return static_cast<int32_t>(s); }
void set_logger(void*, Logger) noexcept {}
int32_t tone_value(Tone t) noexcept { return static_cast<int32_t>(t); }
int32_t text_length(const EdgeChar* text) noexcept {
  int32_t n = 0;
  while (text[n] != 0) ++n;
  return n;
}

// Defined without the macro: `(twice)` is the function.
int32_t(twice)(int32_t x) noexcept { return 2 * x; }

}  // namespace edge_cases
}  // namespace cases
