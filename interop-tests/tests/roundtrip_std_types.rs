//! Round trips through `cases/std_types`: Rust slices become the
//! `std::vector`s C++ reads, vectors C++ returns come back as `Vec`s (strings
//! as bytes), and `std::unique_ptr` moves owned objects in and out of C++.

use interop_tests::std_types::cases::std_types::{
    make_item, repeat, sorted, split, sum, Item, Shelf,
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
