#include "views/case.h"

#include <stdexcept>

namespace cases {
namespace views {

Bytes::Bytes() noexcept : d_(""), n_(0) {}
Bytes::Bytes(const char* d, std::size_t n) noexcept : d_(d), n_(n) {}
const char* Bytes::data() const noexcept { return d_; }
std::size_t Bytes::size() const noexcept { return n_; }

Status::Status() noexcept : ok_(true) {}
Status::Status(const Status& other) = default;
Status::~Status() = default;
Status Status::Error(const std::string& message) {
  Status s;
  s.ok_ = false;
  s.message_ = message;
  return s;
}
bool Status::ok() const noexcept { return ok_; }
std::string Status::message() const { return message_; }

static std::string text(const Bytes& b) { return std::string(b.data(), b.size()); }

Store::Store(std::string name) : name_(std::move(name)) {}
Store::~Store() = default;
Status Store::Open(const std::string& name, Store** out) {
  if (name.empty()) return Status::Error("a store needs a name");
  *out = new Store(name);
  return Status();
}
Status Store::Put(const Bytes& key, const Bytes& value) {
  if (key.size() == 0) return Status::Error("empty key");
  data_[text(key)] = text(value);
  return Status();
}
Status Store::Get(const Bytes& key, std::string* value) const {
  auto it = data_.find(text(key));
  if (it == data_.end()) return Status::Error("not found: " + text(key));
  *value = it->second;
  return Status();
}
Bytes Store::FirstKey() const noexcept {
  if (data_.empty()) return Bytes();
  const std::string& k = data_.begin()->first;
  return Bytes(k.data(), k.size());
}
Cursor* Store::NewCursor() const { return new Cursor(data_); }
std::string Store::name() const { return name_; }

Cursor::Cursor(const std::map<std::string, std::string>& data) noexcept
    : data_(&data), at_(data.begin()) {}
Cursor::~Cursor() = default;
bool Cursor::Valid() const noexcept { return at_ != data_->end(); }
void Cursor::Next() noexcept { ++at_; }
Bytes Cursor::key() const noexcept { return Bytes(at_->first.data(), at_->first.size()); }
Bytes Cursor::value() const noexcept { return Bytes(at_->second.data(), at_->second.size()); }

Store* CreateStore(const std::string& name) { return new Store(name); }

Journal::Journal() : count_(0) {}
Journal::~Journal() {
  for (std::size_t i = 0; i < count_; ++i) {
    entries_[i].deleter(entries_[i].arg, entries_[i].bytes, entries_[i].n);
  }
}
void Journal::Adopt(char* bytes, std::size_t n, void (*deleter)(void*, char*, std::size_t),
                    void* deleter_arg) {
  if (count_ == 8) {
    deleter(deleter_arg, bytes, n);
    throw std::length_error("journal full");
  }
  if (n > 0) bytes[0] = static_cast<char>(bytes[0] - 'a' + 'A');  // it is the journal's now
  entries_[count_++] = Entry{bytes, n, deleter, deleter_arg};
}
std::string Journal::contents() const {
  std::string out;
  for (std::size_t i = 0; i < count_; ++i) out.append(entries_[i].bytes, entries_[i].n);
  return out;
}
std::size_t Journal::count() const noexcept { return count_; }

Config::Config() : label("default"), max_keys(10), strict(false), version(3) {}
Config::~Config() = default;
std::string Config::describe() const {
  return label + ":" + std::to_string(max_keys) + ":" + (strict ? "1" : "0") + ":" +
         std::to_string(version);
}

}  // namespace views
}  // namespace cases
