#include "case.h"

#include <cstdarg>
#include <utility>

namespace cases {
namespace skipped {

int32_t global_counter = 0;

int32_t plain(int32_t x) { return x * 2; }

void takes_rvalue(std::string&& s) {
  std::string sink = std::move(s);
  global_counter += static_cast<int32_t>(sink.size());
}

int sum_all(int count, ...) {
  va_list args;
  va_start(args, count);
  int total = 0;
  for (int i = 0; i < count; ++i) {
    total += va_arg(args, int);
  }
  va_end(args);
  return total;
}

void takes_callback(void (*cb)(int)) {
  if (cb != nullptr) {
    cb(7);
  }
}

int32_t* raw_pointer_return() { return &global_counter; }

void takes_void_ptr(void* p) { (void)p; }

Vec2 operator+(const Vec2& a, const Vec2& b) {
  return Vec2{a.x + b.x, a.y + b.y};
}

bool plain_after(bool b) { return !b; }

Sealed::Sealed() = default;
Sealed::~Sealed() = default;
int32_t Sealed::id() const noexcept { return 7; }

}  // namespace skipped
}  // namespace cases
