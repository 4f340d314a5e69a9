//! Callbacks: a function pointer whose first parameter is `void*`, followed
//! by the `void*` user data the library passes back to it, accepts a Rust
//! closure (docs/strategy.md, "Callbacks").
//!
//! A function is taken to use its callback only during the call when a word
//! of its name is in [`CALL_ONLY_WORDS`](crate::analysis::conventions::CALL_ONLY_WORDS) (`sqlite3_exec`): the closure is
//! lent for the call (`impl FnMut + Send`, called under a lock), and the
//! borrow ends when it returns.
//! Any other (a hook, a handler, a registration) may keep it: the closure
//! is owned (`impl FnMut + Send + 'static`), handed over for good (never
//! freed: the library does not say when it lets go) and called under a
//! lock. A panic in a closure is caught before it reaches C: the closure is
//! not called again (later calls return `R::default()`); a lent closure's
//! panic resumes in Rust once the C function returns.

use crate::plan::{Arg, ArgKind, ClosureParam, ClosureSig, Convention, RetKind};
use crate::plan::{CallbackPart, Skip, Why};

use crate::analysis::core::types::{scalar, TypeEnv};

use crate::analysis::conventions::calls_back_only_during_call;
use crate::ir::cpp_spelling;
use crate::ir::{Param, Type};
use crate::plan::Carrier;

/// A `void*` result of a function taking a closure is the user data it
/// replaces (`sqlite3_commit_hook`): dropped, the call returns nothing.
pub fn previous_user_data(ret: &Type, args: &[Arg]) -> Option<RetKind> {
    let closure = args.iter().any(|a| matches!(a.kind, ArgKind::Closure(_)));
    (closure && matches!(ret, Type::VoidPointer)).then_some(RetKind::Void)
}

/// `(callback, void* user_data)` or `(void* user_data, callback)` at
/// `params[i]`, optionally followed by a `void(*)(void*)` that releases the
/// user data: the closure argument, or why the callback cannot be one.
/// `None` when `params[i]` starts no such pair.
pub fn closure(
    params: &[Param],
    i: usize,
    name: &str,
    env: &TypeEnv,
    utf16: bool,
) -> Option<Result<Arg, Skip>> {
    let user_data_first = matches!(params[i].ty, Type::VoidPointer);
    let (cb_at, ud_at) = if user_data_first {
        (i + 1, i)
    } else {
        (i, i + 1)
    };
    // `void(*)(void*)` next to user data is a callback, not a destructor.
    let void_cb = Type::Callback {
        ret: Box::new(Type::Void),
        params: vec![Type::VoidPointer],
    };
    let ty = match &params.get(cb_at)?.ty {
        Type::DestructorPointer if !user_data_first => &void_cb,
        t => t,
    };
    let Type::Callback { ret, params: cb } = ty else {
        return None;
    };
    if !matches!(cb.first(), Some(Type::VoidPointer))
        || !matches!(params.get(ud_at).map(|p| &p.ty), Some(Type::VoidPointer))
    {
        return None;
    }
    // A `void(*)(void*)` followed by its own user data is another callback.
    let released = matches!(
        params.get(i + 2).map(|p| &p.ty),
        Some(Type::DestructorPointer)
    ) && !matches!(params.get(i + 3).map(|p| &p.ty), Some(Type::VoidPointer));
    let mut names = vec![params[i].name.clone(), params[i + 1].name.clone()];
    if released {
        names.push(params[i + 2].name.clone());
    }
    Some(signature(ret, &cb[1..], env, utf16).map(|mut sig| {
        sig.user_data_first = user_data_first;
        sig.released = released;
        let assumes = text_assumes(&sig.params);
        Arg {
            name: name.to_string(),
            kind: ArgKind::Closure(sig),
            cpp_index: i,
            cpp_count: names.len(),
            cpp_type: cpp_spelling(&params[cb_at].ty),
            cpp_names: names,
            assumes,
        }
    }))
}

/// The conventions a closure's parameters rely on: UTF-16 text, marked by
/// the function's name (`sqlite3_collation_needed16`).
pub(crate) fn text_assumes(params: &[ClosureParam]) -> Vec<Convention> {
    if params.iter().any(|p| matches!(p, ClosureParam::Utf16)) {
        vec![Convention::Utf16ByName]
    } else {
        Vec::new()
    }
}

/// The closure signature of a callback returning `ret_ty` with `params`
/// (after the user data); `utf16`: `const void*` parameters are UTF-16 text.
pub(crate) fn signature(
    ret_ty: &Type,
    params: &[Type],
    env: &TypeEnv,
    utf16: bool,
) -> Result<ClosureSig, Skip> {
    let ret = match ret_ty {
        Type::Void => None,
        t => Some(scalar(t).ok_or_else(|| unsupported(CallbackPart::Result, t))?),
    };
    // Every parameter after the user data is an `(int, const void*)` pair
    // (`xCompare(void*, int, const void*, int, const void*)`): sized bytes.
    // A lone integer before a `const void*` may be anything (an encoding:
    // `xCollationNeeded16(void*, sqlite3*, int eTextRep, const void* name)`).
    let sized_pairs = !params.is_empty()
        && params
            .chunks(2)
            .all(|c| matches!(c, [Type::Int { .. }, Type::ConstVoidPointer]));
    let mut out = Vec::new();
    for (k, t) in params.iter().enumerate() {
        let p = match t {
            // `(int n, const void* p)` pairs: `n` bytes at `p` (a
            // comparison's operands), whatever their encoding: never read
            // up to a NUL.
            Type::ConstVoidPointer if sized_pairs => ClosureParam::Bytes { len: k - 1 },
            Type::ConstVoidPointer if utf16 => ClosureParam::Utf16,
            Type::StdString => ClosureParam::String,
            Type::Ref {
                pointee,
                is_const: true,
            } if matches!(**pointee, Type::StdString) => ClosureParam::String,
            Type::Pointer { pointee, .. } if handle(pointee, env).is_some() => {
                ClosureParam::Handle(
                    handle(pointee, env).ok_or_else(|| unsupported(CallbackPart::Parameter, t))?,
                )
            }
            Type::Pointer {
                pointee,
                is_const: false,
            } => match &**pointee {
                // `(int n, T** items)`: `n` handles (`sqlite3_value** argv`).
                Type::Pointer { pointee: c, .. } if handle(c, env).is_some() => {
                    let count = (0..k)
                        .rev()
                        .find(|&j| matches!(params[j], Type::Int { .. }));
                    match (count, handle(c, env)) {
                        (Some(count), Some(handle)) => ClosureParam::Handles { count, handle },
                        _ => return Err(unsupported(CallbackPart::Parameter, t)),
                    }
                }
                Type::Pointer { pointee: c, .. } if matches!(**c, Type::Char) => {
                    let count = (0..k)
                        .rev()
                        .find(|&j| matches!(params[j], Type::Int { .. }));
                    match count {
                        Some(count) => ClosureParam::Strings { count },
                        None => return Err(unsupported(CallbackPart::Parameter, t)),
                    }
                }
                _ => return Err(unsupported(CallbackPart::Parameter, t)),
            },
            Type::Pointer {
                pointee,
                is_const: true,
            } if matches!(**pointee, Type::Char) => ClosureParam::CStr,
            t => ClosureParam::Scalar(
                scalar(t).ok_or_else(|| unsupported(CallbackPart::Parameter, t))?,
            ),
        };
        out.push(p);
    }
    Ok(ClosureSig {
        params: out,
        ret,
        cpp_params: params.iter().map(cpp_spelling).collect(),
        cpp_ret: cpp_spelling(ret_ty),
        kept: true,
        user_data_first: false,
        released: false,
        carrier: Carrier::FunctionPointer,
        glue: Default::default(),
    })
}

/// The C handle a callback parameter points to.
fn handle(pointee: &Type, env: &TypeEnv) -> Option<crate::plan::HandleId> {
    match pointee {
        Type::Record { name } => env.handles.get(name).copied(),
        _ => None,
    }
}

fn unsupported(part: CallbackPart, t: &Type) -> Skip {
    Skip::new(Why::Callback {
        part,
        spelling: cpp_spelling(t),
    })
}

/// Decides, per closure, lent or kept: functions whose name says they call
/// back during the call borrow the closure; every other keeps it. A call
/// that keeps a callback may keep what else it is given (the callback is
/// often that data's deleter, as in `AppendAndTakeOwnership(bytes, n,
/// deleter, arg)`): beside a kept closure only scalars, enums, strings
/// copied into `std::string`, out-parameters and C handles are accepted.
///
/// A closure lent for the call relies on `lent-callback-by-name`, which
/// `assumes` gains; with `strict`, the name is not read and every closure
/// is kept (the conservative reading, which the types allow).
pub fn decide(
    name: &str,
    args: &mut [Arg],
    assumes: &mut Vec<Convention>,
    strict: bool,
) -> Result<(), Skip> {
    // A word's trailing digits do not count (`kv_each16`).
    let call_only = calls_back_only_during_call(name) && !strict;
    let mut kept = false;
    for a in args.iter_mut() {
        match &mut a.kind {
            ArgKind::Closure(sig) => {
                sig.kept = !call_only;
                kept |= sig.kept;
                if call_only {
                    crate::plan::convention::assume(assumes, Convention::LentCallbackByName);
                }
            }
            // Reached through the library's accessor, the closures are
            // always handed over (see [`super::closure_set`]).
            ArgKind::ClosureSet(_) => kept = true,
            _ => {}
        }
    }
    // A string beside a kept closure is kept with it: a copy the library holds.
    if kept {
        for a in args.iter_mut() {
            match a.kind {
                ArgKind::CStr => a.kind = ArgKind::CStrKept,
                ArgKind::Utf16Str => a.kind = ArgKind::Utf16Kept,
                _ => {}
            }
        }
    }
    let borrowed = args.iter().find(|a| {
        !matches!(
            a.kind,
            ArgKind::Closure(_)
                | ArgKind::ClosureSet(_)
                | ArgKind::Scalar(_)
                | ArgKind::Enum { .. }
                | ArgKind::StrRef
                | ArgKind::StrValue
                | ArgKind::KeptBytes { .. }
                | ArgKind::CStrKept
                | ArgKind::Utf16Kept
                | ArgKind::Handle(_)
                | ArgKind::OutHandle(_)
                | ArgKind::OutScalar(_)
                | ArgKind::OutString
                | ArgKind::StrInOut { pointer: true }
                | ArgKind::OutCStr { .. }
                | ArgKind::OutCountedCStr { .. }
        )
    });
    let lent_released = args
        .iter()
        .any(|a| matches!(&a.kind, ArgKind::Closure(sig) if sig.released && !sig.kept));
    if lent_released {
        return Err(Skip::new(Why::LentReleased));
    }
    match borrowed {
        Some(a) if kept => Err(Skip::new(Why::KeptWithCallback {
            param: a.name.clone(),
        })),
        _ => Ok(()),
    }
}
