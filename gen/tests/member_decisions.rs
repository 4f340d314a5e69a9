//! The member decider (`analysis/class/member.rs`: each member function
//! routed to its call kind and plan) on a header parsed by the real front
//! end: what each kind of member becomes, and why the unbindable ones are
//! skipped.

use cxxbind::analysis::{analyze, AnalysisOptions};
use cxxbind::frontend::{parse, ParseOptions};
use cxxbind::plan::{Bindings, CallKind, OpKind, Reason, Status, Via};

const HEADER: &str = r#"
#pragma once
#include <string>
namespace shop {
class Basket {
 public:
  Basket();
  explicit Basket(int capacity);
  Basket(const Basket& other);
  ~Basket();
  int size() const noexcept;
  void add(int item);
  static Basket empty();
  bool operator==(const Basket& other) const;
  int operator[](int i) const;
  void take(Basket&& other);
  void remove(int item) = delete;
  int* raw();
};
}
"#;

fn bindings() -> Bindings {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let header = dir.path().join("basket.h");
    std::fs::write(&header, HEADER).expect("the header is written");
    let api = parse(&ParseOptions {
        headers: vec![header],
        clang_args: vec!["-std=c++17".into()],
        scope: Vec::new(),
    })
    .expect("the header parses");
    analyze(&api, &AnalysisOptions::default())
}

fn status<'b>(b: &'b Bindings, name: &str) -> Vec<&'b Status> {
    b.decisions
        .iter()
        .filter(|d| d.name == name)
        .map(|d| &d.status)
        .collect()
}

fn kinds(b: &Bindings, cpp_name: &str) -> Vec<CallKind> {
    b.functions
        .iter()
        .filter(|f| f.cpp_name == cpp_name)
        .map(|f| f.kind)
        .collect()
}

#[test]
fn each_member_gets_its_call_kind() {
    let b = bindings();
    let size = kinds(&b, "size");
    assert!(
        matches!(size.as_slice(), [CallKind::Method { mutable: false, .. }]),
        "{size:?}"
    );
    let add = kinds(&b, "add");
    assert!(
        matches!(add.as_slice(), [CallKind::Method { mutable: true, .. }]),
        "{add:?}"
    );
    assert!(matches!(
        kinds(&b, "empty").as_slice(),
        [CallKind::Static { .. }]
    ));
    let ctors = kinds(&b, "Basket");
    assert_eq!(
        ctors
            .iter()
            .filter(|k| matches!(k, CallKind::Constructor { .. }))
            .count(),
        2,
        "{ctors:?}"
    );
    assert!(
        ctors.iter().any(|k| matches!(k, CallKind::Clone { .. })),
        "the copy constructor is Clone: {ctors:?}"
    );
    let eq: Vec<_> = b
        .functions
        .iter()
        .filter(|f| matches!(f.kind, CallKind::Operator { op: OpKind::Eq, .. }))
        .collect();
    assert_eq!(eq.len(), 1, "operator== is PartialEq");
}

#[test]
fn the_destructor_is_drop_and_noexcept_calls_do_not_throw() {
    let b = bindings();
    assert!(matches!(
        status(&b, "shop::Basket::~Basket").as_slice(),
        [Status::Bound { via: Via::Drop, .. }]
    ));
    let size = b
        .functions
        .iter()
        .find(|f| f.cpp_name == "size")
        .expect("size is planned");
    assert!(!size.throws);
    let add = b
        .functions
        .iter()
        .find(|f| f.cpp_name == "add")
        .expect("add is planned");
    assert!(add.throws);
}

#[test]
fn unbindable_members_say_why() {
    let b = bindings();
    let skipped = |name: &str| -> Reason {
        match status(&b, name).as_slice() {
            [Status::Skipped { reason, .. }] => *reason,
            other => panic!("{name}: {other:?}"),
        }
    };
    assert_eq!(skipped("shop::Basket::take"), Reason::RvalueReference);
    assert_eq!(skipped("shop::Basket::raw"), Reason::RawPointerReturn);
    // `= delete` is not API: not counted at all.
    assert!(status(&b, "shop::Basket::remove").is_empty());
}
