// A callback gets the store whose `kv_put` runs it as a borrow for the one
// call: it cannot end it, since ending a store takes its owner by value.
use interop_tests::c_handles::{kv_close_quietly, kv_open, kv_put, kv_set_watch};

fn main() {
    let (_, store) = kv_open("ended");
    let store = store.unwrap();
    kv_set_watch(&store, |store, _| {
        let _ = kv_close_quietly(store);
    });
    let _ = kv_put(&store, "a", 1);
}
