//! Round trips through `cases/cxx20`: Rust slices become the `std::span`s
//! C++ reads and writes, and `operator<=>` orders objects in Rust as it does
//! in C++ (`Ord` for a `std::strong_ordering`, `PartialOrd` otherwise).

use interop_tests::cxx20::cases::cxx20::{double_all, span_sum, Reading, Samples, Version, Word};
use proptest::prelude::*;
use std::cmp::Ordering;

proptest! {
    #[test]
    fn shared_spans_read_slices(values in proptest::collection::vec(any::<i64>(), 0..64)) {
        let expected = values.iter().fold(0i64, |a, b| a.wrapping_add(*b));
        prop_assert_eq!(span_sum(&values), expected);
    }

    #[test]
    fn mutable_spans_write_slices(values in proptest::collection::vec(-1e9f64..1e9, 0..64)) {
        let mut doubled = values.clone();
        prop_assert_eq!(double_all(&mut doubled).unwrap(), values.len());
        let expected: Vec<f64> = values.iter().map(|v| v * 2.0).collect();
        prop_assert_eq!(doubled, expected);
    }

    #[test]
    fn strong_ordering_is_ord(a in any::<(u32, u32)>(), b in any::<(u32, u32)>()) {
        let (x, y) = (Version::new(a.0, a.1).unwrap(), Version::new(b.0, b.1).unwrap());
        prop_assert_eq!(x.cmp(&y), a.cmp(&b));
        prop_assert_eq!(x.partial_cmp(&y), Some(a.cmp(&b)));
        prop_assert_eq!(x == y, a == b);
        prop_assert_eq!(x < y, a < b);
        prop_assert_eq!(x >= y, a >= b);
    }

    #[test]
    fn partial_ordering_may_be_unordered(a in proptest::option::of(-1e6f64..1e6), b in proptest::option::of(-1e6f64..1e6)) {
        let (a, b) = (a.unwrap_or(f64::NAN), b.unwrap_or(f64::NAN));
        let (x, y) = (Reading::new(a).unwrap(), Reading::new(b).unwrap());
        prop_assert_eq!(x.partial_cmp(&y), a.partial_cmp(&b));
        prop_assert_eq!(x == y, a == b);
        prop_assert_eq!(x < y, a < b);
    }

    #[test]
    fn weak_ordering_ignores_case(a in "[a-zA-Z]{0,6}", b in "[a-zA-Z]{0,6}") {
        let (x, y) = (Word::new(&a).unwrap(), Word::new(&b).unwrap());
        let expected = a.to_ascii_lowercase().cmp(&b.to_ascii_lowercase());
        prop_assert_eq!(x.partial_cmp(&y), Some(expected));
        // Equivalent words compare equal (C++ has no `==`), whatever their case.
        prop_assert_eq!(x == y, expected == Ordering::Equal);
    }
}

#[test]
fn ord_sorts_objects() {
    let mut versions: Vec<Version> = [(2, 0), (1, 10), (1, 2)]
        .iter()
        .map(|&(a, b)| Version::new(a, b).unwrap())
        .collect();
    versions.sort();
    let majors: Vec<u32> = versions.iter().map(|v| v.major_part()).collect();
    assert_eq!(majors, [1, 1, 2]);
    assert!(versions[0] < versions[1]);
    assert_eq!(versions.iter().max().map(|v| v.major_part()), Some(2));
}

#[test]
fn equivalent_words_may_differ() {
    let (a, b) = (Word::new("Rust").unwrap(), Word::new("rUST").unwrap());
    assert_eq!(a.partial_cmp(&b), Some(Ordering::Equal));
    assert_ne!(a.text().unwrap(), b.text().unwrap());
}

#[test]
fn span_results_lend_the_objects_memory() {
    let mut samples = Samples::new(5).unwrap();
    // `const` member: a shared view, borrowed from the object.
    assert_eq!(samples.view(), [0, 1, 2, 3, 4]);
    // Non-`const` member: written in place, seen by C++.
    for v in samples.edit() {
        *v *= 10;
    }
    assert_eq!(samples.total(), 100);
    assert_eq!(samples.view(), [0, 10, 20, 30, 40]);
    assert!(Samples::new(0).unwrap().view().is_empty());
}
