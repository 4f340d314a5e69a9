//! Operators mapped to Rust traits. So far: `==` and `!=` between two
//! objects of one owned class become `PartialEq`.

use super::items::ModuleNames;
use super::model::*;
use super::naming;
use super::reason::{Reason, Skip};
use super::types::TypeEnv;
use crate::ir::Type;

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
    let which = match op {
        "operator==" => "eq",
        "operator!=" => "ne",
        _ => {
            return Err(Skip::new(
                Reason::Operator,
                format!("`{op}` is not mapped to a Rust trait yet (only `==` and `!=` are)"),
            ))
        }
    };
    let not_equality = || {
        Skip::new(
            Reason::Operator,
            format!("`{op}` does not compare two objects of one bound class as `const T&` and return `bool`"),
        )
    };
    if *ret != Type::Bool {
        return Err(not_equality());
    }
    let (lhs, rhs) = match (lhs_class, params) {
        (Some(c), [rhs]) => (Some(c), operand_class(env, b, rhs)),
        (None, [lhs, rhs]) => (operand_class(env, b, lhs), operand_class(env, b, rhs)),
        _ => (None, None),
    };
    let class = match (lhs, rhs) {
        (Some(l), Some(r)) if l == r => l,
        _ => return Err(not_equality()),
    };
    let taken = match which {
        "eq" => b.classes[class].eq.is_some(),
        _ => b.classes[class].ne.is_some(),
    };
    if taken {
        return Err(Skip::new(
            Reason::Operator,
            format!("another `{op}` already implements `PartialEq::{which}`"),
        ));
    }
    let c = &b.classes[class];
    let shim = names.ffi_value(
        &format!(
            "cxxbind_{}_{which}",
            naming::flat(&c.cpp_scope, &c.cpp_name)
        ),
        "",
    );
    let rust_path = format!("{}::{}::{which}", c.module.join("::"), c.rust_name)
        .trim_start_matches("::")
        .to_string();
    match which {
        "eq" => b.classes[class].eq = Some(shim),
        _ => b.classes[class].ne = Some(shim),
    }
    Ok(Status::Bound {
        via: Via::Shim,
        rust_path,
    })
}
