//! The report's view of `cases/build_faults` (the round trips are in
//! `roundtrip_build_faults.rs`): declarations whose right outcome is a skip
//! give the reason code and message the report prints, and the rest of
//! their class or library still binds. Kept apart from the round trips
//! because it loads libclang, which valgrind's run of the round trips does
//! not need.

use cxxbind::driver::{self, Request};
use cxxbind::plan::{Bindings, CallKind, Status};
use std::path::PathBuf;

fn bindings() -> Bindings {
    driver::run(&Request {
        headers: vec![PathBuf::from("cases/build_faults/case.h")],
        include_dirs: vec![PathBuf::from("cases")],
        name: Some("build_faults".into()),
        ..Default::default()
    })
    .expect("the case generates")
    .bindings
}

/// The status of the declaration `name`.
fn status<'b>(b: &'b Bindings, name: &str) -> &'b Status {
    &b.decisions
        .iter()
        .find(|d| d.name == name)
        .unwrap_or_else(|| panic!("no decision {name}"))
        .status
}

/// The reason code and message of the skipped declaration `name`.
fn skipped(b: &Bindings, name: &str) -> (&'static str, String) {
    match status(b, name) {
        Status::Skipped { reason, message } => (reason.code(), message.clone()),
        other => panic!("{name} is not skipped: {other:?}"),
    }
}

fn bound(b: &Bindings, name: &str) -> String {
    match status(b, name) {
        Status::Bound { rust_path, .. } => rust_path.clone(),
        other => panic!("{name} is not bound: {other:?}"),
    }
}

#[test]
fn deleted_destructors_skip_ownership_with_their_cause() {
    let b = bindings();
    let ns = "cases::build_faults";
    for (class, cause) in [
        (
            "Orphan",
            format!("base `{ns}::Pinned` has a destructor it cannot call"),
        ),
        (
            "Holder",
            format!("member `held` of type `{ns}::Immortal` has a destructor it cannot call"),
        ),
        (
            "Either",
            "a union member of type `std::string` has a non-trivial destructor".to_string(),
        ),
    ] {
        let (code, message) = skipped(&b, &format!("{ns}::{class}::{class}"));
        assert_eq!(code, "no-public-destructor", "{class}");
        assert_eq!(
            message,
            format!(
                "`{ns}::{class}`'s destructor cannot be called ({cause}), so Rust cannot own one"
            )
        );
        let c = b
            .classes
            .iter()
            .position(|c| c.cpp_name == class)
            .expect("the class is bound");
        assert!(!b.classes[c].owned, "{class} is borrowed only");
        let makes = b.functions.iter().any(|f| {
            matches!(f.kind, CallKind::Constructor { class: k } | CallKind::Clone { class: k } if k.index() == c)
        });
        assert!(!makes, "{class}: nothing makes an owned one");
    }
    let (code, message) = skipped(&b, &format!("{ns}::Sealed::Sealed"));
    assert_eq!(code, "no-public-destructor");
    assert!(message.contains("has no public destructor"), "{message}");
    // The statics and borrowed methods of those classes still bind.
    assert_eq!(
        bound(&b, &format!("{ns}::Holder::limit")),
        format!("{ns}::Holder::limit")
    );
    assert_eq!(
        bound(&b, &format!("{ns}::Either::length")),
        format!("{ns}::Either::length")
    );
    // Destructible: a friend of the base, a protected base destructor,
    // reference and `const` members.
    for class in ["PinnedChild", "GuardedChild", "Viewer"] {
        let c = b.classes.iter().find(|c| c.cpp_name == class).expect(class);
        assert!(c.owned, "{class} is owned");
    }
}

#[test]
fn a_borrowing_status_lent_a_reference_is_skipped() {
    let b = bindings();
    let (code, message) = skipped(&b, "cases::build_faults::check_name");
    assert_eq!(code, "class-by-value");
    assert_eq!(
        message,
        "result: `::cases::build_faults::Outcome` may keep pointers to what it was built from, and nothing here gives them a lifetime"
    );
    assert_eq!(
        bound(&b, "cases::build_faults::check"),
        "cases::build_faults::check"
    );
}

#[test]
fn specializations_are_named_instances_and_unsized_text_is_skipped() {
    let b = bindings();
    assert_eq!(
        bound(&b, "cases::build_faults::parse<int>"),
        "cases::build_faults::parse_i32"
    );
    assert_eq!(
        bound(&b, "cases::build_faults::twice<long>"),
        "cases::build_faults::twice_i64"
    );
    // The primary templates stay unbound, for want of `[instantiate]`.
    assert_eq!(
        skipped(&b, "cases::build_faults::parse").0,
        "function-template"
    );
    // A byte pointer with no length and no text type is not a string.
    let (code, message) = skipped(&b, "cases::build_faults::ulength");
    assert_eq!(code, "raw-pointer");
    assert_eq!(
        message,
        "parameter `text`: `const unsigned char*` without a length parameter"
    );
    assert_eq!(skipped(&b, "cases::build_faults::slength").0, "raw-pointer");
}
