// A "next" function lends the parent exclusively: while a child Rust owns
// borrows the store, the walk cannot start, so it never hands out a child
// that a Rust owner could drop.
use interop_tests::c_handles::{kv_cursor_new, kv_cursor_next, kv_open, kv_put, kv_store_next_cursor};

fn main() {
    let (_, store) = kv_open("s");
    let mut store = store.unwrap();
    kv_put(&store, "k", 1);
    let cursor = kv_cursor_new(&store).unwrap();
    let found = kv_store_next_cursor(&mut store, None);
    kv_cursor_next(&cursor);
    drop(found);
}
