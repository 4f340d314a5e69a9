// A part of a handle (the store's lock) borrows the store exclusively: no
// other call can reach the store while the part is in use.
use interop_tests::c_handles::{kv_lock_enter, kv_open, kv_put, kv_store_lock};

fn main() {
    let (_, store) = kv_open("s");
    let mut store = store.unwrap();
    let lock = kv_store_lock(&mut store).unwrap();
    kv_put(&store, "k", 1);
    kv_lock_enter(lock);
}
