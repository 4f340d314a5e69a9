// A part written through `Q**` (a builder's tail) borrows the handle it
// came from: it cannot be used after that handle's owner is dropped.
use interop_tests::c_handles::{kv_buf_add, kv_buf_new, kv_buf_tail};

fn main() {
    let tail = {
        let mut buf = kv_buf_new().unwrap();
        kv_buf_tail(&mut buf).1.unwrap()
    };
    kv_buf_add(tail, "x");
}
