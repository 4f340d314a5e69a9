//! Round trips through `cases/out_params`: `std::string*` documented
//! `\param[out]` and scalar out-parameters returned as (part of) a tuple. Covers splitting (found,
//! missing separator, binary separators), byte-exact copies of arbitrary
//! data, `parse_u32` against a Rust reference (success and every failure
//! kind) and `min_max` on empty and arbitrary inputs.

use interop_tests::out_params::cases::out_params as o;
use proptest::collection::vec;
use proptest::prelude::*;
use std::ffi::c_char;

/// Rust reference for `parse_u32`: only ASCII digits, at least one, fits in u32.
fn ref_parse_u32(s: &[u8]) -> Option<u32> {
    if s.is_empty() || !s.iter().all(u8::is_ascii_digit) {
        return None;
    }
    std::str::from_utf8(s).ok()?.parse::<u32>().ok()
}

/// Rust reference for `split_first`.
fn ref_split(s: &[u8], sep: u8) -> (bool, Vec<u8>, Vec<u8>) {
    match s.iter().position(|&x| x == sep) {
        Some(i) => (true, s[..i].to_vec(), s[i + 1..].to_vec()),
        None => (false, Vec::new(), Vec::new()),
    }
}

#[test]
fn split_first_found() {
    let (ok, head, tail) = o::split_first("key=value", b'=' as c_char).unwrap();
    assert!(ok);
    assert_eq!(head, b"key");
    assert_eq!(tail, b"value");
}

#[test]
fn split_first_uses_first_separator() {
    let (ok, head, tail) = o::split_first("a=b=c", b'=' as c_char).unwrap();
    assert!(ok);
    assert_eq!(head, b"a");
    assert_eq!(tail, b"b=c");
}

#[test]
fn split_first_separator_at_edges() {
    assert_eq!(
        o::split_first("=x", b'=' as c_char).unwrap(),
        (true, b"".to_vec(), b"x".to_vec())
    );
    assert_eq!(
        o::split_first("x=", b'=' as c_char).unwrap(),
        (true, b"x".to_vec(), b"".to_vec())
    );
    assert_eq!(
        o::split_first("=", b'=' as c_char).unwrap(),
        (true, b"".to_vec(), b"".to_vec())
    );
}

#[test]
fn split_first_missing_separator() {
    let (ok, head, tail) = o::split_first("no separator here", b'=' as c_char).unwrap();
    assert!(!ok);
    assert!(head.is_empty());
    assert!(tail.is_empty());
    assert_eq!(
        o::split_first("", b'=' as c_char).unwrap(),
        (false, Vec::new(), Vec::new())
    );
}

#[test]
fn split_first_binary() {
    // NUL as the separator, non-UTF-8 on both sides.
    let (ok, head, tail) = o::split_first(b"\xff\xfe\0\x80\0z", 0).unwrap();
    assert!(ok);
    assert_eq!(head, b"\xff\xfe");
    assert_eq!(tail, b"\x80\0z");
    // A high byte as the separator (negative `char`).
    let (ok, head, tail) = o::split_first(b"a\0b\xffc\0", 0xffu8 as c_char).unwrap();
    assert!(ok);
    assert_eq!(head, b"a\0b");
    assert_eq!(tail, b"c\0");
}

#[test]
fn copy_bytes_examples() {
    assert_eq!(o::copy_bytes([]).unwrap(), b"");
    assert_eq!(o::copy_bytes("abc").unwrap(), b"abc");
    let all: Vec<u8> = (0..=255u8).collect();
    assert_eq!(o::copy_bytes(&all).unwrap(), all);
    assert_eq!(o::copy_bytes(b"\0\0\0").unwrap(), b"\0\0\0");
    let big: Vec<u8> = (0..200_000u32).map(|i| (i * 7 % 256) as u8).collect();
    assert_eq!(o::copy_bytes(&big).unwrap(), big);
}

#[test]
fn parse_u32_success() {
    assert_eq!(o::parse_u32("0").unwrap(), (true, 0));
    assert_eq!(o::parse_u32("42").unwrap(), (true, 42));
    assert_eq!(o::parse_u32("007").unwrap(), (true, 7));
    assert_eq!(o::parse_u32("4294967295").unwrap(), (true, u32::MAX));
}

#[test]
fn parse_u32_failures() {
    for bad in [
        &b""[..],
        b"abc",
        b"12a",
        b"a12",
        b"-1",
        b"+1",
        b" 1",
        b"1 ",
        b"1.5",
        b"4294967296",
        b"99999999999999999999",
        b"1\x002",
        b"\xff",
        b"\x00",
    ] {
        let (ok, _) = o::parse_u32(bad).unwrap();
        assert!(!ok, "parse_u32({bad:?}) should fail");
    }
}

#[test]
fn min_max_examples() {
    assert_eq!(o::min_max(&[]).unwrap(), (0, 0));
    assert_eq!(o::min_max(&[5]).unwrap(), (5, 5));
    assert_eq!(o::min_max(&[3, -1, 7, 0]).unwrap(), (-1, 7));
    assert_eq!(
        o::min_max(&[i32::MAX, i32::MIN]).unwrap(),
        (i32::MIN, i32::MAX)
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn copy_bytes_any(data in vec(any::<u8>(), 0..1024)) {
        prop_assert_eq!(o::copy_bytes(&data).unwrap(), data);
    }

    #[test]
    fn split_first_matches_rust(
        data in vec(prop_oneof![Just(b'='), Just(0u8), any::<u8>()], 0..64),
        sep in prop_oneof![Just(b'='), Just(0u8), Just(0xffu8), any::<u8>()],
    ) {
        prop_assert_eq!(o::split_first(&data, sep as c_char).unwrap(), ref_split(&data, sep));
    }

    #[test]
    fn parse_u32_round_trips_decimal(v in any::<u32>()) {
        let text = v.to_string();
        prop_assert_eq!(text.parse::<u32>(), Ok(v));
        prop_assert_eq!(o::parse_u32(&text).unwrap(), (true, v));
    }

    #[test]
    fn parse_u32_rejects_overflow(v in (u64::from(u32::MAX) + 1)..=u64::MAX) {
        let (ok, _) = o::parse_u32(v.to_string()).unwrap();
        prop_assert!(!ok);
    }

    #[test]
    fn parse_u32_matches_reference(s in "[0-9+\\- a]{0,12}") {
        let (ok, value) = o::parse_u32(&s).unwrap();
        match ref_parse_u32(s.as_bytes()) {
            Some(want) => prop_assert_eq!((ok, value), (true, want)),
            None => prop_assert!(!ok, "parse_u32({:?}) should fail", s),
        }
    }

    #[test]
    fn min_max_matches_rust(values in vec(any::<i32>(), 1..64)) {
        let want = (*values.iter().min().unwrap(), *values.iter().max().unwrap());
        prop_assert_eq!(o::min_max(&values).unwrap(), want);
    }
}
