//! The report's view of `cases/attacks_shapes` (the round trips are in
//! `roundtrip_attacks_shapes.rs`): each shape an outsider's safe program
//! once broke is skipped with its reason. Kept apart from the round trips
//! because it loads libclang, which valgrind's run of them does not need.

use cxxbind::driver::{self, Request};
use cxxbind::plan::{Bindings, Decision, Status};
use std::path::PathBuf;

fn bindings() -> Bindings {
    driver::run(&Request {
        headers: vec![PathBuf::from("cases/attacks_shapes/case.h")],
        include_dirs: vec![PathBuf::from("cases")],
        name: Some("attacks_shapes".into()),
        ..Default::default()
    })
    .expect("the case generates")
    .bindings
}

const NS: &str = "cases::attacks_shapes";

fn decision<'b>(b: &'b Bindings, name: &str) -> &'b Decision {
    let name = format!("{NS}::{name}");
    b.decisions
        .iter()
        .find(|d| d.name == name)
        .unwrap_or_else(|| panic!("no decision {name}"))
}

/// The reason code and message of a skipped declaration.
fn skipped(d: &Decision) -> (&'static str, &str) {
    match &d.status {
        Status::Skipped { reason, message } => (reason.code(), message.as_str()),
        other => panic!("{} is not skipped: {other:?}", d.name),
    }
}

#[test]
fn pointers_counted_elsewhere_in_the_call_are_not_one_value() {
    let b = bindings();
    for (name, param, spelling) in [
        // The count before the pointer counts it.
        ("fill_items", "items", "::cases::attacks_shapes::Item*"),
        ("sum_items", "items", "const ::cases::attacks_shapes::Item*"),
        // A destination beside a sequence of numbers may be as long.
        ("copy_ints", "dst", "long*"),
        ("squares", "out", "long*"),
        // Strings followed by their count.
        ("fill_strings", "out", "::std::string*"),
    ] {
        let (code, message) = skipped(decision(&b, name));
        assert_eq!(code, "raw-pointer", "{name}");
        assert_eq!(
            message,
            format!("parameter `{param}`: `{spelling}` may point at several elements, counted elsewhere in the call (one value is not enough)"),
            "{name}"
        );
    }
    // One value where nothing counts it: bound.
    for name in ["parse_int", "read_version", "append_to", "bag_of"] {
        assert!(
            matches!(decision(&b, name).status, Status::Bound { .. }),
            "{name}: {:?}",
            decision(&b, name).status
        );
    }
}

#[test]
fn a_call_given_a_shared_object_whose_members_lend_is_skipped() {
    let b = bindings();
    let (code, message) = skipped(decision(&b, "empty_bag"));
    assert_eq!(code, "class-by-value");
    assert_eq!(
        message,
        "parameter `bag`: a `std::shared_ptr<cases::attacks_shapes::Bag>` shares its object with what the call was given, which could change it while a borrow its members lend lives"
    );
}
