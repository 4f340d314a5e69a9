// A library string token borrows the handle it came from: it cannot be used
// after the store is dropped (closed).
use interop_tests::c_handles::{kv_open, kv_path_param, kv_store_path};

fn main() {
    let (_, store) = kv_open("s");
    let store = store.unwrap();
    let path = kv_store_path(&store).unwrap();
    drop(store);
    kv_path_param(path, "mode");
}
