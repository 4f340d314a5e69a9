// A Rust implementation of a C++ class gets a byte view's bytes for the one
// call: a handler cannot keep a key past it (the batch may be cleared).
use interop_tests::leveldb::leveldb::write_batch::{Handler, HandlerImpl};
use std::sync::Mutex;

struct Keeper<'k> {
    keys: Mutex<Vec<&'k [u8]>>,
}

impl<'k> HandlerImpl for Keeper<'k> {
    fn put(&mut self, key: &[u8], _value: &[u8]) {
        self.keys.lock().unwrap().push(key);
    }
    fn delete(&mut self, _key: &[u8]) {}
}

fn main() {
    let _ = Handler::from_rust(Keeper { keys: Mutex::new(Vec::new()) });
}
