//! Round trips through `cases/defaults`: the shortest form leaves the
//! default arguments to C++ (which evaluates them, expressions included),
//! and every longer form passes them from Rust.

use interop_tests::defaults::cases::defaults::{
    count, load, load_with_mode, load_with_mode_strict, scale, scale_with_factor, Counter,
};
use proptest::prelude::*;

#[test]
fn every_arity_is_reachable() {
    assert_eq!(load("a.txt").unwrap(), b"a.txt mode=7 lax");
    assert_eq!(load_with_mode("a.txt", 3).unwrap(), b"a.txt mode=3 lax");
    assert_eq!(
        load_with_mode_strict(b"\xffb", -1, true).unwrap(),
        b"\xffb mode=-1 strict"
    );
}

#[test]
fn a_default_with_no_rust_reading_still_gives_the_short_form() {
    // `void* context = nullptr` cannot cross; `count(n)` lets C++ pass null.
    assert_eq!(count(5).unwrap(), 5);
}

#[test]
fn constructor_and_method_defaults() {
    let mut c = Counter::new().unwrap();
    assert_eq!(c.advance().unwrap(), 1);
    assert_eq!(c.advance_with_times(4).unwrap(), 5);
    let mut d = Counter::with_start_step(100, -10).unwrap();
    assert_eq!(d.advance_with_times(3).unwrap(), 70);
    assert_eq!(Counter::with_start(-3).unwrap().value(), -3);
}

proptest! {
    #[test]
    fn default_expressions_are_evaluated_by_cpp(x in -1e12f64..1e12) {
        prop_assert_eq!(scale(x).unwrap(), x * 0.25);
        prop_assert_eq!(scale_with_factor(x, 3.0).unwrap(), x * 3.0);
    }
}
