//! Plain values through real C++: C-style structs of scalars are Rust
//! structs with public fields, passed by value, `&` and `&mut`, with their
//! layout checked on both sides.

use interop_tests::values::cases::values::{
    check, length, make_labeled, make_sample, midpoint, nudge, scale, Point, Sample,
};
use proptest::prelude::*;

#[test]
fn points_by_value_and_by_reference() {
    let a = Point { x: 0.0, y: 2.0 };
    let b = Point { x: 4.0, y: 6.0 };
    // `const Point&` takes the value (it is `Copy`).
    assert_eq!(midpoint(a, b), Point { x: 2.0, y: 4.0 });
    let mut p = Point { x: 3.0, y: 4.0 };
    assert_eq!(length(&p), 5.0);
    scale(&mut p, 2.0);
    assert_eq!(p, Point { x: 6.0, y: 8.0 });
    nudge(&mut p);
    assert_eq!(p.x, 7.0);
    // The struct is `Copy`: `a` is still usable.
    assert_eq!(a.y, 2.0);
}

#[test]
fn padded_fields_round_trip() {
    let s = make_sample(6);
    assert_eq!(
        s,
        Sample {
            tag: -6,
            count: 6,
            weight: 3.0,
            valid: true
        }
    );
    assert!(check(Sample {
        tag: -7,
        count: 7,
        weight: 3.5,
        valid: false
    }));
    assert!(!check(Sample::default()));
}

#[test]
fn a_struct_with_members_stays_an_object() {
    let mut l = make_labeled(4);
    assert_eq!(l.twice(), 8);
    l.set_id(21);
    assert_eq!((l.id(), l.twice()), (21, 42));
}

proptest! {
    #[test]
    fn midpoint_matches_rust(ax in -1e6f64..1e6, ay in -1e6f64..1e6, bx in -1e6f64..1e6, by in -1e6f64..1e6) {
        let m = midpoint(Point { x: ax, y: ay }, Point { x: bx, y: by });
        prop_assert_eq!(m, Point { x: (ax + bx) / 2.0, y: (ay + by) / 2.0 });
    }
}
