#include "case.h"

#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>
#include <thread>
#include <vector>

struct kv_blob {
  const void* data;
  int size;
  void (*destroy)(void*);
};

struct kv_lock {
  int depth = 0;
};

struct kv_store {
  std::string name;
  std::map<std::string, int> entries;
  std::map<std::string, kv_blob> blobs;
  void (*hook)(void*, int) = nullptr;
  void* hook_arg = nullptr;
  std::string path;
  void (*watch)(void*, kv_store*, int) = nullptr;
  void (*release)(void*) = nullptr;
  void* watch_arg = nullptr;
  kv_lock lock;
  std::vector<kv_cursor*> cursors;
  const char* order_name = nullptr;
  int (*order)(void*, int, const void*, int, const void*) = nullptr;
  void* order_arg = nullptr;
  int (*progress)(void*, kv_query*, int) = nullptr;
  void (*progress_release)(void*) = nullptr;
  void* progress_arg = nullptr;
};

struct kv_buf {
  std::string text;
  kv_buf* tail = nullptr;
};

struct kv_cursor {
  kv_store* store;
  std::map<std::string, int>::const_iterator it;
};

namespace {
// Allocations' sizes, by address (`kv_free` forgets them).
std::map<void*, int>& allocation_sizes() {
  static std::map<void*, int> sizes;
  return sizes;
}

int destroyed_stores = 0;
int destroyed_cursors = 0;
int destroyed_blobs = 0;
int freed_strings = 0;
int freed_allocations = 0;
int freed_paths = 0;
int freed_tables = 0;
}  // namespace

extern "C" {

int kv_open(const char* name, kv_store** out) {
  if (name == nullptr || name[0] == '\0') {
    *out = nullptr;
    return 1;
  }
  *out = new kv_store{};
  (*out)->name = name;
  return 0;
}

// Releases the store's function definitions (below).
static void release_definitions(const kv_store* store);

int kv_close(kv_store* store) {
  for (auto& b : store->blobs) {
    b.second.destroy(const_cast<void*>(b.second.data));
    ++destroyed_blobs;
  }
  if (store->release != nullptr) store->release(store->watch_arg);
  if (store->progress_release != nullptr) store->progress_release(store->progress_arg);
  release_definitions(store);
  // The cursors it owns (`kv_store_track`); a caller's are freed by then.
  for (kv_cursor* c : store->cursors) delete c;
  delete store;
  ++destroyed_stores;
  return 0;
}

int kv_close_quietly(kv_store* store) { return kv_close(store); }

int kv_close_with(kv_store* store, int) { return kv_close(store); }

int kv_put(kv_store* store, const char* key, int value) {
  store->entries[key] = value;
  if (store->hook != nullptr) store->hook(store->hook_arg, static_cast<int>(store->entries.size()));
  if (store->watch != nullptr) {
    store->watch(store->watch_arg, store, static_cast<int>(store->entries.size()));
  }
  return 0;
}

const char* kv_name(const kv_store* store) { return store->name.c_str(); }

int kv_key_at(const kv_store* store, int i, const char** key, int* n) {
  static const char packed[] = "abcdefgh";
  if (i < 0 || i >= static_cast<int>(store->entries.size())) return 1;
  auto it = store->entries.begin();
  for (int k = 0; k < i; ++k) ++it;
  // Points into a longer buffer when the key is a prefix of it: only `n`
  // bytes are the key.
  if (std::strncmp(packed, it->first.c_str(), it->first.size()) == 0) {
    *key = packed;
  } else {
    *key = it->first.c_str();
  }
  *n = static_cast<int>(it->first.size());
  return 0;
}

int kv_count(const kv_store* store) { return static_cast<int>(store->entries.size()); }

kv_cursor* kv_cursor_new(kv_store* store) {
  if (store->entries.empty()) return nullptr;
  auto* c = new kv_cursor{store, store->entries.begin()};
  store->cursors.push_back(c);
  return c;
}

void kv_cursor_free(kv_cursor* cursor) {
  auto& all = cursor->store->cursors;
  for (auto it = all.begin(); it != all.end(); ++it) {
    if (*it == cursor) {
      all.erase(it);
      break;
    }
  }
  delete cursor;
  ++destroyed_cursors;
}

const char* kv_cursor_next(kv_cursor* cursor) {
  if (cursor->it == cursor->store->entries.end()) return nullptr;
  const char* key = cursor->it->first.c_str();
  ++cursor->it;
  return key;
}

int kv_check(kv_store* store, const char* key, char** errmsg) {
  if (store->entries.count(key) != 0) return 0;
  std::string msg = std::string("no such key: ") + key;
  char* p = static_cast<char*>(std::malloc(msg.size() + 1));
  std::memcpy(p, msg.c_str(), msg.size() + 1);
  *errmsg = p;
  return 1;
}

void kv_free(void* p) {
  if (allocation_sizes().erase(p) == 1) {
    ++freed_allocations;
  } else if (p != nullptr) {
    ++freed_strings;
  }
  std::free(p);
}

int kv_first_word(const char* text, int n, const char** rest) {
  int i = 0;
  while (i < n && text[i] != ' ') ++i;
  while (i < n && text[i] == ' ') ++i;
  *rest = text + i;
  return i;
}

int kv_put_blob(kv_store* store, const char* key, const void* data, int n,
                void (*destroy)(void*)) {
  auto it = store->blobs.find(key);
  if (it != store->blobs.end()) {
    it->second.destroy(const_cast<void*>(it->second.data));
    ++destroyed_blobs;
  }
  store->blobs[key] = kv_blob{data, n, destroy};
  return 0;
}

int kv_read_blob(const kv_store* store, const char* key, void* out, int n) {
  auto it = store->blobs.find(key);
  if (it == store->blobs.end()) return -1;
  int k = it->second.size < n ? it->second.size : n;
  std::memcpy(out, it->second.data, static_cast<size_t>(k));
  return k;
}

int kv_destroyed_blobs(void) { return destroyed_blobs; }

int kv_put_named(kv_store* store, const char* name, int n, int value) {
  store->entries[std::string(name, static_cast<size_t>(n))] = value;
  return 0;
}

int kv_each(kv_store* store, int (*callback)(void* arg, int n, char** row), void* arg) {
  int visited = 0;
  for (const auto& e : store->entries) {
    std::string key = e.first;
    std::string value = std::to_string(e.second);
    char* row[3] = {&key[0], &value[0], nullptr};
    if (callback(arg, 3, row) != 0) return -1;
    ++visited;
  }
  return visited;
}

int kv_each16(kv_store* store, int (*callback)(void*, const void*), void* arg) {
  int visited = 0;
  for (const auto& e : store->entries) {
    std::u16string key(e.first.begin(), e.first.end());
    if (callback(arg, key.empty() ? nullptr : key.c_str()) != 0) return -1;
    ++visited;
  }
  return visited;
}

void kv_set_hook(kv_store* store, void (*hook)(void*, int), void* arg) {
  store->hook = hook;
  store->hook_arg = arg;
}

void kv_set_watch(kv_store* store, void* arg, void (*watch)(void*, kv_store*, int),
                  void (*release)(void*)) {
  if (store->release != nullptr) store->release(store->watch_arg);
  store->watch = watch;
  store->release = release;
  store->watch_arg = arg;
}

kv_buf* kv_buf_new(void) { return new kv_buf{}; }

void kv_buf_add(kv_buf* buf, const char* text) { buf->text += text; }

int kv_buf_len(const kv_buf* buf) { return static_cast<int>(buf->text.size()); }

char* kv_buf_free(kv_buf* buf) {
  char* p = static_cast<char*>(std::malloc(buf->text.size() + 1));
  std::memcpy(p, buf->text.c_str(), buf->text.size() + 1);
  delete buf->tail;
  delete buf;
  return p;
}

void kv_set_hooks(kv_store* store, void (*first)(void*, int), void* first_arg,
                  void (*second)(void*), void* second_arg) {
  kv_set_hook(store, first, first_arg);
  if (second != nullptr) second(second_arg);
}

kv_lock* kv_lock_new(kv_store*) { return nullptr; }

kv_store* kv_cursor_store(kv_cursor* cursor) { return cursor->store; }

kv_cursor* kv_cursor_peer(kv_cursor* cursor) { return cursor; }

const void* kv_blob_data(const kv_store* store, const char* key) {
  auto it = store->blobs.find(key);
  return it == store->blobs.end() ? nullptr : it->second.data;
}

int kv_blob_bytes(const kv_store* store, const char* key) {
  auto it = store->blobs.find(key);
  return it == store->blobs.end() ? 0 : it->second.size;
}

const void* kv_name16(const kv_store* store) {
  static thread_local std::u16string name;
  name.assign(store->name.begin(), store->name.end());
  return name.c_str();
}

int kv_put16(kv_store* store, const void* key, int value) {
  std::string k;
  for (const char16_t* p = static_cast<const char16_t*>(key); *p != 0; ++p) {
    k.push_back(static_cast<char>(*p));
  }
  return kv_put(store, k.c_str(), value);
}

int kv_first_word16(const void* text, int n, const void** rest) {
  const char16_t* t = static_cast<const char16_t*>(text);
  int units = n / 2;
  int i = 0;
  while (i < units && t[i] != u' ') ++i;
  while (i < units && t[i] == u' ') ++i;
  *rest = t + i;
  return i;
}

int kv_vputf(kv_store* store, int value, const char* format, va_list ap) {
  char key[256];
  std::vsnprintf(key, sizeof key, format, ap);
  return kv_put(store, key, value);
}

int kv_putf(kv_store* store, int value, const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int rc = kv_vputf(store, value, fmt, ap);
  va_end(ap);
  return rc;
}

char* kv_vmprintf(const char* fmt, va_list ap) {
  char buf[256];
  if (std::vsnprintf(buf, sizeof buf, fmt, ap) < 0) return nullptr;
  char* p = static_cast<char*>(std::malloc(std::strlen(buf) + 1));
  std::memcpy(p, buf, std::strlen(buf) + 1);
  return p;
}

char* kv_mprintf(const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char* p = kv_vmprintf(fmt, ap);
  va_end(ap);
  return p;
}

char* kv_snprintf(char* buf, int n, const char* fmt, ...) {
  if (n <= 0) return buf;
  va_list ap;
  va_start(ap, fmt);
  std::vsnprintf(buf, static_cast<size_t>(n), fmt, ap);
  va_end(ap);
  return buf;
}

char* kv_snprintf_first(int n, char* buf, const char* fmt, ...) {
  if (n <= 0) return buf;
  va_list ap;
  va_start(ap, fmt);
  std::vsnprintf(buf, static_cast<size_t>(n), fmt, ap);
  va_end(ap);
  return buf;
}

int kv_store_find_lock(kv_store* store, int which, kv_lock** out) {
  *out = which == 0 ? &store->lock : nullptr;
  return which == 0 ? 0 : 1;
}

int kv_buf_tail(kv_buf* buf, kv_buf** tail) {
  if (buf->tail == nullptr) buf->tail = new kv_buf{};
  *tail = buf->tail;
  return static_cast<int>(buf->tail->text.size());
}

kv_batch kv_batch_at(int slot) { return kv_batch{slot, "batch"}; }

int kv_batch_lock(kv_batch* batch, kv_lock** out) {
  static kv_lock locks[4];
  if (batch->slot < 0 || batch->slot > 3) {
    *out = nullptr;
    return 1;
  }
  *out = &locks[batch->slot];
  return 0;
}

int kv_store_track(kv_store* store, int n) {
  for (int i = 0; i < n; ++i) {
    store->cursors.push_back(new kv_cursor{store, store->entries.begin()});
  }
  return static_cast<int>(store->cursors.size());
}

kv_cursor* kv_store_next_cursor(kv_store* store, kv_cursor* prev) {
  if (prev == nullptr) return store->cursors.empty() ? nullptr : store->cursors.front();
  // Like `sqlite3_next_stmt`: the list `prev` is in, whatever `store` is.
  auto& all = prev->store->cursors;
  for (std::size_t i = 0; i + 1 < all.size(); ++i) {
    if (all[i] == prev) return all[i + 1];
  }
  return nullptr;
}

kv_path kv_store_path(kv_store* store) {
  store->path = store->name;
  store->path.push_back('\0');
  store->path += std::string("mode\0ro\0", 8);
  store->path.push_back('\0');
  return store->path.c_str();
}

const char* kv_path_param(kv_path path, const char* key) {
  const char* p = path + std::strlen(path) + 1;
  while (*p != '\0') {
    const char* value = p + std::strlen(p) + 1;
    if (std::strcmp(p, key) == 0) return value;
    p = value + std::strlen(value) + 1;
  }
  return nullptr;
}

kv_path kv_path_create(const char* name, int nParam, const char** azParam) {
  std::string s = name;
  s.push_back('\0');
  for (int i = 0; i < 2 * nParam; ++i) {
    s += azParam[i];
    s.push_back('\0');
  }
  s.push_back('\0');
  char* p = static_cast<char*>(std::malloc(s.size()));
  std::memcpy(p, s.data(), s.size());
  return p;
}

void kv_path_free(kv_path path) {
  if (path == nullptr) return;
  ++freed_paths;
  std::free(const_cast<char*>(path));
}

int kv_freed_paths(void) { return freed_paths; }

namespace {
char* copy_string(const std::string& s) {
  char* p = static_cast<char*>(std::malloc(s.size() + 1));
  std::memcpy(p, s.c_str(), s.size() + 1);
  return p;
}
}  // namespace

int kv_table(const kv_store* store, char*** table, int* rows, int* columns) {
  *rows = static_cast<int>(store->entries.size());
  *columns = 2;
  // One block: the entry count first, then the `(rows + 1) * columns` pointers.
  auto n = static_cast<size_t>((*rows + 1) * *columns);
  auto** block = static_cast<char**>(std::malloc((n + 1) * sizeof(char*)));
  block[0] = reinterpret_cast<char*>(n);
  char** t = block + 1;
  t[0] = copy_string("key");
  t[1] = copy_string("value");
  size_t i = 2;
  for (const auto& [key, value] : store->entries) {
    t[i++] = copy_string(key);
    t[i++] = value < 0 ? nullptr : copy_string(std::to_string(value));
  }
  *table = t;
  return 0;
}

void kv_free_table(char** table) {
  if (table == nullptr) return;
  char** block = table - 1;
  auto n = reinterpret_cast<size_t>(block[0]);
  for (size_t i = 0; i < n; ++i) std::free(table[i]);
  std::free(block);
  ++freed_tables;
}

int kv_freed_tables(void) { return freed_tables; }

void kv_lock_finish(kv_lock* lock) { lock->depth = 0; }

int kv_store_release_memory(kv_store* store) { return static_cast<int>(store->entries.size()); }

void kv_fill(int n, void* out) {
  auto* p = static_cast<unsigned char*>(out);
  for (int i = 0; i < n; ++i) p[i] = static_cast<unsigned char>((i * 7) & 0xff);
}

kv_lock* kv_store_lock(kv_store* store) { return &store->lock; }

int kv_lock_enter(kv_lock* lock) { return ++lock->depth; }

void* kv_malloc(int n) {
  if (n <= 0) return nullptr;
  void* p = std::malloc(n);
  if (p == nullptr) return nullptr;
  std::memset(p, 0xAB, n);  // not zeroed: the binding zeroes fresh bytes
  allocation_sizes()[p] = n;
  return p;
}

void* kv_realloc(void* mem, int n) {
  if (mem == nullptr) return kv_malloc(n);
  if (n <= 0) return nullptr;
  void* p = std::realloc(mem, n);
  if (p == nullptr) return nullptr;
  allocation_sizes().erase(mem);
  allocation_sizes()[p] = n;
  return p;
}

int kv_msize(void* mem) {
  auto it = allocation_sizes().find(mem);
  return it == allocation_sizes().end() ? 0 : it->second;
}

int kv_set_order(kv_store* store, const char* name, void* arg,
                 int (*compare)(void*, int, const void*, int, const void*)) {
  store->order_name = name;
  store->order = compare;
  store->order_arg = arg;
  return 0;
}

int kv_compare(kv_store* store, const char* a, const char* b) {
  if (store->order == nullptr) return -2;
  // Copies without NULs: the callback must not read past the lengths.
  std::string x(a), y(b);
  return store->order(store->order_arg, static_cast<int>(x.size()), x.data(),
                      static_cast<int>(y.size()), y.data());
}

const char* kv_order_name(const kv_store* store) { return store->order_name; }

char* kv_buf_text(kv_buf* buf) { return &buf->text[0]; }

// Definitions: kept beside each store (released when it closes).
struct kv_call {
  void* data;
  int result;
};
struct kv_item {
  int value;
};
struct kv_def {
  void* arg;
  void (*apply)(kv_call*, int, kv_item**);
  void (*step)(kv_call*, int, kv_item**);
  void (*done)(kv_call*);
  void (*release)(void*);
};
static std::map<const kv_store*, std::map<std::string, kv_def>> definitions;
static int released_definitions = 0;
static void release_definition(const kv_def& d) {
  if (d.release != nullptr) {
    d.release(d.arg);
    ++released_definitions;
  }
}
static void release_definitions(const kv_store* store) {
  auto it = definitions.find(store);
  if (it == definitions.end()) return;
  for (auto& d : it->second) release_definition(d.second);
  definitions.erase(it);
}
void* kv_call_data(kv_call* call) { return call->data; }
void kv_call_result(kv_call* call, int value) { call->result = value; }
int kv_item_value(const kv_item* item) { return item->value; }
int kv_define(kv_store* store, const char* name, void* arg,
              void (*apply)(kv_call*, int, kv_item**), void (*step)(kv_call*, int, kv_item**),
              void (*done)(kv_call*), void (*release)(void*)) {
  kv_def def{arg, apply, step, done, release};
  bool none = apply == nullptr && step == nullptr && done == nullptr;
  bool scalar = apply != nullptr && step == nullptr && done == nullptr;
  bool fold = apply == nullptr && step != nullptr && done != nullptr;
  if (!none && !scalar && !fold) {
    release_definition(def);
    return 1;
  }
  auto& defs = definitions[store];
  auto old = defs.find(name);
  if (old != defs.end()) {
    release_definition(old->second);
    defs.erase(old);
  }
  if (none) {
    release_definition(def);
  } else {
    defs[name] = def;
  }
  return 0;
}
int kv_define_simple(kv_store* store, const char* name, void* arg,
                     void (*apply)(kv_call*, int, kv_item**)) {
  return kv_define(store, name, arg, apply, nullptr, nullptr, nullptr);
}
int kv_run(kv_store* store, const char* name, const int* values, int n) {
  auto defs = definitions.find(store);
  if (defs == definitions.end()) return -1;
  auto it = defs->second.find(name);
  if (it == defs->second.end()) return -1;
  const kv_def& d = it->second;
  kv_call call{d.arg, 0};
  std::vector<kv_item> items(static_cast<std::size_t>(n));
  std::vector<kv_item*> pointers;
  for (int i = 0; i < n; ++i) {
    items[static_cast<std::size_t>(i)].value = values[i];
    pointers.push_back(&items[static_cast<std::size_t>(i)]);
  }
  if (d.apply != nullptr) {
    d.apply(&call, n, pointers.data());
    return call.result;
  }
  for (int i = 0; i < n; ++i) {
    kv_item* one[2] = {pointers[static_cast<std::size_t>(i)], nullptr};
    d.step(&call, n % 2 == 1 ? 2 : 1, one);
  }
  d.done(&call);
  return call.result;
}
int kv_released_definitions(void) { return released_definitions; }

struct kv_query {
  kv_store* store;
  std::vector<std::string>* snapshot;  // taken on the first step
  int row;
  std::string key;
  std::thread* worker;  // a step under way on the library's thread
  int worker_result;
};
int kv_query_new(kv_store* store, kv_query** out) {
  *out = new kv_query{store, nullptr, 0, {}, nullptr, 0};
  return 0;
}
int kv_query_wait(kv_query* query) {
  if (query->worker == nullptr) return -1;
  query->worker->join();
  delete query->worker;
  query->worker = nullptr;
  return query->worker_result;
}
void kv_query_free(kv_query* query) {
  kv_query_wait(query);
  delete query->snapshot;
  delete query;
}
int kv_query_step(kv_query* query) {
  if (query->snapshot == nullptr) {
    query->snapshot = new std::vector<std::string>();
    for (const auto& e : query->store->entries) query->snapshot->push_back(e.first);
  }
  std::vector<std::string>* rows = query->snapshot;
  if (query->row >= static_cast<int>(rows->size())) return 0;
  kv_store* store = query->store;
  if (store->progress != nullptr && store->progress(store->progress_arg, query, query->row) != 0) {
    return 0;
  }
  // Reads the snapshot taken before the callback ran.
  query->key = (*rows)[static_cast<std::size_t>(query->row)];
  ++query->row;
  return 1;
}
int kv_query_step_async(kv_query* query) {
  if (query->worker != nullptr) return 1;
  query->worker = new std::thread([query] { query->worker_result = kv_query_step(query); });
  return 0;
}
int kv_query_reset(kv_query* query) {
  delete query->snapshot;
  query->snapshot = nullptr;
  query->row = 0;
  query->key.clear();
  return 0;
}
const char* kv_query_key(const kv_query* query) { return query->key.c_str(); }
int kv_query_row(const kv_query* query) { return query->row; }
kv_store* kv_query_store(const kv_query* query) { return query->store; }
int kv_query_run(kv_query* query, const char* name) {
  int row = query->row;
  return kv_run(query->store, name, &row, 1);
}
void kv_set_progress(kv_store* store, void* arg, int (*progress)(void*, kv_query*, int),
                     void (*release)(void*)) {
  void (*old_release)(void*) = store->progress_release;
  void* old_arg = store->progress_arg;
  store->progress = progress;
  store->progress_release = release;
  store->progress_arg = arg;
  if (old_release != nullptr) old_release(old_arg);
}

// Marks live 16 bytes into their allocation, as with an allocator that
// keeps a header: `delete` or `free` on one would corrupt the heap.
static int freed_marks = 0;
int kv_mark_get(const kv_store* store, kv_mark** out) {
  unsigned char* raw = static_cast<unsigned char*>(std::malloc(16 + sizeof(kv_mark)));
  if (raw == nullptr) return 1;
  kv_mark* mark = reinterpret_cast<kv_mark*>(raw + 16);
  std::memset(mark->hidden, 0, sizeof mark->hidden);
  int count = static_cast<int>(store->entries.size());
  std::memcpy(mark->hidden, &count, sizeof count);
  *out = mark;
  return 0;
}
void kv_mark_free(kv_mark* mark) {
  if (mark == nullptr) return;
  ++freed_marks;
  std::free(reinterpret_cast<unsigned char*>(mark) - 16);
}
int kv_mark_cmp(kv_mark* a, kv_mark* b) {
  int x = 0, y = 0;
  std::memcpy(&x, a->hidden, sizeof x);
  std::memcpy(&y, b->hidden, sizeof y);
  return (x > y) - (x < y);
}
int kv_freed_marks(void) { return freed_marks; }

char* kv_dump(const kv_store* store) {
  std::string text;
  for (const auto& e : store->entries) text += e.first + "=" + std::to_string(e.second) + ";";
  char* out = static_cast<char*>(std::malloc(text.size() + 1));
  std::memcpy(out, text.c_str(), text.size() + 1);
  return out;
}

int kv_destroyed_stores(void) { return destroyed_stores; }
int kv_destroyed_cursors(void) { return destroyed_cursors; }
int kv_freed_strings(void) { return freed_strings; }
int kv_freed_allocations(void) { return freed_allocations; }

}  // extern "C"
