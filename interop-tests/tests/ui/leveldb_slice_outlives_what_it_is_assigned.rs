// leveldb's `Slice::operator=` keeps the bytes: they must outlive the slice.
use interop_tests::leveldb::leveldb::Slice;

fn main() {
    let mut slice = Slice::new().unwrap();
    {
        let key = b"short-lived key".to_vec();
        slice.assign(&key).unwrap();
    }
    let _ = slice.data();
}
