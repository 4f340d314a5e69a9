// Shapes from real libraries that once cost a whole library or its build:
// each binds now, by a general rule.
#ifndef CASES_FIRST_TRY_CASE_H
#define CASES_FIRST_TRY_CASE_H

// A macro with a reserved name, defined only when the implementation has
// not: the implementation's, never a library constant.
#ifndef __STDC_LIMIT_MACROS
#define __STDC_LIMIT_MACROS 1
#endif
// A guard the header undefines again: gone for its users.
#define FT_H_INTERNAL 1

#include <cstdint>
#include <exception>

extern "C" {

/// A handle created and destroyed as `const` (GEOS's prepared geometries).
typedef struct ft_shape_t ft_shape;
typedef struct ft_frozen_t ft_frozen;
ft_shape* ft_shape_new(int32_t sides);
void ft_shape_destroy(ft_shape* s);
const ft_frozen* ft_frozen_new(const ft_shape* s);
int32_t ft_frozen_sides(const ft_frozen* f);
void ft_frozen_destroy(const ft_frozen* f);
/// How many frozen shapes were destroyed.
int32_t ft_frozen_destroyed(void);

/// Parameters named with leading underscores (`_func`, `_data`).
int32_t ft_each(int32_t n, int32_t (*_func)(void*, int32_t), void* _data);

/// A struct whose name is reserved (`__mpz_struct`), used through pointer typedefs.
typedef struct {
  int32_t size;
  int64_t total;
} __ft_num_struct;
typedef __ft_num_struct* ft_num_ptr;
typedef const __ft_num_struct* ft_num_srcptr;
void ft_num_set(ft_num_ptr n, int64_t v);
void ft_num_add(ft_num_ptr r, ft_num_srcptr a, ft_num_srcptr b);
int64_t ft_num_get(ft_num_srcptr n);

/// A C enum named by its typedef (`typedef enum { … } T;`), the way whole
/// C libraries spell their result codes.
typedef enum { FT_OK = 0, FT_ERR_RANGE = 3 } ft_status;
ft_status ft_check(int32_t v);

}  // extern "C"

namespace cases {
namespace first_try {

/// A base with its own copy assignment; the derived class's hides it.
class Failure : public std::exception {
 public:
  explicit Failure(int32_t code);
  Failure(const Failure& other);
  Failure& operator=(const Failure& other);
  ~Failure() override;
  int32_t code() const noexcept;
  const char* what() const noexcept override;

 private:
  int32_t code_;
};

class NotFound : public Failure {
 public:
  explicit NotFound(int32_t code);
};

/// A member class declared first and defined later in its class: one class.
class Engine {
 public:
  class Options;
  explicit Engine(int32_t level);
  int32_t level() const noexcept;

  class Options {
   public:
    Options();
    int32_t max_mem() const noexcept;
    void set_max_mem(int32_t m) noexcept;

   private:
    int32_t m_;
  };

 private:
  int32_t level_;
};

}  // namespace first_try
}  // namespace cases

#undef FT_H_INTERNAL

#endif  // CASES_FIRST_TRY_CASE_H
