// A C handle created from another borrows it: a cursor cannot outlive its store.
use interop_tests::c_handles::{kv_cursor_new, kv_open, kv_put};

fn main() {
    let (_, store) = kv_open("s");
    let store = store.unwrap();
    kv_put(&store, "k", 1);
    let cursor = kv_cursor_new(&store).unwrap();
    drop(store);
    let _ = cursor;
}
