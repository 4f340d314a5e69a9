//! The standard library vocabulary beyond vectors and optionals
//! ([`crate::ir::StdType`]): `std::shared_ptr`, `std::array`, `std::pair` /
//! `std::tuple`, `std::map` / `std::unordered_map`, `std::span`. Each
//! parameter or result is one [`StdArg`] / [`StdRet`] plan, carried by
//! [`ArgKind::Std`] / [`RetKind::Std`].

use crate::analysis::core::types::{scalar, unbound, TypeEnv};
use crate::ir::cpp_spelling;
use crate::ir::{StdType, Type};
use crate::plan::Carrier;
use crate::plan::ClassId;
use crate::plan::{ArgKind, RetKind, Scalar};
use crate::plan::{CppFn, Piece, StdArg, StdRet};
use crate::plan::{Skip, StdRule, Why};

/// The signature's name words: parameters, then `to`, then the result.
fn fn_names(params: &[Scalar], ret: Option<&Scalar>) -> (String, String) {
    let mut words: Vec<&str> = params.iter().map(|s| s.rust).collect();
    if words.is_empty() {
        words.push("none");
    }
    words.push("to");
    words.push(ret.map_or("void", |s| s.rust));
    let snake = words.join("_");
    (
        format!("cxxbind_fn_{snake}"),
        heck::ToUpperCamelCase::to_upper_camel_case(format!("cpp_fn_{snake}").as_str()),
    )
}

impl Piece {
    fn of(ty: &Type) -> Option<Piece> {
        match (scalar(ty), ty) {
            (Some(s), _) => Some(Piece::Scalar(s)),
            (_, Type::StdString) => Some(Piece::Bytes),
            _ => None,
        }
    }

    /// Can be a Rust map key (`Ord` and `Hash`): not floating-point.
    fn is_key(&self) -> bool {
        !matches!(self, Piece::Scalar(s) if s.rust == "f32" || s.rust == "f64")
    }
}

/// The standard library type of a parameter or result declared as `T` or
/// `const T&` (`None` for anything else).
fn declared(ty: &Type) -> Option<(&StdType, bool)> {
    match ty {
        Type::Std(t) => Some((t, false)),
        Type::Ref {
            pointee,
            is_const: true,
        } => match &**pointee {
            Type::Std(t) => Some((t, true)),
            _ => None,
        },
        _ => None,
    }
}

fn skip(what: &StdType, rule: StdRule) -> Skip {
    let readable = |t: &Type| {
        cpp_spelling(t)
            .replace("<::", "<")
            .replace(" ::", " ")
            .trim_start_matches("::")
            .to_string()
    };
    Skip::new(Why::StdType {
        spelling: what.spell("std", &readable),
        rule,
    })
}

fn shared_class(pointee: &Type, env: &TypeEnv, t: &StdType) -> Result<ClassId, Skip> {
    match pointee {
        Type::Record { name } => env
            .classes
            .get(name)
            .copied()
            .ok_or_else(|| unbound(name, env)),
        _ => Err(skip(t, StdRule::SharedPointee)),
    }
}

/// The key and value of a map Rust can hold (keys `Ord` and `Hash`).
fn map_pieces(key: &Type, value: &Type) -> Option<(Piece, Piece)> {
    let (k, v) = (Piece::of(key)?, Piece::of(value)?);
    k.is_key().then_some((k, v))
}

/// The element of a set Rust can hold (`Ord` and `Hash`).
fn set_piece(elem: &Type) -> Option<Piece> {
    Piece::of(elem).filter(Piece::is_key)
}

fn pieces(elems: &[Type]) -> Option<Vec<Piece>> {
    elems.iter().map(Piece::of).collect()
}

/// A parameter of a standard library type (`None`: not one of them).
/// In a constructor (`kept`), which may keep what it is given, a `const&`
/// parameter is skipped (the shim's copy lives for the call only), as is a
/// span (a view of Rust memory the object would outlive).
pub(crate) fn param(ty: &Type, env: &TypeEnv, kept: bool) -> Option<Result<ArgKind, Skip>> {
    let (t, by_ref) = declared(ty)?;
    if kept && by_ref {
        return Some(Err(skip(t, StdRule::KeptReference)));
    }
    if kept && matches!(t, StdType::Span { .. }) {
        return Some(Err(skip(t, StdRule::KeptView)));
    }
    if let StdType::Function { ret, params } = t {
        // A Rust closure: lent for the call or kept, as C callbacks are
        // ([`crate::analysis::c_api::callbacks::decide`]).
        return Some(
            crate::analysis::c_api::callbacks::signature(ret, params, env, false).map(|mut sig| {
                sig.carrier = Carrier::StdFunction;
                ArgKind::Closure(sig)
            }),
        );
    }
    Some(param_of(t, env).map(ArgKind::Std))
}

fn param_of(t: &StdType, env: &TypeEnv) -> Result<StdArg, Skip> {
    match t {
        StdType::SharedPtr { pointee } => Ok(StdArg::Shared {
            class: shared_class(pointee, env, t)?,
        }),
        StdType::Array { elem, len } => match scalar(elem) {
            Some(s) if *len > 0 => Ok(StdArg::Array {
                elem: s,
                cpp_elem: cpp_spelling(elem),
                len: *len,
            }),
            _ => Err(skip(t, StdRule::Array)),
        },
        StdType::Tuple { elems, .. } => match pieces(elems) {
            Some(elems) if !elems.is_empty() => Ok(StdArg::Tuple {
                elems,
                cpp: cpp_spelling(&Type::Std(Box::new(t.clone()))),
            }),
            _ => Err(skip(t, StdRule::Tuple)),
        },
        StdType::Span { elem, is_const } => match scalar(elem) {
            Some(s) => Ok(StdArg::Span {
                elem: s,
                cpp_elem: cpp_spelling(elem),
                mutable: !is_const,
            }),
            _ => Err(skip(t, StdRule::Span)),
        },
        StdType::Map {
            key,
            value,
            ordered,
        } => match map_pieces(key, value) {
            Some((key, value)) => Ok(StdArg::Map {
                key,
                value,
                ordered: *ordered,
                cpp: cpp_spelling(&Type::Std(Box::new(t.clone()))),
            }),
            None => Err(skip(t, StdRule::Map)),
        },
        StdType::Set { elem, ordered } => match set_piece(elem) {
            Some(elem) => Ok(StdArg::Set {
                elem,
                ordered: *ordered,
                cpp: cpp_spelling(&Type::Std(Box::new(t.clone()))),
            }),
            None => Err(skip(t, StdRule::Set)),
        },
        // Mapped by `param` (closures).
        StdType::Ordering(_) | StdType::Function { .. } => Err(skip(t, StdRule::Ordering)),
    }
}

/// A result of a standard library type (`None`: not one of them).
pub(crate) fn ret(ty: &Type, env: &TypeEnv, is_method: bool) -> Option<Result<RetKind, Skip>> {
    let (t, _by_ref) = declared(ty)?;
    Some(ret_of(t, env, is_method).map(RetKind::Std))
}

fn ret_of(t: &StdType, env: &TypeEnv, is_method: bool) -> Result<StdRet, Skip> {
    match t {
        StdType::SharedPtr { pointee } => Ok(StdRet::Shared {
            class: shared_class(pointee, env, t)?,
        }),
        StdType::Array { elem, len } => match scalar(elem) {
            Some(s) if *len > 0 => Ok(StdRet::Array { elem: s, len: *len }),
            _ => Err(skip(t, StdRule::Array)),
        },
        StdType::Tuple { elems, .. } => match pieces(elems) {
            Some(elems) if !elems.is_empty() => Ok(StdRet::Tuple { elems }),
            _ => Err(skip(t, StdRule::Tuple)),
        },
        StdType::Map {
            key,
            value,
            ordered,
        } => match map_pieces(key, value) {
            Some((key, value)) => Ok(StdRet::Map {
                key,
                value,
                ordered: *ordered,
            }),
            None => Err(skip(t, StdRule::Map)),
        },
        StdType::Set { elem, ordered } => match set_piece(elem) {
            Some(elem) => Ok(StdRet::Set {
                elem,
                ordered: *ordered,
            }),
            None => Err(skip(t, StdRule::Set)),
        },
        StdType::Span { elem, is_const } if is_method => match scalar(elem) {
            Some(s) => Ok(StdRet::Span {
                elem: s,
                mutable: !is_const,
            }),
            None => Err(skip(t, StdRule::Span)),
        },
        StdType::Span { .. } => Err(skip(t, StdRule::FreeSpan)),
        StdType::Function { ret, params } => {
            let ps: Option<Vec<Scalar>> = params.iter().map(scalar).collect();
            let r = match ret {
                Type::Void => Some(None),
                other => scalar(other).map(Some),
            };
            match (ps, r) {
                (Some(params), Some(ret)) => {
                    let (ffi_name, rust_name) = fn_names(&params, ret.as_ref());
                    Ok(StdRet::Function(CppFn {
                        params,
                        ret,
                        ffi_name,
                        rust_name,
                        borrows: is_method,
                    }))
                }
                _ => Err(skip(t, StdRule::Function)),
            }
        }
        StdType::Ordering(_) => Err(skip(t, StdRule::Ordering)),
    }
}

/// `std::shared_ptr<T>` declared as `T` or `const T&` names class `T`
/// (pass 1: its objects are reached through shared handles, so its
/// methods go on the C++ type).
pub fn shared_pointee(ty: &Type) -> Option<&str> {
    match declared(ty)? {
        (
            StdType::SharedPtr {
                pointee: Type::Record { name },
            },
            _,
        ) => Some(name),
        _ => None,
    }
}
