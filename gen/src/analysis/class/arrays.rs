//! `(T* p, integer n)` where `T` is a class (docs/strategy.md, rule 4): an
//! array of `n` objects, whatever the integer is named (a count may be
//! called `k`, `how_many` or nothing, and binding `p` as one object let the
//! callee write past it). A plain value with a Rust layout is a slice
//! (`&[T]`, `&mut [T]`); any other class has no array Rust can lend. `p` is
//! one object only when a typedef or a name says so and no count name says
//! otherwise. A C handle is never an array (its size is unknown).

use crate::analysis::conventions::{is_count, length_assumes, names_not_count};
use crate::analysis::core::types::TypeEnv;
use crate::ir::{cpp_spelling, Param, Type};
use crate::plan::{Arg, ArgKind, Convention, Skip, Why};

/// What the run `(T* p, n)` at the cursor is.
pub enum ObjectRun {
    /// `p` is one object, as its own type says, relying on the convention:
    /// `p` is spelled with the library's typedef of the object pointer
    /// (`mpz_ptr`: `object-typedef`), or the integer's name says it is
    /// something else (`flags`, `mode`, `version`: `not-count-by-name`).
    One(Convention),
    /// An array of plain values: one slice argument for both parameters.
    Slice(Arg),
    /// An array of objects Rust cannot lend.
    Array(Skip),
}

/// The run starting at parameter `i` (named `name` in Rust), when it is an
/// object pointer followed by an integer.
pub fn object_run(params: &[Param], i: usize, name: &str, env: &TypeEnv) -> Option<ObjectRun> {
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
            return Some(ObjectRun::One(Convention::ObjectTypedef));
        }
        if names_not_count(&next.name) {
            return Some(ObjectRun::One(Convention::NotCountByName));
        }
    }
    let Some(&id) = env.pods.get(record) else {
        return Some(ObjectRun::Array(Skip::new(Why::ObjectArray {
            spelling: cpp_spelling(&p.ty),
        })));
    };
    Some(ObjectRun::Slice(Arg {
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
