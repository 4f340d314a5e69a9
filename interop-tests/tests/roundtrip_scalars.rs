//! Round trips through `cases/scalars`: every identity function returns its
//! argument unchanged (extremes, and every bit pattern for floats including
//! NaN payloads), and the throwing-signature helpers (`add`, `mul`,
//! `is_even`, `next_char`) agree with a Rust reference.

use interop_tests::scalars::cases::scalars as s;
use proptest::prelude::*;
use std::ffi::c_char;

/// Checks an integer identity function on its extremes and a few fixed points.
macro_rules! int_extremes {
    ($f:path, $t:ty) => {
        for v in [<$t>::MIN, <$t>::MIN + 1, 0, 1, <$t>::MAX - 1, <$t>::MAX] {
            assert_eq!($f(v), v, "{} on {}", stringify!($f), v);
        }
    };
}

#[test]
fn integer_identities_on_extremes() {
    int_extremes!(s::id_i8, i8);
    int_extremes!(s::id_i16, i16);
    int_extremes!(s::id_i32, i32);
    int_extremes!(s::id_i64, i64);
    int_extremes!(s::id_u8, u8);
    int_extremes!(s::id_u16, u16);
    int_extremes!(s::id_u32, u32);
    int_extremes!(s::id_u64, u64);
    int_extremes!(s::id_usize, usize);
    int_extremes!(s::id_long_long, i64);
    int_extremes!(s::id_uint, u32);
    int_extremes!(s::id_short, i16);
}

#[test]
fn small_types_exhaustively() {
    for v in i8::MIN..=i8::MAX {
        assert_eq!(s::id_i8(v), v);
    }
    for v in u8::MIN..=u8::MAX {
        assert_eq!(s::id_u8(v), v);
    }
    for v in c_char::MIN..=c_char::MAX {
        assert_eq!(s::id_char(v), v);
    }
    assert!(s::id_bool(true));
    assert!(!s::id_bool(false));
}

#[test]
fn float_identities_on_special_values() {
    let f32s = [
        0.0f32,
        -0.0,
        1.0,
        -1.5,
        f32::MIN,
        f32::MAX,
        f32::MIN_POSITIVE,
        f32::EPSILON,
        f32::from_bits(1), // smallest subnormal
        f32::INFINITY,
        f32::NEG_INFINITY,
        f32::NAN,
        f32::from_bits(0x7fc0_1234), // quiet NaN with payload
        f32::from_bits(0xffc0_0001), // negative quiet NaN
    ];
    for v in f32s {
        assert_eq!(s::id_f32(v).to_bits(), v.to_bits(), "{v:?}");
    }
    let f64s = [
        0.0f64,
        -0.0,
        1.0,
        -1.5,
        f64::MIN,
        f64::MAX,
        f64::MIN_POSITIVE,
        f64::EPSILON,
        f64::from_bits(1),
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
        f64::from_bits(0x7ff8_0000_dead_beef),
        f64::from_bits(0xfff8_0000_0000_0001),
    ];
    for v in f64s {
        assert_eq!(s::id_f64(v).to_bits(), v.to_bits(), "{v:?}");
    }
    assert!(s::id_f64(f64::NAN).is_nan());
    assert!(s::id_f32(f32::NAN).is_nan());
    assert!(s::id_f64(-0.0).is_sign_negative());
}

#[test]
fn add_examples() {
    assert_eq!(s::add(1.5, 2.25).unwrap(), 3.75);
    assert_eq!(s::add(f64::MAX, f64::MAX).unwrap(), f64::INFINITY);
    assert!(s::add(f64::INFINITY, f64::NEG_INFINITY).unwrap().is_nan());
    assert!(s::add(f64::NAN, 1.0).unwrap().is_nan());
}

#[test]
fn mul_widens() {
    assert_eq!(
        s::mul(i32::MAX, i32::MAX).unwrap(),
        4_611_686_014_132_420_609
    );
    assert_eq!(
        s::mul(i32::MIN, i32::MIN).unwrap(),
        4_611_686_018_427_387_904
    );
    assert_eq!(
        s::mul(i32::MIN, i32::MAX).unwrap(),
        -4_611_686_016_279_904_256
    );
    assert_eq!(s::mul(-3, 7).unwrap(), -21);
    assert_eq!(s::mul(0, i32::MIN).unwrap(), 0);
}

#[test]
fn is_even_examples() {
    assert!(s::is_even(0).unwrap());
    assert!(!s::is_even(1).unwrap());
    assert!(!s::is_even(u64::MAX).unwrap());
    assert!(s::is_even(u64::MAX - 1).unwrap());
}

#[test]
fn next_char_wraps_over_every_value() {
    for c in c_char::MIN..=c_char::MAX {
        let expected = (c as u8).wrapping_add(1) as c_char;
        assert_eq!(s::next_char(c).unwrap(), expected, "next_char({c})");
    }
    assert_eq!(s::next_char(b'a' as c_char).unwrap(), b'b' as c_char);
    assert_eq!(s::next_char(0xffu8 as c_char).unwrap(), 0);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn id_i8_any(v in any::<i8>()) { prop_assert_eq!(s::id_i8(v), v); }
    #[test]
    fn id_i16_any(v in any::<i16>()) { prop_assert_eq!(s::id_i16(v), v); }
    #[test]
    fn id_i32_any(v in any::<i32>()) { prop_assert_eq!(s::id_i32(v), v); }
    #[test]
    fn id_i64_any(v in any::<i64>()) { prop_assert_eq!(s::id_i64(v), v); }
    #[test]
    fn id_u8_any(v in any::<u8>()) { prop_assert_eq!(s::id_u8(v), v); }
    #[test]
    fn id_u16_any(v in any::<u16>()) { prop_assert_eq!(s::id_u16(v), v); }
    #[test]
    fn id_u32_any(v in any::<u32>()) { prop_assert_eq!(s::id_u32(v), v); }
    #[test]
    fn id_u64_any(v in any::<u64>()) { prop_assert_eq!(s::id_u64(v), v); }
    #[test]
    fn id_usize_any(v in any::<usize>()) { prop_assert_eq!(s::id_usize(v), v); }
    #[test]
    fn id_long_long_any(v in any::<i64>()) { prop_assert_eq!(s::id_long_long(v), v); }
    #[test]
    fn id_uint_any(v in any::<u32>()) { prop_assert_eq!(s::id_uint(v), v); }
    #[test]
    fn id_short_any(v in any::<i16>()) { prop_assert_eq!(s::id_short(v), v); }
    #[test]
    fn id_bool_any(v in any::<bool>()) { prop_assert_eq!(s::id_bool(v), v); }
    #[test]
    fn id_char_any(v in any::<c_char>()) { prop_assert_eq!(s::id_char(v), v); }

    /// Every bit pattern, NaNs included, comes back bit for bit.
    #[test]
    fn id_f32_any_bits(bits in any::<u32>()) {
        prop_assert_eq!(s::id_f32(f32::from_bits(bits)).to_bits(), bits);
    }
    #[test]
    fn id_f64_any_bits(bits in any::<u64>()) {
        prop_assert_eq!(s::id_f64(f64::from_bits(bits)).to_bits(), bits);
    }
    #[test]
    fn id_f32_any_value(v in any::<f32>()) {
        prop_assert_eq!(s::id_f32(v).to_bits(), v.to_bits());
    }
    #[test]
    fn id_f64_any_value(v in any::<f64>()) {
        prop_assert_eq!(s::id_f64(v).to_bits(), v.to_bits());
    }

    #[test]
    fn add_matches_rust(a in any::<f64>(), b in any::<f64>()) {
        let got = s::add(a, b).unwrap();
        let want = a + b;
        if want.is_nan() {
            prop_assert!(got.is_nan());
        } else {
            prop_assert_eq!(got.to_bits(), want.to_bits());
        }
    }
    #[test]
    fn mul_matches_rust(a in any::<i32>(), b in any::<i32>()) {
        prop_assert_eq!(s::mul(a, b).unwrap(), i64::from(a) * i64::from(b));
    }
    #[test]
    fn is_even_matches_rust(v in any::<u64>()) {
        prop_assert_eq!(s::is_even(v).unwrap(), v % 2 == 0);
    }
}

#[test]
fn scalar_alias_is_a_rust_type_alias() {
    let c: s::Count = 21;
    assert_eq!(s::double_count(c), 42u64);
}

#[test]
fn default_arguments_are_left_to_cpp_or_passed() {
    assert_eq!(s::scaled(4), 40);
    assert_eq!(s::scaled_with_factor(4, 3), 12);
}
