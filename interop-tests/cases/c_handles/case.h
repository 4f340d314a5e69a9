// A small C library with opaque handles: a store created through `T**`,
// cursors created from a store (they borrow it), destroy functions found by
// name, a caller-freed error string, and a function that ends a handle
// without being its destroy function.
#pragma once
#include <stdarg.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct kv_store kv_store;
typedef struct kv_cursor kv_cursor;
typedef struct kv_lock kv_lock;
typedef struct kv_buf kv_buf;

/// Opens a store named `name`; 0 on success. The store is written to `*out`.
int kv_open(const char* name, kv_store** out);
/// Closes a store (its destroy function).
int kv_close(kv_store* store);
/// Also ends a store: takes the owner by value (the call, not `Drop`, ends it).
int kv_close_quietly(kv_store* store);
/// Ends a store too, with flags: takes the owner by value as well.
int kv_close_with(kv_store* store, int flags);
/// Stores `value` under `key`.
int kv_put(kv_store* store, const char* key, int value);
/// The store's name (copied).
const char* kv_name(const kv_store* store);
/// The `i`-th key in order through `*key` (not NUL-terminated) and its
/// length through `*n`; 0 on success, 1 when out of range.
int kv_key_at(const kv_store* store, int i, const char** key, int* n);
/// Number of entries.
int kv_count(const kv_store* store);
/// A new cursor over `store` (it borrows the store); null when empty.
kv_cursor* kv_cursor_new(kv_store* store);
/// Frees a cursor (its destroy function).
void kv_cursor_free(kv_cursor* cursor);
/// The key under the cursor, advancing it; null at the end.
const char* kv_cursor_next(kv_cursor* cursor);
/// Checks `key`; on failure writes an error message the caller frees with `kv_free`.
int kv_check(kv_store* store, const char* key, char** errmsg);
/// Frees memory the library handed out.
void kv_free(void* p);
/// Rest of `text` after its first word (points into `text`).
int kv_first_word(const char* text, int n, const char** rest);
/// Keeps `n` bytes at `data` under `key` until the store closes, then
/// calls `destroy(data)` (the library keeps the buffer).
int kv_put_blob(kv_store* store, const char* key, const void* data, int n, void (*destroy)(void*));
/// Copies at most `n` bytes of the blob under `key` into `out`; the number copied.
int kv_read_blob(const kv_store* store, const char* key, void* out, int n);
/// How many kept buffers were handed back to their destroy function.
int kv_destroyed_blobs(void);
/// A store with a key named by `(name, n)`; unnamed length parameter.
int kv_put_named(kv_store* store, const char* name, int, int value);
/// Calls `callback(arg, 3, row)` for each entry in key order, with
/// `row = {key, value as text, NULL}`; stops early (and returns -1) when it
/// returns non-zero; returns how many entries were visited otherwise.
int kv_each(kv_store* store, int (*callback)(void* arg, int n, char** row), void* arg);
/// `kv_each` with each key as NUL-terminated UTF-16 (a `*16` name); null
/// for an empty key.
int kv_each16(kv_store* store, int (*callback)(void* arg, const void* key), void* arg);
/// Keeps `hook` to call with the entry count after every later `kv_put`
/// (a registration: the library keeps the callback until it is replaced).
void kv_set_hook(kv_store* store, void (*hook)(void* arg, int count), void* arg);
/// Keeps `watch` (user data first) to call with the store and its entry
/// count after every later `kv_put`; calls `release(arg)` when the watch
/// is replaced or the store closes.
void kv_set_watch(kv_store* store, void* arg, void (*watch)(void* arg, kv_store* store, int count),
                  void (*release)(void* arg));
/// A new string builder.
kv_buf* kv_buf_new(void);
/// Appends `text` to the builder.
void kv_buf_add(kv_buf* buf, const char* text);
/// Its length so far.
int kv_buf_len(const kv_buf* buf);
/// Ends the builder (its destroy function) and hands back its string,
/// which the caller frees with `kv_free`.
char* kv_buf_free(kv_buf* buf);
/// Two hooks: a `void(*)(void*)` followed by its own user data is a second
/// callback, not the release function of the first hook's user data.
void kv_set_hooks(kv_store* store, void (*first)(void* arg, int count), void* first_arg,
                  void (*second)(void* arg), void* second_arg);
/// A lock nobody can destroy: creating one is skipped.
kv_lock* kv_lock_new(kv_store* store);
/// The store a cursor walks: its parent (a cursor is created from a store),
/// borrowed from the cursor.
kv_store* kv_cursor_store(kv_cursor* cursor);
/// Another cursor over the same store: a sibling Rust may own, skipped.
kv_cursor* kv_cursor_peer(kv_cursor* cursor);
/// The blob under `key` (not NUL-terminated; null when absent), whose
/// length `kv_blob_bytes` gives.
const void* kv_blob_data(const kv_store* store, const char* key);
/// Length in bytes of the blob under `key` (0 when absent).
int kv_blob_bytes(const kv_store* store, const char* key);
/// The store's name as NUL-terminated UTF-16.
const void* kv_name16(const kv_store* store);
/// Stores `value` under a key given as NUL-terminated UTF-16 (ASCII only).
int kv_put16(kv_store* store, const void* key, int value);
/// UTF-16 `kv_first_word`: `n` is in bytes, `*rest` points into `text`.
int kv_first_word16(const void* text, int n, const void** rest);
/// Stores `value` under the key `fmt` formats (`printf`-style).
int kv_putf(kv_store* store, int value, const char* fmt, ...);
/// A new string `fmt` formats, which the caller frees with `kv_free`.
char* kv_mprintf(const char* fmt, ...);
/// `kv_mprintf` with the arguments in a `va_list`.
char* kv_vmprintf(const char* fmt, va_list ap);
/// `kv_putf` with the arguments in a `va_list`.
int kv_vputf(kv_store* store, int value, const char* format, va_list ap);
/// Formats into `buf` (at most `n` bytes, NUL included) and returns `buf`:
/// a pointer into the caller's buffer, not a string to free.
char* kv_snprintf(char* buf, int n, const char* fmt, ...);
/// `kv_snprintf` with the length first, unnamed (`sqlite3_snprintf`'s order).
char* kv_snprintf_first(int, char*, const char* fmt, ...);
/// The library's own string type: a store's path is its name, a NUL, then
/// `key`, NUL, `value`, NUL pairs, and one more NUL.
typedef const char* kv_path;
/// The store's path (valid while the store is open).
kv_path kv_store_path(kv_store* store);
/// The value of `key` in a path (read past the name's NUL); null when absent.
const char* kv_path_param(kv_path path, const char* key);
/// A new path: `name`, then the `nParam` key/value pairs at `azParam`
/// (`2 * nParam` strings, which the config states). The caller frees it
/// with `kv_path_free`.
kv_path kv_path_create(const char* name, int nParam, const char** azParam);
/// Frees a path `kv_path_create` made (the destroy function of the paths
/// Rust owns; a store's own path is only borrowed).
void kv_path_free(kv_path path);
/// How many paths `kv_path_free` freed.
int kv_freed_paths(void);
/// The store's entries as a table: a header row (`key`, `value`), then one
/// row per entry, `*rows` rows of `*columns` columns (the config states its
/// length); an entry whose value is negative has a null value. The caller
/// frees the table with `kv_free_table`; 0 on success.
int kv_table(const kv_store* store, char*** table, int* rows, int* columns);
/// Frees a table `kv_table` made.
void kv_free_table(char** table);
/// How many tables `kv_free_table` freed.
int kv_freed_tables(void);
/// Ends a lock nobody can destroy (`finish` ends it, and Rust only borrows
/// locks): skipped.
void kv_lock_finish(kv_lock* lock);
/// Releases memory the store caches; the number of entries it keeps. An
/// ending word followed by a resource noun: it does not end the store.
int kv_store_release_memory(kv_store* store);
/// Fills `out` with `n` bytes `(i * 7) & 0xff` (the length comes first).
void kv_fill(int n, void* out);
/// The store's lock: a part of the store, handed out but not created.
kv_lock* kv_store_lock(kv_store* store);
/// Takes the lock once more; the new depth.
int kv_lock_enter(kv_lock* lock);
/// `n` bytes from the library's allocator (null when `n` is not positive).
void* kv_malloc(int n);
/// Resizes memory from `kv_malloc` (null, leaving `p` as it was, on failure).
void* kv_realloc(void* p, int n);
/// The size of memory from `kv_malloc`.
int kv_msize(void* p);

/// Keeps `compare` (user data first) as the store's order, under `name`,
/// which the store keeps too (the pointer, not a copy).
int kv_set_order(kv_store* store, const char* name, void* arg,
                 int (*compare)(void* arg, int n1, const void* a, int n2, const void* b));
/// Compares `a` and `b` (passed without their NULs) with the store's order;
/// -2 when it has none.
int kv_compare(kv_store* store, const char* a, const char* b);
/// The name the store's order was registered under (null when none).
const char* kv_order_name(const kv_store* store);

/// The builder's text so far: a string the builder owns (not `const`, not
/// made for the caller).
char* kv_buf_text(kv_buf* buf);

/// A call of a function defined with `kv_define`, and one of its items.
typedef struct kv_call kv_call;
typedef struct kv_item kv_item;
/// The user data of the definition a call runs (the callbacks have no
/// `void*` of their own: they reach it through their call).
void* kv_call_data(kv_call* call);
/// Sets the call's result.
void kv_call_result(kv_call* call, int value);
/// An item's value.
int kv_item_value(const kv_item* item);
/// Defines function `name` on the store: either `apply(call, n, items)`
/// computes a result from all items at once, or `step(call, n, items)` runs
/// once per item and `done(call)` gives the result. `arg` is the user data
/// every callback reaches through `kv_call_data`; `release(arg)` runs when
/// the definition is replaced or the store closes, or at once when the
/// definition is refused. 0 on success; 1 (refused) unless exactly one form
/// is given, or none (which removes `name`).
int kv_define(kv_store* store, const char* name, void* arg,
              void (*apply)(kv_call* call, int n, kv_item** items),
              void (*step)(kv_call* call, int n, kv_item** items), void (*done)(kv_call* call),
              void (*release)(void* arg));
/// `kv_define` with `apply` only and no release: the store keeps the user
/// data for good.
int kv_define_simple(kv_store* store, const char* name, void* arg,
                     void (*apply)(kv_call* call, int n, kv_item** items));
/// Runs function `name` over `values`: one `apply` call with every item,
/// or one `step` per item (with a null item pointer after the values when
/// `n` is odd, to show nulls) then `done`. Its result, or -1 when `name` is
/// not defined.
int kv_run(kv_store* store, const char* name, const int* values, int n);
/// How many definitions' user data `release` was called for.
int kv_released_definitions(void);

/// A mark of a store's state: a complete struct the library allocates
/// (with its own allocator, never `new`) and frees with `kv_mark_free`.
typedef struct kv_mark {
  unsigned char hidden[16];
} kv_mark;
/// Marks the store's current entry count, written to `*out`; 0 on success.
/// The config says the caller frees the mark (`get` is not a creating word).
int kv_mark_get(const kv_store* store, kv_mark** out);
/// Frees a mark (its destroy function).
void kv_mark_free(kv_mark* mark);
/// Compares two marks by entry count: negative, 0 or positive.
int kv_mark_cmp(kv_mark* a, kv_mark* b);
/// How many marks `kv_mark_free` freed.
int kv_freed_marks(void);

/// The store's entries as `key=value;` text, which the caller frees with
/// `kv_free` (the config says so: the name does not).
char* kv_dump(const kv_store* store);

/// Writes the store's lock through `*out` (a part of the store, not made
/// for the caller) when `which` is 0; null and 1 otherwise.
int kv_store_find_lock(kv_store* store, int which, kv_lock** out);
/// Writes the builder's tail, a builder of the same type it owns (made on
/// first use, freed with it), through `*tail`; the tail's length.
int kv_buf_tail(kv_buf* buf, kv_buf** tail);
/// A batch: a plain C struct (not a handle) whose lock the library keeps.
typedef struct kv_batch {
  int slot;
  const char* label;
} kv_batch;
/// A batch on `slot`.
kv_batch kv_batch_at(int slot);
/// Writes the lock of the batch's slot (0 to 3) through `*out`; 1 and
/// null for another slot.
int kv_batch_lock(kv_batch* batch, kv_lock** out);
/// Opens `n` cursors the store itself owns (as a database's internal
/// statements): no caller frees them, `kv_close` does.
int kv_store_track(kv_store* store, int n);
/// The store's cursor after `prev` (the first one for null), in the order
/// they were opened; null at the end. Like `sqlite3_next_stmt`, it walks
/// the list `prev` is in, whichever store that is.
kv_cursor* kv_store_next_cursor(kv_store* store, kv_cursor* prev);

/// A query over a store's keys (a statement over a database): it borrows
/// the store, and each step runs the store's progress callback with the
/// running query, as a SQL function runs inside its statement's step.
typedef struct kv_query kv_query;
/// A new query over `store`'s keys in order, written to `*out`; 0 on success.
int kv_query_new(kv_store* store, kv_query** out);
/// Frees a query (its destroy function).
void kv_query_free(kv_query* query);
/// Moves to the next key: 1 with a row, 0 at the end. Takes a snapshot of
/// the keys on the first step, calls the store's progress callback with the
/// query and the row number, then reads the row from the snapshot: a
/// callback must not reset the query it runs in.
int kv_query_step(kv_query* query);
/// Runs the next step on a thread of the library's own (so the progress
/// callback runs there), without waiting for it; 1 when a step is already
/// under way.
int kv_query_step_async(kv_query* query);
/// Waits for the step `kv_query_step_async` started; its result, or -1 when
/// none was started.
int kv_query_wait(kv_query* query);
/// Restarts the query: frees its snapshot.
int kv_query_reset(kv_query* query);
/// The current row's key (empty before the first step).
const char* kv_query_key(const kv_query* query);
/// Rows stepped so far.
int kv_query_row(const kv_query* query);
/// The store a query reads: its parent, borrowed from the query.
kv_store* kv_query_store(const kv_query* query);
/// Runs the definition `name` (see `kv_define`) with the query's row count
/// as its one item; its result, or -1 when `name` is not defined.
int kv_query_run(kv_query* query, const char* name);
/// Keeps `progress` (user data first) to call with each query step of the
/// store; calls `release(arg)` at once on the old one when it is replaced
/// (also from inside it) and when the store closes. A non-zero result stops
/// the step (it returns 0).
void kv_set_progress(kv_store* store, void* arg, int (*progress)(void* arg, kv_query* query, int row),
                     void (*release)(void* arg));

/// How many stores and cursors were destroyed (the test counts).
int kv_destroyed_stores(void);
int kv_destroyed_cursors(void);
/// How many strings `kv_free` freed.
int kv_freed_strings(void);
/// How many `kv_malloc` allocations `kv_free` freed.
int kv_freed_allocations(void);

#ifdef __cplusplus
}
#endif
