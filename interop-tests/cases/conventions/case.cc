#include "case.h"

#include <cstdlib>
#include <map>
#include <string>

struct cv_cfg {
  std::map<std::string, int> entries;
};

struct cv_lock {
  size_t capacity;
  bool shared;
};

namespace {
int cfgs_freed = 0;
int locks_freed = 0;
cv_lock static_locks[2] = {{1, true}, {1, true}};
const char* prefix = "";
}  // namespace

extern "C" {

cv_cfg* cv_cfg_new(void) { return new cv_cfg(); }

void cv_cfg_free(cv_cfg* cfg) {
  delete cfg;
  ++cfgs_freed;
}

void cv_cfg_set(cv_cfg* cfg, const char* name, int value) { cfg->entries[name] = value; }

int cv_cfg_delete_entry(cv_cfg* cfg, const char* name) {
  return cfg->entries.erase(name) > 0 ? 1 : 0;
}

int cv_cfg_get(const cv_cfg* cfg, const char* name, int fallback) {
  auto it = cfg->entries.find(name);
  return it == cfg->entries.end() ? fallback : it->second;
}

int cv_cfg_count(const cv_cfg* cfg) { return static_cast<int>(cfg->entries.size()); }

int cv_cfg_freed(void) { return cfgs_freed; }

cv_lock* cv_lock_alloc(int kind) {
  if (kind == 0 || kind == 1) return &static_locks[kind];
  return new cv_lock{1, false};
}

cv_lock* cv_lock_alloc_sized(size_t n) { return new cv_lock{n, false}; }

void cv_lock_free(cv_lock* lock) {
  if (lock->shared) std::abort();
  delete lock;
  ++locks_freed;
}

int cv_lock_capacity(const cv_lock* lock) { return static_cast<int>(lock->capacity); }

int cv_locks_freed(void) { return locks_freed; }

void cv_set_prefix(const char* p) { prefix = p; }

const char* cv_prefix(void) { return prefix; }

}  // extern "C"

namespace cv {

Family::Family(int id) : id_(id) {}
Family::~Family() = default;
int Family::Id() const { return id_; }

struct Store::Entries {
  std::map<std::pair<int, std::string>, int> values;
};

Store::Store() : entries_(new Entries()) {}

Store::~Store() { delete entries_; }

void Store::Put(const WriteOptions&, Family* family, const std::string& key, int value) {
  entries_->values[{family->Id(), key}] = value;
}

bool Store::Delete(const WriteOptions&, Family* family, const std::string& key) {
  return entries_->values.erase({family->Id(), key}) > 0;
}

int Store::Get(const Family* family, const std::string& key) const {
  auto it = entries_->values.find({family->Id(), key});
  return it == entries_->values.end() ? -1 : it->second;
}

namespace {
const char* yes_word = "true";
const char* no_word = "false";
Store* default_store = nullptr;
int limit = 0;
}  // namespace

void Settings::SetLabels(const char* yes, const char* no) {
  yes_word = yes;
  no_word = no;
}
const char* Settings::Yes() { return yes_word; }
const char* Settings::No() { return no_word; }
void Settings::SetDefaultStore(Store* store) { default_store = store; }
void Settings::SetLimit(int l) { limit = l; }
int Settings::Limit() { return limit; }

Node::Node(Doc* doc) : doc_(doc) {}
Node::~Node() = default;
Doc* Node::GetDocument() { return doc_; }
void Node::SetName(const char* name, bool) {
  name_ = name;
  ++doc_->renames_;
}
std::string Node::Name() const { return name_; }

Doc::Doc() : root_(new Node(this)) {}
Doc::~Doc() { delete root_; }
Node* Doc::Root() { return root_; }
int Doc::Renames() const { return renames_; }

Plugin::Plugin(int id) : id_(id) {}
int Plugin::Id() const { return id_; }

namespace {
Plugin* registered = nullptr;
}  // namespace
void plugin_register(Plugin* plugin) { registered = plugin; }
int registered_plugin_id() { return registered == nullptr ? -1 : registered->Id(); }
void plugin_unregister() { registered = nullptr; }

}  // namespace cv
