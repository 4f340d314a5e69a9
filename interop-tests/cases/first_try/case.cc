#include "first_try/case.h"

struct ft_shape_t {
  int32_t sides;
};
struct ft_frozen_t {
  int32_t sides;
};
static int32_t frozen_destroyed = 0;

ft_shape* ft_shape_new(int32_t sides) { return new ft_shape{sides}; }
void ft_shape_destroy(ft_shape* s) { delete s; }
const ft_frozen* ft_frozen_new(const ft_shape* s) { return new ft_frozen{s->sides}; }
int32_t ft_frozen_sides(const ft_frozen* f) { return f->sides; }
void ft_frozen_destroy(const ft_frozen* f) {
  ++frozen_destroyed;
  delete f;
}
int32_t ft_frozen_destroyed(void) { return frozen_destroyed; }

int32_t ft_each(int32_t n, int32_t (*_func)(void*, int32_t), void* _data) {
  int32_t sum = 0;
  for (int32_t i = 0; i < n; ++i) sum += _func(_data, i);
  return sum;
}

void ft_num_set(ft_num_ptr n, int64_t v) {
  n->size = 1;
  n->total = v;
}
void ft_num_add(ft_num_ptr r, ft_num_srcptr a, ft_num_srcptr b) {
  r->size = 1;
  r->total = a->total + b->total;
}
int64_t ft_num_get(ft_num_srcptr n) { return n->total; }

ft_status ft_check(int32_t v) { return v > 3 ? FT_ERR_RANGE : FT_OK; }

namespace cases {
namespace first_try {
Failure::Failure(int32_t code) : code_(code) {}
Failure::Failure(const Failure& other) = default;
Failure& Failure::operator=(const Failure& other) = default;
Failure::~Failure() = default;
int32_t Failure::code() const noexcept { return code_; }
const char* Failure::what() const noexcept { return "failure"; }
NotFound::NotFound(int32_t code) : Failure(code) {}
Engine::Engine(int32_t level) : level_(level) {}
int32_t Engine::level() const noexcept { return level_; }
Engine::Options::Options() : m_(8) {}
int32_t Engine::Options::max_mem() const noexcept { return m_; }
void Engine::Options::set_max_mem(int32_t m) noexcept { m_ = m; }
}  // namespace first_try
}  // namespace cases
