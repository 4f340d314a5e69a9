//! Round trips through `cases/build_faults`: constructs whose generated
//! code once failed to build, now bound (or skipped, with the reason the
//! report gives) and called through the real C++ code.
//!
//! - `operator<<`, `==`, `<`, `+` declared at global scope for a
//!   namespaced class (`Display` calls `::operator<<` by its name);
//! - `(const T*, size_t)` for every byte type `T` (`unsigned char`,
//!   `uint8_t`, `signed char`, `std::byte`, a typedef), a text-char
//!   C string, a byte view built from `const uint8_t*`;
//! - explicit specializations of function templates (`parse<int>` →
//!   `parse_i32`);
//! - classes whose destructor is deleted by a base, a member or a union
//!   member: borrowed only, their statics and borrowed methods bound;
//! - a status class that borrows, returned by functions lent nothing
//!   (`'static`).
//!
//! What is skipped, and why, is asserted in `build_faults_report.rs`.

use interop_tests::build_faults::cases::build_faults as bf;
use interop_tests::build_faults::cpp;
use proptest::prelude::*;

#[test]
fn global_operators_of_a_namespaced_class() {
    let a = bf::Point::new(3, -4).unwrap();
    let b = bf::Point::new(10, 20).unwrap();
    assert_eq!(a.to_string(), "(3, -4)");
    assert_eq!(format!("[{b}]"), "[(10, 20)]");
    let sum = &a + &b;
    assert_eq!((sum.x().unwrap(), sum.y().unwrap()), (13, 16));
    assert!(a == bf::Point::new(3, -4).unwrap());
    assert!(a != b);
    assert!(a < b);
    assert!(bf::Point::new(3, -5).unwrap() < a, "ties on x compare y");
}

#[test]
fn every_byte_pointer_type_is_a_slice() {
    let bytes = [1u8, 2, 255, 0, 7];
    assert_eq!(bf::sum_uchar(bytes).unwrap(), 265);
    assert_eq!(bf::sum_uint8(bytes).unwrap(), 265);
    assert_eq!(bf::sum_byte(bytes).unwrap(), 265);
    assert_eq!(bf::sum_octet(bytes).unwrap(), 265);
    // Read as `signed char`: 255 is -1.
    assert_eq!(bf::sum_schar(bytes).unwrap(), 9);
    let mut buf = [0u8; 4];
    bf::fill_uchar(&mut buf, 254).unwrap();
    assert_eq!(buf, [254, 255, 0, 1]);
    bf::fill_byte(&mut buf, 10).unwrap();
    assert_eq!(buf, [10, 11, 12, 13]);
    bf::fill_schar(&mut buf, -2).unwrap();
    assert_eq!(buf, [254, 255, 0, 1]);
    let mut meter = bf::Meter::new().unwrap();
    assert_eq!(meter.feed([1, 2, 3]).unwrap(), 6);
    assert_eq!(meter.feed_bytes([200, 100]).unwrap(), 306);
    assert_eq!(meter.total().unwrap(), 306);
}

#[test]
fn unsigned_text_and_byte_views() {
    assert_eq!(bf::text_length("hello").unwrap(), 5);
    assert_eq!(
        bf::text_length(b"ab\0cd").unwrap(),
        2,
        "up to the first NUL"
    );
    assert_eq!(
        bf::split_at_space("key value").unwrap(),
        (3, b" value".to_vec())
    );
    assert_eq!(bf::split_at_space("nospace").unwrap(), (7, Vec::new()));
    assert_eq!(bf::span_sum([1u8, 2, 3, 250]).unwrap(), 256);
    let data = [9u8, 8, 7];
    let span = bf::ByteSpan::new(&data).unwrap();
    assert_eq!(span.size().unwrap(), 3);
}

#[test]
fn explicit_specializations_bind_as_instances() {
    assert_eq!(bf::parse_i32("42").unwrap(), 42);
    assert_eq!(bf::parse_i32("-7 apples").unwrap(), -7);
    assert_eq!(bf::parse_f64("2.5").unwrap(), 2.5);
    assert_eq!(bf::twice_i64(21).unwrap(), 42);
    assert_eq!(bf::twice_i64(-1 << 40).unwrap(), -1 << 41);
}

#[test]
fn classes_rust_cannot_destroy_are_borrowed() {
    let sealed: &cpp::Sealed = cpp::Sealed::shared().unwrap();
    assert_eq!(sealed.value().unwrap(), 7);
    assert_eq!(cpp::Sealed::seed().unwrap(), 11);
    assert_eq!(cpp::Immortal::shared().unwrap().touches().unwrap(), 0);
    assert_eq!(cpp::Either::shared().unwrap().length().unwrap(), 5);
    assert_eq!(cpp::Orphan::kind().unwrap(), 4);
    assert_eq!(cpp::Holder::limit().unwrap(), 9);
    // A friend of its base may destroy it: owned, cloned, returned by value.
    let shared = bf::PinnedChild::shared().unwrap();
    assert_eq!(shared.id_plus(1).unwrap(), 4);
    let made = bf::PinnedChild::make(5).unwrap();
    assert_eq!(made.id_plus(10).unwrap(), 15);
    assert_eq!(made.clone().id().unwrap(), 5);
    // A protected base destructor is the derived class's to call.
    assert_eq!(bf::GuardedChild::new().unwrap().twice().unwrap(), 10);
    // Reference and `const` members leave the destructor alone.
    let p = bf::Point::new(5, 0).unwrap();
    assert_eq!(bf::Viewer::new(&p).unwrap().sum().unwrap(), 105);
}

#[test]
fn a_borrowing_status_from_a_call_lent_nothing_is_static() {
    assert!(bf::check(4).unwrap().is_ok());
    let err = bf::check(3).unwrap().unwrap_err();
    assert_eq!(err.code().unwrap(), 3);
    assert_eq!(format!("{err}"), "3: odd");
    assert_eq!(err.to_string().unwrap(), b"3: odd");
    let fine = bf::Outcome::fine().unwrap();
    assert!(fine.ok().unwrap());
    let failed = bf::Outcome::failed(2).unwrap();
    assert_eq!(failed.code().unwrap(), 2);
    assert_eq!(format!("{failed}"), "2: failed");
    // Outlives every borrow: `'static`.
    let kept: bf::Outcome<'static> = failed.clone();
    assert!(!kept.ok().unwrap());
}

#[test]
fn a_link_reached_by_pointer_reads_its_pointer_member() {
    // Its `next` has a getter but no setter: the link carries no lifetime
    // a stored borrow could be tied to (the setter once named an undeclared
    // `'a` and the crate did not build).
    let first = bf::first_link().unwrap().expect("the chain");
    let mut flags = Vec::new();
    let mut link = Some(first);
    while let Some(l) = link {
        flags.push(l.flags());
        link = l.next();
    }
    assert_eq!(flags, [1, 2, 3]);
    // Through the C-style name of its type.
    let second: &bf::LinkT = first.next().expect("a second link");
    assert_eq!(bf::flags_of(second).unwrap(), 2);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn byte_sums_match_rust(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
        let unsigned: u32 = bytes.iter().map(|&b| u32::from(b)).sum();
        let signed: i32 = bytes.iter().map(|&b| i32::from(b as i8)).sum();
        prop_assert_eq!(bf::sum_byte(&bytes).unwrap(), unsigned);
        prop_assert_eq!(bf::sum_uchar(&bytes).unwrap(), unsigned);
        prop_assert_eq!(bf::sum_schar(&bytes).unwrap(), signed);
    }

    #[test]
    fn point_display_and_sum_match_rust(x in -1000i32..1000, y in -1000i32..1000) {
        let p = bf::Point::new(x, y).unwrap();
        prop_assert_eq!(p.to_string(), format!("({x}, {y})"));
        let twice = &p + &p;
        prop_assert_eq!((twice.x().unwrap(), twice.y().unwrap()), (2 * x, 2 * y));
    }
}
