//! Round trips through `cases/std_types`: Rust slices become the
//! `std::vector`s C++ reads, vectors C++ returns come back as `Vec`s (strings
//! as bytes), and `std::unique_ptr` moves owned objects in and out of C++.

use interop_tests::std_types::cases::std_types::{
    checked_div, make_item, maybe_item, raise, repeat, sorted, split, sum, value_of, with_suffix,
    Item, Shelf,
};
use proptest::prelude::*;

proptest! {
    #[test]
    fn slice_in_vector_out(values in proptest::collection::vec(-1e9f64..1e9, 0..64)) {
        let mut expected = values.clone();
        expected.sort_by(|a, b| a.partial_cmp(b).unwrap());
        prop_assert_eq!(sorted(&values).unwrap(), expected);
    }

    #[test]
    fn vector_of_integers_in(values in proptest::collection::vec(any::<i64>(), 0..64)) {
        let expected = values.iter().fold(0i64, |a, b| a.wrapping_add(*b));
        prop_assert_eq!(sum(&values).unwrap(), expected);
    }

    #[test]
    fn vector_of_strings_out_keeps_bytes(parts in proptest::collection::vec(
        proptest::collection::vec(any::<u8>().prop_filter("no separator", |b| *b != b','), 0..8), 1..8)) {
        let text = parts.join(&b','); // `join` on slices of bytes
        prop_assert_eq!(split(&text, b',' as std::ffi::c_char).unwrap(), parts);
    }
}

#[test]
fn vector_of_bytes_out() {
    assert_eq!(repeat(7, 3).unwrap(), vec![7u8, 7, 7]);
    assert!(repeat(1, 0).unwrap().is_empty());
}

#[test]
fn unique_ptr_results_are_owned_or_none() {
    let item = make_item("lamp")
        .unwrap()
        .expect("non-empty name gives an item");
    assert_eq!(item.name().unwrap(), b"lamp");
    assert!(make_item("").unwrap().is_none());
}

#[test]
fn unique_ptr_parameters_move_objects_into_cpp_and_back() {
    let mut shelf = Shelf::new().unwrap();
    assert_eq!(shelf.put(Item::new("a").unwrap()).unwrap(), 1);
    assert_eq!(shelf.put(make_item("b").unwrap().unwrap()).unwrap(), 2);
    assert_eq!(shelf.names(), vec![b"a".to_vec(), b"b".to_vec()]);
    let back = shelf.take().unwrap().expect("the last item comes back");
    assert_eq!(back.name().unwrap(), b"b");
    assert_eq!(shelf.names(), vec![b"a".to_vec()]);
    drop(shelf); // C++ deletes the item it still owns
    assert_eq!(back.name().unwrap(), b"b");
}

proptest! {
    #[test]
    fn optional_results_are_options(x in any::<i32>(), y in any::<i32>()) {
        prop_assert_eq!(checked_div(x, y).unwrap(), x.checked_div(y));
    }

    #[test]
    fn optional_parameters_take_options(base in -1e6f64..1e6, extra in proptest::option::of(-1e6f64..1e6)) {
        prop_assert_eq!(raise(base, extra).unwrap(), base + extra.unwrap_or(0.0));
    }
}

#[test]
fn optional_strings_both_ways() {
    assert_eq!(with_suffix("file", Some(b".txt")).unwrap(), b"file.txt");
    assert_eq!(with_suffix("file", None).unwrap(), b"file");
    // An empty string is a value, not nothing.
    assert_eq!(with_suffix("file", Some(b"")).unwrap(), b"file");
    assert_eq!(value_of(b"k=\xffv").unwrap(), Some(b"\xffv".to_vec()));
    assert_eq!(value_of("k=").unwrap(), Some(Vec::new()));
    assert_eq!(value_of("k").unwrap(), None);
}

#[test]
fn optional_objects_are_owned_or_none() {
    assert_eq!(maybe_item("cup").unwrap().unwrap().name().unwrap(), b"cup");
    assert!(maybe_item("").unwrap().is_none());
}
