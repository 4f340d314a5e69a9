// Conventions read from names, and the types that overrule them: an
// ending word whose object is an entry (a key follows), an allocator whose
// kind may pick a shared object, a member deleting a key rather than the
// object it is given, setters of global state that keep their text, a
// node's owner reached by name and a flag saying a string is kept.
#pragma once
#include <stddef.h>
#include <string>

extern "C" {

typedef struct cv_cfg cv_cfg;
typedef struct cv_lock cv_lock;

/// A new, empty configuration.
cv_cfg* cv_cfg_new(void);
/// Frees a configuration (its destroy function).
void cv_cfg_free(cv_cfg* cfg);
/// Sets entry `name` to `value`.
void cv_cfg_set(cv_cfg* cfg, const char* name, int value);
/// Deletes the entry `name`, not the configuration (a key follows the
/// handle, and `delete` names an entry); 1 when it was there.
int cv_cfg_delete_entry(cv_cfg* cfg, const char* name);
/// The value of entry `name`, or `fallback`.
int cv_cfg_get(const cv_cfg* cfg, const char* name, int fallback);
/// How many entries.
int cv_cfg_count(const cv_cfg* cfg);
/// How many configurations `cv_cfg_free` freed.
int cv_cfg_freed(void);

/// A lock of `kind`: kinds 0 and 1 are static locks every caller shares
/// (freeing one aborts), others new. What it hands out is not the caller's.
cv_lock* cv_lock_alloc(int);
/// A new lock with room for `n` waiters: the caller's.
cv_lock* cv_lock_alloc_sized(size_t n);
/// Frees a lock (its destroy function); aborts on a static lock.
void cv_lock_free(cv_lock* lock);
/// How many waiters the lock has room for.
int cv_lock_capacity(const cv_lock* lock);
/// How many locks `cv_lock_free` freed.
int cv_locks_freed(void);

/// The prefix `cv_prefix` gives: kept as given (the pointer is stored).
void cv_set_prefix(const char* prefix);
/// The prefix last set ("" before any).
const char* cv_prefix(void);

}  // extern "C"

namespace cv {

/// A column family: keys of different families never meet.
class Family {
 public:
  explicit Family(int id);
  ~Family();
  /// Its id.
  int Id() const;

 private:
  int id_;
};

/// What a write does.
struct WriteOptions {
  /// Flush at once.
  bool sync = false;
};

/// A store of keys per family.
class Store {
 public:
  Store();
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;
  /// Puts `key` = `value` in `family`.
  void Put(const WriteOptions& options, Family* family, const std::string& key, int value);
  /// Deletes `key` from `family`: the family is not freed (it is not the
  /// first parameter, and a key follows it). True when the key was there.
  bool Delete(const WriteOptions& options, Family* family, const std::string& key);
  /// The value of `key` in `family`, or -1.
  int Get(const Family* family, const std::string& key) const;

 private:
  struct Entries;
  Entries* entries_;
};

/// Global settings.
class Settings {
 public:
  /// The words `Yes`/`No` give: the pointers are kept as given
  /// (`XMLUtil::SetBoolSerialization`).
  static void SetLabels(const char* yes, const char* no);
  /// The word for true.
  static const char* Yes();
  /// The word for false.
  static const char* No();
  /// The store every later call uses: kept as given (skipped).
  static void SetDefaultStore(Store* store);
  /// A count (a scalar: nothing to keep).
  static void SetLimit(int limit);
  /// The count last set.
  static int Limit();
};

class Doc;

/// A node its document owns.
class Node {
 public:
  /// The document that owns the node: lent shared only, since a document
  /// may free its nodes.
  Doc* GetDocument();
  /// Renames the node; with `staticMem`, the name is kept as given.
  void SetName(const char* name, bool staticMem = false);
  /// Its name.
  std::string Name() const;

 private:
  friend class Doc;
  explicit Node(Doc* doc);
  ~Node();
  Doc* doc_;
  std::string name_;
};

/// A document owning one node.
class Doc {
 public:
  Doc();
  ~Doc();
  Doc(const Doc&) = delete;
  Doc& operator=(const Doc&) = delete;
  /// Its node.
  Node* Root();
  /// How many times its node was renamed.
  int Renames() const;

 private:
  friend class Node;
  Node* root_;
  int renames_ = 0;
};

/// A plugin a registry can keep.
class Plugin {
 public:
  explicit Plugin(int id);
  /// Its id.
  int Id() const;

 private:
  int id_;
};

/// Not bound: keeps `plugin` for later (its name says it registers it),
/// so a Rust-owned plugin could be dropped while the registry holds it.
void plugin_register(Plugin* plugin);

/// The id of the registered plugin, or -1 when none is.
int registered_plugin_id();

/// Forgets the registered plugin (it is not given one, so it stays bound).
void plugin_unregister();

}  // namespace cv
