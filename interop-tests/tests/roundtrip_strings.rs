//! Round trips through `cases/strings`: `std::string` parameters and results
//! carry arbitrary bytes (NUL and non-UTF-8 included) exactly, `const char*`
//! parameters see the bytes up to the first NUL (C semantics), and
//! `const char*` results map null to `None`.

use interop_tests::strings::cases::strings as s;
use proptest::collection::vec;
use proptest::prelude::*;

/// Every byte value 0x00..=0xFF once, NUL first.
fn all_bytes() -> Vec<u8> {
    (0..=255u8).collect()
}

/// What C's `strlen` sees of `bytes`: everything before the first NUL.
fn c_prefix(bytes: &[u8]) -> &[u8] {
    let end = bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len());
    &bytes[..end]
}

#[test]
fn echo_ascii_and_empty() {
    assert_eq!(s::echo("hello").unwrap(), b"hello");
    assert_eq!(s::echo("").unwrap(), b"");
    assert_eq!(s::echo_value("hello").unwrap(), b"hello");
    assert_eq!(s::echo_value("").unwrap(), b"");
}

#[test]
fn echo_all_byte_values() {
    let bytes = all_bytes();
    assert_eq!(s::echo(&bytes).unwrap(), bytes);
    assert_eq!(s::echo_value(&bytes).unwrap(), bytes);
    assert_eq!(s::length_of(&bytes).unwrap(), 256);
    let mut rev = bytes.clone();
    rev.reverse();
    assert_eq!(s::reversed(&bytes).unwrap(), rev);
}

#[test]
fn echo_interior_and_trailing_nuls() {
    let data = b"\0a\0\0b\xff\0";
    assert_eq!(s::echo(data).unwrap(), data);
    assert_eq!(s::echo_value(data).unwrap(), data);
    assert_eq!(s::length_of(data).unwrap(), data.len());
    assert_eq!(s::reversed(data).unwrap(), b"\0\xffb\0\0a\0");
}

#[test]
fn echo_utf8_text() {
    let text = "grüße, 世界 🦀";
    assert_eq!(s::echo(text).unwrap(), text.as_bytes());
    assert_eq!(s::length_of(text).unwrap(), text.len());
    let mut rev = text.as_bytes().to_vec();
    rev.reverse();
    assert_eq!(s::reversed(text).unwrap(), rev);
}

#[test]
fn large_string_round_trip() {
    // Well beyond any small-string buffer.
    let big: Vec<u8> = (0..1_000_000u32).map(|i| (i % 251) as u8).collect();
    assert_eq!(s::echo(&big).unwrap(), big);
    assert_eq!(s::echo_value(&big).unwrap(), big);
    assert_eq!(s::length_of(&big).unwrap(), big.len());
}

#[test]
fn c_length_stops_at_first_nul() {
    assert_eq!(s::c_length("hello").unwrap(), 5);
    assert_eq!(s::c_length("").unwrap(), 0);
    assert_eq!(s::c_length(b"ab\0cd").unwrap(), 2);
    assert_eq!(s::c_length(b"\0abc").unwrap(), 0);
    assert_eq!(s::c_length(b"\xff\xfe\x80").unwrap(), 3);
    assert_eq!(s::c_length(all_bytes()).unwrap(), 0);
}

#[test]
fn concat_appends_c_string() {
    assert_eq!(s::concat("foo", "bar").unwrap(), b"foobar");
    assert_eq!(s::concat("", "").unwrap(), b"");
    // `a` is a std::string: all of it is kept, NULs included.
    assert_eq!(s::concat(b"a\0b", "c").unwrap(), b"a\0bc");
    // `b` is a `const char*`: C++ reads it up to its first NUL.
    assert_eq!(s::concat("x", b"yz\0ignored").unwrap(), b"xyz");
    assert_eq!(
        s::concat(b"\xff\x00", b"\x80\x81").unwrap(),
        b"\xff\x00\x80\x81"
    );
}

#[test]
fn greeting_and_maybe_null() {
    assert_eq!(s::greeting(), Some(b"hello from C++".to_vec()));
    assert_eq!(s::maybe_null(true), None);
    assert_eq!(s::maybe_null(false), Some(b"not null".to_vec()));
}

#[test]
fn repeat_examples() {
    assert_eq!(s::repeat("ab", 3).unwrap(), b"ababab");
    assert_eq!(s::repeat("ab", 0).unwrap(), b"");
    assert_eq!(s::repeat("", 1000).unwrap(), b"");
    assert_eq!(s::repeat(b"\0\xff", 2).unwrap(), b"\0\xff\0\xff");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn echo_any_bytes(data in vec(any::<u8>(), 0..512)) {
        prop_assert_eq!(s::echo(&data).unwrap(), data);
    }

    #[test]
    fn echo_value_any_bytes(data in vec(any::<u8>(), 0..512)) {
        prop_assert_eq!(s::echo_value(&data).unwrap(), data);
    }

    #[test]
    fn reversed_matches_rust(data in vec(any::<u8>(), 0..512)) {
        let mut want = data.clone();
        want.reverse();
        prop_assert_eq!(s::reversed(&data).unwrap(), want);
    }

    #[test]
    fn length_of_any_bytes(data in vec(any::<u8>(), 0..512)) {
        prop_assert_eq!(s::length_of(&data).unwrap(), data.len());
    }

    #[test]
    fn c_length_matches_strlen(data in vec(any::<u8>(), 0..64)) {
        prop_assert_eq!(s::c_length(&data).unwrap(), c_prefix(&data).len());
    }

    #[test]
    fn concat_matches_rust(a in vec(any::<u8>(), 0..64), b in vec(any::<u8>(), 0..64)) {
        let mut want = a.clone();
        want.extend_from_slice(c_prefix(&b));
        prop_assert_eq!(s::concat(&a, &b).unwrap(), want);
    }

    #[test]
    fn repeat_matches_rust(data in vec(any::<u8>(), 0..32), times in 0u32..16) {
        prop_assert_eq!(s::repeat(&data, times).unwrap(), data.repeat(times as usize));
    }
}

#[test]
fn string_reference_in_out_parameter() {
    let mut text = b"hi".to_vec();
    s::shout(&mut text).unwrap();
    assert_eq!(text, b"hi!");
    let mut binary = vec![0u8, 0xfe, 0];
    s::shout(&mut binary).unwrap();
    assert_eq!(binary, [0, 0xfe, 0, b'!']);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn string_view_parameters_see_every_byte(bytes in vec(any::<u8>(), 0..512), needle in any::<u8>()) {
        prop_assert_eq!(s::view_length(&bytes), bytes.len());
        let expected = bytes.iter().filter(|&&b| b == needle).count();
        prop_assert_eq!(s::count_in_view(&bytes, needle as std::ffi::c_char), expected);
    }
}
