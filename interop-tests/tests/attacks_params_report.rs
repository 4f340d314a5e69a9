//! The report's view of `cases/attacks_params` (the round trips are in
//! `roundtrip_attacks_params.rs`): declarations whose only sound outcome
//! is a skip give their reason code and message, and what relies on a
//! convention says so. Kept apart from the round trips because it loads
//! libclang, which valgrind's run of the round trips does not need.

use cxxbind::driver::{self, Request};
use cxxbind::plan::{Bindings, Convention, Decision, Status};
use std::path::PathBuf;

fn bindings() -> Bindings {
    driver::run(&Request {
        headers: vec![PathBuf::from("cases/attacks_params/case.h")],
        include_dirs: vec![PathBuf::from("cases")],
        name: Some("attacks_params".into()),
        ..Default::default()
    })
    .expect("the case generates")
    .bindings
}

const NS: &str = "cases::attacks_params";

/// The decision on `name` whose parameter list is `params`.
fn decision<'b>(b: &'b Bindings, name: &str, params: &str) -> &'b Decision {
    let name = format!("{NS}::{name}");
    b.decisions
        .iter()
        .find(|d| {
            d.name == name
                && d.signature
                    .as_deref()
                    .is_some_and(|s| s.starts_with(&format!("({params})")))
        })
        .unwrap_or_else(|| panic!("no decision {name}({params})"))
}

/// The reason code and message of a skipped declaration.
fn skipped(d: &Decision) -> (&'static str, &str) {
    match &d.status {
        Status::Skipped { reason, message } => (reason.code(), message.as_str()),
        other => panic!("{} is not skipped: {other:?}", d.name),
    }
}

fn bound(d: &Decision) -> &str {
    match &d.status {
        Status::Bound { rust_path, .. } => rust_path,
        other => panic!("{} is not bound: {other:?}", d.name),
    }
}

#[test]
fn storing_a_view_into_an_object_without_a_lifetime_is_skipped() {
    let b = bindings();
    let span = format!("const {NS}::Span&");
    for name in ["Label::SetText", "Label::operator="] {
        let (code, message) = skipped(decision(&b, name, &span));
        assert_eq!(code, "class-by-value", "{name}");
        assert_eq!(
            message,
            format!("it stores the byte view or borrowing object it is given into `::{NS}::Label`, which has no lifetime to keep it for"),
            "{name}"
        );
    }
    let (code, message) = skipped(decision(&b, "SetDefaultText", &span));
    assert_eq!(code, "raw-pointer");
    assert_eq!(
        message,
        "parameter `text`: a setter of no object may keep the pointer it is given (global state)"
    );
    // A view lent exclusively could take the receiver's bytes and outlive them.
    let (code, message) = skipped(decision(&b, "Span::swap", &format!("{NS}::Span&")));
    assert_eq!(code, "class-by-value");
    assert_eq!(
        message,
        "objects that borrow are passed along with one lent exclusively, which could take the others' borrows and outlive them"
    );
    // So could any two objects that borrow, one lent exclusively: a member
    // of a class that borrows, and a free function.
    let caption = format!("{NS}::Caption&");
    for (name, params) in [
        ("Caption::swap", caption.clone()),
        ("swap_captions", format!("{caption}, {caption}")),
    ] {
        let (code, message) = skipped(decision(&b, name, &params));
        assert_eq!(code, "class-by-value", "{name}");
        assert!(
            message.starts_with("objects that borrow are passed along"),
            "{name}: {message}"
        );
    }
    // Both lent shared, for the call only: bound.
    assert_eq!(
        bound(decision(
            &b,
            "same_caption",
            &format!("const {caption}, const {caption}")
        )),
        format!("{NS}::same_caption")
    );
    // Reading a view for the call stays bound.
    assert_eq!(
        bound(decision(&b, "Label::count", &span)),
        format!("{NS}::Label::count")
    );
}

#[test]
fn a_view_like_class_is_never_built_over_a_temporary_string() {
    let b = bindings();
    for class in ["Chunk", "Word"] {
        let d = decision(&b, &format!("{class}::{class}"), "const std::string&");
        assert_eq!(
            skipped(d),
            (
                "unsupported-type",
                "a byte view over a `std::string` would point into the shim's temporary copy"
            ),
            "{class}"
        );
    }
    // The typedef'd `(const_pointer, size_type)` constructor keeps a slice.
    let d = decision(
        &b,
        "Chunk::Chunk",
        &format!("{NS}::Chunk::const_pointer, size_t"),
    );
    assert_eq!(bound(d), format!("{NS}::Chunk::with_d"));
}

#[test]
fn objects_followed_by_an_integer_are_arrays() {
    let b = bindings();
    // `k` counts objects Rust cannot lend; `index` may not be a slice's length.
    for (name, params, param) in [
        ("bump_all", format!("{NS}::Counter*, int"), "counters"),
        ("total", format!("const {NS}::Counter*, int"), "counters"),
        ("column_at", format!("const {NS}::Cell*, int"), "cells"),
    ] {
        let (code, message) = skipped(decision(&b, name, &params));
        assert_eq!(code, "raw-pointer", "{name}");
        assert!(
            message.starts_with(&format!("parameter `{param}`: "))
                && message.ends_with("followed by a length is an array of objects"),
            "{message}"
        );
    }
    let shift = decision(&b, "shift_cells", &format!("{NS}::Cell*, int, int"));
    assert_eq!(bound(shift), format!("{NS}::shift_cells"));
    assert_eq!(shift.assumes, [Convention::CountByName]);
    let sum = decision(&b, "sum_cells", &format!("const {NS}::Cell*, unsigned int"));
    assert_eq!(bound(sum), format!("{NS}::sum_cells"));
    // A scalar pointer: the same rule.
    let (code, message) = skipped(decision(&b, "fill_squares", "int*, int"));
    assert_eq!(code, "raw-pointer");
    assert_eq!(
        message,
        "parameter `values`: `int*` followed by an integer that may count or index its elements (one value is not enough)"
    );
    let doubled = decision(&b, "doubled", "int*, int");
    assert_eq!(doubled.assumes, [Convention::NotCountByName]);
    let reset = decision(&b, "reset_counter", &format!("{NS}::Counter*, int"));
    assert_eq!(reset.assumes, [Convention::NotCountByName]);
    let reset_to = decision(&b, "reset_to", &format!("{NS}::Counter*, int"));
    assert_eq!(reset_to.assumes, [Convention::ObjectTypedef]);
}

#[test]
fn a_constructor_keeping_a_string_is_skipped_and_a_documented_output_says_so() {
    let b = bindings();
    let (code, message) = skipped(decision(&b, "Writer::Writer", "std::string*"));
    assert_eq!(code, "raw-pointer");
    assert_eq!(
        message,
        "parameter `dest`: a constructor may keep the `std::string` it is lent, and the shim's string dies with the call"
    );
    let greeting = decision(&b, "greeting", "std::string*");
    assert_eq!(greeting.assumes, [Convention::OutputByDoc]);
    let append = decision(&b, "append_suffix", "std::string*");
    assert!(append.assumes.is_empty());
}
