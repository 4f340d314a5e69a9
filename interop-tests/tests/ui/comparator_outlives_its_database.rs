// A database keeps the comparator its options name: the comparator cannot
// be dropped while the database is open.
use interop_tests::leveldb::leveldb::{Comparator, ComparatorImpl, Db, Options};

struct Reverse;

impl ComparatorImpl for Reverse {
    fn compare(&self, a: &[u8], b: &[u8]) -> i32 {
        b.cmp(a) as i32
    }
    fn name(&self) -> &std::ffi::CStr {
        c"reverse"
    }
    fn find_shortest_separator(&self, _start: &mut Vec<u8>, _limit: &[u8]) {}
    fn find_short_successor(&self, _key: &mut Vec<u8>) {}
}

fn main() {
    let reverse = Comparator::from_rust(Reverse);
    let mut options = Options::new().unwrap();
    options.set_comparator(&reverse);
    let db = Db::open(&options, "/tmp/x").unwrap().unwrap().unwrap();
    drop(reverse);
    drop(db);
}
