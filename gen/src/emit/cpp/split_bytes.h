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
