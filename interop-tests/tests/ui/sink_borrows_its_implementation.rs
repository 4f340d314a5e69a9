// A Rust implementation lent to C++ is borrowed for the object's life.
use interop_tests::snappy::snappy::{Sink, SinkImpl};

struct VecSink<'v>(&'v mut Vec<u8>);

impl SinkImpl for VecSink<'_> {
    fn append(&mut self, bytes: &[u8]) {
        self.0.extend_from_slice(bytes)
    }
}

fn main() {
    let mut out = Vec::new();
    let mut sink = Sink::from_rust(VecSink(&mut out));
    out.push(1);
    sink.append(b"x").unwrap();
}
