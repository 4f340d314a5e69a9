//! Round trips through `cases/std_types`: Rust slices become the
//! `std::vector`s C++ reads, vectors C++ returns come back as `Vec`s (strings
//! as bytes), and `std::unique_ptr` moves owned objects in and out of C++;
//! `std::shared_ptr` shares objects with C++, `std::array` and
//! `std::pair`/`std::tuple` cross as Rust arrays and tuples, maps come back
//! as `BTreeMap`/`HashMap`, Rust closures are `std::function`s (lent for
//! the call, or kept by the callee).

use interop_tests::std_types::cases::std_types::{
    adder, bag_of, bump, checked_div, contains, distinct_words, div_mod, divider, each_line,
    for_each_index, fused, join_words, kept_tally, lookup, make_item, maybe_item, multiples,
    nothing, owners, phone_book, raise, repeat, repeat_label, reversed, setter_of, share_tally,
    small_primes, sorted, split, split_once, squares, sum, sum_distinct, sum_each, total,
    total_stock, value_of, with_suffix, word_counts, Holder, Item, Notifier, Shelf,
};
use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::sync::{Arc, Mutex};

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

#[test]
fn shared_pointers_are_shared_with_cpp() {
    assert!(share_tally(-1).unwrap().is_none());
    let tally = share_tally(5).unwrap().expect("a tally");
    assert_eq!(tally.count(), 5);
    // C++ gets a copy of the handle: the same object, one more owner.
    assert_eq!(bump(&tally, 3).unwrap(), 8);
    assert_eq!(tally.count(), 8);
    assert_eq!(owners(&tally), 2);
    let other = tally.clone();
    assert_eq!(owners(&other), 3);
    drop(tally);
    assert_eq!(owners(&other), 2);
    assert_eq!(other.count(), 8);
    // A null handle never reaches the callee: the call fails instead.
    assert!(bump(&cxx::SharedPtr::null(), 1).is_err());
}

#[test]
fn shared_pointer_references_give_another_owner() {
    let kept = kept_tally().expect("the registry's tally");
    let again = kept_tally().expect("the registry's tally");
    // The registry's own, ours, the second one and the call's copy.
    assert_eq!(owners(&again), 4);
    let before = kept.count();
    assert_eq!(bump(&kept, 2).unwrap(), before + 2);
    assert_eq!(again.count(), before + 2);
}

proptest! {
    #[test]
    fn arrays_both_ways(v in any::<[i32; 4]>()) {
        let mut expected = v;
        expected.reverse();
        prop_assert_eq!(reversed(v).unwrap(), expected);
    }

    #[test]
    fn array_references_in(v in any::<[i16; 3]>()) {
        let v = v.map(f64::from);
        prop_assert_eq!(total(v), v[0] + v[1] + v[2]);
    }

    #[test]
    fn pairs_come_back_as_tuples(x in any::<i64>(), y in any::<i64>().prop_filter("non-zero", |y| *y != 0)) {
        let expected = (x.wrapping_div(y), x.wrapping_rem(y));
        prop_assert_eq!(div_mod(x, y).unwrap(), expected);
    }

    #[test]
    fn tuples_of_strings_keep_bytes(head in proptest::collection::vec(any::<u8>().prop_filter("no colon", |b| *b != b':'), 0..8),
                                    tail in proptest::collection::vec(any::<u8>(), 0..8)) {
        let mut text = head.clone();
        text.push(b':');
        text.extend_from_slice(&tail);
        prop_assert_eq!(split_once(&text).unwrap(), (head.clone(), tail, true));
        prop_assert_eq!(split_once(&head).unwrap(), (head.clone(), Vec::new(), false));
    }

    #[test]
    fn tuples_in(label in proptest::collection::vec(any::<u8>(), 0..4), times in 0u32..5) {
        prop_assert_eq!(repeat_label((&label, times)).unwrap(), label.repeat(times as usize));
    }

    #[test]
    fn scalar_tuples_in(a in -1e3f64..1e3, b in -1e3f64..1e3, c in -1e3f64..1e3) {
        prop_assert_eq!(fused((a, b, c)), a * b + c);
    }

    #[test]
    fn ordered_maps_come_back_as_btree_maps(words in proptest::collection::vec(
        proptest::collection::vec(any::<u8>().prop_filter("no space", |b| *b != b' '), 1..4), 0..12)) {
        let mut expected: BTreeMap<Vec<u8>, u32> = BTreeMap::new();
        for w in &words {
            *expected.entry(w.clone()).or_default() += 1;
        }
        prop_assert_eq!(word_counts(words.join(&b' ')).unwrap(), expected);
    }

    #[test]
    fn unordered_maps_come_back_as_hash_maps(n in 0i32..64) {
        let expected: HashMap<i32, i64> = (0..n).map(|i| (i, i64::from(i) * i64::from(i))).collect();
        prop_assert_eq!(squares(n).unwrap(), expected);
    }
}

#[test]
fn maps_by_reference_are_copied() {
    let book = phone_book();
    assert_eq!(
        book,
        BTreeMap::from([(112, b"emergency".to_vec()), (411, b"directory".to_vec())])
    );
}

#[test]
fn pair_results_carry_exceptions() {
    assert!(div_mod(1, 0).is_err());
}

proptest! {
    #[test]
    fn lent_closures_compute_results(n in 0i32..200, k in -1000i64..1000) {
        let expected: i64 = (0..n).map(|i| i64::from(i) * k).sum();
        prop_assert_eq!(sum_each(n, |i| i64::from(i) * k).unwrap(), expected);
    }
}

#[test]
fn lent_closures_borrow_their_environment() {
    let mut seen = Vec::new();
    for_each_index(4, |i| seen.push(i)).unwrap();
    assert_eq!(seen, [0, 1, 2, 3]);
}

#[test]
fn a_lent_closure_panic_resumes_after_the_call() {
    let mut calls = 0;
    let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        for_each_index(5, |i| {
            calls += 1;
            assert!(i < 1, "closure panicked at {i}");
        })
    }));
    assert!(caught.is_err());
    // The closure is not called again once it panicked.
    assert_eq!(calls, 2);
    // C++ is unharmed.
    assert_eq!(sum_each(3, i64::from).unwrap(), 3);
}

/// Gives `notifier` a kept listener recording every value into `seen`.
fn listen(notifier: &mut Notifier, seen: &Arc<Mutex<Vec<i32>>>) {
    let listener = Arc::clone(seen);
    notifier
        .on_change(move |v| listener.lock().unwrap().push(v))
        .unwrap();
}

#[test]
fn kept_closures_live_as_long_as_cpp_keeps_them() {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let mut notifier = Notifier::new().unwrap();
    listen(&mut notifier, &seen);
    notifier.set(5).unwrap();
    notifier.set(-1).unwrap();
    assert_eq!(*seen.lock().unwrap(), [5, -1]);
    assert_eq!(Arc::strong_count(&seen), 2);
    // Replacing the listener drops the old closure.
    notifier.on_change(|_| {}).unwrap();
    assert_eq!(Arc::strong_count(&seen), 1);
    listen(&mut notifier, &seen);
    notifier.clear();
    assert_eq!(Arc::strong_count(&seen), 1);
    listen(&mut notifier, &seen);
    drop(notifier);
    assert_eq!(Arc::strong_count(&seen), 1);
}

#[test]
fn a_kept_closure_that_panicked_is_not_called_again() {
    let calls = Arc::new(Mutex::new(0));
    let counter = Arc::clone(&calls);
    let mut notifier = Notifier::new().unwrap();
    notifier
        .on_change(move |v| {
            *counter.lock().unwrap() += 1;
            assert!(v >= 0, "negative value");
        })
        .unwrap();
    notifier.set(-1).unwrap(); // panics inside: caught, never unwinds into C++
    notifier.set(1).unwrap();
    assert_eq!(*calls.lock().unwrap(), 1);
}

proptest! {
    #[test]
    fn ordered_maps_in(stock in proptest::collection::btree_map(
        proptest::collection::vec(any::<u8>(), 0..6), any::<i64>(), 0..16)) {
        let expected = stock.values().fold(0i64, |a, b| a.wrapping_add(*b));
        prop_assert_eq!(total_stock(&stock).unwrap(), expected);
    }

    #[test]
    fn unordered_maps_in(table in proptest::collection::hash_map(
        proptest::collection::vec(any::<u8>(), 0..6), proptest::collection::vec(any::<u8>(), 0..6), 0..16),
        key in proptest::collection::vec(any::<u8>(), 0..6)) {
        let expected = table.get(&key).cloned().unwrap_or_else(|| b"none".to_vec());
        prop_assert_eq!(lookup(&table, &key, "none").unwrap(), expected);
        for (k, v) in &table {
            prop_assert_eq!(&lookup(&table, k, "none").unwrap(), v);
        }
    }
}

proptest! {
    #[test]
    fn closures_take_string_arguments_as_bytes(lines in proptest::collection::vec(
        proptest::collection::vec(any::<u8>().prop_filter("no newline", |b| *b != b'\n'), 1..6), 0..6)) {
        let text = lines.join(&b'\n');
        let mut seen = Vec::new();
        each_line(&text, |line| seen.push(line.to_vec())).unwrap();
        prop_assert_eq!(seen, lines);
    }
}

#[test]
fn cpp_callables_are_called_from_rust() {
    let add_five = adder(5).unwrap().expect("a callable");
    assert_eq!(add_five.call(10).unwrap(), 15);
    assert_eq!(add_five.call(-5).unwrap(), 0);
    // A throwing callable is an `Err`, not an unwind.
    let div = divider().unwrap().unwrap();
    assert_eq!(div.call(9.0, 3.0).unwrap(), 3.0);
    let err = div.call(1.0, 0.0).unwrap_err();
    assert!(err.what().contains("division by zero"), "{}", err.what());
    // An empty `std::function` is `None`.
    assert!(nothing().unwrap().is_none());
}

#[test]
fn a_callable_from_a_method_borrows_its_object() {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let mut notifier = Notifier::new().unwrap();
    listen(&mut notifier, &seen);
    {
        // It captures the notifier: it lives within the notifier's borrow.
        let set = notifier.setter().unwrap().expect("a callable");
        set.call(7).unwrap();
        set.call(8).unwrap();
    }
    notifier.set(9).unwrap();
    assert_eq!(*seen.lock().unwrap(), [7, 8, 9]);
}

#[test]
fn a_shared_object_from_a_call_given_nothing_lends_its_tallies() {
    let bag = bag_of(41).unwrap().expect("a bag");
    assert_eq!(bag.first().expect("a tally").count(), 41);
    assert_eq!(bag.size(), 1);
    // A holder's shared bag is not offered (its first number would outlive
    // `empty_bag`: `ui/shared_object_of_a_holder_is_not_offered.rs`).
    let mut holder = Holder::new().unwrap();
    assert_eq!(holder.bag_size(), 2);
    holder.empty_bag();
    assert_eq!(holder.bag_size(), 0);
}

#[test]
fn a_callable_from_a_free_function_borrows_its_object_arguments() {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let mut notifier = Notifier::new().unwrap();
    listen(&mut notifier, &seen);
    {
        // It captures the notifier it was given: it lives within that borrow
        // (`ui/callable_outlives_its_argument.rs`).
        let set = setter_of(&mut notifier).unwrap().expect("a callable");
        set.call(3).unwrap();
        set.call(4).unwrap();
    }
    notifier.set(5).unwrap();
    assert_eq!(*seen.lock().unwrap(), [3, 4, 5]);
}

proptest! {
    #[test]
    fn ordered_sets_come_back_as_btree_sets(words in proptest::collection::vec(
        proptest::collection::vec(any::<u8>().prop_filter("no space", |b| *b != b' '), 1..4), 0..12)) {
        let expected: BTreeSet<Vec<u8>> = words.iter().cloned().collect();
        prop_assert_eq!(distinct_words(words.join(&b' ')).unwrap(), expected);
    }

    #[test]
    fn unordered_sets_come_back_as_hash_sets(of in 1i64..20, below in 0i64..200) {
        let expected: HashSet<i64> = (0..below).step_by(of as usize).collect();
        prop_assert_eq!(multiples(of, below).unwrap(), expected);
    }

    #[test]
    fn ordered_sets_in(words in proptest::collection::btree_set(
        proptest::collection::vec(any::<u8>(), 0..5), 0..10)) {
        // C++ walks the set in its order, which is Rust's: bytes compare alike.
        let expected: Vec<u8> = words.iter().flat_map(|w| w.iter().copied().chain([b','])).collect();
        prop_assert_eq!(join_words(&words).unwrap(), expected);
    }

    #[test]
    fn unordered_sets_in(values in proptest::collection::hash_set(any::<i64>(), 0..16)) {
        let expected = values.iter().fold(0i64, |a, b| a.wrapping_add(*b));
        prop_assert_eq!(sum_distinct(&values).unwrap(), expected);
    }

    #[test]
    fn set_membership_agrees(values in proptest::collection::btree_set(any::<u16>(), 0..16), probe in any::<u16>()) {
        prop_assert_eq!(contains(&values, probe), values.contains(&probe));
    }
}

#[test]
fn sets_by_reference_are_copied() {
    assert_eq!(small_primes(), BTreeSet::from([2, 3, 5, 7, 11, 13, 17, 19]));
}
