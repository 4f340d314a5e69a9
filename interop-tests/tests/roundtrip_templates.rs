//! Round trips through `cases/templates`: class-template instances bound as
//! classes (`Stack<int32_t>` through its alias `IntStack`, `Stack<double>`
//! and `Entry<int32_t, double>` named from their arguments), their members
//! and operators, a class deriving from an instance, and function templates
//! instantiated from the case's config (`larger_i32`, `larger_f64`,
//! `twice_string`, the member template `Scale::apply_i64`), templates with
//! value parameters (`Ring<int32_t, 4>` used in a signature, `Ring<int64_t,
//! 3>`, `Shift<-3>`, `Echo<true>` from the config), with real values computed
//! by the C++ code.

use interop_tests::templates::tpl::{
    average, count_up, halves, larger_f64, larger_i32, last_four, make_entry, newest, twice_string,
    EchoFalse, EchoTrue, EntryI32F64, IntStack, RingI32_4, RingI64_3, Scale, Shift5, ShiftNeg3,
    StackF64, StackI64, Tally,
};
use proptest::prelude::*;

#[test]
fn an_instance_through_its_alias() {
    let mut s = IntStack::new().unwrap();
    assert!(s.empty().unwrap());
    assert!(s.push(4).unwrap());
    assert!(s.push(5).unwrap());
    assert_eq!(s.size().unwrap(), 2);
    assert_eq!(s.top().unwrap(), 5);
    assert_eq!(s.sum().unwrap(), 9);
    let one = IntStack::with_first(7).unwrap();
    assert_eq!((one.size().unwrap(), one.top().unwrap()), (1, 7));
}

#[test]
fn members_returning_the_instance() {
    let s = count_up(6).unwrap();
    assert_eq!(s.size().unwrap(), 6);
    assert_eq!(s.sum().unwrap(), 15);
    let p = s.prefix(3).unwrap();
    assert_eq!((p.size().unwrap(), p.top().unwrap()), (3, 2));
    assert!(p == count_up(3).unwrap(), "operator== of the instance");
    assert!(p != s);
}

#[test]
fn compound_assignment_and_capacity() {
    let mut s = IntStack::new().unwrap();
    for i in 0..8 {
        s += i * 10;
    }
    assert_eq!(s.size().unwrap(), 8);
    assert_eq!(s.top().unwrap(), 70);
    assert!(!s.push(1).unwrap(), "the stack holds eight values");
}

#[test]
fn exceptions_of_instance_members_are_errors() {
    let empty = StackF64::new().unwrap();
    assert!(empty.top().is_err(), "top() throws on an empty stack");
    assert!(count_up(0).unwrap().top().is_err());
}

#[test]
fn an_instance_used_directly_in_signatures() {
    let mut s = StackF64::new().unwrap();
    for x in [1.0, 2.0, 6.0] {
        s.push(x).unwrap();
    }
    assert_eq!(average(&s).unwrap(), 3.0);
    let h = halves(&s).unwrap();
    assert_eq!(h.size().unwrap(), 3);
    // `halves` walks from the top: 3.0, 1.0, 0.5.
    assert_eq!(h.top().unwrap(), 0.5);
    assert_eq!(h.sum().unwrap(), 4.5);
    assert_eq!(average(&StackF64::new().unwrap()).unwrap(), 0.0);
}

#[test]
fn a_two_parameter_instance() {
    let e = make_entry(3, 0.25).unwrap();
    assert_eq!((e.get_key().unwrap(), e.get_value().unwrap()), (3, 0.25));
    let built = EntryI32F64::new(-1, 8.5).unwrap();
    assert_eq!(built.get_value().unwrap(), 8.5);
}

#[test]
fn a_class_deriving_from_an_instance() {
    let mut t = Tally::new().unwrap();
    t.add_times(1 << 40, 3).unwrap();
    // Members of the base instance `Stack<int64_t>`, called on the derived class.
    assert!(t.push(-5).unwrap());
    assert_eq!(t.size().unwrap(), 4);
    assert_eq!(t.top().unwrap(), -5);
    assert_eq!(t.sum().unwrap(), 3 * (1i64 << 40) - 5);
    let mut base = StackI64::new().unwrap();
    base.push(i64::MIN).unwrap();
    assert_eq!(base.top().unwrap(), i64::MIN);
}

#[test]
fn function_templates_from_the_config() {
    assert_eq!(larger_i32(3, -9).unwrap(), 3);
    assert_eq!(larger_f64(-0.5, 2.25).unwrap(), 2.25);
    assert_eq!(twice_string("ab").unwrap(), b"abab".to_vec());
    assert_eq!(
        twice_string(b"\xff\x00").unwrap(),
        b"\xff\x00\xff\x00".to_vec()
    );
}

#[test]
fn member_function_templates_from_the_config() {
    let s = Scale::new(3).unwrap();
    assert_eq!(s.apply_i64(1 << 40).unwrap(), 3 << 40);
    assert_eq!(s.apply_f64(0.5).unwrap(), 1.5);
}

#[test]
fn a_value_parameter_instance_used_in_a_signature() {
    // `Ring<int32_t, 4>` keeps the last four of 0..10.
    let r = last_four(0, 10).unwrap();
    assert_eq!(r.capacity().unwrap(), 4);
    assert_eq!(r.size().unwrap(), 4);
    let kept: Vec<i32> = (0..4).map(|i| r.get(i).unwrap()).collect();
    assert_eq!(kept, [6, 7, 8, 9]);
    assert_eq!(r.sum().unwrap(), 30);
    assert_eq!(newest(&r).unwrap(), 9);
    assert!(r.get(4).is_err(), "get() throws out of range");
    let mut empty = RingI32_4::new().unwrap();
    assert!(!empty.push(1).unwrap());
    assert_eq!(empty.get(0).unwrap(), 1);
    assert_eq!(newest(&empty).unwrap(), 1);
}

#[test]
fn value_parameter_instances_from_the_config() {
    let mut r = RingI64_3::new().unwrap();
    assert_eq!(r.capacity().unwrap(), 3);
    for v in [1i64 << 40, 2, 3] {
        assert!(!r.push(v).unwrap());
    }
    assert!(r.push(-4).unwrap(), "the fourth push drops the oldest");
    assert_eq!(r.get(0).unwrap(), 2);
    assert_eq!(r.sum().unwrap(), 1);

    assert_eq!(ShiftNeg3::offset().unwrap(), -3);
    assert_eq!(ShiftNeg3::new().unwrap().apply(10).unwrap(), 7);
    assert_eq!(Shift5::new().unwrap().apply(10).unwrap(), 15);

    assert_eq!(EchoTrue::new().unwrap().say("hi").unwrap(), b"hi!".to_vec());
    assert_eq!(EchoFalse::new().unwrap().say("hi").unwrap(), b"hi".to_vec());
}

proptest! {
    #[test]
    fn rings_keep_the_last_values(values in proptest::collection::vec(any::<i32>(), 0..12)) {
        let mut r = RingI32_4::new().unwrap();
        for &v in &values {
            r.push(v).unwrap();
        }
        let kept = &values[values.len().saturating_sub(4)..];
        prop_assert_eq!(r.size().unwrap() as usize, kept.len());
        for (i, &v) in kept.iter().enumerate() {
            prop_assert_eq!(r.get(i as i32).unwrap(), v);
        }
    }

    #[test]
    fn larger_agrees_with_rust(a in any::<i32>(), b in any::<i32>()) {
        prop_assert_eq!(larger_i32(a, b).unwrap(), a.max(b));
    }

    #[test]
    fn sums_agree_with_rust(values in proptest::collection::vec(-1000i32..1000, 0..8)) {
        let mut s = IntStack::new().unwrap();
        for &v in &values {
            prop_assert!(s.push(v).unwrap());
        }
        prop_assert_eq!(s.sum().unwrap(), values.iter().sum::<i32>());
        prop_assert_eq!(s.size().unwrap() as usize, values.len());
    }
}
