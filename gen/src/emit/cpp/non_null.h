
namespace cxxbind {
// A `SharedPtr` from Rust may be null; the callee is not told so.
template <typename T>
::std::shared_ptr<T> non_null(::std::shared_ptr<T> p) {
  if (!p) {
    throw ::std::invalid_argument("cxxbind: null shared pointer argument");
  }
  return p;
}
} // namespace cxxbind
