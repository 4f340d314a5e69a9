//! Round trips through `cases/namespaces`: nested C++ namespaces become nested
//! Rust modules, and same-named functions at different depths stay distinct
//! (each call reaches its own C++ definition).

use interop_tests::namespaces::cases::namespaces;

#[test]
fn depth_at_each_level() {
    assert_eq!(namespaces::depth().unwrap(), 1);
    assert_eq!(namespaces::outer::depth().unwrap(), 2);
    assert_eq!(namespaces::outer::inner::depth().unwrap(), 3);
}

#[test]
fn which_at_each_level() {
    assert_eq!(namespaces::which().unwrap(), 10);
    assert_eq!(namespaces::outer::which().unwrap(), 20);
    assert_eq!(namespaces::outer::inner::which().unwrap(), 30);
}

#[test]
fn same_name_functions_are_distinct() {
    let depths = [
        namespaces::depth().unwrap(),
        namespaces::outer::depth().unwrap(),
        namespaces::outer::inner::depth().unwrap(),
    ];
    let whiches = [
        namespaces::which().unwrap(),
        namespaces::outer::which().unwrap(),
        namespaces::outer::inner::which().unwrap(),
    ];
    for i in 0..3 {
        for j in (i + 1)..3 {
            assert_ne!(depths[i], depths[j]);
            assert_ne!(whiches[i], whiches[j]);
        }
        // `which` is documented as ten times the depth at every level.
        assert_eq!(whiches[i], depths[i] * 10);
    }
}

#[test]
fn repeated_calls_are_stable() {
    for _ in 0..100 {
        assert_eq!(namespaces::outer::inner::which().unwrap(), 30);
        assert_eq!(namespaces::which().unwrap(), 10);
    }
}
