//! Operators mapped to Rust traits: `==` and `!=` between two objects of one
//! owned class become `PartialEq`; `<<` to a `std::ostream` becomes `Display`.
//! Each is one plan ([`CallKind::Operator`]) whose arguments are the operands.

use super::context::Context;
use super::model::*;
use super::plan::{Arg, ArgKind, CallKind, FnBinding, OpKind, RetKind, Scalar};
use super::reason::{Reason, Skip};
use super::signature::class_path;
use crate::ir::Type;

/// Decides an operator. `lhs_class` is the class of a member operator; a free
/// operator's left operand is its first parameter.
pub fn decide(
    cx: &mut Context,
    op: &str,
    lhs_class: Option<ClassId>,
    params: &[Type],
    ret: &Type,
    decision: DecisionId,
) -> Result<Status, Skip> {
    let (kind, class, operands) = match op {
        "operator==" | "operator!=" => {
            let (lhs, rhs) = match (lhs_class, params) {
                (Some(c), [rhs]) => (Some(c), operand_class(cx, rhs)),
                (None, [lhs, rhs]) => (operand_class(cx, lhs), operand_class(cx, rhs)),
                _ => (None, None),
            };
            let class = match (lhs, rhs) {
                (Some(l), Some(r)) if l == r && *ret == Type::Bool => l,
                _ => {
                    return Err(Skip::new(
                        Reason::Operator,
                        format!("`{op}` does not compare two objects of one bound class as `const T&` and return `bool`"),
                    ))
                }
            };
            let kind = if op == "operator==" {
                OpKind::Eq
            } else {
                OpKind::Ne
            };
            (kind, class, vec![("a", class), ("b", class)])
        }
        "operator<<" if lhs_class.is_none() => {
            let class = match params {
                [os, value] if is_ostream(os) => operand_class(cx, value),
                _ => None,
            }
            .ok_or_else(|| {
                Skip::new(
                    Reason::Operator,
                    "`operator<<` does not write one bound class (`const T&`) to a `std::ostream&`",
                )
            })?;
            (OpKind::Display, class, vec![("value", class)])
        }
        _ => {
            return Err(Skip::new(
                Reason::Operator,
                format!(
                    "`{op}` is not mapped to a Rust trait yet (only `==`, `!=` and `<<` to `std::ostream` are)"
                ),
            ))
        }
    };
    let want = CallKind::Operator { class, op: kind };
    if cx.b.functions.iter().any(|f| f.kind == want) {
        return Err(Skip::new(
            Reason::Operator,
            format!("another `{op}` already implements `{}`", kind.trait_item()),
        ));
    }
    let c = cx.b.class(class).clone();
    let ffi_name = cx.names.ffi_value(
        &format!("cxxbind_{}_{}", c.flat_name(), kind.shim_suffix()),
        "",
    );
    let args = operands
        .iter()
        .enumerate()
        .map(|(i, (name, class))| Arg {
            name: name.to_string(),
            kind: ArgKind::Object {
                cpp: cx.b.class(*class).cpp_qualified(),
                class: *class,
                mutable: false,
                pointer: false,
            },
            cpp_index: i,
            cpp_count: 1,
            cpp_names: vec![name.to_string()],
            cpp_type: format!("const {}&", cx.b.class(*class).cpp_qualified()),
        })
        .collect();
    let (ret, throws) = match kind {
        // A throwing comparison terminates (the shim is `noexcept`), as `Clone` does.
        OpKind::Eq | OpKind::Ne => (
            RetKind::Scalar(Scalar {
                rust: "bool",
                cpp: "bool",
                exact: true,
            }),
            false,
        ),
        // `Display` turns a C++ exception into `fmt::Error`.
        OpKind::Display => (RetKind::String, true),
    };
    let rust_path = format!("{}::{}", class_path(&cx.b, class), kind.method());
    cx.push_fn(FnBinding {
        decision: Some(decision),
        cpp_name: op.to_string(),
        cpp_scope: c.cpp_scope.clone(),
        kind: want,
        ffi_name,
        direct: false,
        args,
        ret,
        throws,
        module: c.module.clone(),
        rust_name: kind.method().to_string(),
        doc: None,
        defaults: Vec::new(),
    });
    Ok(Status::Bound {
        via: Via::Shim,
        rust_path,
    })
}

/// A `std::ostream&` parameter.
fn is_ostream(t: &Type) -> bool {
    matches!(t, Type::Ref { pointee, is_const: false }
        if matches!(&**pointee, Type::Unsupported { spelling, .. } if spelling.contains("ostream")))
}

/// The class an operand is (`const T&`), if it is a bound, owned class.
fn operand_class(cx: &Context, ty: &Type) -> Option<ClassId> {
    match ty {
        Type::Ref {
            pointee,
            is_const: true,
        } => match &**pointee {
            Type::Record { name } => cx
                .env
                .classes
                .get(name)
                .copied()
                .filter(|&c| cx.b.class(c).owned),
            _ => None,
        },
        _ => None,
    }
}
