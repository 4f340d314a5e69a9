//! Value-like classes through real C++: byte views are Rust byte slices
//! both ways, a status is `Result<T, Status>` (out-parameters become the
//! `Ok` value), `T**` out-parameters and factories hand over owned objects,
//! and a factory method's object borrows the store that made it.

use interop_tests::views::cases::views::{create_store, Config, Journal, Store};

fn open(name: &str) -> Store {
    Store::open(name)
        .unwrap()
        .unwrap_or_else(|s| panic!("open failed: {:?}", s.message()))
        .expect("an opened store")
}

#[test]
fn byte_views_in_and_statuses_out() {
    let mut store = open("fruit");
    assert_eq!(store.name().unwrap(), b"fruit");
    store.put("pear", "green").unwrap().unwrap();
    store
        .put(b"apple".as_slice(), vec![b'r', b'e', b'd'])
        .unwrap()
        .unwrap();
    // `Get`'s `std::string*`, documented `\param[out]`, is the `Ok` value.
    assert_eq!(store.get("apple").unwrap().unwrap(), b"red");
    let err = store.get("plum").unwrap().unwrap_err();
    assert!(!err.ok());
    assert_eq!(err.message().unwrap(), b"not found: plum");
    // A status is an error type: `Display` is its message.
    assert_eq!(err.to_string(), "not found: plum");
    assert_eq!(format!("{err:?}"), "not found: plum");
    let boxed: Box<dyn std::error::Error> = Box::new(err);
    assert_eq!(boxed.to_string(), "not found: plum");
    let err = store.put("", "x").unwrap().unwrap_err();
    assert_eq!(err.message().unwrap(), b"empty key");
    // A byte view returned by a method borrows the store: no copy.
    assert_eq!(store.first_key(), b"apple");
}

#[test]
fn an_error_status_means_no_object() {
    match Store::open("").unwrap() {
        Ok(_) => panic!("an empty name must fail"),
        Err(status) => assert_eq!(status.message().unwrap(), b"a store needs a name"),
    }
}

#[test]
fn a_factory_method_hands_over_a_cursor_tied_to_its_store() {
    let mut store = create_store("letters").unwrap().expect("a new store");
    for (k, v) in [("b", "2"), ("a", "1"), ("c", "3")] {
        store.put(k, v).unwrap().unwrap();
    }
    let mut cursor = store.new_cursor().unwrap().expect("a cursor");
    let mut seen = Vec::new();
    while cursor.valid() {
        seen.push((cursor.key().to_vec(), cursor.value().to_vec()));
        cursor.pin_mut().next();
    }
    assert_eq!(
        seen,
        [
            (b"a".to_vec(), b"1".to_vec()),
            (b"b".to_vec(), b"2".to_vec()),
            (b"c".to_vec(), b"3".to_vec())
        ]
    );
}

#[test]
fn public_members_have_getters_and_setters() {
    let mut c = Config::new().unwrap();
    assert_eq!(c.label().unwrap(), b"default");
    assert_eq!((c.max_keys(), c.strict(), c.version()), (10, false, 3));
    c.set_label("fast").unwrap();
    c.set_max_keys(-4);
    c.set_strict(true);
    // C++ reads what Rust wrote.
    assert_eq!(c.describe().unwrap(), b"fast:-4:1:3");
}

#[test]
fn bytes_handed_over_belong_to_cpp_until_its_deleter_drops_them() {
    let mut journal = Journal::new().unwrap();
    journal.adopt(b"alpha ".to_vec()).unwrap();
    journal.adopt(b"beta".to_vec()).unwrap();
    // C++ owns (and here changed) the bytes.
    assert_eq!(journal.contents().unwrap(), b"Alpha Beta");
    assert_eq!(journal.count(), 2);
    for _ in 0..6 {
        journal.adopt(b"x".to_vec()).unwrap();
    }
    // A call that throws after freeing them: an error, no leak, no double free.
    assert!(journal.adopt(b"y".to_vec()).is_err());
    assert_eq!(journal.count(), 8);
}
