// A map from Rust's keys and values, in the same order.
template <typename M, typename K, typename V>
M to_map(const ::std::vector<K>& keys, const ::std::vector<V>& values) {
  M m;
  for (::std::size_t i = 0; i < keys.size() && i < values.size(); ++i) {
    m.emplace(keys[i], values[i]);
  }
  return m;
}
