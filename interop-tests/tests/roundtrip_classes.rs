//! Round trips through `cases/classes`: owned C++ objects behind safe Rust
//! structs. Covers every `Counter` constructor overload, const and mutating
//! methods, `noexcept` methods, the static `live_count()` (construction,
//! `Clone` via the copy constructor and `Drop` via the destructor), binary
//! names, and `Greeter::greet`.
//!
//! `Counter::live_count()` is process-wide C++ state (a plain `int`), so every
//! test that creates a `Counter` holds `COUNTERS` to keep the count exact and
//! the C++ side free of data races.

use interop_tests::classes::cases::classes::{
    call_describe, make_counter, Animal, Counter, Dog, Greeter, Label,
};
use std::sync::{Mutex, MutexGuard, PoisonError};

static COUNTERS: Mutex<()> = Mutex::new(());

fn lock() -> MutexGuard<'static, ()> {
    COUNTERS.lock().unwrap_or_else(PoisonError::into_inner)
}

fn live() -> i32 {
    Counter::live_count().unwrap()
}

#[test]
fn constructor_overloads() {
    let _g = lock();
    let c = Counter::new().unwrap();
    assert_eq!(c.value().unwrap(), 0);
    assert_eq!(c.step().unwrap(), 1);
    assert_eq!(c.name().unwrap(), b"");

    let c = Counter::with_start(-42).unwrap();
    assert_eq!(c.value().unwrap(), -42);
    assert_eq!(c.step().unwrap(), 1);
    assert_eq!(c.name().unwrap(), b"");

    let c = Counter::with_start_step(i64::MAX, -3).unwrap();
    assert_eq!(c.value().unwrap(), i64::MAX);
    assert_eq!(c.step().unwrap(), -3);
    assert_eq!(c.name().unwrap(), b"");

    let c = Counter::with_name_start("apples", 7).unwrap();
    assert_eq!(c.value().unwrap(), 7);
    assert_eq!(c.step().unwrap(), 1);
    assert_eq!(c.name().unwrap(), b"apples");
}

#[test]
fn mutating_methods() {
    let _g = lock();
    let mut c = Counter::with_start_step(10, 5).unwrap();
    c.increment().unwrap();
    assert_eq!(c.value().unwrap(), 15);
    c.increment().unwrap();
    assert_eq!(c.value().unwrap(), 20);
    c.add(-100).unwrap();
    assert_eq!(c.value().unwrap(), -80);
    assert!(!c.is_positive());
    c.add(81).unwrap();
    assert_eq!(c.value().unwrap(), 1);
    assert!(c.is_positive());
    c.reset();
    assert_eq!(c.value().unwrap(), 0);
    assert!(!c.is_positive());
    // reset keeps name and step.
    assert_eq!(c.step().unwrap(), 5);
    c.increment().unwrap();
    assert_eq!(c.value().unwrap(), 5);
}

#[test]
fn increment_many_times_matches_rust() {
    let _g = lock();
    let mut c = Counter::with_start_step(-1000, 7).unwrap();
    let mut want: i64 = -1000;
    for i in 0..500i64 {
        c.increment().unwrap();
        want += 7;
        c.add(i).unwrap();
        want += i;
        assert_eq!(c.value().unwrap(), want);
        assert_eq!(c.is_positive(), want > 0);
    }
}

#[test]
fn names_round_trip_binary_bytes() {
    let _g = lock();
    let mut c = Counter::with_name_start(b"a\0b\xff", 0).unwrap();
    assert_eq!(c.name().unwrap(), b"a\0b\xff");
    let all: Vec<u8> = (0..=255u8).collect();
    c.set_name(&all).unwrap();
    assert_eq!(c.name().unwrap(), all);
    c.set_name("").unwrap();
    assert_eq!(c.name().unwrap(), b"");
    let long = vec![b'x'; 10_000];
    c.set_name(&long).unwrap();
    assert_eq!(c.name().unwrap(), long);
}

#[test]
fn clone_copies_independently() {
    let _g = lock();
    let mut a = Counter::with_name_start("orig", 3).unwrap();
    a.add(2).unwrap();
    let mut b = a.clone();
    assert_eq!(b.value().unwrap(), 5);
    assert_eq!(b.step().unwrap(), 1);
    assert_eq!(b.name().unwrap(), b"orig");

    b.set_name("copy").unwrap();
    b.add(100).unwrap();
    assert_eq!(a.name().unwrap(), b"orig");
    assert_eq!(a.value().unwrap(), 5);
    assert_eq!(b.name().unwrap(), b"copy");
    assert_eq!(b.value().unwrap(), 105);

    a.reset();
    assert_eq!(a.value().unwrap(), 0);
    assert_eq!(b.value().unwrap(), 105);

    let stepped = Counter::with_start_step(0, 9).unwrap();
    let mut stepped_copy = stepped.clone();
    stepped_copy.increment().unwrap();
    assert_eq!(stepped_copy.value().unwrap(), 9);
    assert_eq!(stepped.value().unwrap(), 0);
}

#[test]
fn live_count_tracks_construction_clone_and_drop() {
    let _g = lock();
    let base = live();
    assert!(base >= 0);

    let a = Counter::new().unwrap();
    assert_eq!(live(), base + 1);
    let b = Counter::with_start(1).unwrap();
    let c = Counter::with_start_step(1, 2).unwrap();
    let d = Counter::with_name_start("d", 4).unwrap();
    assert_eq!(live(), base + 4);

    let a2 = a.clone();
    assert_eq!(live(), base + 5);

    drop(a);
    assert_eq!(live(), base + 4);
    // The clone outlives its source.
    assert_eq!(a2.value().unwrap(), 0);
    drop(a2);
    drop(b);
    assert_eq!(live(), base + 2);

    // Giving up the safe wrapper keeps the C++ object alive in the UniquePtr.
    let raw = c.into_unique_ptr();
    assert_eq!(live(), base + 2);
    drop(raw);
    assert_eq!(live(), base + 1);

    {
        let many: Vec<Counter> = (0..100).map(|i| Counter::with_start(i).unwrap()).collect();
        assert_eq!(live(), base + 101);
        let copies: Vec<Counter> = many.iter().map(Clone::clone).collect();
        assert_eq!(live(), base + 201);
        for (i, c) in copies.iter().enumerate() {
            assert_eq!(c.value().unwrap(), i as i64);
        }
    }
    assert_eq!(live(), base + 1);
    drop(d);
    assert_eq!(live(), base);
}

#[test]
fn greeter_greets() {
    let g = Greeter::new("Hello").unwrap();
    assert_eq!(g.greet("world").unwrap(), b"Hello, world!");
    assert_eq!(g.greet("").unwrap(), b"Hello, !");
    let empty = Greeter::new("").unwrap();
    assert_eq!(empty.greet("x").unwrap(), b", x!");
}

#[test]
fn greeter_binary_and_utf8() {
    let g = Greeter::new(b"\xff\0hi").unwrap();
    assert_eq!(g.greet(b"\0\x80").unwrap(), b"\xff\0hi, \0\x80!");
    let g = Greeter::new("Grüß dich").unwrap();
    assert_eq!(g.greet("🦀").unwrap(), "Grüß dich, 🦀!".as_bytes());
    // The same greeter can be used repeatedly.
    for who in ["a", "bb", "ccc"] {
        assert_eq!(
            g.greet(who).unwrap(),
            format!("Grüß dich, {who}!").into_bytes()
        );
    }
}

#[test]
fn class_returned_by_value_is_owned_and_dropped() {
    let _guard = lock();
    let before = live();
    {
        let mut c = make_counter(10, 5).unwrap();
        assert_eq!(live(), before + 1, "the returned object is alive in Rust");
        c.increment().unwrap();
        assert_eq!(c.value().unwrap(), 15);
        assert_eq!(c.step().unwrap(), 5);
    }
    assert_eq!(
        live(),
        before,
        "dropping the Rust value runs the C++ destructor"
    );
}

#[test]
fn const_string_reference_result_is_copied_out() {
    let bytes: Vec<u8> = vec![b'a', 0, 0xff, b'z'];
    let label = Label::new(&bytes).unwrap();
    assert_eq!(label.text(), bytes);
}

#[test]
fn inherited_methods_and_virtual_dispatch() {
    let dog = Dog::new().unwrap();
    // Declared by Dog.
    assert_eq!(dog.sound().unwrap(), b"woof");
    // Inherited from Animal, called on the upcast object.
    assert_eq!(dog.name().unwrap(), b"dog");
    assert_eq!(dog.legs(), 4);
    // Animal::describe calls the virtual sound(): Dog's override runs.
    assert_eq!(dog.describe().unwrap(), b"dog says woof");
    // A Dog is accepted where C++ takes `const Animal&`.
    assert_eq!(call_describe(&dog).unwrap(), b"dog says woof");
    let cat = Animal::new("cat").unwrap();
    assert_eq!(call_describe(&cat).unwrap(), b"cat says ...");
}

#[test]
fn operator_equals_is_partial_eq() {
    let hi = Greeter::new("Hello").unwrap();
    assert!(hi == Greeter::new("Hello").unwrap());
    assert!(hi != Greeter::new("Howdy").unwrap());
}

#[test]
fn stream_operator_is_display() {
    let _guard = lock();
    let named = Counter::with_name_start("hits", 41).unwrap();
    assert_eq!(named.to_string(), "hits=41");
    let mut plain = Counter::with_start(-7).unwrap();
    plain.increment().unwrap();
    assert_eq!(format!("[{plain}]"), "[-6]");
}
