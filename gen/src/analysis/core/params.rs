//! The parameter dispatcher: one pass over a callable's C++ parameters,
//! each run of them matched by exactly one rule, in order (config-sized
//! arrays and buffers, pointer arrays, given bytes, closure sets, closures,
//! C buffers, C text, iovecs, slices, then one parameter's own type). The
//! rules themselves live in their construct's wing; this file only orders
//! them. Its twin for results is [`super::results`].

use crate::analysis::conventions::{is_byte_len, is_count, is_slice_len};
use crate::analysis::core::naming;
use crate::analysis::core::types::*;
use crate::analysis::stdlib::std_types;
use crate::ir::cpp_spelling;
use crate::ir::{Param, Type};
use crate::plan::{Arg, ArgKind, Scalar};
use crate::plan::{Reason, Skip};

/// Maps the C++ parameters to Rust arguments, pairing `(T*, size_t)` into slices.
pub fn map_params(
    params: &[Param],
    env: &TypeEnv,
    ctx: ParamContext,
    hints: &CallHints,
) -> Result<Vec<Arg>, Skip> {
    let sized = &hints.sized;
    let mut args = Vec::new();
    let mut i = 0;
    let mut names = naming::NameSet::default();
    while i < params.len() {
        let p = &params[i];
        let label = if p.name.is_empty() {
            format!("parameter {}", i + 1)
        } else {
            format!("parameter `{}`", p.name)
        };
        // User data before its callback: the closure is named after the callback.
        let named = match (&p.ty, params.get(i + 1)) {
            (Type::VoidPointer, Some(cb)) if matches!(cb.ty, Type::Callback { .. }) => (cb, i + 1),
            _ => (p, i),
        };
        let base_name = if named.0.name.is_empty() {
            format!("arg{}", named.1)
        } else {
            naming::param(&named.0.name)
        };
        let name = names.claim(&base_name);
        // An array of strings, with its length stated in the config.
        if let Some(len) = hints.arrays.get(&p.name) {
            let kind = crate::analysis::c_api::arrays::kind(p, len, env.strings_free.as_deref())
                .map_err(|s| Skip::new(s.reason, format!("{label}: {}", s.message)))?;
            args.push(Arg::single(name, kind, i, p));
            i += 1;
            continue;
        }
        // A buffer the callee writes, with its size stated in the config.
        if let (
            Some(size),
            Type::Pointer {
                pointee,
                is_const: false,
            },
        ) = (sized.get(&p.name), &p.ty)
        {
            if byte_like(pointee) {
                args.push(Arg {
                    name,
                    kind: ArgKind::SizedBuffer { size: size.clone() },
                    cpp_index: i,
                    cpp_count: 1,
                    cpp_type: cpp_spelling(&p.ty),
                    cpp_names: vec![p.name.clone()],
                });
                i += 1;
                continue;
            }
        }
        let after_slice = args
            .last()
            .is_some_and(|a: &Arg| a.cpp_count == 2 && a.cpp_index + 2 == i);
        if let Some(skip) = pointer_array(params, i, after_slice) {
            return Err(Skip::new(skip.reason, format!("{label}: {}", skip.message)));
        }
        if let Some(given) = crate::analysis::c_api::buffers::given_bytes(params, i, &name) {
            i += given.cpp_count;
            args.push(given);
            continue;
        }
        if let Some(set) = crate::analysis::c_api::closure_set::closure_set(
            params,
            i,
            &name,
            &mut names,
            env,
            hints.utf16,
        ) {
            let set = set.map_err(|s| Skip::new(s.reason, format!("{label}: {}", s.message)))?;
            i += set.cpp_count;
            args.push(set);
            continue;
        }
        if let Some(closure) =
            crate::analysis::c_api::callbacks::closure(params, i, &name, env, hints.utf16)
        {
            let closure =
                closure.map_err(|s| Skip::new(s.reason, format!("{label}: {}", s.message)))?;
            i += closure.cpp_count;
            args.push(closure);
            continue;
        }
        // A pointer the config sizes is a sized buffer, whatever precedes it.
        let sized_next = params
            .get(i + 1)
            .is_some_and(|n| sized.contains_key(&n.name));
        if let Some(mut arg) =
            crate::analysis::c_api::buffers::reversed_void_slice(params, i, name.clone())
                .filter(|_| !sized_next)
        {
            // `(n, void* p)`: the slice is named after the pointer.
            if let Some(next) = params.get(i + 1).filter(|n| !n.name.is_empty()) {
                arg.name = names.claim(&naming::param(&next.name));
            }
            args.push(arg);
            i += 2;
            continue;
        }
        if let Some(arg) = crate::analysis::c_api::buffers::void_slice(params, i, &name) {
            args.push(arg);
            i += 2;
            continue;
        }
        if let Some(kind) = crate::analysis::c_api::c_text::text_param(p, i, hints) {
            // A `va_list` after the format: the shim builds one holding the text.
            let va_list = params.get(i + 1).filter(|v| matches!(v.ty, Type::VaList));
            if let (ArgKind::PrintfText, Some(v)) = (&kind, va_list) {
                args.push(Arg {
                    name,
                    kind: ArgKind::VaText,
                    cpp_index: i,
                    cpp_count: 2,
                    cpp_type: cpp_spelling(&p.ty),
                    cpp_names: vec![p.name.clone(), v.name.clone()],
                });
                i += 2;
                continue;
            }
            args.push(Arg::single(name, kind, i, p));
            i += 1;
            continue;
        }
        if crate::analysis::c_api::buffers::keep_copy(&mut args, p, i) {
            i += 1;
            continue;
        }
        if let Some(arg) = crate::analysis::c_api::iovec::io_slices(params, i, &name, env, ctx) {
            args.push(arg);
            i += 2;
            continue;
        }
        // (Object* p, integer n): an array of objects, which has no safe reading
        // yet. A C handle is never an array (its size is unknown).
        if let (Type::Pointer { pointee, .. }, Some(next)) = (&p.ty, params.get(i + 1)) {
            let object =
                matches!(&**pointee, Type::Record { name } if !env.handles.contains_key(name));
            if object && is_count(next) {
                return Err(Skip::new(
                    Reason::RawPointer,
                    format!(
                        "{label}: `{}` followed by a length is an array of objects",
                        cpp_spelling(&p.ty)
                    ),
                ));
            }
        }
        // (T* p, count n): a slice (the count is a `size_t`, named like one, or unnamed).
        if let Type::Pointer { pointee, is_const } = &p.ty {
            if let (Some(elem), Some(next)) = (scalar(pointee), params.get(i + 1)) {
                // Bytes pair only with a byte length: `(const char* s, int nParam)` is
                // a string and a count of something else.
                let len_ok = if byte_like(pointee) {
                    is_byte_len(next)
                } else {
                    is_slice_len(next)
                };
                if len_ok && !matches!(**pointee, Type::Bool) {
                    let elem = if byte_like(pointee) {
                        Scalar {
                            rust: "u8",
                            cpp: "std::uint8_t",
                            exact: true,
                        }
                    } else {
                        elem
                    };
                    args.push(Arg {
                        name,
                        kind: ArgKind::Slice {
                            elem,
                            mutable: !is_const,
                            cpp_ptr: cpp_spelling(&p.ty),
                            len_first: false,
                        },
                        cpp_index: i,
                        cpp_count: 2,
                        cpp_type: cpp_spelling(&p.ty),
                        cpp_names: vec![p.name.clone(), next.name.clone()],
                    });
                    i += 2;
                    continue;
                }
            }
        }
        let kind = map_param(&p.ty, env, ctx).map_err(|s| Skip {
            reason: s.reason,
            message: format!("{label}: {}", s.message),
        })?;
        args.push(Arg::single(name, kind, i, p));
        i += 1;
    }
    // A borrowed out-string may point into a byte argument: make those NUL-terminated.
    if args
        .iter()
        .any(|a| matches!(a.kind, ArgKind::OutCStr { free: None }))
    {
        for a in &mut args {
            if matches!(&a.kind, ArgKind::Slice { elem, mutable: false, .. } if elem.rust == "u8") {
                a.kind = ArgKind::TerminatedBytes;
            }
        }
    }
    crate::analysis::c_api::c_text::terminate_utf16(&mut args);
    Ok(args)
}

/// A `T**` next to a count reads as an array of pointers (no safe reading),
/// not as an out-parameter; a count that is already a slice's length does
/// not count (`(const char* sql, int nByte, sqlite3_stmt** out, …)`).
fn pointer_array(params: &[Param], i: usize, after_slice: bool) -> Option<Skip> {
    let Type::Pointer { pointee, .. } = &params[i].ty else {
        return None;
    };
    if !matches!(**pointee, Type::Pointer { .. }) {
        return None;
    }
    let counted = (i > 0 && !after_slice && is_count(&params[i - 1]))
        || params.get(i + 1).is_some_and(is_count);
    counted.then(|| {
        Skip::new(
            Reason::RawPointer,
            format!(
                "`{}` next to a count is an array of pointers",
                cpp_spelling(&params[i].ty)
            ),
        )
    })
}

/// Pointers to opaque C handles, and `char**` out-strings.
fn handle_param(ty: &Type, env: &TypeEnv) -> Option<Result<ArgKind, Skip>> {
    let Type::Pointer { pointee, is_const } = ty else {
        return None;
    };
    match &**pointee {
        Type::Record { name } => env.handles.get(name).map(|&h| Ok(ArgKind::Handle(h))),
        Type::Pointer {
            pointee: inner,
            is_const: inner_const,
        } if !is_const => match &**inner {
            Type::Record { name } => env.handles.get(name).map(|&h| Ok(ArgKind::OutHandle(h))),
            Type::Char if *inner_const => Some(Ok(ArgKind::OutCStr { free: None })),
            Type::Char => Some(match &env.free_function {
                Some(f) => Ok(ArgKind::OutCStr {
                    free: Some(f.clone()),
                }),
                None => Err(Skip::new(
                    Reason::RawPointer,
                    "`char**` string the caller must free, and the library has no `*_free(void*)`",
                )),
            }),
            _ => None,
        },
        _ => None,
    }
}

fn map_param(ty: &Type, env: &TypeEnv, ctx: ParamContext) -> Result<ArgKind, Skip> {
    if let Some(s) = scalar(ty) {
        return Ok(ArgKind::Scalar(s));
    }
    if let Some(pod) = crate::analysis::class::pod::param(ty, env) {
        return Ok(pod);
    }
    if let Type::StringToken { name } = ty {
        if let Some(&h) = env.handles.get(name) {
            return Ok(ArgKind::Handle(h));
        }
    }
    if let Some(h) = handle_param(ty, env) {
        return h;
    }
    if let Some(k) =
        crate::analysis::stdlib::vocab::param(ty, env, ctx == ParamContext::Constructor)
    {
        return k;
    }
    match ty {
        Type::Enum { name } => enum_arg(name, env, false),
        Type::StdString => Ok(ArgKind::StrValue),
        Type::StdStringView => Ok(ArgKind::StrView),
        Type::StdVector { elem } => std_types::vec_in(elem),
        Type::StdOptional { inner } => std_types::optional_in(inner),
        Type::UniquePtr { pointee } => match &**pointee {
            Type::Record { name } => match env.classes.get(name) {
                Some(&class) if env.movable.contains(&class) => Ok(ArgKind::UniquePtrIn { class }),
                Some(_) => Err(Skip::new(
                    Reason::ClassByValue,
                    format!("`std::unique_ptr<{name}>`: the object is abstract, borrows, or has no public destructor, so Rust cannot hand it over"),
                )),
                None => Err(unbound(name, env)),
            },
            other => Err(type_skip(&Type::UniquePtr {
                pointee: Box::new(other.clone()),
            })),
        },
        Type::Record { name } if ctx == ParamContext::Call && env.byte_view(name).is_some() => {
            Ok(ArgKind::ByteView {
                cpp: name.clone(),
            })
        }
        Type::Record { name } => Err(object_skip(name, env).unwrap_or_else(|| {
            Skip::new(
                Reason::ClassByValue,
                format!("`{name}` passed by value (copy not proven safe)"),
            )
        })),
        Type::Ref { pointee, is_const } => match &**pointee {
            Type::StdString if *is_const => Ok(ArgKind::StrRef),
            Type::StdString => Ok(ArgKind::StrInOut),
            Type::StdStringView if *is_const => Ok(ArgKind::StrView),
            Type::StdVector { elem } if *is_const => std_types::vec_in(elem),
            Type::StdOptional { inner } if *is_const => std_types::optional_in(inner),
            Type::Enum { name } if *is_const => enum_arg(name, env, true),
            Type::Record { name }
                if *is_const && ctx == ParamContext::Call && env.byte_view(name).is_some() =>
            {
                Ok(ArgKind::ByteView { cpp: name.clone() })
            }
            Type::Record { name } => object(name, env, *is_const, false, ctx),
            t if *is_const && scalar(t).is_some() => {
                let mut s = scalar(t).unwrap_or(Scalar {
                    rust: "",
                    cpp: "",
                    exact: false,
                });
                s.exact = false; // a reference: the shim passes a value
                Ok(ArgKind::Scalar(s))
            }
            t if scalar(t).is_some() => Err(Skip::new(
                Reason::RawPointer,
                "mutable reference to a scalar (in/out parameter)",
            )),
            other => Err(type_skip(other)),
        },
        Type::Pointer { pointee, is_const } => match &**pointee {
            Type::Char if *is_const => Ok(match ctx {
                ParamContext::Call => ArgKind::CStr,
                ParamContext::Constructor => ArgKind::CStrRetained,
            }),
            // `const xmlChar*`: text in the library's own character type, as
            // `const char*` (the shim casts the pointer).
            t if *is_const && ctx == ParamContext::Call && is_text_char(t) => Ok(ArgKind::CStr),
            t if byte_like(t) && !is_const => Err(Skip::new(
                Reason::RawPointerOutput,
                match ctx {
                    ParamContext::Call => format!(
                        "`{}` buffer written by the callee with no length parameter",
                        cpp_spelling(ty)
                    ),
                    ParamContext::Constructor => format!(
                        "`{}` buffer the object keeps and may write past any size the call could check",
                        cpp_spelling(ty)
                    ),
                },
            )),
            Type::StdString if !is_const => Ok(ArgKind::OutString),
            Type::Record { name } => object(name, env, *is_const, true, ctx),
            t if !is_const && scalar(t).is_some() => {
                let mut s = scalar(t).unwrap_or(Scalar {
                    rust: "",
                    cpp: "",
                    exact: false,
                });
                s.exact = false;
                Ok(ArgKind::OutScalar(s))
            }
            t if scalar(t).is_some() => Err(Skip::new(
                Reason::RawPointer,
                format!("`{}` without a length parameter", cpp_spelling(ty)),
            )),
            Type::Pointer {
                pointee: inner,
                is_const: false,
            } if !is_const && owned_class(inner, env).is_some() => match owned_class(inner, env) {
                Some(class) => Ok(ArgKind::OutObject { class }),
                None => Err(type_skip(ty)),
            },
            Type::Pointer { .. } | Type::VoidPointer | Type::ConstVoidPointer => Err(Skip::new(
                Reason::RawPointer,
                format!("pointer to pointer `{}`", cpp_spelling(ty)),
            )),
            other => Err(type_skip(other)),
        },
        other => Err(type_skip(other)),
    }
}

fn object(
    name: &str,
    env: &TypeEnv,
    is_const: bool,
    pointer: bool,
    _ctx: ParamContext,
) -> Result<ArgKind, Skip> {
    match env.classes.get(name) {
        Some(&class) => Ok(ArgKind::Object {
            cpp: name.to_string(),
            class,
            mutable: !is_const,
            pointer,
        }),
        None => Err(unbound(name, env)),
    }
}

fn object_skip(name: &str, env: &TypeEnv) -> Option<Skip> {
    (!env.classes.contains_key(name)).then(|| unbound(name, env))
}
