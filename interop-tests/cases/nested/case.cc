#include "nested/case.h"

namespace cases {
namespace nested {

Request::Header::Header(const std::string& name, const std::string& value)
    : name_(name), value_(value) {}
std::string Request::Header::line() const { return name_ + ": " + value_; }
std::size_t Request::Header::value_size() const noexcept { return value_.size(); }

Request::Request(Method method) : method_(method) {}
Request::Method Request::method() const noexcept { return method_; }
Request::Size Request::add(const Header& h) {
  if (headers_ >= static_cast<Size>(kMaxHeaders)) throw std::string("too many headers: ") + h.line();
  return ++headers_;
}
Request::Priority Request::priority(const Options& options) const {
  return options.urgent() ? High : Low;
}

Request::Options::Options() = default;
void Request::Options::set_retries(int32_t n) noexcept { retries_ = n; }
int32_t Request::Options::retries() const noexcept { return retries_; }
bool Request::Options::urgent() const noexcept { return urgent_; }
void Request::Options::set_urgent(bool u) noexcept { urgent_ = u; }

Request::Options::Limits::Limits(int64_t n) : bytes_(n) {}
int64_t Request::Options::Limits::bytes() const noexcept { return bytes_; }

std::string describe(Request::Method m, const Request::Options& o) {
  const char* name = m == Request::Method::Get ? "GET" : m == Request::Method::Post ? "POST" : "DELETE";
  return std::string(name) + " retries=" + std::to_string(o.retries());
}

}  // namespace nested
}  // namespace cases
