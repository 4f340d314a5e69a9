//! How a C++ result crosses into Rust.

use super::plan::{Arg, ArgKind, RetKind};
use super::reason::{Reason, Skip};
use super::std_types::{optional_out, vec_out};
use super::types::{byte_like, cpp_spelling, enum_arg, scalar, type_skip, unbound, TypeEnv};
use crate::ir::Type;

/// Maps a result type. `args` lets a pointer result borrow a `size_t*` length (methods only).
pub fn map_ret(ty: &Type, env: &TypeEnv, args: &[Arg], is_method: bool) -> Result<RetKind, Skip> {
    if let Some(s) = scalar(ty) {
        return Ok(RetKind::Scalar(s));
    }
    let label = |s: Skip| Skip::new(s.reason, format!("result: {}", s.message));
    if let Type::Pointer { pointee, .. } = ty {
        if let Type::Record { name } = &**pointee {
            if let Some(&h) = env.handles.get(name) {
                return Ok(RetKind::Handle(h));
            }
        }
    }
    if let Type::StringToken { name } = ty {
        if let Some(&h) = env.handles.get(name) {
            return Ok(RetKind::Handle(h));
        }
    }
    match ty {
        Type::Void => Ok(RetKind::Void),
        Type::Enum { name } => match enum_arg(name, env, false).map_err(label)? {
            ArgKind::Enum { cpp, ffi, .. } => Ok(RetKind::Enum { cpp, ffi }),
            _ => Err(Skip::new(Reason::UnboundType, "result enum")),
        },
        Type::StdString | Type::StdStringView => Ok(RetKind::String),
        Type::Ref {
            pointee,
            is_const: true,
        } if matches!(**pointee, Type::StdString) => Ok(RetKind::String),
        Type::StdVector { elem } => vec_out(elem),
        Type::StdOptional { inner } => optional_out(inner, env, false).map_err(label),
        Type::Ref {
            pointee,
            is_const: true,
        } if matches!(**pointee, Type::StdOptional { .. }) => match &**pointee {
            Type::StdOptional { inner } => optional_out(inner, env, true).map_err(label),
            _ => Err(type_skip(ty)),
        },
        Type::Ref {
            pointee,
            is_const: true,
        } if matches!(**pointee, Type::StdVector { .. }) => match &**pointee {
            Type::StdVector { elem } => vec_out(elem),
            _ => Err(type_skip(ty)),
        },
        Type::UniquePtr { pointee } => match &**pointee {
            Type::Record { name } => match env.classes.get(name) {
                Some(&class) => Ok(RetKind::UniquePtr { class }),
                None => Err(label(unbound(name, env))),
            },
            _ => Err(label(type_skip(ty))),
        },
        Type::Record { name } => match env.classes.get(name) {
            Some(&class) => Ok(RetKind::Object {
                cpp: name.clone(),
                class,
            }),
            None => Err(label(unbound(name, env))),
        },
        Type::Pointer { pointee, is_const } if byte_like(pointee) => {
            let len_args: Vec<usize> = args
                .iter()
                .enumerate()
                .filter(|(_, a)| matches!(a.kind, ArgKind::OutScalar(s) if s.rust == "usize"))
                .map(|(i, _)| i)
                .collect();
            if is_method && len_args.len() == 1 {
                return Ok(RetKind::BorrowedBytes {
                    mutable: !is_const,
                    len_arg: len_args[0],
                });
            }
            if len_args.len() == 1 {
                // Not a method: nothing to borrow from, so the bytes are copied out at once.
                return Ok(RetKind::CopiedBytes {
                    len_arg: len_args[0],
                });
            }
            if *is_const && len_args.is_empty() {
                return Ok(RetKind::CStr);
            }
            Err(Skip::new(
                Reason::RawPointerReturn,
                format!("result `{}`: lifetime and length unknown", cpp_spelling(ty)),
            ))
        }
        Type::Ref { .. } => Err(Skip::new(
            Reason::ReferenceReturn,
            format!(
                "result `{}`: a reference whose owner is unknown",
                cpp_spelling(ty)
            ),
        )),
        Type::Pointer { .. } => Err(Skip::new(
            Reason::RawPointerReturn,
            format!(
                "result `{}`: ownership and lifetime unknown",
                cpp_spelling(ty)
            ),
        )),
        other => Err(label(type_skip(other))),
    }
}
