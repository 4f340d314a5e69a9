// While a child found by a "next" function is in use, its parent stays
// lent exclusively: no call can make (or end) a child meanwhile.
use interop_tests::c_handles::{kv_cursor_new, kv_cursor_next, kv_open, kv_store_next_cursor};

fn main() {
    let (_, store) = kv_open("s");
    let mut store = store.unwrap();
    let found = kv_store_next_cursor(&mut store, None).unwrap();
    let cursor = kv_cursor_new(&store);
    kv_cursor_next(found);
    drop(cursor);
}
