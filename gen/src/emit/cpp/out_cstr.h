
// Out-strings: the callee writes `p`; the copy happens when the call's
// full-expression ends (a null pointer leaves the string empty).
struct OutCStr {
  ::std::string& s;
  const char* p = nullptr;
  ~OutCStr() { if (p != nullptr) s = p; }
  const char** out() noexcept { return &p; }
};
// The same for a `char*` the caller must free with the library's `Free`.
template <void (*Free)(void*)>
struct OutFreedCStr {
  ::std::string& s;
  char* p = nullptr;
  ~OutFreedCStr() {
    if (p != nullptr) {
      s = p;
      Free(p);
    }
  }
  char** out() noexcept { return &p; }
};
// A `const char*` of `n` bytes (the length comes through another
// out-parameter, written by the same call).
template <typename N>
struct OutCountedCStr {
  ::std::string& s;
  const N& n;
  const char* p = nullptr;
  ~OutCountedCStr() {
    if (p != nullptr && n > 0) s.assign(p, static_cast<::std::size_t>(n));
  }
  const char** out() noexcept { return &p; }
};
