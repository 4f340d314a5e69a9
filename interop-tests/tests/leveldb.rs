//! The real leveldb library, bound from `leveldb/db.h` and
//! `leveldb/write_batch.h` with no hand edits and no config: `Slice`
//! parameters take Rust bytes and `Slice` results lend them, a `Status` is
//! the error of a `Result`, `DB::Open`'s `DB**` hands over an owned
//! database and `NewIterator` an iterator that borrows it. No `unsafe`.

use interop_tests::leveldb::cpp;
use interop_tests::leveldb::leveldb::{
    bytewise_comparator, Comparator, ComparatorImpl, Db, Options, ReadOptions, Status, WriteBatch,
    WriteOptions,
};
use interop_tests::leveldb::Tied;

/// Unwraps a call that may throw and returns a status.
fn ok<T>(r: Result<Result<T, Status>, cxx::Exception>) -> T {
    match r.expect("leveldb does not throw") {
        Ok(v) => v,
        Err(status) => panic!("leveldb failed: {status}"),
    }
}

/// `DB::Get`: its `std::string*` is read and written (a missing key
/// leaves it unchanged), so it starts empty here.
fn get(
    db: std::pin::Pin<&mut cpp::DB>,
    options: &ReadOptions,
    key: impl AsRef<[u8]>,
) -> Result<Result<Vec<u8>, Status>, cxx::Exception> {
    let mut value = Vec::new();
    Ok(db.get(options, key, &mut value)?.map(|()| value))
}

fn open<'o>(options: &'o Options<'_>, dir: &std::path::Path) -> Tied<'o, cpp::DB> {
    let path = dir.to_str().unwrap();
    ok(Db::open(options, path)).expect("an opened database")
}

fn entries(it: &mut Tied<'_, cpp::Iterator>) -> Vec<(Vec<u8>, Vec<u8>)> {
    let mut out = Vec::new();
    it.pin_mut().seek_to_first().unwrap();
    while it.valid().unwrap() {
        out.push((it.key().unwrap().to_vec(), it.value().unwrap().to_vec()));
        it.pin_mut().next().unwrap();
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
    ok(db.pin_mut().put(&w, b"k2", b"two"));
    ok(db.pin_mut().put(&w, "k1", "one"));
    ok(db.pin_mut().put(&w, [0u8, 255], b"binary key"));
    assert_eq!(ok(get(db.pin_mut(), &r, "k1")), b"one");
    assert_eq!(ok(get(db.pin_mut(), &r, [0u8, 255])), b"binary key");
    ok(db.pin_mut().delete(&w, "k2"));
    let missing = get(db.pin_mut(), &r, "k2").unwrap().unwrap_err();
    assert!(missing.is_not_found().unwrap());
    // `Get` reads `*value` too: a missing key leaves what it held.
    let mut value = b"held before".to_vec();
    assert!(db.pin_mut().get(&r, "k2", &mut value).unwrap().is_err());
    assert_eq!(value, b"held before");
    ok(db.pin_mut().get(&r, "k1", &mut value));
    assert_eq!(value, b"one");
    assert!(missing.to_string().unwrap().starts_with(b"NotFound"));
    // Several updates applied at once.
    let mut batch = WriteBatch::new().unwrap();
    batch.put("k3", "three").unwrap();
    batch.put("k4", "four").unwrap();
    batch.delete("k1").unwrap();
    assert!(batch.approximate_size().unwrap() > 0);
    ok(db.pin_mut().write(&w, &mut batch));
    // leveldb's default order: bytewise.
    let mut it = db.pin_mut().new_iterator(&r).unwrap().expect("an iterator");
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
        ok(db
            .pin_mut()
            .put(&WriteOptions::new().unwrap(), "kept", "yes"));
    }
    options.set_create_if_missing(false);
    options.set_error_if_exists(false);
    let mut db = open(&options, dir.path());
    assert_eq!(
        ok(get(db.pin_mut(), &ReadOptions::new().unwrap(), "kept")),
        b"yes"
    );
}

#[test]
fn a_snapshot_reads_the_database_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let mut options = Options::new().unwrap();
    options.set_create_if_missing(true);
    let mut db = open(&options, dir.path());
    let w = WriteOptions::new().unwrap();
    ok(db.pin_mut().put(&w, "k", "before"));
    // The snapshot is lent to the closure with the database, and released
    // when the closure returns.
    let (then, now, gone) = db
        .pin_mut()
        .with_snapshot(|mut db, snapshot| {
            ok(db.as_mut().put(&w, "k", "after"));
            ok(db.as_mut().put(&w, "new", "1"));
            let mut at_snapshot = ReadOptions::new().unwrap();
            at_snapshot.set_snapshot(snapshot);
            assert!(at_snapshot.snapshot().is_some());
            let then = ok(get(db.as_mut(), &at_snapshot, "k"));
            let gone = get(db.as_mut(), &at_snapshot, "new").unwrap().unwrap_err();
            let now = ok(get(db.as_mut(), &ReadOptions::new().unwrap(), "k"));
            // An iterator over the snapshot sees the old keys only.
            let mut it = db.as_mut().new_iterator(&at_snapshot).unwrap().unwrap();
            assert_eq!(entries(&mut it), [(b"k".to_vec(), b"before".to_vec())]);
            (then, now, gone.is_not_found().unwrap())
        })
        .unwrap()
        .expect("leveldb hands out a snapshot");
    assert_eq!(then, b"before");
    assert_eq!(now, b"after");
    assert!(gone);
    assert_eq!(
        ok(get(db.pin_mut(), &ReadOptions::new().unwrap(), "new")),
        b"1"
    );
}

/// A Rust `Comparator`: reverse byte order.
struct Reverse;

impl ComparatorImpl for Reverse {
    fn compare(&self, a: &[u8], b: &[u8]) -> i32 {
        match b.cmp(a) {
            std::cmp::Ordering::Less => -1,
            std::cmp::Ordering::Equal => 0,
            std::cmp::Ordering::Greater => 1,
        }
    }

    fn name(&self) -> &std::ffi::CStr {
        c"cxxbind.test.Reverse"
    }

    fn find_shortest_separator(&self, _start: &mut Vec<u8>, _limit: &[u8]) {}

    fn find_short_successor(&self, _key: &mut Vec<u8>) {}
}

#[test]
fn a_rust_comparator_decides_the_iteration_order() {
    let dir = tempfile::tempdir().unwrap();
    let reverse = Comparator::from_rust(Reverse);
    assert_eq!(reverse.name().unwrap().unwrap(), b"cxxbind.test.Reverse");
    assert_eq!(reverse.compare("a", "b").unwrap(), 1);
    let mut options = Options::new().unwrap();
    options.set_create_if_missing(true);
    options.set_comparator(&reverse);
    assert_eq!(
        options.comparator().unwrap().name().unwrap().unwrap(),
        b"cxxbind.test.Reverse"
    );
    let mut db = open(&options, dir.path());
    let w = WriteOptions::new().unwrap();
    for k in ["apple", "cherry", "banana", "date"] {
        ok(db.pin_mut().put(&w, k, k.to_uppercase()));
    }
    let r = ReadOptions::new().unwrap();
    assert_eq!(ok(get(db.pin_mut(), &r, "banana")), b"BANANA");
    let mut it = db.pin_mut().new_iterator(&r).unwrap().expect("an iterator");
    let keys: Vec<String> = entries(&mut it)
        .into_iter()
        .map(|(k, _)| String::from_utf8(k).unwrap())
        .collect();
    assert_eq!(keys, ["date", "cherry", "banana", "apple"]);
}

#[test]
fn the_bytewise_comparator_is_a_static_singleton() {
    let bytewise = bytewise_comparator().unwrap().expect("leveldb's default");
    assert_eq!(
        bytewise.name().unwrap().unwrap(),
        b"leveldb.BytewiseComparator"
    );
    assert!(bytewise.compare("a", "b").unwrap() < 0);
    assert!(std::ptr::eq(
        bytewise,
        bytewise_comparator().unwrap().unwrap()
    ));
}
