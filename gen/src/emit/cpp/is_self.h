
namespace cxxbind {
template <typename S, typename C>
bool is_self(const S& s, const C& c, ::std::true_type) {
  return &s == static_cast<const S*>(&c);
}
template <typename S, typename C>
bool is_self(const S&, const C&, ::std::false_type) {
  return false;
}
} // namespace cxxbind
