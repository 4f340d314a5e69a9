//! Round trips through `cases/operators`: C++ operators as Rust traits
//! (`std::ops` on values and references, compound assignments, `PartialEq`,
//! `PartialOrd`, `Index`/`IndexMut`, `Display`) and as named methods
//! (`call`, `inc`/`dec`, `as_bool`, `to_i32`, `logical_not`), with real
//! values computed by the C++ code.

use interop_tests::operators::cases::operators::{Flags, Money, Vec2};
use proptest::prelude::*;
use std::cmp::Ordering;

fn v(x: f64, y: f64) -> Vec2 {
    Vec2::new(x, y)
}

#[test]
fn arithmetic_on_references_and_values() {
    let (a, b) = (v(1.0, 2.0), v(10.0, 20.0));
    let s = &a + &b;
    assert_eq!((s.x(), s.y()), (11.0, 22.0));
    let d = &b - &a;
    assert_eq!((d.x(), d.y()), (9.0, 18.0));
    let scaled = &a * 3.0;
    assert_eq!((scaled.x(), scaled.y()), (3.0, 6.0));
    assert_eq!(
        &a * &b,
        50.0,
        "dot product: Mul<&Vec2> with a scalar Output"
    );
    let n = -&a;
    assert_eq!((n.x(), n.y()), (-1.0, -2.0));
    let left = 3.0 * &a;
    assert_eq!((left.x(), left.y()), (3.0, 6.0), "a scalar on the left");
    assert!(2.0 * a.clone() == &a * 2.0);
    let q = &b / 10.0;
    assert_eq!((q.x(), q.y()), (1.0, 2.0), "free operator/");
    // By value, consuming the operands.
    let owned = a.clone() + b.clone() - a.clone();
    assert!(owned == b);
    assert_eq!((a.clone() + &b).x(), 11.0);
    assert_eq!((&a + b.clone()).y(), 22.0);
}

#[test]
fn compound_assignment_changes_the_object() {
    let mut a = v(1.0, 2.0);
    a += &v(1.0, 1.0);
    a += v(1.0, 1.0);
    assert_eq!((a.x(), a.y()), (3.0, 4.0));
    a -= v(3.0, 3.0);
    a *= 2.0;
    assert_eq!((a.x(), a.y()), (0.0, 2.0));
}

#[test]
fn equality_from_both_cpp_operators() {
    assert!(v(1.0, 2.0) == v(1.0, 2.0));
    assert!(v(1.0, 2.0) != v(2.0, 1.0));
    assert!(
        v(f64::NAN, 0.0) != v(f64::NAN, 0.0),
        "C++ `==` decides, NaN included"
    );
}

#[test]
fn index_borrows_components() {
    let mut a = v(5.0, 6.0);
    assert_eq!((a[0], a[1]), (5.0, 6.0));
    a[1] = 60.0;
    a[0] += 1.0;
    assert_eq!((a.x(), a.y()), (6.0, 60.0));
}

#[test]
fn named_methods_for_call_increment_and_conversions() {
    let mut a = v(3.0, 4.0);
    assert_eq!(a.call(2.0, 10.0).unwrap(), 46.0);
    assert_eq!(a.to_i32().unwrap(), 5);
    assert!(a.as_bool().unwrap());
    assert!(!a.logical_not().unwrap());
    a.inc().unwrap();
    assert_eq!((a.x(), a.y()), (4.0, 5.0));
    a.dec().unwrap();
    a.dec().unwrap();
    assert_eq!((a.x(), a.y()), (2.0, 3.0));
    let zero = v(0.0, 0.0);
    assert!(!zero.as_bool().unwrap());
    assert!(zero.logical_not().unwrap());
}

#[test]
fn money_orders_by_cpp_less_than_only() {
    let (a, b) = (Money::new(100), Money::new(250));
    assert!(a < b);
    assert!(b > a);
    assert!(a <= Money::new(100));
    assert_eq!(a.partial_cmp(&Money::new(100)), Some(Ordering::Equal));
    assert!(
        a == Money::new(100),
        "equivalence under `<`: neither is less"
    );
    let mut total = &a + &b;
    assert_eq!(total.cents(), 350);
    total += &Money::new(5);
    assert_eq!(
        total.cents(),
        355,
        "free operator+= with a `Money&` left operand"
    );
    assert_eq!((&total % 100).cents(), 55);
    assert_eq!((b - a).cents(), 150);
}

#[test]
fn copy_assignment_is_assign_from() {
    let mut target = Money::new(1);
    let source = Money::new(42);
    target.assign_from(&source);
    assert_eq!(target.cents(), 42);
    assert_eq!(source.cents(), 42, "the source is only read");
}

#[test]
fn flags_bitwise_and_ordering_and_display() {
    let (a, b) = (Flags::new(0b1100), Flags::new(0b1010));
    assert_eq!((&a & &b).bits(), 0b1000);
    assert_eq!((&a | &b).bits(), 0b1110);
    assert_eq!((&a ^ &b).bits(), 0b0110);
    assert_eq!((!&a).bits(), !0b1100u32, "`~` is `Not`");
    assert_eq!((&a << 2).bits(), 0b110000);
    assert!(a.get(2) && a.get(3) && !a.get(0), "by-value `[]` is `get`");
    assert_eq!((&a >> 2).bits(), 0b11);
    assert_eq!(
        (0b0110u32 & &a).bits(),
        0b0100,
        "free `&` with the mask on the left"
    );
    let mut c = Flags::new(1);
    c |= &Flags::new(2);
    c <<= 4;
    assert_eq!(c.bits(), 0b110000);
    c &= Flags::new(0b100000);
    assert_eq!(c.bits(), 0b100000);
    // Each calls its own C++ operator (`>`, `>=`, `<`, `<=`).
    assert!(a > b);
    assert!(a >= b);
    assert!(b < a);
    assert!(b <= a);
    assert!(b <= b && a >= a);
    assert_eq!(a.partial_cmp(&b), Some(Ordering::Greater));
    assert_eq!(a.to_string(), "Flags(12)");
}

proptest! {
    #[test]
    fn sum_then_difference_is_identity_on_integers(
        ax in -1_000_000i32..1_000_000, ay in -1_000_000i32..1_000_000,
        bx in -1_000_000i32..1_000_000, by in -1_000_000i32..1_000_000,
    ) {
        let a = v(ax.into(), ay.into());
        let b = v(bx.into(), by.into());
        prop_assert!((&a + &b) - &b == a);
        let mut c = a.clone();
        c += &b;
        c -= b;
        prop_assert!(c == a);
    }

    #[test]
    fn ordering_agrees_with_cpp_less_than(x in any::<i64>(), y in any::<i64>()) {
        let (a, b) = (Money::new(x), Money::new(y));
        prop_assert_eq!(a < b, x < y);
        prop_assert_eq!(a.partial_cmp(&b), Some(x.cmp(&y)));
        prop_assert_eq!(a == b, x == y);
        let (f, g) = (Flags::new(x as u32), Flags::new(y as u32));
        prop_assert_eq!(f.partial_cmp(&g), Some((x as u32).cmp(&(y as u32))));
        prop_assert_eq!((&f & &g).bits(), (x as u32) & (y as u32));
    }
}

#[test]
fn converting_assignment_is_assign() {
    let mut f = Flags::new(1);
    f.assign(0b1010);
    assert_eq!(f.bits(), 0b1010);
    assert!(f.get(1) && !f.get(0));
}

/// A `[]` returning a reference to a class is a method borrowing the
/// object (`Index` can only lend scalars): the `const` overloads are `get`
/// (by name) and `get_i32` (by position), their non-`const` twins
/// `get_mut` and `get_i32_mut`; C++ exceptions are `Err`.
#[test]
fn subscripts_returning_objects_are_methods() {
    use interop_tests::operators::cases::operators::Shelf;
    let mut shelf = Shelf::new().expect("a shelf");
    assert!(
        shelf.get("a").is_err(),
        "the const form throws for a missing name"
    );
    // The non-`const` form makes the slot at the origin.
    let made = shelf.get_mut("b").expect("made");
    assert_eq!((made.x(), made.y()), (0.0, 0.0));
    assert!(shelf.get_mut("a").is_ok());
    assert_eq!(shelf.size(), 2);
    assert_eq!(shelf.get("a").expect("now present").x(), 0.0);
    // By position, in name order; out of range is an error.
    assert!(shelf.get_i32(1).is_ok());
    assert!(shelf.get_i32(2).is_err());
    assert!(shelf.get_i32_mut(-1).is_err());
    assert_eq!(shelf.get_i32_mut(0).expect("slot 0").y(), 0.0);
}
