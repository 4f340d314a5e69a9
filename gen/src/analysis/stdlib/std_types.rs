//! The standard library types that cross by value: `std::vector`,
//! `std::optional`; and a `std::string` the callee writes (`std::string`,
//! `std::string_view` and `std::unique_ptr` are otherwise mapped beside the
//! other types, in [`crate::analysis::core::params`]).

use crate::analysis::core::types::{scalar, unbound, CallHints, ParamContext, TypeEnv};
use crate::ir::cpp_spelling;
use crate::ir::{Param, Type};
use crate::plan::{ArgKind, RetKind};
use crate::plan::{Skip, Why};

/// `std::vector<T>` in: a slice of a scalar (not `char`, which reads as text).
pub(crate) fn vec_in(elem: &Type) -> Result<ArgKind, Skip> {
    match scalar(elem) {
        Some(s) if s.rust != "c_char" => Ok(ArgKind::VecIn {
            elem: s,
            cpp_elem: cpp_spelling(elem),
        }),
        _ => Err(Skip::new(Why::VectorParam {
            elem: cpp_spelling(elem),
        })),
    }
}

/// `std::optional<T>` in: of a scalar or a string.
pub(crate) fn optional_in(inner: &Type) -> Result<ArgKind, Skip> {
    match (scalar(inner), inner) {
        (Some(s), _) => Ok(ArgKind::OptScalar {
            value: s,
            cpp_inner: cpp_spelling(inner),
        }),
        (_, Type::StdString) => Ok(ArgKind::OptStr),
        _ => Err(Skip::new(Why::OptionalParam {
            inner: cpp_spelling(inner),
        })),
    }
}

/// `std::optional<T>` out: scalars and strings are copied, classes (returned
/// by value, so they can be moved) boxed.
pub(crate) fn optional_out(inner: &Type, env: &TypeEnv, by_ref: bool) -> Result<RetKind, Skip> {
    match (scalar(inner), inner) {
        (Some(s), _) => Ok(RetKind::OptScalar(s)),
        (_, Type::StdString) => Ok(RetKind::OptString),
        (_, Type::Record { name }) if !by_ref => match env.classes.get(name) {
            Some(&class) if env.values.contains(&class) => {
                Err(Skip::new(Why::OptionalOfValue { name: name.clone() }))
            }
            Some(&class) => Ok(RetKind::OptObject { class }),
            None => Err(unbound(name, env)),
        },
        _ => Err(Skip::new(Why::OptionalResult {
            inner: cpp_spelling(inner),
        })),
    }
}

/// `std::vector<T>` out: scalars (not `char`) and strings are copied.
pub(crate) fn vec_out(elem: &Type) -> Result<RetKind, Skip> {
    match (scalar(elem), elem) {
        (Some(s), _) if s.rust != "c_char" => Ok(RetKind::Vec { elem: s }),
        (_, Type::StdString) => Ok(RetKind::VecOfStrings),
        _ => Err(Skip::new(Why::VectorResult {
            elem: cpp_spelling(elem),
        })),
    }
}

/// A non-`const` `std::string&` or `std::string*` (rule 5): read and
/// written by the callee (`&mut Vec<u8>`), unless its documentation says it
/// is only written ([`documented_output`]). A constructor may keep it, and
/// the shim's string dies with the call: not bound there.
pub(crate) fn string_in_out(pointer: bool, ctx: ParamContext) -> Result<ArgKind, Skip> {
    match ctx {
        ParamContext::Call => Ok(ArgKind::StrInOut { pointer }),
        ParamContext::Constructor => Err(Skip::new(Why::ConstructorKeepsString)),
    }
}

/// A non-`const` `std::string*` the callable's documentation says the
/// callee only writes (`\param[out]`, [`CallHints::outputs`]): part of the
/// result, starting empty (relying on `output-by-doc`).
pub(crate) fn documented_output(
    p: &Param,
    ctx: ParamContext,
    hints: &CallHints,
) -> Option<ArgKind> {
    let Type::Pointer {
        pointee,
        is_const: false,
    } = &p.ty
    else {
        return None;
    };
    let documented = ctx == ParamContext::Call
        && matches!(**pointee, Type::StdString)
        && !p.name.is_empty()
        && hints.outputs.contains(&p.name);
    documented.then_some(ArgKind::OutString)
}
