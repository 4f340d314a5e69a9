//! Which instances are made and how they are named.

use super::*;
use crate::ir::{Loc, RecordTag};

fn template(name: &str, params: &[&str]) -> Item {
    let params = params
        .iter()
        .map(|p| TemplateParam {
            name: p.to_string(),
            kind: TemplateParamKind::Type,
        })
        .collect();
    template_with(name, params)
}

fn value_param(name: &str, ty: Type) -> TemplateParam {
    TemplateParam {
        name: name.into(),
        kind: TemplateParamKind::Value { ty },
    }
}

fn template_with(name: &str, params: Vec<TemplateParam>) -> Item {
    Item {
        name: name.into(),
        scope: vec!["ns".into()],
        loc: Loc::default(),
        doc: None,
        kind: ItemKind::ClassTemplate {
            methods: Vec::new(),
            params,
            record: Some(Box::new(Record::empty(RecordTag::Class, true))),
        },
    }
}

fn alias(name: &str, template: &str, args: Vec<TemplateArg>) -> Item {
    Item {
        name: name.into(),
        scope: vec!["ns".into()],
        loc: Loc::default(),
        doc: None,
        kind: ItemKind::Alias {
            target: Type::Specialization {
                template: template.into(),
                args,
            },
        },
    }
}

fn arg(ty: Type, is_const: bool) -> TemplateArg {
    TemplateArg::of_type(ty, is_const)
}

#[test]
fn instances_are_named_after_their_alias_else_their_arguments() {
    let api = Api {
        items: vec![
            template("Vector", &["T"]),
            template("Pair", &["K", "V"]),
            alias("Bytes", "ns::Vector", vec![arg(Type::Char, false)]),
            alias("ConstChars", "ns::Vector", vec![arg(Type::Char, true)]),
        ],
        ..Default::default()
    };
    let mut opts = AnalysisOptions::default();
    opts.instantiate.insert(
        "ns::Pair".into(),
        vec!["int, double".into(), "ns::Missing, int".into()],
    );
    opts.instantiate
        .insert("ns::Vector".into(), vec!["const char".into()]);
    let out = instantiate(&api, &opts);
    let class = |key: &str| match &out.names[key] {
        InstanceName::Class { rust, ffi } => (rust.clone(), ffi.clone()),
        InstanceName::Function(f) => panic!("{key} is a function {f}"),
    };
    assert_eq!(class("ns::Vector<char>"), ("Bytes".into(), "Bytes".into()));
    // The first alias wins; the config names the same instance.
    assert_eq!(
        class("ns::Vector<const char>"),
        ("ConstChars".into(), "ConstChars".into())
    );
    assert_eq!(
        class("ns::Pair<int, double>"),
        ("PairI32F64".into(), "Pair_i32_f64".into())
    );
    assert!(out.problems["ns::Pair"].contains("ns::Missing"));
    // Two instances, appended after the input's items; aliases name them.
    assert_eq!(out.first_instance, 4);
    assert_eq!(out.api.items.len(), 7);
    assert_eq!(out.api.items[4].name, "Vector<char>");
    assert_eq!(
        out.api.items[2].kind,
        ItemKind::Alias {
            target: Type::Record {
                name: "ns::Vector<char>".into()
            }
        }
    );
}

#[test]
fn value_arguments_are_spelled_named_and_checked_against_their_parameter() {
    let int = Type::Int {
        kind: crate::ir::IntKind::Int,
        alias: None,
    };
    let unsigned = Type::Int {
        kind: crate::ir::IntKind::UChar,
        alias: None,
    };
    let t = TemplateParam {
        name: "T".into(),
        kind: TemplateParamKind::Type,
    };
    let api = Api {
        items: vec![
            template_with("Ring", vec![t, value_param("N", int.clone())]),
            template_with("Pool", vec![value_param("N", int)]),
            template_with("Flag", vec![value_param("B", Type::Bool)]),
            template_with("Small", vec![value_param("N", unsigned)]),
        ],
        ..Default::default()
    };
    let mut opts = AnalysisOptions::default();
    let mut list = |template: &str, lists: &[&str]| {
        opts.instantiate.insert(
            template.into(),
            lists.iter().map(|l| l.to_string()).collect(),
        );
    };
    list("ns::Ring", &["int, 10", "double, -2", "int, int"]);
    list("ns::Pool", &["32", "3, 2"]);
    list("ns::Flag", &["true", "1"]);
    list("ns::Small", &["256"]);
    let out = instantiate(&api, &opts);
    let class = |key: &str| match &out.names[key] {
        InstanceName::Class { rust, ffi } => (rust.clone(), ffi.clone()),
        InstanceName::Function(f) => panic!("{key} is a function {f}"),
    };
    assert_eq!(
        class("ns::Ring<int, 10>"),
        ("RingI32_10".into(), "Ring_i32_10".into())
    );
    assert_eq!(
        class("ns::Ring<double, -2>"),
        ("RingF64Neg2".into(), "Ring_f64_neg2".into())
    );
    assert_eq!(class("ns::Pool<32>"), ("Pool32".into(), "Pool_32".into()));
    assert_eq!(
        class("ns::Flag<true>"),
        ("FlagTrue".into(), "Flag_true".into())
    );
    assert!(out.problems["ns::Ring"].contains("type `int` given for value parameter `N`"));
    assert!(out.problems["ns::Pool"].contains("does not instantiate"));
    assert!(out.problems["ns::Flag"].contains("`1` does not fit value parameter `B`"));
    assert!(out.problems["ns::Small"].contains("`256` does not fit"));
    assert!(!out.names.contains_key("ns::Small<256>"));
}

/// A decision's signature is spelled from the declaration as parsed: a
/// class template's member with the template's parameters, a parameter
/// naming an instance as the header writes it (not the instance's record);
/// an instance's own decisions carry none (they count through their
/// template's decision).
#[test]
fn decisions_spell_signatures_as_parsed() {
    use crate::ir::{IntKind, MethodKind, Param, RefQualifier, Signature};
    let at = |line| Loc {
        file: "t.h".into(),
        line,
        column: 1,
    };
    let sig = |ty: Type| Signature {
        params: vec![Param {
            name: "v".into(),
            ty: Type::Ref {
                pointee: Box::new(ty),
                is_const: true,
            },
            has_default: false,
            default_value: None,
            object_typedef: false,
        }],
        ret: Type::Void,
        noexcept: false,
        variadic: false,
    };
    let t = Type::TemplateParam {
        depth: 0,
        index: 0,
        name: "T".into(),
    };
    let mut boxed = template("Box", &["T"]);
    boxed.loc = at(1);
    if let ItemKind::ClassTemplate { methods, .. } = &mut boxed.kind {
        methods.push(Method {
            name: "set".into(),
            kind: MethodKind::Instance {
                is_const: false,
                is_virtual: false,
                is_pure: false,
            },
            sig: sig(t),
            loc: at(2),
            doc: None,
            deleted: false,
            ref_qualifier: RefQualifier::None,
            is_volatile: false,
        });
    }
    let size = Type::Int {
        kind: IntKind::ULong,
        alias: Some("size_t".into()),
    };
    let used = Item {
        name: "fill".into(),
        scope: vec!["ns".into()],
        loc: at(3),
        doc: None,
        kind: ItemKind::Function(Function {
            sig: sig(Type::Specialization {
                template: "ns::Box".into(),
                args: vec![arg(size, false)],
            }),
            c_linkage: false,
            deleted: false,
            is_operator: false,
            hidden_friend: false,
            specializes: None,
        }),
    };
    let api = Api {
        items: vec![boxed, used],
        ..Default::default()
    };
    let b = crate::analysis::analyze(&api, &AnalysisOptions::default());
    let signature = |name: &str| {
        let d = b.decisions.iter().find(|d| d.name == name);
        d.unwrap_or_else(|| panic!("no decision {name}"))
            .signature
            .clone()
    };
    assert_eq!(signature("ns::Box::set").as_deref(), Some("(const T&)"));
    assert_eq!(
        signature("ns::fill").as_deref(),
        Some("(const ns::Box<size_t>&)")
    );
    assert_eq!(signature("ns::Box"), None);
    assert_eq!(signature("ns::Box<unsigned long>::set"), None);
}

#[test]
fn explicit_specializations_are_named_as_instances() {
    use crate::ir::{IntKind, Signature};
    let int = Type::Int {
        kind: IntKind::Int,
        alias: None,
    };
    let specialization = |args: Vec<TemplateArg>| Item {
        name: "parse".into(),
        scope: vec!["ns".into()],
        loc: Loc::default(),
        doc: None,
        kind: ItemKind::Function(Function {
            sig: Signature {
                params: Vec::new(),
                ret: Type::Void,
                noexcept: true,
                variadic: false,
            },
            c_linkage: false,
            deleted: false,
            is_operator: false,
            hidden_friend: false,
            specializes: Some(args),
        }),
    };
    let unnameable = TemplateArg::of_type(
        Type::Unsupported {
            spelling: String::new(),
            what: "template argument that is not a type".into(),
        },
        false,
    );
    // The primary template, which the config also instantiates for `int`
    // (the library's specialization binds that one) and `bool`.
    let primary = Item {
        kind: ItemKind::FunctionTemplate {
            params: vec![TemplateParam {
                name: "T".into(),
                kind: TemplateParamKind::Type,
            }],
            function: match specialization(Vec::new()).kind {
                ItemKind::Function(f) => Some(f),
                _ => None,
            },
            method: None,
        },
        ..specialization(Vec::new())
    };
    let api = Api {
        items: vec![
            primary,
            specialization(vec![arg(int, false)]),
            specialization(vec![arg(Type::Double, false)]),
            specialization(vec![unnameable]),
        ],
        ..Default::default()
    };
    let mut opts = AnalysisOptions::default();
    opts.instantiate
        .insert("ns::parse".into(), vec!["int".into(), "bool".into()]);
    let made = instantiate(&api, &opts);
    let names: Vec<&str> = made.api.items.iter().map(|i| i.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "parse",
            "parse<int>",
            "parse<double>",
            "parse",
            "parse<bool>"
        ]
    );
    assert_eq!(made.names["ns::parse<bool>"].rust(), "parse_bool");
    assert_eq!(made.names["ns::parse<int>"].rust(), "parse_i32");
    assert_eq!(made.names["ns::parse<double>"].rust(), "parse_f64");
    assert!(matches!(
        made.api.items[3].kind,
        ItemKind::Unsupported { .. }
    ));
}
