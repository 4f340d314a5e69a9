#include "naming/case.h"

namespace cases {
namespace naming {

String::String(int32_t n) : n_(n) {}
int32_t String::get() const noexcept { return n_; }
int32_t String::cxxbind_wrap() const noexcept { return -n_; }

Vec::Vec() = default;
int32_t Vec::seven() const noexcept { return 7; }

int32_t match(int32_t type, int32_t self) noexcept { return type * 10 + self; }

int64_t shadow(const std::string& s, int64_t s_cxx, int64_t cxxbind_r) noexcept {
  return static_cast<int64_t>(s.size()) * 100 + s_cxx * 10 + cxxbind_r;
}

int32_t double__underscore(int32_t x) noexcept { return x + 1; }

namespace ffi {
int32_t in_ffi() noexcept { return 11; }
}  // namespace ffi

namespace cxx {
int32_t in_cxx() noexcept { return 12; }
}  // namespace cxx

namespace a {
Same::Same() = default;
int32_t Same::which() const noexcept { return 1; }
}  // namespace a

namespace b {
Same::Same() = default;
int32_t Same::which() const noexcept { return 2; }
}  // namespace b

namespace A {
int32_t upper() noexcept { return 3; }
}  // namespace A

namespace callbacks {
int32_t count_if(std::function<bool(uint32_t)> fn, uint32_t limit) {
  int32_t n = 0;
  for (uint32_t v = 0; v < limit; ++v) n += fn(v) ? 1 : 0;
  return n;
}
int32_t apply_both(std::function<int32_t(int32_t)> type, std::function<int32_t(int32_t)> loop, int32_t x) {
  return loop(type(x));
}
Runner::Runner() = default;
Runner::~Runner() = default;
Shifted::Shifted() = default;
int32_t Runner::run(int32_t a, std::function<int32_t(int32_t)> f, std::function<int32_t(int32_t)> g, int32_t z) {
  return f(a) + (g ? g(a) : 0) + z;
}
int32_t Shifted::run(int32_t a, std::function<int32_t(int32_t)> f, std::function<int32_t(int32_t)> g, int32_t z) {
  return (f ? f(a) : 0) + (g ? g(a) : 0) + z + 1000;
}
}  // namespace callbacks

}  // namespace naming
}  // namespace cases
