//! When cxx rejects the generated bridge, only the declarations behind the
//! rejected items are left out (reason `internal`, with cxx's message) and
//! the rest of the library is generated: on a header parsed by the real
//! front end, with real emit, and cxx's objection injected.

use cxxbind::analysis::AnalysisOptions;
use cxxbind::emit::{emit, EmitError, EmitOptions};
use cxxbind::frontend::{parse, ParseOptions};
use cxxbind::isolate::generate_with;
use cxxbind::plan::{Bindings, Reason, Status};

const HEADER: &str = r#"
#pragma once
namespace lib {
int first(int x);
int second(int x);
int bad(int x);
int fourth(int x);
class Widget {
 public:
  Widget();
  int size() const;
};
}
"#;

fn api() -> cxxbind::ir::Api {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let header = dir.path().join("lib.h");
    std::fs::write(&header, HEADER).expect("the header is written");
    parse(&ParseOptions {
        headers: vec![header],
        clang_args: vec!["-std=c++17".into()],
        scope: Vec::new(),
    })
    .expect("the header parses")
}

fn opts() -> EmitOptions {
    EmitOptions {
        name: "bindings".into(),
        includes: vec!["\"lib.h\"".into()],
    }
}

fn status<'b>(b: &'b Bindings, name: &str) -> &'b Status {
    &b.decisions
        .iter()
        .find(|d| d.name == name)
        .unwrap_or_else(|| panic!("{name} is declared"))
        .status
}

fn is_bound(b: &Bindings, name: &str) -> bool {
    matches!(status(b, name), Status::Bound { .. })
}

/// Real emit, except that cxx "rejects" any bridge binding `lib::bad` with
/// a message naming nothing (like its `__` check).
fn rejecting_bad(b: &Bindings) -> Result<cxxbind::emit::Output, EmitError> {
    if is_bound(b, "lib::bad") {
        return Err(EmitError::CxxGen(
            "identifiers containing double underscore are reserved in C++".into(),
        ));
    }
    emit(b, &opts())
}

#[test]
fn an_unnamed_rejection_is_found_by_search_and_only_its_declaration_is_left_out() {
    let api = api();
    let mut analysis = AnalysisOptions::default();
    let (b, out) = generate_with(&api, &mut analysis, &rejecting_bad).expect("generation goes on");
    match status(&b, "lib::bad") {
        Status::Skipped { reason, message } => {
            assert_eq!(*reason, Reason::Internal);
            assert!(message.contains("double underscore"), "{message}");
        }
        s => panic!("lib::bad: {s:?}"),
    }
    for name in [
        "lib::first",
        "lib::second",
        "lib::fourth",
        "lib::Widget",
        "lib::Widget::size",
    ] {
        assert!(is_bound(&b, name), "{name} stays bound");
    }
    assert!(out
        .file("bindings.rs")
        .is_some_and(|rs| rs.contains("fn fourth")));
    assert_eq!(analysis.excluded.len(), 1);
}

#[test]
fn a_rejection_naming_an_identifier_leaves_out_its_declaration() {
    let api = api();
    let mut analysis = AnalysisOptions::default();
    // cxx names a helper type derived from the function's bridge identifier.
    let named = |b: &Bindings| {
        let second = b
            .functions
            .iter()
            .find(|f| f.cpp_name == "second")
            .map(|f| f.ffi_name.clone());
        match second {
            Some(ffi) if is_bound(b, "lib::second") => Err(EmitError::CxxGen(format!(
                "the type `{ffi}_cb_kept` is defined multiple times"
            ))),
            _ => emit(b, &opts()),
        }
    };
    let (b, _) = generate_with(&api, &mut analysis, &named).expect("generation goes on");
    assert!(matches!(
        status(&b, "lib::second"),
        Status::Skipped {
            reason: Reason::Internal,
            ..
        }
    ));
    assert!(is_bound(&b, "lib::first") && is_bound(&b, "lib::bad"));
}

#[test]
fn a_rejection_with_nothing_bound_is_an_error() {
    let api = api();
    let mut analysis = AnalysisOptions::default();
    let always = |_: &Bindings| Err(EmitError::CxxGen("broken".into()));
    assert!(generate_with(&api, &mut analysis, &always).is_err());
}
