//! `(T* p, integer n)` (docs/strategy.md, rule 4): an array, whatever the
//! integer is named (a count may be called `k`, `how_many` or nothing, and
//! binding `p` as one object or one out-value let the callee write past
//! it). For a class `T`: a plain value with a Rust layout is a slice
//! (`&[T]`, `&mut [T]`) when the integer is its length (a `size_t`, named
//! like a count, or unnamed: C prototypes omit names); another integer may
//! be an index (`cells[index]`), which the slice's length would overrun, so
//! that call and any other class's array have no safe reading. A non-`const`
//! scalar pointer the byte-slice and slice rules did not take is the same
//! (its count may be named anything). `p` is one object or out-value only
//! when a typedef or a name says so and no count name says otherwise. A C
//! handle is never an array (its size is unknown), and a `T**` next to a
//! count is an array of pointers.

use crate::analysis::conventions::{is_count, is_slice_len, length_assumes, names_not_count};
use crate::analysis::core::types::{byte_like, scalar, TypeEnv};
use crate::ir::{cpp_spelling, Param, Type};
use crate::plan::{Arg, ArgKind, Convention, Skip, Why};

/// What the run `(T* p, n)` at the cursor is.
pub enum PointerRun {
    /// `p` is one object or out-value, as its own type says, relying on the
    /// convention: `p` is spelled with the library's typedef of the object
    /// pointer (`mpz_ptr`: `object-typedef`), or the integer's name says it
    /// is something else (`flags`, `mode`, `version`: `not-count-by-name`).
    One(Convention),
    /// An array of plain values and its length: one slice argument for both
    /// parameters.
    Slice(Arg),
    /// An array Rust cannot lend: of objects, of plain values beside an
    /// integer that may not be its length, of scalars beside an integer
    /// that may count them.
    Array(Skip),
}

/// The run starting at parameter `i` (named `name` in Rust), when it is an
/// object pointer followed by an integer.
pub fn object_run(params: &[Param], i: usize, name: &str, env: &TypeEnv) -> Option<PointerRun> {
    let (p, next) = (&params[i], params.get(i + 1)?);
    let Type::Pointer { pointee, is_const } = &p.ty else {
        return None;
    };
    let Type::Record { name: record } = &**pointee else {
        return None;
    };
    if env.handles.contains_key(record) || !matches!(next.ty, Type::Int { .. }) {
        return None;
    }
    // A count-named integer counts, whatever `p` is spelled with.
    if !is_count(next) {
        if p.object_typedef {
            return Some(PointerRun::One(Convention::ObjectTypedef));
        }
        if names_not_count(&next.name) {
            return Some(PointerRun::One(Convention::NotCountByName));
        }
    }
    let Some(&id) = env.pods.get(record).filter(|_| is_slice_len(next)) else {
        return Some(PointerRun::Array(Skip::new(Why::ObjectArray {
            spelling: cpp_spelling(&p.ty),
        })));
    };
    Some(PointerRun::Slice(Arg {
        name: name.to_string(),
        kind: ArgKind::PodSlice {
            id,
            mutable: !is_const,
            len_type: cpp_spelling(&next.ty),
        },
        cpp_index: i,
        cpp_count: 2,
        cpp_type: cpp_spelling(&p.ty),
        cpp_names: vec![p.name.clone(), next.name.clone()],
        assumes: length_assumes(next, Convention::CountByName)
            .into_iter()
            .collect(),
    }))
}

/// The run starting at parameter `i` when it is a non-`const` scalar
/// pointer (not bytes) followed by an integer that is no slice's length:
/// one out-value where the integer's name says so, else an array.
pub fn scalar_run(params: &[Param], i: usize) -> Option<PointerRun> {
    let (p, next) = (&params[i], params.get(i + 1)?);
    let Type::Pointer {
        pointee,
        is_const: false,
    } = &p.ty
    else {
        return None;
    };
    if scalar(pointee).is_none() || byte_like(pointee) || !matches!(next.ty, Type::Int { .. }) {
        return None;
    }
    Some(if names_not_count(&next.name) {
        PointerRun::One(Convention::NotCountByName)
    } else {
        PointerRun::Array(Skip::new(Why::ScalarArray {
            spelling: cpp_spelling(&p.ty),
        }))
    })
}

/// A pointer the callee may read or write several elements at, counted
/// elsewhere in the call (rule 4), that would otherwise be one object or
/// out-value: a class object or a number right after an integer that may
/// count it (`fill_items(int n, Item* items)`;
/// `counted_before`: that integer is not already a slice's length), a
/// `std::string*` followed by an integer that may count it
/// (`fill_strings(std::string* out, size_t n)`), and a non-`const` number
/// pointer before a sequence of numbers it may be as long as, a
/// destination (`copy(int* dst, const int* src, size_t n)`, `squares(int*
/// out, const std::vector<int>& in)`). Such calls are skipped. A number
/// pointer after the sequence stays one out-value (`min_max(v, n, &min,
/// &max)`), as rule 5 assumes.
pub fn unstated_extent(
    params: &[Param],
    i: usize,
    counted_before: bool,
    env: &TypeEnv,
) -> Option<Skip> {
    let p = &params[i];
    let Type::Pointer { pointee, is_const } = &p.ty else {
        return None;
    };
    let number = |t: &Type| scalar(t).is_some() && !byte_like(t) && !matches!(t, Type::Bool);
    let skip = || {
        Some(Skip::new(Why::UnstatedExtent {
            spelling: cpp_spelling(&p.ty),
        }))
    };
    let string = matches!(**pointee, Type::StdString);
    let object = matches!(&**pointee, Type::Record { name } if !env.handles.contains_key(name));
    if !(string || object || number(pointee)) {
        return None;
    }
    // A string after an integer is no array of them (`take(sku, n,
    // std::string* error)`).
    if counted_before && !string {
        return skip();
    }
    let next = params.get(i + 1);
    if string
        && !is_const
        && next.is_some_and(|n| matches!(n.ty, Type::Int { .. }) && !names_not_count(&n.name))
    {
        return skip();
    }
    // A sequence of numbers (not bytes: `parse(bytes, &version)` reads
    // them and writes one value).
    let sequence = |t: &Type| match t {
        Type::Pointer {
            pointee,
            is_const: true,
        } => number(pointee),
        Type::Ref { pointee, .. } => match &**pointee {
            Type::StdVector { elem } => number(elem),
            Type::Std(s) => match &**s {
                crate::ir::StdType::Span { elem, .. } | crate::ir::StdType::Array { elem, .. } => {
                    number(elem)
                }
                _ => false,
            },
            _ => false,
        },
        Type::Std(s) => matches!(&**s, crate::ir::StdType::Span { elem, .. } if number(elem)),
        _ => false,
    };
    // A destination comes first (`memcpy(dst, src, n)`); an out-value
    // after the inputs is a result of them (`min_max(v, n, &min, &max)`).
    let before_sequence = params[i + 1..].iter().any(|q| sequence(&q.ty));
    if number(pointee) && !is_const && before_sequence {
        return skip();
    }
    None
}

/// A `T**` next to a count reads as an array of pointers (no safe reading),
/// not as an out-parameter; a count that is already a slice's length does
/// not count (`(const char* sql, int nByte, sqlite3_stmt** out, …)`).
pub fn pointer_array(params: &[Param], i: usize, after_slice: bool) -> Option<Skip> {
    let Type::Pointer { pointee, .. } = &params[i].ty else {
        return None;
    };
    if !matches!(**pointee, Type::Pointer { .. }) {
        return None;
    }
    let counted = (i > 0 && !after_slice && is_count(&params[i - 1]))
        || params.get(i + 1).is_some_and(is_count);
    counted.then(|| {
        Skip::new(Why::PointerArray {
            spelling: cpp_spelling(&params[i].ty),
        })
    })
}
