//! The standard library types that cross by value: `std::vector`,
//! `std::optional` (`std::string`, `std::string_view` and `std::unique_ptr`
//! are mapped beside the other types, in [`crate::analysis::core::types`]).

use crate::analysis::core::types::{scalar, unbound, TypeEnv};
use crate::ir::cpp_spelling;
use crate::ir::Type;
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
