// A snapshot is lent to a closure for the lease only: read options made
// outside the closure cannot be set to it, or they would name a released
// snapshot after the call.
use interop_tests::leveldb::leveldb::{Db, Options, ReadOptions};

fn main() {
    let mut options = Options::new().unwrap();
    options.set_create_if_missing(true);
    let mut db = Db::open(&options, "/tmp/read-options-attack")
        .unwrap()
        .unwrap()
        .unwrap();
    let mut read = ReadOptions::new().unwrap();
    let _ = db.pin_mut().with_snapshot(|_db, snapshot| {
        read.set_snapshot(snapshot);
    });
    let _ = read.verify_checksums();
}
