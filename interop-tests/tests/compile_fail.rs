//! What the borrow checker must refuse: borrows of objects that C++ keeps
//! cannot escape. Each program under `tests/ui/` must fail to compile with
//! exactly the error pinned in its `.stderr` (a renamed path or a type error
//! would fail the test, not pass it). The same programs with the borrows in
//! order compile and run in the round-trip tests.
//!
//! After an intended change, regenerate the pinned errors with
//! `TRYBUILD=overwrite cargo test -p interop-tests --test compile_fail`
//! and review the diff.

#[test]
fn borrows_of_what_cpp_keeps_cannot_escape() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
}
