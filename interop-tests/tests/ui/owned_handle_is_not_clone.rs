// An owned handle has no method that ends it (only `Drop` does), and is not `Clone`.
use interop_tests::c_handles::kv_open;

fn main() {
    let (_, store) = kv_open("s");
    let store = store.unwrap();
    let _twice = store.clone();
}
