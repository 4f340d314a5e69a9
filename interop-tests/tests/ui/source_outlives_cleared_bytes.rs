// snappy's `ByteArraySource` keeps its bytes: they cannot change under it.
use interop_tests::snappy::snappy::ByteArraySource;

fn main() {
    let mut bytes = vec![1u8, 2, 3];
    let source = ByteArraySource::new(&bytes).unwrap();
    bytes.clear();
    let _ = source.available();
}
