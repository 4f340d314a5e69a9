
// A null pointer where the bridge returns a reference (the safe layer
// reads this error as `None`).
struct null_result : ::std::exception {
  const char* what() const noexcept override { return "cxxbind: null result"; }
};
