//! Callbacks: a function pointer whose first parameter is `void*`, followed
//! by the `void*` user data the library passes back to it, accepts a Rust
//! closure (docs/strategy.md, "Callbacks").
//!
//! Only callbacks **used during the call** are bound: the closure is
//! borrowed for the call (`impl FnMut`), so nothing can keep it. A function
//! is taken to use its callback only during the call when a word of its name
//! is in [`CALL_ONLY_WORDS`] (`sqlite3_exec`); any other (a hook, a handler,
//! a registration the library keeps) is skipped as `function-pointer`.
//! A panic in the closure is caught before it reaches C: the closure is not
//! called again, the C function returns, then the panic resumes in Rust.

use super::plan::{Arg, ArgKind, ClosureParam, ClosureSig};
use super::reason::{Reason, Skip};
use super::types::{cpp_spelling, scalar};
use crate::ir::{Param, Type};

/// Name words of functions that call their callback only during the call.
pub const CALL_ONLY_WORDS: &[&str] = &[
    "exec", "each", "foreach", "visit", "walk", "iterate", "traverse", "scan",
];

/// `(callback, void* user_data)` at `params[i]`: the closure argument, or why
/// the callback cannot be one. `None` when `params[i]` is no such pair.
pub fn closure(params: &[Param], i: usize, name: &str) -> Option<Result<Arg, Skip>> {
    let Type::Callback { ret, params: cb } = &params[i].ty else {
        return None;
    };
    if !matches!(cb.first(), Some(Type::VoidPointer))
        || !matches!(params.get(i + 1).map(|p| &p.ty), Some(Type::VoidPointer))
    {
        return None;
    }
    Some(signature(ret, &cb[1..]).map(|sig| Arg {
        name: name.to_string(),
        kind: ArgKind::Closure(sig),
        cpp_index: i,
        cpp_count: 2,
        cpp_type: cpp_spelling(&params[i].ty),
    }))
}

fn signature(ret_ty: &Type, params: &[Type]) -> Result<ClosureSig, Skip> {
    let ret = match ret_ty {
        Type::Void => None,
        t => Some(scalar(t).ok_or_else(|| unsupported("result", t))?),
    };
    let mut out = Vec::new();
    for (k, t) in params.iter().enumerate() {
        let p = match t {
            Type::Pointer {
                pointee,
                is_const: false,
            } => match &**pointee {
                Type::Pointer { pointee: c, .. } if matches!(**c, Type::Char) => {
                    let count = (0..k)
                        .rev()
                        .find(|&j| matches!(params[j], Type::Int { .. }));
                    match count {
                        Some(count) => ClosureParam::Strings { count },
                        None => return Err(unsupported("parameter", t)),
                    }
                }
                _ => return Err(unsupported("parameter", t)),
            },
            t => ClosureParam::Scalar(scalar(t).ok_or_else(|| unsupported("parameter", t))?),
        };
        out.push(p);
    }
    Ok(ClosureSig {
        params: out,
        ret,
        cpp_params: params.iter().map(cpp_spelling).collect(),
        cpp_ret: cpp_spelling(ret_ty),
    })
}

fn unsupported(what: &str, t: &Type) -> Skip {
    Skip::new(
        Reason::FunctionPointer,
        format!(
            "callback {what} `{}` has no closure mapping yet",
            cpp_spelling(t)
        ),
    )
}

/// Closures are borrowed for the call: only functions whose name says they
/// call back during the call take one.
pub fn check(name: &str, args: &[Arg]) -> Result<(), Skip> {
    if !args.iter().any(|a| matches!(a.kind, ArgKind::Closure(_))) {
        return Ok(());
    }
    let words = super::naming::snake(name);
    if words.split('_').any(|w| CALL_ONLY_WORDS.contains(&w)) {
        return Ok(());
    }
    Err(Skip::new(
        Reason::FunctionPointer,
        "the library may keep this callback after the call (a hook or registration): owned closures are not bound yet",
    ))
}
