
// UTF-16 text from Rust, NUL-terminated for C.
inline ::std::u16string utf16(::rust::Slice<const ::std::uint16_t> s) {
  return ::std::u16string(s.begin(), s.end());
}
// Code units at `p` (native order, any alignment) up to the first zero.
inline ::std::size_t utf16_len(const void* p) noexcept {
  const auto* b = static_cast<const unsigned char*>(p);
  ::std::size_t n = 0;
  while (b[2 * n] != 0 || b[2 * n + 1] != 0) ++n;
  return n;
}
// UTF-16 text from Rust that must end in a NUL (an out-string may point
// into it); a slice without one stops the program rather than let C read
// past its end.
inline const char16_t* utf16_terminated(::rust::Slice<const ::std::uint16_t> s) noexcept {
  if (s.empty() || s[s.size() - 1] != 0) ::std::terminate();
  return reinterpret_cast<const char16_t*>(s.data());
}
// Copies `n` code units at `p` (any alignment) into `out`.
inline void utf16_into(const void* p, ::std::size_t n, ::rust::Vec<::std::uint16_t>& out) {
  const auto* b = static_cast<const unsigned char*>(p);
  out.reserve(n);
  for (::std::size_t i = 0; i < n; ++i) {
    ::std::uint16_t u;
    auto* d = reinterpret_cast<unsigned char*>(&u);
    d[0] = b[2 * i];
    d[1] = b[2 * i + 1];
    out.push_back(u);
  }
}
// UTF-16 out-strings: the callee writes `p`; the copy happens when the
// call's full-expression ends (a null pointer leaves the vector empty).
struct OutUtf16 {
  ::rust::Vec<::std::uint16_t>& v;
  const void* p = nullptr;
  ~OutUtf16() { if (p != nullptr) utf16_into(p, utf16_len(p), v); }
  const void** out() noexcept { return &p; }
};
