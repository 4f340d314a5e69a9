//! Arrays of C strings whose length only the config states (`[arrays]`):
//! `"ns::F.param" = "expr"`, a C++ expression over the function's
//! parameters, evaluated after the call for an out-array and before it for
//! an input array (docs/strategy.md, rule 30).
//!
//! * a `char***` out-parameter is a table the callee allocates: its `expr`
//!   entries (each a NUL-terminated string or null) are copied into
//!   `Vec<Option<Vec<u8>>>` when the call ends, then the table is freed with
//!   the library's function freeing a `char**` ([`strings_free`]), which the
//!   report then shows as used by that call ([`report_freeing`]);
//! * a `const char**` (or `const char* const*`) parameter is an input array:
//!   a slice of byte strings, which the shim copies NUL-terminated after
//!   checking that it holds at least `expr` of them (fewer → an error, never
//!   a read past its end).

use crate::analysis::context::Context;
use crate::analysis::conventions::names_freeing;
use crate::ir::{Api, ItemKind, Param, Type};
use crate::plan::ArgKind;
use crate::plan::SizeExpr;
use crate::plan::{Skip, Why};
use crate::plan::{Status, Via};
use std::collections::BTreeMap;

/// How an array parameter the config sizes crosses.
fn shape(ty: &Type) -> Option<bool> {
    // `Some(true)`: `char***` (out); `Some(false)`: `const char**` (in).
    let Type::Pointer { pointee, .. } = ty else {
        return None;
    };
    let Type::Pointer {
        pointee: inner,
        is_const,
    } = &**pointee
    else {
        return None;
    };
    match &**inner {
        Type::Char if *is_const => Some(false),
        Type::Pointer {
            pointee: c,
            is_const: false,
        } if matches!(**c, Type::Char) && !is_const => Some(true),
        _ => None,
    }
}

/// `char**`: the type a table freeing function takes.
fn is_char_pp(ty: &Type) -> bool {
    matches!(ty, Type::Pointer { pointee, is_const: false }
        if matches!(&**pointee, Type::Pointer { pointee: c, is_const: false } if matches!(**c, Type::Char)))
}

/// The library's function freeing a table of strings: `void X(char**)` with a
/// freeing name word (`sqlite3_free_table`); the shortest such name.
pub fn strings_free(api: &Api) -> Option<String> {
    api.items
        .iter()
        .filter_map(|it| match &it.kind {
            ItemKind::Function(f)
                if matches!(f.sig.ret, Type::Void)
                    && matches!(f.sig.params.as_slice(), [p] if is_char_pp(&p.ty))
                    && names_freeing(&it.name) =>
            {
                Some(it.qualified_name())
            }
            _ => None,
        })
        .min_by_key(|n| n.len())
}

/// The arrays the config sizes for function `qualified` with parameters
/// named `params`: C++ parameter name → its length.
pub fn stated(
    arrays: &BTreeMap<String, String>,
    qualified: &str,
    params: &[String],
) -> BTreeMap<String, SizeExpr> {
    crate::analysis::c_api::sized::stated(arrays, qualified, params).buffers
}

/// The plan of parameter `p` whose length the config states as `len`;
/// `free` is the library's table freeing function ([`strings_free`]).
pub fn kind(p: &Param, len: &SizeExpr, free: Option<&str>) -> Result<ArgKind, Skip> {
    match shape(&p.ty) {
        Some(false) => Ok(ArgKind::CStrArray { len: len.clone() }),
        Some(true) => match free {
            Some(free) => Ok(ArgKind::OutCStrArray {
                len: len.clone(),
                free: free.to_string(),
            }),
            None => Err(Skip::new(Why::TableNoFree)),
        },
        None => Err(Skip::new(Why::NotAnArray)),
    }
}

/// Checks the config's `[arrays]` against the API: every key is
/// `function.param` (or `function(a, b, param).param`) naming a function of
/// the headers, one of its parameters, of type `char***` or `const char**`,
/// with a non-empty expression.
pub fn validate(api: &Api, arrays: &BTreeMap<String, String>) -> Result<(), String> {
    for (key, expr) in arrays {
        let bad = |why: &str| Err(format!("config: [arrays] {key:?}: {why}"));
        let Some((function, param)) = key.rsplit_once('.') else {
            return bad("expected `function.parameter`");
        };
        if function.is_empty() || param.is_empty() {
            return bad("expected `function.parameter`");
        }
        if expr.trim().is_empty() {
            return bad("the length expression is empty");
        }
        let name = function.split_once('(').map_or(function, |(n, _)| n);
        let mut found = false;
        let mut param_type = None;
        for it in &api.items {
            let ItemKind::Function(f) = &it.kind else {
                continue;
            };
            if it.qualified_name() != name {
                continue;
            }
            found = true;
            let names: Vec<String> = f.sig.params.iter().map(|p| p.name.clone()).collect();
            if stated(arrays, name, &names).contains_key(param) {
                param_type = f.sig.params.iter().find(|p| p.name == param).map(|p| &p.ty);
            }
        }
        match param_type {
            _ if !found => return bad("no function of the headers has this name"),
            None => return bad("the function has no such parameter"),
            Some(ty) if shape(ty).is_none() => {
                return bad("the parameter is neither `char***` nor `const char**`")
            }
            Some(_) => {}
        }
    }
    Ok(())
}

/// A table freeing function the shims of bound calls use is bound as part of
/// them: its decision names the first such call (source order). Called once
/// every function is decided.
pub fn report_freeing(cx: &mut Context) {
    let mut users: BTreeMap<String, String> = BTreeMap::new();
    for f in &cx.bindings().functions {
        for a in &f.args {
            if let ArgKind::OutCStrArray { free, .. } = &a.kind {
                let path = crate::plan::paths::qualify_rust(&f.module, &f.rust_name);
                users.entry(free.clone()).or_insert(path);
            }
        }
    }
    let freed: Vec<(crate::plan::DecisionId, String)> = cx
        .bindings()
        .decisions
        .iter()
        .enumerate()
        .filter(|(_, d)| matches!(d.status, Status::Skipped { .. }))
        .filter_map(|(i, d)| Some((crate::plan::DecisionId::new(i), users.get(&d.name)?.clone())))
        .collect();
    for (id, rust_path) in freed {
        // Bound as the release of the tables it frees, which it is by name.
        let status = Status::Bound {
            via: Via::Shim,
            rust_path,
        };
        cx.rebind(id, status, vec![crate::plan::Convention::FreesByName]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{Function, Item, Loc, Signature};

    fn ptr(pointee: Type, is_const: bool) -> Type {
        Type::Pointer {
            pointee: Box::new(pointee),
            is_const,
        }
    }

    fn function(name: &str, params: Vec<Param>) -> Item {
        Item {
            name: name.into(),
            scope: Vec::new(),
            loc: Loc::default(),
            doc: None,
            kind: ItemKind::Function(Function {
                sig: Signature {
                    params,
                    ret: Type::Void,
                    noexcept: true,
                    variadic: false,
                },
                c_linkage: true,
                deleted: false,
                is_operator: false,
                hidden_friend: false,
                specializes: None,
            }),
        }
    }

    fn api() -> Api {
        let table = ptr(ptr(ptr(Type::Char, false), false), false);
        let strings = ptr(ptr(Type::Char, true), false);
        let int = Type::Int {
            kind: crate::ir::IntKind::Int,
            alias: None,
        };
        Api {
            items: vec![
                function(
                    "get_table",
                    vec![
                        Param::new("out", table),
                        Param::new("n", ptr(int.clone(), false)),
                    ],
                ),
                function(
                    "create",
                    vec![Param::new("n", int), Param::new("pairs", strings)],
                ),
                function(
                    "free_table",
                    vec![Param::new("t", ptr(ptr(Type::Char, false), false))],
                ),
                function(
                    "freeze_table",
                    vec![Param::new("t", ptr(ptr(Type::Char, false), false))],
                ),
            ],
            ..Api::default()
        }
    }

    fn entries(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn entries_must_name_an_array_parameter_of_a_function() {
        let ok = entries(&[("get_table.out", "*n"), ("create(n, pairs).pairs", "2 * n")]);
        assert_eq!(validate(&api(), &ok), Ok(()));
        for (key, expr, why) in [
            ("get_table", "*n", "expected `function.parameter`"),
            (".out", "*n", "expected `function.parameter`"),
            ("get_table.out", " ", "the length expression is empty"),
            (
                "missing.out",
                "1",
                "no function of the headers has this name",
            ),
            ("get_table.nope", "1", "the function has no such parameter"),
            (
                "create(pairs, n).pairs",
                "1",
                "the function has no such parameter",
            ),
            ("get_table.n", "1", "neither `char***` nor `const char**`"),
        ] {
            let err = validate(&api(), &entries(&[(key, expr)])).expect_err(key);
            assert!(err.contains(why) && err.contains(key), "{key}: {err}");
        }
    }

    #[test]
    fn a_table_is_freed_by_the_shortest_freeing_function_taking_char_pp() {
        // `freeze_table` has no freeing word.
        assert_eq!(strings_free(&api()).as_deref(), Some("free_table"));
        let len = SizeExpr {
            expr: "*n".into(),
            params: vec!["out".into(), "n".into()],
        };
        let out = &api().items[0];
        let ItemKind::Function(f) = &out.kind else {
            unreachable!("a function")
        };
        assert!(matches!(
            kind(&f.sig.params[0], &len, Some("free_table")),
            Ok(ArgKind::OutCStrArray { free, .. }) if free == "free_table"
        ));
        assert!(kind(&f.sig.params[0], &len, None).is_err());
        assert!(kind(&f.sig.params[1], &len, Some("free_table")).is_err());
    }
}
