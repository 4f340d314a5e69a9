//! C buffers: `(void* p, n)` / `(const void* p, n)` pairs as byte slices,
//! and a `void(*)(void*)` destructor right after a byte buffer, which says
//! the library keeps the buffer: it then gets a heap copy it owns and frees
//! through that destructor (docs/strategy.md, "C handles"). A buffer
//! followed by a deleter callback and its argument is handed over: Rust
//! gives up a `Vec<u8>` the deleter drops.

use crate::analysis::conventions::{is_byte_len, length_assumes};
use crate::analysis::conventions::{names_deleter, names_user_data};
use crate::analysis::core::types::byte_like;
use crate::ir::cpp_spelling;
use crate::ir::{Param, Type};
use crate::plan::convention::assume;
use crate::plan::{Arg, ArgKind, Convention, Scalar};

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
            len_first: false,
            len_type: cpp_spelling(&params[i + 1].ty),
        },
        cpp_index: i,
        cpp_count: 2,
        cpp_type: cpp_spelling(ty),
        cpp_names: vec![params[i].name.clone(), params[i + 1].name.clone()],
        assumes: length_assumes(&params[i + 1], Convention::LengthByName)
            .into_iter()
            .collect(),
    })
}

/// `(n, void* p)` → `&mut [u8]`, `(n, const void* p)` → `&[u8]`: a
/// length named as one (`N`, `len`, `nByte`; never an unnamed integer,
/// which is as often an index: `bind_text(stmt, int, const char*, …)`)
/// right before an untyped pointer that no length of its own follows, is
/// not named like user data (`context`, `arg`) and has no default argument
/// (`sqlite3_randomness(int N, void* P)`). `(n, char* p)` → `&mut [u8]`
/// too, where `n` may be unnamed: a non-`const` `char*` is a buffer the
/// callee writes, and an integer right before it its size
/// (`sqlite3_snprintf(int, char*, const char*, ...)`).
pub fn reversed_void_slice(params: &[Param], i: usize, name: String) -> Option<Arg> {
    let [n, p] = params.get(i..i + 2)? else {
        return None;
    };
    let (mutable, unnamed_ok) = match &p.ty {
        Type::VoidPointer => (true, false),
        Type::ConstVoidPointer => (false, false),
        Type::Pointer {
            pointee,
            is_const: false,
        } if byte_like(pointee) => (true, true),
        _ => return None,
    };
    let named_len = (unnamed_ok || !n.name.is_empty()) && is_byte_len(n);
    // A pointer named like user data (`void* context`) is not a buffer, and
    // one with a default argument is optional.
    let user_data = names_user_data(&p.name);
    if !named_len || user_data || p.has_default || params.get(i + 2).is_some_and(is_byte_len) {
        return None;
    }
    Some(Arg {
        name,
        kind: ArgKind::Slice {
            elem: BYTE,
            mutable,
            cpp_ptr: cpp_spelling(&p.ty),
            len_first: true,
            len_type: cpp_spelling(&n.ty),
        },
        cpp_index: i,
        cpp_count: 2,
        cpp_type: cpp_spelling(&n.ty),
        cpp_names: vec![n.name.clone(), p.name.clone()],
        assumes: length_assumes(n, Convention::LengthByName)
            .into_iter()
            .collect(),
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
            len_first: false,
            ..
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
    let named = names_deleter(&deleter.name);
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
        assumes: {
            let mut assumes = vec![Convention::DeleterByName];
            if let Some(c) = length_assumes(n, Convention::LengthByName) {
                assume(&mut assumes, c);
            }
            assumes
        },
    })
}
