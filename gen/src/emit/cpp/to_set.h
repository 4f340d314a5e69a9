// A set from Rust's elements.
template <typename S, typename E>
S to_set(const ::std::vector<E>& elems) {
  return S(elems.begin(), elems.end());
}
