
// `const char**` input arrays: NUL-terminated copies of the Rust byte
// strings (given as one run of bytes and their lengths), and a null after
// the last pointer; they live until the call's full-expression ends.
struct CStrArray {
  ::std::vector<::std::string> copies;
  ::std::vector<const char*> ptrs;
  CStrArray(::rust::Slice<const ::std::uint8_t> bytes, ::rust::Slice<const ::std::size_t> lens) {
    ::std::size_t at = 0;
    copies.reserve(lens.size());
    for (::std::size_t len : lens) {
      copies.emplace_back(reinterpret_cast<const char*>(bytes.data()) + at, len);
      at += len;
    }
    for (const auto& s : copies) ptrs.push_back(s.c_str());
    ptrs.push_back(nullptr);
  }
  const char** data() noexcept { return ptrs.data(); }
};
// `char***` tables the callee allocates: when the call's full-expression
// ends, `count()` entries (evaluated then, over the out-parameters) are
// copied (`present` false for a null entry) and the table is freed with `Free`.
template <void (*Free)(char**), typename Count>
struct OutCStrArray {
  ::std::vector<::std::string>& s;
  ::rust::Vec<bool>& present;
  Count count;
  char** p = nullptr;
  ~OutCStrArray() {
    if (p == nullptr) return;
    long long n = count();
    for (long long i = 0; i < n; ++i) {
      present.push_back(p[i] != nullptr);
      s.emplace_back(p[i] != nullptr ? p[i] : "");
    }
    Free(p);
  }
  char*** out() noexcept { return &p; }
};
template <void (*Free)(char**), typename Count>
OutCStrArray<Free, Count> out_cstr_array(::std::vector<::std::string>& s, ::rust::Vec<bool>& present, Count count) {
  return {s, present, count};
}
