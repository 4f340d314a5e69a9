// A slice borrowed from a source cannot outlive the next mutation.
use interop_tests::snappy::snappy::ByteArraySource;

fn main() {
    let bytes = b"0123".to_vec();
    let mut source = ByteArraySource::new(&bytes).unwrap();
    let peeked = source.peek().unwrap();
    source.skip(2).unwrap();
    assert_eq!(peeked.len(), 4);
}
