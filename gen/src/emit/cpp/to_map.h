
namespace cxxbind {
// Strings from Rust as one run of bytes and their lengths.
inline ::std::vector<::std::string> split_bytes(::rust::Slice<const ::std::uint8_t> bytes,
                                                ::rust::Slice<const ::std::size_t> lens) {
  ::std::vector<::std::string> out;
  ::std::size_t at = 0;
  for (auto n : lens) {
    if (n > bytes.size() - at) break;
    out.emplace_back(reinterpret_cast<const char*>(bytes.data()) + at, n);
    at += n;
  }
  return out;
}
// A map from Rust's keys and values, in the same order.
template <typename M, typename K, typename V>
M to_map(const ::std::vector<K>& keys, const ::std::vector<V>& values) {
  M m;
  for (::std::size_t i = 0; i < keys.size() && i < values.size(); ++i) {
    m.emplace(keys[i], values[i]);
  }
  return m;
}
} // namespace cxxbind
