// The items a callback receives (`kv_item**`) live for that one call: a
// kept closure cannot store one anywhere that outlives it.
use interop_tests::c_handles::cpp::{kv_call, kv_item};
use interop_tests::c_handles::{kv_define_simple, kv_open};
use std::cell::RefCell;

thread_local! {
    static KEPT: RefCell<Vec<&'static kv_item>> = const { RefCell::new(Vec::new()) };
}

fn main() {
    let (_, store) = kv_open("escape");
    let store = store.unwrap();
    let apply = |_: &kv_call, _: i32, items: &[Option<&kv_item>]| {
        if let Some(first) = items[0] {
            KEPT.with(|k| k.borrow_mut().push(first));
        }
    };
    kv_define_simple(&store, "escape", Some(Box::new(apply)));
}
