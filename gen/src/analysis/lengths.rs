//! Which integer parameter is the length or count of the pointer next to
//! it: by type and by name (`n`, `len`, `size`, `nByte`, `*_count`, …).

use super::naming;
use crate::ir::{IntKind, Param, Type};

fn is_length(ty: &Type) -> bool {
    matches!(ty, Type::Int { .. })
}

/// A parameter that reads as the element count of the pointer before it:
/// a `size_t`, or an integer named like a count (`n`, `len`, `count`, `size`, …).
pub fn is_count(p: &Param) -> bool {
    let sized =
        matches!(&p.ty, Type::Int { alias: Some(a), .. } if a == "size_t" || a == "ssize_t");
    is_length(&p.ty) && (sized || is_count_name(&p.name))
}

/// A name that reads as a count or length (`n`, `len`, `nByte`, `*_size`, …).
pub fn is_count_name(name: &str) -> bool {
    let name = naming::snake(name);
    [
        "n", "len", "length", "count", "size", "num", "cnt", "nelem", "nitems", "nbyte", "nbytes",
        "nchar", "nparam",
    ]
    .contains(&name.as_str())
        || ["_len", "_length", "_count", "_size", "_cnt"]
            .iter()
            .any(|s| name.ends_with(s))
        || name.starts_with("num_")
        || name.starts_with("n_")
}

/// A length in bytes (or characters): a `size_t`, an unnamed integer, or an
/// integer named `n`, `len`, `size`, `nByte`, `*_len`, `*_size`, `*_bytes`, …
/// — not an element count such as `nParam` or `count`.
pub fn is_byte_len(p: &Param) -> bool {
    let sized =
        matches!(&p.ty, Type::Int { alias: Some(a), .. } if a == "size_t" || a == "ssize_t");
    let name = naming::snake(&p.name);
    let named = [
        "n", "len", "length", "size", "nbyte", "nbytes", "n_byte", "n_bytes", "nchar", "n_char",
    ]
    .contains(&name.as_str())
        || ["_len", "_length", "_size", "_bytes", "_byte"]
            .iter()
            .any(|s| name.ends_with(s));
    // An unnamed `long long` is a value (`sqlite3_uri_int64(z, key, default)`):
    // byte lengths are `int`, unsigned or `size_t`.
    let unnamed_len = p.name.is_empty()
        && !matches!(
            p.ty,
            Type::Int {
                kind: IntKind::LongLong,
                ..
            }
        );
    is_length(&p.ty) && (sized || unnamed_len || named)
}

/// The length of a `(T* p, n)` slice: a count ([`is_count`]), or an
/// unnamed integer (C prototypes often leave them unnamed).
pub fn is_slice_len(p: &Param) -> bool {
    is_count(p) || (p.name.is_empty() && is_length(&p.ty))
}
