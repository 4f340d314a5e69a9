//! Round trips through `cases/exceptions`: C++ exceptions surface as
//! `Err(cxx::Exception)` with the exact `what()` message, non-throwing paths
//! return the C++ results, `noexcept` and C-linkage functions return plain
//! values, and a throwing constructor yields `Err` instead of an object.

use interop_tests::exceptions::cases::exceptions as e;
use proptest::prelude::*;
use std::process::Command;

#[test]
fn checked_div_ok() {
    assert_eq!(e::checked_div(7, 2).unwrap(), 3);
    assert_eq!(e::checked_div(-7, 2).unwrap(), -3);
    assert_eq!(e::checked_div(i32::MIN, 1).unwrap(), i32::MIN);
    assert_eq!(e::checked_div(0, -5).unwrap(), 0);
}

#[test]
fn checked_div_by_zero() {
    let err = e::checked_div(1, 0).unwrap_err();
    assert_eq!(err.what(), "division by zero");
    let err = e::checked_div(0, 0).unwrap_err();
    assert_eq!(err.what(), "division by zero");
}

#[test]
fn checked_div_overflow() {
    let err = e::checked_div(i32::MIN, -1).unwrap_err();
    assert_eq!(err.what(), "division overflow");
}

#[test]
fn errors_do_not_poison_later_calls() {
    for i in 1..50 {
        assert!(e::checked_div(i, 0).is_err());
        assert_eq!(e::checked_div(i * 10, i).unwrap(), 10);
    }
}

#[test]
fn must_not_be_empty_ok_and_err() {
    assert_eq!(e::must_not_be_empty("x").unwrap(), b"x");
    let binary = b"\0\xff\x80\0";
    assert_eq!(e::must_not_be_empty(binary).unwrap(), binary);
    let err = e::must_not_be_empty("").unwrap_err();
    assert_eq!(err.what(), "empty string");
}

#[test]
fn safe_add_saturates() {
    assert_eq!(e::safe_add(2, 3), 5);
    assert_eq!(e::safe_add(i32::MAX, 1), i32::MAX);
    assert_eq!(e::safe_add(i32::MIN, -1), i32::MIN);
    assert_eq!(e::safe_add(i32::MAX, i32::MIN), -1);
}

#[test]
fn c_abs_is_plain_and_non_throwing() {
    // C linkage: bound without `Result`.
    let r: i32 = e::c_abs(-5);
    assert_eq!(r, 5);
    assert_eq!(e::c_abs(5), 5);
    assert_eq!(e::c_abs(0), 0);
    assert_eq!(e::c_abs(i32::MAX), i32::MAX);
    assert_eq!(e::c_abs(-i32::MAX), i32::MAX);
    assert_eq!(e::c_abs(i32::MIN), i32::MIN);
}

const THROW_INT_CHILD: &str = "CXXBIND_ROUNDTRIP_THROW_INT_CHILD";

/// `throw_int` throws a non-`std::exception`. It must come back as `Err`;
/// it is run in a child process so that if the exception escapes (and the
/// process aborts) only this test fails, with the child's status.
#[test]
fn throw_int_is_err() {
    if std::env::var_os(THROW_INT_CHILD).is_some() {
        let result = e::throw_int();
        assert!(result.is_err(), "throw_int() returned Ok");
        return;
    }
    let out = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "throw_int_is_err",
            "--test-threads=1",
            "--nocapture",
        ])
        .env(THROW_INT_CHILD, "1")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "child running throw_int() failed ({}):\nstdout:\n{}\nstderr:\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    // Make sure the child really ran the test rather than filtering it out.
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("1 passed"), "child output:\n{stdout}");
}

#[test]
fn parser_constructor_throws_on_empty() {
    let err = e::Parser::new("")
        .err()
        .expect("Parser::new(\"\") should fail");
    assert_eq!(err.what(), "empty input");
}

#[test]
fn parser_parses_numbers() {
    assert_eq!(e::Parser::new("42").unwrap().parse_int().unwrap(), 42);
    assert_eq!(e::Parser::new("-17").unwrap().parse_int().unwrap(), -17);
    assert_eq!(e::Parser::new("0").unwrap().parse_int().unwrap(), 0);
    let max = i64::MAX.to_string();
    assert_eq!(e::Parser::new(&max).unwrap().parse_int().unwrap(), i64::MAX);
    let min = i64::MIN.to_string();
    assert_eq!(e::Parser::new(&min).unwrap().parse_int().unwrap(), i64::MIN);
}

#[test]
fn parser_rejects_non_numbers() {
    for bad in [
        "abc",
        "12x",
        "42 ",
        "-",
        "9223372036854775808",
        "-9223372036854775809",
    ] {
        let p = e::Parser::new(bad).unwrap();
        let err = p.parse_int().unwrap_err();
        assert_eq!(err.what(), format!("not a number: {bad}"));
    }
    // An embedded NUL ends the C string early, so the whole text is not consumed.
    let p = e::Parser::new(b"12\x003").unwrap();
    assert!(p.parse_int().is_err());
    // A failed parse leaves the parser usable.
    let p = e::Parser::new("x").unwrap();
    assert!(p.parse_int().is_err());
    assert!(p.parse_int().is_err());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn checked_div_matches_rust(a in any::<i32>(), b in any::<i32>()) {
        let got = e::checked_div(a, b);
        match a.checked_div(b) {
            Some(q) => prop_assert_eq!(got.unwrap(), q),
            None => {
                let err = got.unwrap_err();
                let want = if b == 0 { "division by zero" } else { "division overflow" };
                prop_assert_eq!(err.what(), want);
            }
        }
    }

    #[test]
    fn safe_add_matches_rust(a in any::<i32>(), b in any::<i32>()) {
        prop_assert_eq!(e::safe_add(a, b), a.saturating_add(b));
    }

    #[test]
    fn parser_round_trips_i64(v in any::<i64>()) {
        let p = e::Parser::new(v.to_string()).unwrap();
        prop_assert_eq!(p.parse_int().unwrap(), v);
    }

    #[test]
    fn must_not_be_empty_echoes(data in proptest::collection::vec(any::<u8>(), 1..256)) {
        prop_assert_eq!(e::must_not_be_empty(&data).unwrap(), data);
    }
}
