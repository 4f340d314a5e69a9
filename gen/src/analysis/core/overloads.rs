//! Names for overloaded functions, derived from what tells the overloads
//! apart — never from source order alone (`docs/naming.md` has the rule).
//!
//! * One overload: the plain name.
//! * Several: the *plain* overload keeps the plain name — the one with the
//!   fewest Rust parameters, then the fewest class-object parameters, then
//!   `const` before non-`const`, then instance before static members, then
//!   the first declared. Every other overload gets a suffix from its own
//!   signature:
//!   - constructors: `with_` and the parameter names (`with_name`);
//!   - functions and methods that only add parameters to the plain overload
//!     (default arguments, option parameters): `_with_` and the added
//!     parameters' names (`load_with_mode`);
//!   - other functions and methods: the Rust type of the first parameter that
//!     differs from the plain overload's (`compress_source`, `to_str_f64`),
//!     more types if that is not enough; `_mut` for a non-`const` twin of a
//!     `const` method; the type of the first out-parameter that differs when
//!     the inputs are the same (`query_attribute_f64` beside
//!     `query_attribute` for `int*`); `_static` for a static member beside
//!     an instance one of the same Rust name (`Status::OK()` is `ok_static`
//!     beside `status.ok()`); then `with_` and the parameter names.
//! * Only overloads that differ in nothing Rust can name (say `f(const char*)`
//!   and `f(const std::string&)` with the same parameter names) fall back to a
//!   numeric suffix, given by the module's [`crate::analysis::core::naming::NameSet`].

use crate::analysis::core::naming;
use crate::plan::Bindings;
use crate::plan::StdArg;
use crate::plan::{Arg, ArgKind};

/// What naming needs to know of one overload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overload {
    /// One word per Rust parameter's type (`i32`, `str`, `bytes`, `source`).
    pub types: Vec<String>,
    /// The Rust parameter names.
    pub params: Vec<String>,
    /// How many parameters are class objects.
    pub objects: usize,
    /// A non-`const` member function.
    pub mutable: bool,
    /// One word per out-parameter's type (results: `QueryAttribute(name,
    /// int*)` and `(name, double*)` differ only there).
    pub outs: Vec<String>,
    /// A static member (beside instance members of the same Rust name, as
    /// `Status::OK()` beside `ok()`, the instance member keeps the name).
    pub is_static: bool,
}

impl Overload {
    /// The overload facts of a planned signature (out-parameters are results,
    /// not parameters, so they do not count).
    pub fn of(b: &Bindings, args: &[Arg], mutable: bool) -> Self {
        let inputs: Vec<&Arg> = args.iter().filter(|a| !a.kind.is_out()).collect();
        Overload {
            types: inputs.iter().map(|a| type_word(b, &a.kind)).collect(),
            params: inputs.iter().map(|a| a.name.clone()).collect(),
            objects: inputs
                .iter()
                .filter(|a| matches!(a.kind, ArgKind::Object { .. }))
                .count(),
            mutable,
            outs: args
                .iter()
                .filter(|a| a.kind.is_out())
                .map(|a| type_word(b, &a.kind))
                .collect(),
            is_static: false,
        }
    }
}

/// One word for a parameter's Rust type.
fn type_word(b: &Bindings, kind: &ArgKind) -> String {
    match kind {
        ArgKind::Scalar(s) | ArgKind::OutScalar(s) => match s.rust {
            "c_char" => "char".to_string(),
            other => other.to_string(),
        },
        ArgKind::Enum { cpp, .. } => naming::snake(cpp.rsplit("::").next().unwrap_or(cpp.as_str())),
        ArgKind::CStr
        | ArgKind::CStrRetained
        | ArgKind::CStrKept
        | ArgKind::StrRef
        | ArgKind::StrValue
        | ArgKind::StrView
        | ArgKind::PrintfText
        | ArgKind::VaText => "str".to_string(),
        ArgKind::Utf16Str | ArgKind::Utf16Kept | ArgKind::TerminatedUtf16 | ArgKind::OutUtf16 => {
            "utf16".to_string()
        }
        ArgKind::StrInOut { .. } | ArgKind::OutString => "string".to_string(),
        ArgKind::Slice { elem, .. } if elem.rust == "u8" => "bytes".to_string(),
        ArgKind::SizedBuffer { .. } => "buffer".to_string(),
        ArgKind::IoSlices { .. } => "io_slices".to_string(),
        ArgKind::OptScalar { value, .. } => format!("opt_{}", value.rust),
        ArgKind::OptStr => "opt_str".to_string(),
        ArgKind::Slice { elem, .. } => format!("{}_slice", elem.rust),
        ArgKind::Object { class, .. }
        | ArgKind::SameBorrows { class }
        | ArgKind::UniquePtrIn { class }
        | ArgKind::OutObject { class }
        | ArgKind::Selected { class, .. } => naming::snake(&b.class(*class).rust_name),
        ArgKind::VecIn { elem, .. } => format!("{}_vec", elem.rust),
        ArgKind::Pod { id, .. } => naming::snake(&b.pod(*id).rust_name),
        ArgKind::PodSlice { id, .. } => format!("{}_slice", naming::snake(&b.pod(*id).rust_name)),
        ArgKind::Handle(h)
        | ArgKind::HandleLent(h)
        | ArgKind::HandleGiven(h)
        | ArgKind::OutHandle(h)
        | ArgKind::OutPart(h)
        | ArgKind::PrevChild { handle: h, .. } => naming::snake(&b.handle(*h).rust_name),
        ArgKind::OutCStr { .. } | ArgKind::OutCountedCStr { .. } => "string".to_string(),
        ArgKind::CStrArray { .. } | ArgKind::OutCStrArray { .. } => "strings".to_string(),
        ArgKind::TerminatedBytes { .. }
        | ArgKind::KeptBytes { .. }
        | ArgKind::ByteView { .. }
        | ArgKind::GivenBytes { .. } => "bytes".to_string(),
        ArgKind::Closure(_) => "closure".to_string(),
        ArgKind::ClosureSet(_) => "closures".to_string(),
        ArgKind::Std(s) => match s {
            StdArg::Shared { class } => naming::snake(&b.class(*class).rust_name),
            StdArg::Array { elem, .. } => format!("{}_array", elem.rust),
            StdArg::Tuple { .. } => "tuple".to_string(),
            StdArg::Map { .. } => "map".to_string(),
            StdArg::Set { .. } => "set".to_string(),
            StdArg::Span { elem, .. } => format!("{}_slice", elem.rust),
        },
        ArgKind::Memory { .. } => "allocation".to_string(),
    }
}

/// Names for the overloads of one C++ name in one scope, in declaration
/// order. `base` is the plain name (`compress`, or `new` for constructors).
pub fn names(base: &str, set: &[Overload], constructor: bool) -> Vec<String> {
    // An empty set has no plain overload and no names.
    let Some(plain) = (0..set.len()).min_by_key(|&i| {
        let o = &set[i];
        (o.types.len(), o.objects, o.mutable, o.is_static, i)
    }) else {
        return Vec::new();
    };
    if set.len() == 1 {
        return vec![base.to_string()];
    }
    let mut taken: Vec<String> = vec![base.to_string()];
    // A non-`const` overload with a `const` twin (same inputs) is named after
    // its twin, so twins are named first: `get_i32` → `get_i32_mut`.
    let twin = |i: usize| {
        let o = &set[i];
        (i != plain && o.mutable)
            .then(|| {
                (0..set.len()).find(|&j| {
                    !set[j].mutable && set[j].types == o.types && set[j].is_static == o.is_static
                })
            })
            .flatten()
    };
    let mut order: Vec<usize> = (0..set.len()).filter(|&i| i != plain).collect();
    order.sort_by_key(|&i| twin(i).is_some());
    let mut out = vec![String::new(); set.len()];
    out[plain] = base.to_string();
    for i in order {
        let all = candidates(base, &set[i], &set[plain], constructor);
        let twin_name = twin(i).map(|t| format!("{}_mut", out[t]));
        let name = all
            .iter()
            .filter(|c| twin_name.is_none() || c.contains("_mut"))
            .chain(twin_name.iter())
            .chain(all.iter())
            .find(|c| !taken.contains(c))
            .cloned()
            // Differs in nothing Rust can name: the module's NameSet numbers it.
            .unwrap_or_else(|| base.to_string());
        taken.push(name.clone());
        out[i] = name;
    }
    out
}

/// Names for a list of declarations in one scope, by position: each entry is
/// (its plain name, its overload facts, is a constructor); entries sharing a
/// plain name are one overload set.
pub fn name_all(entries: &[(String, Overload, bool)]) -> Vec<String> {
    let mut names: Vec<Option<String>> = vec![None; entries.len()];
    for (i, (base, _, ctor)) in entries.iter().enumerate() {
        if names[i].is_some() {
            continue;
        }
        let group: Vec<usize> = (i..entries.len())
            .filter(|&j| entries[j].0 == *base)
            .collect();
        let set: Vec<Overload> = group.iter().map(|&j| entries[j].1.clone()).collect();
        for (&j, name) in group.iter().zip(self::names(base, &set, *ctor)) {
            names[j] = Some(name);
        }
    }
    entries
        .iter()
        .zip(names)
        .map(|((base, ..), n)| n.unwrap_or_else(|| base.clone()))
        .collect()
}

/// Names for `o`, best first.
fn candidates(base: &str, o: &Overload, plain: &Overload, constructor: bool) -> Vec<String> {
    let with = |words: &[String]| {
        if constructor {
            format!("with_{}", words.join("_"))
        } else {
            format!("{base}_with_{}", words.join("_"))
        }
    };
    let mut out = Vec::new();
    if constructor {
        if !o.params.is_empty() {
            out.push(with(&o.params));
            out.push(with(&o.types));
        }
        return out;
    }
    // Only adds parameters to the plain overload (default arguments, or an
    // overload taking more options): named by what it adds.
    let extends = o.types.len() > plain.types.len()
        && o.types.starts_with(&plain.types)
        && o.params.starts_with(&plain.params);
    if extends {
        let added = o.params[plain.params.len()..].join("_");
        // The non-`const` twin of a longer form: `_mut` as for the plain one.
        if o.mutable && !plain.mutable {
            out.push(format!("{base}_mut_with_{added}"));
        }
        out.push(format!("{base}_with_{added}"));
    }
    let first_diff = (0..o.types.len()).find(|&j| plain.types.get(j) != Some(&o.types[j]));
    if let Some(j) = first_diff {
        for end in j + 1..=o.types.len() {
            out.push(format!("{base}_{}", o.types[j..end].join("_")));
        }
    }
    if o.mutable && !plain.mutable && o.types == plain.types {
        out.push(format!("{base}_mut"));
    }
    if o.is_static && !plain.is_static && o.types == plain.types {
        out.push(format!("{base}_static"));
    }
    // Same inputs, other results (out-parameters): named by the result type.
    if o.types == plain.types && o.outs != plain.outs {
        if let Some(j) = (0..o.outs.len()).find(|&j| plain.outs.get(j) != Some(&o.outs[j])) {
            out.push(format!("{base}_{}", o.outs[j]));
        }
    }
    if !o.params.is_empty() && o.params != plain.params {
        out.push(with(&o.params));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn o(types: &[&str], params: &[&str], objects: usize, mutable: bool) -> Overload {
        Overload {
            types: types.iter().map(|s| s.to_string()).collect(),
            params: params.iter().map(|s| s.to_string()).collect(),
            objects,
            mutable,
            outs: Vec::new(),
            is_static: false,
        }
    }

    #[test]
    fn a_non_const_longer_form_is_mut_with() {
        let set = [
            o(&[], &[], 0, false),
            o(&["str"], &["name"], 0, false),
            o(&[], &[], 0, true),
            o(&["str"], &["name"], 0, true),
        ];
        assert_eq!(
            names("first_child", &set, false),
            [
                "first_child",
                "first_child_with_name",
                "first_child_mut",
                "first_child_mut_with_name"
            ]
        );
    }

    #[test]
    fn a_static_beside_an_instance_member_is_named_static() {
        let stat = Overload {
            is_static: true,
            ..o(&[], &[], 0, false)
        };
        assert_eq!(
            names("ok", &[stat, o(&[], &[], 0, false)], false),
            ["ok_static", "ok"]
        );
    }

    #[test]
    fn same_inputs_are_named_by_their_out_parameter() {
        let with_out = |out: &str| Overload {
            outs: vec![out.to_string()],
            ..o(&["str"], &["name"], 0, false)
        };
        let set = [with_out("i32"), with_out("f64"), with_out("bool")];
        assert_eq!(
            names("query_attribute", &set, false),
            [
                "query_attribute",
                "query_attribute_f64",
                "query_attribute_bool"
            ]
        );
    }

    #[test]
    fn single_overload_keeps_the_plain_name() {
        assert_eq!(names("f", &[o(&["i32"], &["x"], 0, false)], false), ["f"]);
    }

    #[test]
    fn fewest_parameters_keep_the_plain_name_others_name_their_first_difference() {
        let set = [
            o(&["source", "sink"], &["reader", "writer"], 2, false),
            o(&["bytes"], &["input"], 0, false),
        ];
        assert_eq!(
            names("compress", &set, false),
            ["compress_source", "compress"]
        );
    }

    #[test]
    fn plain_data_beats_objects_on_a_tie() {
        let set = [
            o(&["source"], &["source"], 1, false),
            o(&["bytes"], &["compressed"], 0, false),
        ];
        assert_eq!(
            names("get_uncompressed_length", &set, false),
            ["get_uncompressed_length_source", "get_uncompressed_length"]
        );
    }

    #[test]
    fn types_name_scalar_overloads() {
        let set = [
            o(&["i32"], &["v"], 0, false),
            o(&["f64"], &["v"], 0, false),
            o(&["bool"], &["v"], 0, false),
        ];
        assert_eq!(
            names("to_str", &set, false),
            ["to_str", "to_str_f64", "to_str_bool"]
        );
    }

    #[test]
    fn adding_an_overload_with_more_parameters_renames_nothing() {
        let before = [o(&["i32"], &["v"], 0, false), o(&["f64"], &["v"], 0, false)];
        let after = [
            o(&["i32"], &["v"], 0, false),
            o(&["f64"], &["v"], 0, false),
            o(&["f64", "i32"], &["v", "precision"], 0, false),
        ];
        let (b, a) = (names("f", &before, false), names("f", &after, false));
        assert_eq!(&a[..2], &b[..]);
        assert_eq!(a[2], "f_f64_i32");
    }

    #[test]
    fn forms_that_only_add_parameters_are_named_with_them() {
        // `load(path, mode = 0, strict = false)`: every arity is reachable.
        let set = [
            o(&["str"], &["path"], 0, false),
            o(&["str", "i32"], &["path", "mode"], 0, false),
            o(
                &["str", "i32", "bool"],
                &["path", "mode", "strict"],
                0,
                false,
            ),
        ];
        assert_eq!(
            names("load", &set, false),
            ["load", "load_with_mode", "load_with_mode_strict"]
        );
    }

    #[test]
    fn const_twins_get_mut() {
        let set = [o(&[], &[], 0, true), o(&[], &[], 0, false)];
        assert_eq!(names("get", &set, false), ["get_mut", "get"]);
    }

    /// `jsoncpp`'s `Value::operator[]`: every non-`const` overload is named
    /// after its `const` twin, whatever the twin is called.
    #[test]
    fn non_const_twins_are_named_after_their_const_twin() {
        let set = [
            o(&["u32"], &["index"], 0, true),
            o(&["i32"], &["index"], 0, true),
            o(&["u32"], &["index"], 0, false),
            o(&["i32"], &["index"], 0, false),
            o(&["str"], &["key"], 0, true),
            o(&["str"], &["key"], 0, false),
            o(&["static_string"], &["key"], 0, true),
        ];
        assert_eq!(
            names("get", &set, false),
            [
                "get_mut",
                "get_i32_mut",
                "get",
                "get_i32",
                "get_str_mut",
                "get_str",
                "get_static_string"
            ]
        );
    }

    #[test]
    fn constructors_are_named_with_their_parameters() {
        let set = [
            o(&[], &[], 0, false),
            o(&["str"], &["name"], 0, false),
            o(&["str", "u32"], &["name", "age"], 0, false),
        ];
        assert_eq!(
            names("new", &set, true),
            ["new", "with_name", "with_name_age"]
        );
    }

    #[test]
    fn indistinguishable_overloads_fall_back_to_the_plain_name() {
        let set = [o(&["str"], &["s"], 0, false), o(&["str"], &["s"], 0, false)];
        assert_eq!(names("f", &set, false), ["f", "f"]);
    }
}
