// The strings a callback receives live only for that callback.
use interop_tests::c_handles::{kv_each, kv_open};

fn main() {
    let (_, store) = kv_open("s");
    let store = store.unwrap();
    let mut seen: Vec<&[u8]> = Vec::new();
    kv_each(&store, |_, row| {
        seen.push(row[0].unwrap_or_default());
        0
    });
}
