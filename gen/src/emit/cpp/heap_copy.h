
// A copy of a buffer the library keeps, freed by the library through
// `free_copy`; four zero bytes past its size end it as a C string of any
// code-unit width (should a length that does not fit tell the library to
// look for the terminator).
inline void* heap_copy(const ::std::uint8_t* data, ::std::size_t size) noexcept {
  auto* p = static_cast<char*>(::std::malloc(size + 4));
  if (p == nullptr) ::std::abort();
  if (size != 0) ::std::memcpy(p, data, size);
  ::std::memset(p + size, 0, 4);
  return p;
}
inline void free_copy(void* p) noexcept { ::std::free(p); }
// A copy kept with a closure the library keeps, never freed (the header does
// not say when the library lets go); its own frame names it in leak reports.
[[gnu::noinline]] inline void* heap_copy_kept(const ::std::uint8_t* data, ::std::size_t size) noexcept {
  return heap_copy(data, size);
}
