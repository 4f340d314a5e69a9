
#include <array>
namespace cxxbind {
// A `[T; N]` from Rust, as the declared `std::array`.
template <typename T, ::std::size_t N, typename S>
::std::array<T, N> to_array(::rust::Slice<const S> s) {
  ::std::array<T, N> a{};
  for (::std::size_t i = 0; i < N && i < s.size(); ++i) {
    a[i] = static_cast<T>(s.data()[i]);
  }
  return a;
}
} // namespace cxxbind
