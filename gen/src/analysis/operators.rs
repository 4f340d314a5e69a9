//! Operators mapped to Rust traits: `==` and `!=` between two objects of one
//! owned class become `PartialEq`; `<<` to a `std::ostream` becomes `Display`.

use super::callable::qualify_rust;
use super::items::ModuleNames;
use super::model::*;
use super::naming;
use super::reason::{Reason, Skip};
use super::types::TypeEnv;
use crate::ir::Type;

/// The trait method an operator implements.
#[derive(Clone, Copy)]
enum TraitFn {
    Eq,
    Ne,
    Fmt,
}

impl TraitFn {
    /// The Rust method name, also the shim's suffix.
    fn name(self) -> &'static str {
        match self {
            TraitFn::Eq => "eq",
            TraitFn::Ne => "ne",
            TraitFn::Fmt => "fmt",
        }
    }

    /// The trait item, for messages.
    fn trait_path(self) -> &'static str {
        match self {
            TraitFn::Eq => "PartialEq::eq",
            TraitFn::Ne => "PartialEq::ne",
            TraitFn::Fmt => "Display",
        }
    }

    /// The shim's suffix.
    fn shim_suffix(self) -> &'static str {
        match self {
            TraitFn::Fmt => "display",
            other => other.name(),
        }
    }

    /// Where the class keeps this operator's shim.
    fn slot(self, c: &mut ClassBinding) -> &mut Option<String> {
        match self {
            TraitFn::Eq => &mut c.eq,
            TraitFn::Ne => &mut c.ne,
            TraitFn::Fmt => &mut c.display,
        }
    }
}

/// Decides an operator. `lhs_class` is the class of a member operator; a free
/// operator's left operand is its first parameter.
pub fn decide(
    b: &mut Bindings,
    env: &TypeEnv,
    names: &mut ModuleNames,
    op: &str,
    lhs_class: Option<usize>,
    params: &[Type],
    ret: &Type,
) -> Result<Status, Skip> {
    let (trait_fn, class) = match op {
        "operator==" | "operator!=" => {
            let (lhs, rhs) = match (lhs_class, params) {
                (Some(c), [rhs]) => (Some(c), operand_class(env, b, rhs)),
                (None, [lhs, rhs]) => (operand_class(env, b, lhs), operand_class(env, b, rhs)),
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
            let f = if op == "operator==" { TraitFn::Eq } else { TraitFn::Ne };
            (f, class)
        }
        "operator<<" if lhs_class.is_none() => {
            let class = match params {
                [os, value] if is_ostream(os) => operand_class(env, b, value),
                _ => None,
            }
            .ok_or_else(|| {
                Skip::new(
                    Reason::Operator,
                    "`operator<<` does not write one bound class (`const T&`) to a `std::ostream&`",
                )
            })?;
            (TraitFn::Fmt, class)
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
    if trait_fn.slot(&mut b.classes[class]).is_some() {
        return Err(Skip::new(
            Reason::Operator,
            format!(
                "another `{op}` already implements `{}`",
                trait_fn.trait_path()
            ),
        ));
    }
    let c = &b.classes[class];
    let shim = names.ffi_value(
        &format!(
            "cxxbind_{}_{}",
            naming::flat(&c.cpp_scope, &c.cpp_name),
            trait_fn.shim_suffix()
        ),
        "",
    );
    let rust_path = qualify_rust(&c.module, &format!("{}::{}", c.rust_name, trait_fn.name()));
    *trait_fn.slot(&mut b.classes[class]) = Some(shim);
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

/// The class both operands are (`const T&`), if they are one bound, owned class.
fn operand_class(env: &TypeEnv, b: &Bindings, ty: &Type) -> Option<usize> {
    match ty {
        Type::Ref {
            pointee,
            is_const: true,
        } => match &**pointee {
            Type::Record { name } => env
                .classes
                .get(name)
                .copied()
                .filter(|&c| b.classes[c].owned),
            _ => None,
        },
        _ => None,
    }
}
