
namespace cxxbind {
// What `operator<=>` returned, as -1, 0, 1, or 2 for unordered.
template <typename O>
::std::int8_t ordering(O o) noexcept {
  return o < 0 ? -1 : o > 0 ? 1 : o == 0 ? 0 : 2;
}
} // namespace cxxbind
