
namespace cxxbind {
// A `&CStr` from Rust arrives as bytes including the NUL; the ffi function is
// callable from safe Rust, so the terminator is checked, not assumed.
inline const char* c_str(::rust::Slice<const ::std::uint8_t> s) {
  if (s.empty() || s[s.size() - 1] != 0) {
    throw ::std::invalid_argument("cxxbind: string argument is not NUL-terminated");
  }
  return reinterpret_cast<const char*>(s.data());
}
// What `operator<<` writes to a `std::ostream`.
template <typename T>
::std::string display(const T& value) {
  ::std::ostringstream s;
  s << value;
  return s.str();
}
// A `T**` out-parameter whose object the caller owns: the call writes the
// pointer, and at the end of the full expression it moves into `dst`.
template <typename T>
struct OutPtr {
  explicit OutPtr(::std::unique_ptr<T>& dst) : dst_(dst) {}
  OutPtr(const OutPtr&) = delete;
  OutPtr& operator=(const OutPtr&) = delete;
  ~OutPtr() { dst_.reset(p_); }
  operator T**() { return &p_; }

 private:
  ::std::unique_ptr<T>& dst_;
  T* p_ = nullptr;
};
} // namespace cxxbind
