//! C buffers: `(void* p, n)` / `(const void* p, n)` pairs as byte slices,
//! and a `void(*)(void*)` destructor right after a byte buffer, which says
//! the library keeps the buffer: it then gets a heap copy it owns and frees
//! through that destructor (docs/strategy.md, "C handles"). A buffer
//! followed by a deleter callback and its argument is handed over: Rust
//! gives up a `Vec<u8>` the deleter drops.

use super::plan::{Arg, ArgKind, Scalar};
use super::types::{byte_like, cpp_spelling, is_byte_len};
use crate::ir::{Param, Type};

const BYTE: Scalar = Scalar {
    rust: "u8",
    cpp: "std::uint8_t",
    exact: true,
};

/// `(void* p, n)` → `&mut [u8]`, `(const void* p, n)` → `&[u8]`.
pub fn void_slice(params: &[Param], i: usize, name: &str) -> Option<Arg> {
    let ty = &params[i].ty;
    let mutable = match ty {
        Type::VoidPointer => true,
        Type::ConstVoidPointer => false,
        _ => return None,
    };
    if !params.get(i + 1).is_some_and(is_byte_len) {
        return None;
    }
    Some(Arg {
        name: name.to_string(),
        kind: ArgKind::Slice {
            elem: BYTE,
            mutable,
            cpp_ptr: cpp_spelling(ty),
        },
        cpp_index: i,
        cpp_count: 2,
        cpp_type: cpp_spelling(ty),
        cpp_names: vec![params[i].name.clone(), params[i + 1].name.clone()],
    })
}

/// A `void(*)(void*)` parameter right after a read-only byte slice: the slice
/// becomes [`ArgKind::KeptBytes`] covering the destructor too. False otherwise.
pub fn keep_copy(args: &mut [Arg], p: &Param, i: usize) -> bool {
    if !matches!(p.ty, Type::DestructorPointer) {
        return false;
    }
    let Some(last) = args.last_mut() else {
        return false;
    };
    if last.cpp_index + last.cpp_count != i {
        return false;
    }
    match &last.kind {
        ArgKind::Slice {
            elem,
            mutable: false,
            cpp_ptr,
        } if elem.rust == "u8" => {
            last.kind = ArgKind::KeptBytes {
                cpp_ptr: cpp_ptr.clone(),
            };
            last.cpp_count = 3;
            true
        }
        _ => false,
    }
}

/// Words of a callback parameter's name that say it frees what it is given.
const DELETER_WORDS: &[&str] = &[
    "deleter", "delete", "free", "release", "destroy", "dispose", "cleanup",
];

/// `(T* p, n, R (*deleter)(void* arg, …), void* arg)` with `T` byte-like and
/// the callback named as freeing (`deleter`, `free_fn`, `release`): the
/// callee takes the bytes and frees them through the deleter later
/// (`Sink::AppendAndTakeOwnership`). Rust hands over a `Vec<u8>`; the shim
/// passes a deleter that drops it, once, whenever the library calls it.
pub fn given_bytes(params: &[Param], i: usize, name: &str) -> Option<Arg> {
    let [p, n, deleter, arg] = params.get(i..i + 4)? else {
        return None;
    };
    let Type::Pointer { pointee, .. } = &p.ty else {
        return None;
    };
    let Type::Callback { params: cb, ret } = &deleter.ty else {
        return None;
    };
    let named = super::naming::snake(&deleter.name)
        .split('_')
        .any(|w| DELETER_WORDS.contains(&w));
    let fits = byte_like(pointee)
        && is_byte_len(n)
        && named
        && matches!(**ret, Type::Void)
        && matches!(cb.first(), Some(Type::VoidPointer))
        && matches!(arg.ty, Type::VoidPointer);
    fits.then(|| Arg {
        name: name.to_string(),
        kind: ArgKind::GivenBytes {
            cpp_ptr: cpp_spelling(&p.ty),
            deleter_params: cb.iter().map(cpp_spelling).collect(),
        },
        cpp_index: i,
        cpp_count: 4,
        cpp_type: cpp_spelling(&p.ty),
        cpp_names: params[i..i + 4].iter().map(|p| p.name.clone()).collect(),
    })
}
