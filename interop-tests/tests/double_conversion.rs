//! The real double-conversion library, bound from its umbrella header with
//! no hand edits: shortest double → text → double is the identity, and
//! converters built with non-default flags, fixed and precision modes give
//! what the library documents. Text lands in a Rust buffer the C++
//! `StringBuilder` borrows. The template instances its config lists
//! (`Vector<char>`, `BitCast<double, uint64_t>`, `StringTo<double>`) agree
//! with Rust and with the functions they stand beside.

use interop_tests::double_conversion::double_conversion::{
    bit_cast_f64_u64_with_source, bit_cast_u64_f64_with_source,
    double_to_string_converter::Flags as ToFlags, string_to_double_converter::Flags as FromFlags,
    DoubleToStringConverter, StringBuilder, StringToDoubleConverter, VectorChar,
};
use proptest::prelude::*;

/// Runs `write` on a builder over a fresh buffer; the text it wrote.
fn text(write: impl FnOnce(&mut StringBuilder<'_>) -> bool) -> Vec<u8> {
    let mut buf = [0u8; 128];
    let mut builder = StringBuilder::new(&mut buf).unwrap();
    assert!(write(&mut builder), "conversion failed");
    let n = usize::try_from(builder.position().unwrap()).unwrap();
    drop(builder);
    buf[..n].to_vec()
}

/// The ECMAScript converter's settings, spelled out (its static accessor
/// returns a reference, which is not bound yet).
fn ecma() -> DoubleToStringConverter<'static> {
    let flags = ToFlags::UNIQUE_ZERO.repr | ToFlags::EMIT_POSITIVE_EXPONENT_SIGN.repr;
    DoubleToStringConverter::new(
        flags as i32,
        c"Infinity",
        c"NaN",
        b'e' as std::ffi::c_char,
        -6,
        21,
        6,
        0,
    )
    .unwrap()
}

fn parser() -> StringToDoubleConverter<'static> {
    let flags = FromFlags::ALLOW_LEADING_SPACES.repr | FromFlags::ALLOW_TRAILING_SPACES.repr;
    StringToDoubleConverter::new(flags as i32, 0.0, f64::NAN, c"Infinity", c"NaN").unwrap()
}

proptest! {
    #[test]
    fn shortest_text_parses_back_to_the_same_double(bits in any::<u64>()) {
        let x = f64::from_bits(bits);
        prop_assume!(x.is_finite());
        let s = text(|b| ecma().to_shortest(x, b).unwrap());
        let (back, used) = parser().string_to_double(&s).unwrap();
        prop_assert_eq!(used as usize, s.len());
        prop_assert_eq!(back.to_bits(), if x == 0.0 { 0.0f64.to_bits() } else { x.to_bits() });
        // Shortest means Rust's own shortest form has no fewer digits.
        let rust: f64 = String::from_utf8(s.clone()).unwrap().parse().unwrap();
        prop_assert_eq!(rust, x);
    }
}

#[test]
fn non_default_flags_shape_the_text() {
    let conv = ecma();
    assert_eq!(text(|b| conv.to_shortest(1e21, b).unwrap()), b"1e+21");
    assert_eq!(text(|b| conv.to_shortest(-0.0, b).unwrap()), b"0");
    assert_eq!(
        text(|b| conv.to_shortest(f64::INFINITY, b).unwrap()),
        b"Infinity"
    );
    let plain = DoubleToStringConverter::new(
        ToFlags::EMIT_TRAILING_DECIMAL_POINT.repr as i32
            | ToFlags::EMIT_TRAILING_ZERO_AFTER_POINT.repr as i32,
        c"inf",
        c"nan",
        b'E' as std::ffi::c_char,
        -6,
        21,
        6,
        0,
    )
    .unwrap();
    assert_eq!(text(|b| plain.to_shortest(3.0, b).unwrap()), b"3.0");
    assert_eq!(text(|b| plain.to_shortest(1.5e-7, b).unwrap()), b"1.5E-7");
}

#[test]
fn fixed_and_precision_modes() {
    let conv = ecma();
    assert_eq!(text(|b| conv.to_fixed(1.23456, 2, b).unwrap()), b"1.23");
    assert_eq!(text(|b| conv.to_fixed(-0.5, 0, b).unwrap()), b"-1");
    assert_eq!(
        text(|b| conv.to_precision(123.456, 4, b).unwrap()),
        b"123.5"
    );
    assert_eq!(
        text(|b| conv.to_precision(0.000123456, 2, b).unwrap()),
        b"0.00012"
    );
    // Out of range: the library says no, and nothing is written.
    let mut buf = [0u8; 16];
    let mut builder = StringBuilder::new(&mut buf).unwrap();
    assert!(!conv.to_fixed(1e300, 2, &mut builder).unwrap());
}

#[test]
fn junk_and_partial_input() {
    let p = parser();
    let (v, used) = p.string_to_double(b"  42.5  ").unwrap();
    assert_eq!((v, used), (42.5, 8));
    let (v, _) = p.string_to_double(b"4x2").unwrap();
    assert!(v.is_nan(), "junk gives the junk value");
}

#[test]
fn vector_instance_views_a_rust_buffer() {
    let mut buf = *b"digits";
    let mut v = VectorChar::with_data(&mut buf).unwrap();
    assert_eq!(v.length().unwrap(), 6);
    assert!(!v.is_empty().unwrap());
    assert_eq!(v[0] as u8, b'd');
    assert_eq!(v[5] as u8, b's');
    {
        // A sub-vector aliases the buffer: it reborrows `v` while it lives.
        let sub = v.sub_vector(1, 4).unwrap();
        assert_eq!(sub.length().unwrap(), 3);
        assert_eq!(sub[0] as u8, b'i');
    }
    v.pop_back().unwrap();
    assert_eq!(v.length().unwrap(), 5);
    assert!(VectorChar::new().unwrap().is_empty().unwrap());
}

proptest! {
    #[test]
    fn bit_cast_instances_agree_with_to_bits(x in any::<f64>()) {
        prop_assert_eq!(bit_cast_u64_f64_with_source(x).unwrap(), x.to_bits());
        let back = bit_cast_f64_u64_with_source(x.to_bits()).unwrap();
        prop_assert_eq!(back.to_bits(), x.to_bits());
    }
}

#[test]
fn string_to_instances_match_the_named_conversions() {
    let p = parser();
    for text in [&b"1.5"[..], b"-0.125", b"1e300", b"junk"] {
        let (d, n) = p.string_to_f64(text).unwrap();
        let (d2, n2) = p.string_to_double(text).unwrap();
        assert_eq!((d.to_bits(), n), (d2.to_bits(), n2));
        let (f, m) = p.string_to_f32(text).unwrap();
        let (f2, m2) = p.string_to_float(text).unwrap();
        assert_eq!((f.to_bits(), m), (f2.to_bits(), m2));
    }
    assert_eq!(p.string_to_f64(b"2.5").unwrap().0, 2.5);
}
