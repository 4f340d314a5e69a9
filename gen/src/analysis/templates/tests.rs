//! Which instances are made and how they are named.

use super::*;
use crate::ir::{Loc, RecordTag};

fn template(name: &str, params: &[&str]) -> Item {
    Item {
        name: name.into(),
        scope: vec!["ns".into()],
        loc: Loc::default(),
        doc: None,
        kind: ItemKind::ClassTemplate {
            methods: Vec::new(),
            params: params
                .iter()
                .map(|p| TemplateParam {
                    name: p.to_string(),
                    kind: TemplateParamKind::Type,
                })
                .collect(),
            record: Some(Box::new(Record {
                tag: RecordTag::Class,
                complete: true,
                is_abstract: false,
                is_polymorphic: false,
                size: None,
                align: None,
                bases: Vec::new(),
                fields: Vec::new(),
                methods: Vec::new(),
                destructor_public: true,
                nested: false,
                has_nonpublic_pure_virtual: false,
                user_constructors: false,
                nested_records: Vec::new(),
            })),
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
    TemplateArg { ty, is_const }
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
