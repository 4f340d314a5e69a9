//! C buffers: `(void* p, n)` / `(const void* p, n)` pairs as byte slices,
//! and a `void(*)(void*)` destructor right after a byte buffer, which says
//! the library keeps the buffer: it then gets a heap copy it owns and frees
//! through that destructor (docs/strategy.md, "C handles").

use super::plan::{Arg, ArgKind, Scalar};
use super::types::{cpp_spelling, is_byte_len};
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
