//! Round trips through `cases/nested`: classes, enums, aliases and
//! constants declared inside a class live in a module named after it
//! (`request::Header`), including a class defined out of line and one two
//! levels deep, and they cross into real C++ code like any other.

use interop_tests::nested::cases::nested::request::options::Limits;
use interop_tests::nested::cases::nested::request::{
    Header, Method, Options, Priority, Size, K_MAX_HEADERS,
};
use interop_tests::nested::cases::nested::{describe, Request};
use proptest::prelude::*;

#[test]
fn nested_enum_crosses_both_ways() {
    for m in [Method::Get, Method::Post, Method::Delete] {
        let r = Request::new(m).unwrap();
        assert_eq!(r.method(), m);
    }
}

#[test]
fn nested_class_defined_in_the_body() {
    let h = Header::new("Accept", b"text/\xffplain").unwrap();
    assert_eq!(h.line().unwrap(), b"Accept: text/\xffplain");
    assert_eq!(h.value_size(), 11);
}

#[test]
fn nested_class_defined_out_of_line_is_passed_to_outer_methods() {
    let mut o = Options::new().unwrap();
    let r = Request::new(Method::Post).unwrap();
    assert_eq!(r.priority(&o).unwrap(), Priority::Low);
    o.set_urgent(true);
    assert!(o.urgent());
    assert_eq!(r.priority(&o).unwrap(), Priority::High);
    o.set_retries(3);
    assert_eq!(describe(Method::Delete, &o).unwrap(), b"DELETE retries=3");
}

#[test]
fn alias_and_constant_nested_in_the_class() {
    let mut r = Request::new(Method::Get).unwrap();
    let h = Header::new("k", "v").unwrap();
    for i in 1..=K_MAX_HEADERS {
        let n: Size = r.add(&h).unwrap();
        assert_eq!(n, u32::try_from(i).unwrap());
    }
    // One more than C++'s limit throws (a non-std::exception), caught as Err.
    assert!(r.add(&h).is_err());
}

proptest! {
    #[test]
    fn two_levels_deep(n in any::<i64>()) {
        prop_assert_eq!(Limits::new(n).unwrap().bytes(), n);
    }
}
