
// The fixed form of a `va_list` function: `f(ap)` with `ap` holding the
// arguments after `n` (one `const char*`, printed through "%s").
template <typename F>
decltype(auto) va_text(F f, int n, ...) {
  struct End {
    va_list ap;
    ~End() { va_end(ap); }
  } end;
  va_start(end.ap, n);
  return f(end.ap);
}
