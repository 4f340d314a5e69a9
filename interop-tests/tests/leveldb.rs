//! The real leveldb library, bound from `leveldb/db.h` and
//! `leveldb/write_batch.h` with no hand edits and no config: `Slice`
//! parameters take Rust bytes and `Slice` results lend them, a `Status` is
//! the error of a `Result`, `DB::Open`'s `DB**` hands over an owned
//! database and `NewIterator` an iterator that borrows it. No `unsafe`.

use interop_tests::leveldb::leveldb::{
    Db, Iterator, Options, ReadOptions, Status, WriteBatch, WriteOptions,
};
use interop_tests::leveldb::Tied;

/// Unwraps a call that may throw and returns a status.
fn ok<T>(r: Result<Result<T, Status>, cxx::Exception>) -> T {
    match r.expect("leveldb does not throw") {
        Ok(v) => v,
        Err(status) => panic!("leveldb failed: {status}"),
    }
}

fn open<'o>(options: &'o Options, dir: &std::path::Path) -> Tied<'o, Db> {
    let path = dir.to_str().unwrap();
    ok(Db::open(options, path)).expect("an opened database")
}

fn entries(it: &mut Iterator) -> Vec<(Vec<u8>, Vec<u8>)> {
    let mut out = Vec::new();
    it.seek_to_first().unwrap();
    while it.valid().unwrap() {
        out.push((it.key().unwrap().to_vec(), it.value().unwrap().to_vec()));
        it.next().unwrap();
    }
    ok(it.status());
    out
}

#[test]
fn put_get_delete_batch_and_iterate_in_key_order() {
    let dir = tempfile::tempdir().unwrap();
    let mut options = Options::new().unwrap();
    options.set_create_if_missing(true);
    assert!(options.create_if_missing());
    let mut db = open(&options, dir.path());
    let (w, r) = (WriteOptions::new().unwrap(), ReadOptions::new().unwrap());
    ok(db.put(&w, b"k2", b"two"));
    ok(db.put(&w, "k1", "one"));
    ok(db.put(&w, [0u8, 255], b"binary key"));
    assert_eq!(ok(db.get(&r, "k1")), b"one");
    assert_eq!(ok(db.get(&r, [0u8, 255])), b"binary key");
    ok(db.delete(&w, "k2"));
    let missing = db.get(&r, "k2").unwrap().unwrap_err();
    assert!(missing.is_not_found().unwrap());
    assert!(missing.to_string().unwrap().starts_with(b"NotFound"));
    // Several updates applied at once.
    let mut batch = WriteBatch::new().unwrap();
    batch.put("k3", "three").unwrap();
    batch.put("k4", "four").unwrap();
    batch.delete("k1").unwrap();
    assert!(batch.approximate_size().unwrap() > 0);
    ok(db.write(&w, &mut batch));
    // leveldb's default order: bytewise.
    let mut it = db.new_iterator(&r).unwrap().expect("an iterator");
    let keys: Vec<Vec<u8>> = entries(&mut it).into_iter().map(|(k, _)| k).collect();
    assert_eq!(keys, [vec![0u8, 255], b"k3".to_vec(), b"k4".to_vec()]);
}

#[test]
fn a_missing_database_is_a_status_error() {
    let dir = tempfile::tempdir().unwrap();
    let options = Options::new().unwrap();
    assert!(!options.create_if_missing());
    let missing = dir.path().join("nothing-here");
    let err = Db::open(&options, missing.to_str().unwrap())
        .unwrap()
        .err()
        .expect("opening a missing database fails");
    assert!(err.is_invalid_argument().unwrap(), "{err}");
    let text = format!("{err}");
    assert!(text.contains("does not exist"), "{text}");
}

#[test]
fn the_database_reopens_with_its_data() {
    let dir = tempfile::tempdir().unwrap();
    let mut options = Options::new().unwrap();
    options.set_create_if_missing(true);
    {
        let mut db = open(&options, dir.path());
        ok(db.put(&WriteOptions::new().unwrap(), "kept", "yes"));
    }
    options.set_create_if_missing(false);
    options.set_error_if_exists(false);
    let mut db = open(&options, dir.path());
    assert_eq!(ok(db.get(&ReadOptions::new().unwrap(), "kept")), b"yes");
}
