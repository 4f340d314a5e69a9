// Types declared inside classes: bound where a Rust user looks for them,
// in a module named after the enclosing class (`http::request::Method`).
#pragma once

#include <cstdint>
#include <string>

namespace cases {
namespace nested {

/// An HTTP-like request with nested types.
class Request {
 public:
  /// The request method (a scoped enum nested in the class).
  enum class Method : uint8_t { Get = 1, Post = 2, Delete = 3 };

  /// A plain enum nested in the class.
  enum Priority { Low = 0, High = 10 };

  /// A header line, nested in the class and defined inside it.
  class Header {
   public:
    /// A header `name: value`.
    Header(const std::string& name, const std::string& value);
    /// `name: value`.
    std::string line() const;
    /// The value's length.
    std::size_t value_size() const noexcept;

   private:
    std::string name_;
    std::string value_;
  };

  /// Options for sending; declared here, defined out of line below.
  class Options;

  /// The number of headers a request holds at most.
  static constexpr int32_t kMaxHeaders = 8;

  /// A type alias inside the class.
  using Size = uint32_t;

  /// A request with `method`.
  explicit Request(Method method);

  /// The method.
  Method method() const noexcept;
  /// Adds a header; returns the new count.
  Size add(const Header& h);
  /// The priority `options` give this request.
  Priority priority(const Options& options) const;

 private:
  Method method_;
  Size headers_ = 0;
};

/// Defined outside `Request`'s body, still nested in it.
class Request::Options {
 public:
  /// Default options: no retries, low priority.
  Options();
  /// Sets the retry count.
  void set_retries(int32_t n) noexcept;
  /// The retry count.
  int32_t retries() const noexcept;
  /// Whether requests go out with high priority.
  bool urgent() const noexcept;
  /// Marks requests urgent.
  void set_urgent(bool u) noexcept;

  /// Nested two levels deep.
  struct Limits {
    /// Limits of `n` bytes.
    explicit Limits(int64_t n);
    /// The byte limit.
    int64_t bytes() const noexcept;

   private:
    int64_t bytes_;
  };

 private:
  int32_t retries_ = 0;
  bool urgent_ = false;
};

/// A free function taking nested types.
std::string describe(Request::Method m, const Request::Options& o);

}  // namespace nested
}  // namespace cases
