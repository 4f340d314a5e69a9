// Value-like classes: a byte view taken and returned as Rust byte slices, a
// status returned as `Result`, objects handed over through `T**` and by
// factories (owned by the caller, borrowing what made them).
#ifndef CASES_VIEWS_CASE_H
#define CASES_VIEWS_CASE_H

#include <cstddef>
#include <map>
#include <string>

namespace cases {
namespace views {

/// Bytes someone else owns (a view, like `std::string_view`).
class Bytes {
 public:
  /// Nothing.
  Bytes() noexcept;
  /// The `n` bytes at `d`.
  Bytes(const char* d, std::size_t n) noexcept;
  /// The first byte.
  const char* data() const noexcept;
  /// How many bytes.
  std::size_t size() const noexcept;

 private:
  const char* d_;
  std::size_t n_;
};

/// Success, or an error with a message.
class Status {
 public:
  /// Success.
  Status() noexcept;
  Status(const Status& other);
  ~Status();
  /// An error saying `message`.
  static Status Error(const std::string& message);
  /// Success?
  bool ok() const noexcept;
  /// The error's message (empty on success).
  std::string message() const;

 private:
  std::string message_;
  bool ok_;
};

class Cursor;

/// Keys and values, in key order.
class Store {
 public:
  /// Opens a store named `name` into `*out` (an empty name is an error).
  static Status Open(const std::string& name, Store** out);
  ~Store();
  /// Stores `value` under `key` (an empty key is an error).
  Status Put(const Bytes& key, const Bytes& value);
  /// The value under `key` into `*value`, or an error naming the key.
  /// \param[out] value the value found (only written)
  Status Get(const Bytes& key, std::string* value) const;
  /// The smallest key (empty when there is none): a view into the store.
  Bytes FirstKey() const noexcept;
  /// A new cursor at the first key; the caller owns it.
  Cursor* NewCursor() const;
  /// The store's name.
  std::string name() const;

 private:
  explicit Store(std::string name);
  friend Store* CreateStore(const std::string& name);
  std::string name_;
  std::map<std::string, std::string> data_;
};

/// Walks a store in key order.
class Cursor {
 public:
  explicit Cursor(const std::map<std::string, std::string>& data) noexcept;
  ~Cursor();
  /// At an entry?
  bool Valid() const noexcept;
  /// To the next entry.
  void Next() noexcept;
  /// The current key: a view into the store.
  Bytes key() const noexcept;
  /// The current value: a view into the store.
  Bytes value() const noexcept;

 private:
  const std::map<std::string, std::string>* data_;
  std::map<std::string, std::string>::const_iterator at_;
};

/// Settings with public data members: getters and setters.
class Config {
 public:
  Config();
  ~Config();
  /// `label:max_keys:strict:version`, from the members as C++ sees them.
  std::string describe() const;
  /// A label.
  std::string label;
  /// A limit.
  int max_keys;
  /// A switch.
  bool strict;
  /// Read-only: a getter and no setter.
  const int version;
};

/// Keeps buffers it is handed until it is destroyed.
class Journal {
 public:
  Journal();
  ~Journal();
  /// Takes `bytes` (freed later through `deleter(deleter_arg, bytes, n)`).
  void Adopt(char* bytes, std::size_t n, void (*deleter)(void* arg, char* bytes, std::size_t n),
             void* deleter_arg);
  /// Every adopted byte, in order.
  std::string contents() const;
  /// How many buffers it holds.
  std::size_t count() const noexcept;

 private:
  struct Entry {
    char* bytes;
    std::size_t n;
    void (*deleter)(void*, char*, std::size_t);
    void* arg;
  };
  Entry entries_[8];
  std::size_t count_;
};

/// A new empty store the caller owns (free factory).
Store* CreateStore(const std::string& name);

}  // namespace views
}  // namespace cases

#endif  // CASES_VIEWS_CASE_H
