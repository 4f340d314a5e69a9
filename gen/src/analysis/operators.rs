//! Operators mapped to Rust traits. So far: `==` and `!=` between two
//! objects of one owned class become `PartialEq`.

use super::items::ModuleNames;
use super::model::*;
use super::naming;
use super::reason::{Reason, Skip};
use super::types::TypeEnv;
use crate::ir::Type;

/// `std::ostream& operator<<(std::ostream&, const T&)` becomes `Display`.
fn display(
    b: &mut Bindings,
    env: &TypeEnv,
    names: &mut ModuleNames,
    params: &[Type],
) -> Result<Status, Skip> {
    let is_ostream = |t: &Type| {
        matches!(t, Type::Ref { pointee, is_const: false }
            if matches!(&**pointee, Type::Unsupported { spelling, .. } if spelling.contains("ostream")))
    };
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
    if b.classes[class].display.is_some() {
        return Err(Skip::new(
            Reason::Operator,
            "another `operator<<` already implements `Display`",
        ));
    }
    let c = &b.classes[class];
    let shim = names.ffi_value(
        &format!(
            "cxxbind_{}_display",
            naming::flat(&c.cpp_scope, &c.cpp_name)
        ),
        "",
    );
    let rust_path = format!("{}::{}::fmt", c.module.join("::"), c.rust_name)
        .trim_start_matches("::")
        .to_string();
    b.classes[class].display = Some(shim);
    Ok(Status::Bound {
        via: Via::Shim,
        rust_path,
    })
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
        "operator<<" if lhs_class.is_none() => return display(b, env, names, params),
        _ => {
            return Err(Skip::new(
                Reason::Operator,
                format!(
                    "`{op}` is not mapped to a Rust trait yet (only `==`, `!=` and `<<` to `std::ostream` are)"
                ),
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
