//! The parameter and result dispatchers ([`super::params::map_params`],
//! [`super::results::map_ret`]) on hand-built declarations: which rule
//! decides each run of parameters, and how each result comes back.

use crate::analysis::core::params::map_params;
use crate::analysis::core::results::map_ret;
use crate::analysis::core::types::{CallHints, ParamContext, TypeEnv};
use crate::ir::{IntKind, Param, Type};
use crate::plan::{Access, Arg, ArgKind, ClassId, Convention, PodId, Reason, RetKind, Skip};

fn int() -> Type {
    Type::Int {
        kind: IntKind::Int,
        alias: None,
    }
}

fn size_t() -> Type {
    Type::Int {
        kind: IntKind::ULong,
        alias: Some("size_t".into()),
    }
}

fn ptr(pointee: Type, is_const: bool) -> Type {
    Type::Pointer {
        pointee: Box::new(pointee),
        is_const,
    }
}

fn record(name: &str) -> Type {
    Type::Record { name: name.into() }
}

/// An environment binding one class, `ns::Widget`.
fn env() -> TypeEnv {
    let mut env = TypeEnv::default();
    env.classes.insert("ns::Widget".into(), ClassId::new(0));
    env
}

/// The arguments of a free function or method taking `params`.
fn args(params: &[Param]) -> Result<Vec<Arg>, Skip> {
    map_params(params, &env(), ParamContext::Call, &CallHints::default())
}

/// The kinds of those arguments, with the C++ parameters each covers.
fn kinds(params: &[Param]) -> Vec<(ArgKind, usize, usize)> {
    args(params)
        .expect("the parameters map")
        .into_iter()
        .map(|a| (a.kind, a.cpp_index, a.cpp_count))
        .collect()
}

#[test]
fn bytes_and_their_length_are_one_byte_slice() {
    let params = [
        Param::new("data", ptr(Type::Char, true)),
        Param::new("n", size_t()),
    ];
    let args = args(&params).expect("the parameters map");
    assert_eq!(args.len(), 1, "{args:?}");
    assert_eq!(args[0].name, "data");
    assert_eq!(args[0].cpp_names, ["data", "n"]);
    match &args[0].kind {
        ArgKind::Slice {
            elem,
            mutable,
            len_first,
            ..
        } => {
            assert_eq!(elem.rust, "u8");
            assert!(!mutable && !len_first);
        }
        other => panic!("not a slice: {other:?}"),
    }
    assert_eq!((args[0].cpp_index, args[0].cpp_count), (0, 2));
}

#[test]
fn bytes_before_an_element_count_are_text_and_a_scalar() {
    // `(const char* s, int nParam)`: the count is not a byte length.
    let params = [
        Param::new("s", ptr(Type::Char, true)),
        Param::new("nParam", int()),
    ];
    let kinds = kinds(&params);
    assert_eq!(kinds.len(), 2, "{kinds:?}");
    assert_eq!(kinds[0], (ArgKind::CStr, 0, 1));
    assert!(matches!(kinds[1].0, ArgKind::Scalar(s) if s.rust == "i32"));
}

#[test]
fn ints_and_their_count_are_a_mutable_slice() {
    let params = [
        Param::new("values", ptr(int(), false)),
        Param::new("count", size_t()),
    ];
    let kinds = kinds(&params);
    assert_eq!(kinds.len(), 1, "{kinds:?}");
    assert!(
        matches!(&kinds[0].0, ArgKind::Slice { elem, mutable: true, .. } if elem.rust == "i32"),
        "{kinds:?}"
    );
    assert_eq!((kinds[0].1, kinds[0].2), (0, 2));
}

#[test]
fn a_scalar_pointer_before_an_integer_is_one_value_only_by_name() {
    let skip = args(&[
        Param::new("values", ptr(int(), false)),
        Param::new("k", int()),
    ])
    .expect_err("`k` may count the values");
    assert_eq!(skip.reason(), Reason::RawPointer);
    assert!(skip
        .message()
        .starts_with("parameter `values`: `int*` followed by an integer"));
    let one = args(&[
        Param::new("value", ptr(int(), false)),
        Param::new("flags", int()),
    ])
    .expect("an out-parameter and its flags");
    assert!(matches!(one[0].kind, ArgKind::OutScalar(s) if s.rust == "i32"));
    assert_eq!(one[0].assumes, [Convention::NotCountByName]);
}

#[test]
fn a_plain_int_is_a_scalar() {
    let kinds = kinds(&[Param::new("x", int())]);
    assert_eq!(kinds.len(), 1);
    match kinds[0].0 {
        ArgKind::Scalar(s) => assert_eq!((s.rust, s.cpp, s.exact), ("i32", "std::int32_t", true)),
        ref other => panic!("not a scalar: {other:?}"),
    }
}

#[test]
fn a_string_pointer_is_read_and_written() {
    let params = [
        Param::new("key", Type::StdString),
        Param::new("value", ptr(Type::StdString, false)),
    ];
    let kinds = kinds(&params);
    assert_eq!(
        kinds,
        vec![
            (ArgKind::StrValue, 0, 1),
            (ArgKind::StrInOut { pointer: true }, 1, 1)
        ]
    );
}

#[test]
fn a_string_pointer_documented_as_output_is_part_of_the_result() {
    let params = [
        Param::new("head", ptr(Type::StdString, false)),
        Param::new("tail", ptr(Type::StdString, false)),
    ];
    let hints = CallHints {
        outputs: vec!["head".into()],
        ..CallHints::default()
    };
    let args = map_params(&params, &env(), ParamContext::Call, &hints).expect("maps");
    assert_eq!(args[0].kind, ArgKind::OutString);
    assert_eq!(args[0].assumes, [Convention::OutputByDoc]);
    assert_eq!(args[1].kind, ArgKind::StrInOut { pointer: true });
    assert!(args[1].assumes.is_empty());
}

#[test]
fn a_constructor_lent_a_mutable_string_is_skipped() {
    for ty in [
        ptr(Type::StdString, false),
        Type::Ref {
            pointee: Box::new(Type::StdString),
            is_const: false,
        },
    ] {
        let params = [Param::new("dest", ty)];
        let skip = map_params(
            &params,
            &env(),
            ParamContext::Constructor,
            &CallHints::default(),
        )
        .expect_err("the object may keep the shim's string");
        assert_eq!(skip.reason(), Reason::RawPointer);
        assert!(skip
            .message()
            .starts_with("parameter `dest`: a constructor may keep"));
    }
}

#[test]
fn a_bound_class_by_const_reference_is_a_shared_object() {
    let params = [Param::new(
        "w",
        Type::Ref {
            pointee: Box::new(record("ns::Widget")),
            is_const: true,
        },
    )];
    let kinds = kinds(&params);
    assert_eq!(
        kinds[0].0,
        ArgKind::Object {
            cpp: "ns::Widget".into(),
            class: ClassId::new(0),
            mutable: false,
            pointer: false,
        }
    );
}

#[test]
fn a_pointer_to_pointer_of_an_unknown_type_is_skipped_naming_the_parameter() {
    let params = [
        Param::new("x", int()),
        Param::new("out", ptr(ptr(record("ns::Unknown"), false), false)),
    ];
    let skip = args(&params).expect_err("no safe reading");
    assert_eq!(skip.reason(), Reason::RawPointer);
    assert_eq!(skip.reason().code(), "raw-pointer");
    assert!(
        skip.message()
            .starts_with("parameter `out`: pointer to pointer"),
        "{}",
        skip.message()
    );
}

#[test]
fn a_pointer_to_pointer_next_to_a_count_is_an_array_of_pointers() {
    // Unnamed: the label counts from one.
    let params = [
        Param::new("", ptr(ptr(int(), false), false)),
        Param::new("count", size_t()),
    ];
    let skip = args(&params).expect_err("an array of pointers");
    assert_eq!(skip.reason(), Reason::RawPointer);
    assert!(
        skip.message().starts_with("parameter 1: ")
            && skip
                .message()
                .ends_with("next to a count is an array of pointers"),
        "{}",
        skip.message()
    );
}

#[test]
fn objects_followed_by_a_length_are_an_array_of_objects() {
    let params = [
        Param::new("items", ptr(record("ns::Widget"), true)),
        Param::new("n", size_t()),
    ];
    let skip = args(&params).expect_err("an array of objects");
    assert_eq!(skip.reason(), Reason::RawPointer);
    assert!(
        skip.message().starts_with("parameter `items`: ")
            && skip
                .message()
                .ends_with("followed by a length is an array of objects"),
        "{}",
        skip.message()
    );
}

#[test]
fn objects_followed_by_any_integer_are_an_array_of_objects() {
    // A count may be named anything, or nothing.
    for count in ["k", "how_many", "", "index"] {
        for is_const in [false, true] {
            let params = [
                Param::new("items", ptr(record("ns::Widget"), is_const)),
                Param::new(count, int()),
            ];
            let skip = args(&params).expect_err("an array of objects");
            assert_eq!(skip.reason(), Reason::RawPointer, "{count:?}");
        }
    }
    // Not an integer: one object and a value.
    let params = [
        Param::new("w", ptr(record("ns::Widget"), false)),
        Param::new("scale", Type::Double),
    ];
    assert!(matches!(
        kinds(&params)[0].0,
        ArgKind::Object { pointer: true, .. }
    ));
}

#[test]
fn an_integer_named_as_no_count_or_a_pointer_typedef_makes_one_object() {
    let params = [
        Param::new("w", ptr(record("ns::Widget"), false)),
        Param::new("flags", int()),
    ];
    let one = args(&params).expect("one object and its flags");
    assert!(matches!(one[0].kind, ArgKind::Object { pointer: true, .. }));
    assert_eq!(one[0].assumes, [Convention::NotCountByName]);
    assert!(matches!(one[1].kind, ArgKind::Scalar(_)));
    // `typedef Widget* WidgetRef;` names one object, unless the integer counts.
    let mut typed = Param::new("w", ptr(record("ns::Widget"), false));
    typed.object_typedef = true;
    let one = args(&[typed.clone(), Param::new("", int())]).expect("one object");
    assert_eq!(one[0].assumes, [Convention::ObjectTypedef]);
    let skip = args(&[typed, Param::new("count", int())]).expect_err("counted");
    assert_eq!(skip.reason(), Reason::RawPointer);
}

#[test]
fn plain_values_followed_by_their_count_are_a_slice() {
    let mut env = env();
    env.pods.insert("ns::Cell".into(), PodId::new(0));
    for (count, is_const, assumed) in [
        ("count", false, vec![Convention::CountByName]),
        ("", true, vec![Convention::CountByName]),
    ] {
        let params = [
            Param::new("cells", ptr(record("ns::Cell"), is_const)),
            Param::new(count, int()),
        ];
        let args =
            map_params(&params, &env, ParamContext::Call, &CallHints::default()).expect("a slice");
        assert_eq!(args.len(), 1);
        assert_eq!(
            args[0].kind,
            ArgKind::PodSlice {
                id: PodId::new(0),
                mutable: !is_const,
                len_type: "int".into(),
            }
        );
        assert_eq!((args[0].cpp_index, args[0].cpp_count), (0, 2));
        assert_eq!(args[0].assumes, assumed);
    }
    let params = [
        Param::new("cells", ptr(record("ns::Cell"), true)),
        Param::new("n", size_t()),
    ];
    let args =
        map_params(&params, &env, ParamContext::Call, &CallHints::default()).expect("a slice");
    assert!(args[0].assumes.is_empty(), "a `size_t` states a size");
    // An integer that may be an index is no slice's length.
    for index in ["index", "how_many", "k"] {
        let params = [
            Param::new("cells", ptr(record("ns::Cell"), true)),
            Param::new(index, int()),
        ];
        let skip = map_params(&params, &env, ParamContext::Call, &CallHints::default())
            .expect_err("an array with no length");
        assert_eq!(skip.reason(), Reason::RawPointer, "{index}");
    }
}

#[test]
fn a_borrowed_out_string_terminates_the_byte_slices() {
    // `(const char* sql, int nByte, const char** tail)`: the tail may point into `sql`.
    let params = [
        Param::new("sql", ptr(Type::Char, true)),
        Param::new("nByte", int()),
        Param::new("tail", ptr(ptr(Type::Char, true), false)),
    ];
    let kinds = kinds(&params);
    assert_eq!(
        kinds,
        vec![
            (
                ArgKind::TerminatedBytes {
                    cpp_ptr: "const char*".into()
                },
                0,
                2
            ),
            (ArgKind::OutCStr { free: None }, 2, 1)
        ]
    );
}

/// The result `ty` of a free function `get` taking no parameters.
fn ret(ty: Type) -> Result<RetKind, Skip> {
    map_ret(&ty, "get", &env(), &[], false)
}

#[test]
fn a_const_char_pointer_result_is_c_text() {
    assert_eq!(ret(ptr(Type::Char, true)), Ok(RetKind::CStr));
}

#[test]
fn string_results_are_copied_strings() {
    assert_eq!(ret(Type::StdString), Ok(RetKind::String));
    let by_ref = Type::Ref {
        pointee: Box::new(Type::StdString),
        is_const: true,
    };
    assert_eq!(ret(by_ref), Ok(RetKind::String));
}

#[test]
fn void_and_scalar_results() {
    assert_eq!(ret(Type::Void), Ok(RetKind::Void));
    assert!(matches!(ret(size_t()), Ok(RetKind::Scalar(s)) if s.rust == "usize"));
}

#[test]
fn a_byte_pointer_with_a_length_out_parameter_is_borrowed_by_a_method() {
    let params = [Param::new("len", ptr(size_t(), false))];
    let args = args(&params).expect("the parameters map");
    let bytes = ptr(Type::Char, true);
    assert_eq!(
        map_ret(&bytes, "data", &env(), &args, true),
        Ok(RetKind::BorrowedBytes {
            mutable: false,
            len_arg: 0
        })
    );
    assert_eq!(
        map_ret(&bytes, "data", &env(), &args, false),
        Ok(RetKind::CopiedBytes { len_arg: 0 })
    );
}

#[test]
fn a_method_lends_a_bound_object_by_reference() {
    let widget = Type::Ref {
        pointee: Box::new(record("ns::Widget")),
        is_const: true,
    };
    assert_eq!(
        map_ret(&widget, "widget", &env(), &[], true),
        Ok(RetKind::Borrowed {
            class: ClassId::new(0),
            access: Access::Shared,
            nullable: false,
        })
    );
}

#[test]
fn a_mutable_pointer_result_of_unknown_lifetime_is_skipped() {
    let skip = ret(ptr(int(), false)).expect_err("no safe reading");
    assert_eq!(skip.reason(), Reason::RawPointerReturn);
    assert!(
        skip.message().ends_with("ownership and lifetime unknown"),
        "{}",
        skip.message()
    );
    let unbound = ret(record("ns::Unknown")).expect_err("not bound");
    assert_eq!(unbound.reason(), Reason::UnboundType);
    assert!(
        unbound.message().starts_with("result: uses `ns::Unknown`"),
        "{}",
        unbound.message()
    );
}
