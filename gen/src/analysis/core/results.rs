//! How a C++ result crosses into Rust.

use crate::analysis::conventions::is_factory;
use crate::analysis::core::types::{
    byte_like, enum_names, owned_class, scalar, type_skip, unbound, TypeEnv,
};
use crate::analysis::stdlib::std_types::{optional_out, vec_out};
use crate::ir::cpp_spelling;
use crate::ir::Type;
use crate::plan::{Access, Arg, ArgKind, Convention, RetKind, Scalar};
use crate::plan::{Skip, Why};

/// The one byte buffer a free function writes (`(char* buf, int n)`,
/// `(int n, char* buf)`): a `char*` it returns is, by C convention, a
/// position in it (`snprintf` returns `buf`), or null.
fn written_buffer(args: &[Arg]) -> Option<usize> {
    let mut buffers = args.iter().enumerate().filter(
        |(_, a)| matches!(&a.kind, ArgKind::Slice { elem, mutable: true, .. } if elem.rust == "u8"),
    );
    match (buffers.next(), buffers.next()) {
        (Some((i, _)), None) => Some(i),
        _ => None,
    }
}

/// The same skip, concerning the result.
fn label(s: Skip) -> Skip {
    s.in_result()
}

/// The convention a result kind relies on when only a guess read from a
/// name makes it: a byte view or a status (its class's members' names), a
/// factory's new object (the function's name).
pub fn assumes(ret: &RetKind) -> Option<Convention> {
    match ret {
        RetKind::ByteView | RetKind::ViewData => Some(Convention::ByteViewByName),
        RetKind::Status { .. } => Some(Convention::StatusByName),
        RetKind::Created { .. } => Some(Convention::FactoryByName),
        _ => None,
    }
}

/// Maps a result type. `args` lets a pointer result borrow a `size_t*` length (methods only).
pub fn map_ret(
    ty: &Type,
    name: &str,
    env: &TypeEnv,
    args: &[Arg],
    is_method: bool,
) -> Result<RetKind, Skip> {
    if let Some(s) = scalar(ty) {
        return Ok(RetKind::Scalar(s));
    }
    if let Some(pod) = crate::analysis::class::pod::ret(ty, env) {
        return Ok(pod);
    }
    if let Some(h) = handle_ret(ty, env) {
        return Ok(h);
    }
    if let Some(k) = crate::analysis::stdlib::vocab::ret(ty, env, is_method) {
        return k.map_err(label);
    }
    match ty {
        Type::Void => Ok(RetKind::Void),
        Type::Enum { name } => {
            let (cpp, ffi) = enum_names(name, env).map_err(label)?;
            Ok(RetKind::Enum { cpp, ffi })
        }
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
        Type::UniquePtr { pointee } => unique_ptr_ret(ty, pointee, env),
        Type::Record { name } => record_ret(name, env, is_method),
        Type::Pointer { pointee, is_const } if byte_like(pointee) => {
            bytes_ret(ty, *is_const, args, is_method)
        }
        // A factory's new object: the caller's.
        Type::Pointer {
            pointee,
            is_const: false,
        } if is_factory(name) && owned_class(pointee, env).is_some() => {
            match owned_class(pointee, env) {
                Some(class) => Ok(RetKind::Created { class }),
                None => Err(type_skip(ty)),
            }
        }
        // An object C++ owns: lent by a method (narrowed to `Shared` for a
        // `const` one by the caller), or for good by a function without
        // parameters (a singleton).
        Type::Pointer { pointee, is_const } | Type::Ref { pointee, is_const }
            if (is_method || args.is_empty())
                && matches!(&**pointee, Type::Record { name } if env.classes.contains_key(name)) =>
        {
            borrowed_ret(ty, pointee, *is_const, env, is_method)
        }
        // A scalar by `const` reference is read (copied); a method's
        // non-`const` one is lent (`&'r mut T`, narrowed to a copy for a
        // `const` member by the caller).
        Type::Ref {
            pointee,
            is_const: true,
        } if scalar(pointee).is_some() => match scalar(pointee) {
            Some(s) => Ok(RetKind::Scalar(Scalar { exact: false, ..s })),
            None => Err(type_skip(ty)),
        },
        Type::Ref {
            pointee,
            is_const: false,
        } if is_method && scalar(pointee).is_some_and(|s| s.exact) => match scalar(pointee) {
            Some(s) => Ok(RetKind::ScalarRef(s)),
            None => Err(type_skip(ty)),
        },
        Type::Ref { .. } => Err(Skip::new(Why::ReferenceResult {
            spelling: cpp_spelling(ty),
        })),
        Type::Pointer { .. } => Err(Skip::new(Why::PointerResult {
            spelling: cpp_spelling(ty),
        })),
        other => Err(label(type_skip(other))),
    }
}

/// An opaque C handle, by pointer or as the library's string-token typedef.
fn handle_ret(ty: &Type, env: &TypeEnv) -> Option<RetKind> {
    if let Type::Pointer { pointee, .. } = ty {
        if let Type::Record { name } = &**pointee {
            if let Some(&h) = env.handles.get(name) {
                return Some(RetKind::Handle(h));
            }
        }
    }
    if let Type::StringToken { name, .. } = ty {
        if let Some(&h) = env.handles.get(name) {
            return Some(RetKind::Handle(h));
        }
    }
    None
}

/// `std::unique_ptr<T>` (the whole type `ty`): an owned object, unless `T`
/// is a handle value.
fn unique_ptr_ret(ty: &Type, pointee: &Type, env: &TypeEnv) -> Result<RetKind, Skip> {
    match pointee {
        Type::Record { name } => match env.classes.get(name) {
            Some(&class) if env.values.contains(&class) => {
                Err(label(Skip::new(Why::UniquePtrOfValue {
                    name: name.clone(),
                })))
            }
            Some(&class) => Ok(RetKind::UniquePtr { class }),
            None => Err(label(unbound(name, env))),
        },
        _ => Err(label(type_skip(ty))),
    }
}

/// A class by value: a method's byte view, a status, or a boxed object.
fn record_ret(name: &str, env: &TypeEnv, is_method: bool) -> Result<RetKind, Skip> {
    if is_method && env.byte_view(name).is_some() {
        return Ok(RetKind::ByteView);
    }
    if env.status(name).is_some() {
        return match env.status(name) {
            Some(class) => Ok(RetKind::Status { class }),
            None => Err(label(unbound(name, env))),
        };
    }
    match env.classes.get(name) {
        Some(&class) => Ok(RetKind::Object {
            cpp: name.to_string(),
            class,
        }),
        None => Err(label(unbound(name, env))),
    }
}

/// A pointer to bytes (the whole type `ty`): sized by a `size_t*`
/// out-parameter, C text, or a position in the one buffer written.
fn bytes_ret(ty: &Type, is_const: bool, args: &[Arg], is_method: bool) -> Result<RetKind, Skip> {
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
    // A function writing one buffer returns a position in it, `const` or
    // not: copying up to a NUL would read past the buffer it filled.
    if let (false, Some(buf_arg)) = (is_method, written_buffer(args)) {
        return Ok(RetKind::InBuffer { buf_arg });
    }
    if is_const && len_args.is_empty() {
        return Ok(RetKind::CStr);
    }
    Err(Skip::new(Why::BytesResult {
        spelling: cpp_spelling(ty),
    }))
}

/// A bound object C++ owns (the whole type `ty`, a pointer or a reference):
/// lent by a method, for good by a function without parameters.
fn borrowed_ret(
    ty: &Type,
    pointee: &Type,
    is_const: bool,
    env: &TypeEnv,
    is_method: bool,
) -> Result<RetKind, Skip> {
    let Type::Record { name } = pointee else {
        return Err(type_skip(ty));
    };
    let access = match (is_method, is_const) {
        (false, _) => Access::Static,
        (true, true) => Access::Shared,
        (true, false) => Access::Exclusive,
    };
    match env.classes.get(name) {
        Some(&class) => Ok(RetKind::Borrowed {
            class,
            access,
            nullable: matches!(ty, Type::Pointer { .. }),
        }),
        None => Err(label(unbound(name, env))),
    }
}
