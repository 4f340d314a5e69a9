
// A Rust slice's length as the C length type the callee takes, clamped
// to that type's maximum: the callee is never told of more than the slice.
template <typename T>
inline T clamp_len(::std::size_t n) noexcept {
  constexpr auto cxxbind_max = static_cast<::std::size_t>(::std::numeric_limits<T>::max());
  return static_cast<T>(n < cxxbind_max ? n : cxxbind_max);
}
