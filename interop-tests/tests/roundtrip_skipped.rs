//! Round trips through `cases/skipped`: the bindable declarations that sit
//! next to unbindable ones (templates, variadics, unions, operators, …) still
//! work, and the bound constants carry the C++ values.

use interop_tests::skipped::cases::skipped;
use proptest::prelude::*;

#[test]
fn plain_doubles() {
    assert_eq!(skipped::plain(0).unwrap(), 0);
    assert_eq!(skipped::plain(21).unwrap(), 42);
    assert_eq!(skipped::plain(-7).unwrap(), -14);
}

#[test]
fn plain_after_negates() {
    assert!(!skipped::plain_after(true).unwrap());
    assert!(skipped::plain_after(false).unwrap());
}

#[test]
fn constants() {
    assert_eq!(skipped::K_ANSWER, 42);
    assert_eq!(interop_tests::skipped::CASES_SKIPPED_VERSION, 3);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn plain_matches_rust(x in (i32::MIN / 2)..=(i32::MAX / 2)) {
        prop_assert_eq!(skipped::plain(x).unwrap(), x * 2);
    }
}
