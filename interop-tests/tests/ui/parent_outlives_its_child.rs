// A parent handle obtained from a child borrows the child: it cannot be used
// after the child (which is what keeps the parent alive) is dropped.
use interop_tests::c_handles::{kv_count, kv_cursor_new, kv_cursor_store, kv_open, kv_put};

fn main() {
    let (_, store) = kv_open("s");
    let store = store.unwrap();
    kv_put(&store, "k", 1);
    let cursor = kv_cursor_new(&store).unwrap();
    let parent = kv_cursor_store(&cursor).unwrap();
    drop(cursor);
    kv_count(parent);
}
