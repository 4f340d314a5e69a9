//! Scatter/gather arrays: a `struct iovec*` (`<sys/uio.h>`, found by its
//! type name `iovec` in the global namespace) followed by a count is an array
//! of buffers, `&mut [std::io::IoSliceMut<'_>]` in Rust. std guarantees an
//! `IoSliceMut` is ABI-compatible with `struct iovec` on Unix, so the slice
//! is lent as the array itself (the layout is checked on both sides).

use crate::analysis::conventions::{is_count, length_assumes};
use crate::analysis::core::types::{ParamContext, TypeEnv};
use crate::ir::cpp_spelling;
use crate::ir::{Param, Type};
use crate::plan::{Arg, ArgKind, Convention};

/// The C++ name of the type (global namespace).
pub const IOVEC: &str = "iovec";

/// `(const struct iovec* iov, n)` / `(struct iovec* iov, n)` at `i`, unless
/// the library declares a class of that name itself. Exclusive either way:
/// the header cannot say whether the callee reads the buffers (gather) or
/// writes them (scatter). Not in constructors, whose objects may keep what
/// they are given: the array Rust lends lives for one call.
pub fn io_slices(
    params: &[Param],
    i: usize,
    name: &str,
    env: &TypeEnv,
    ctx: ParamContext,
) -> Option<Arg> {
    let p = &params[i];
    if ctx != ParamContext::Call {
        return None;
    }
    let Type::Pointer { pointee, is_const } = &p.ty else {
        return None;
    };
    let is_iovec = matches!(&**pointee, Type::Record { name } if name == IOVEC);
    let next = params.get(i + 1)?;
    if !is_iovec || env.classes.contains_key(IOVEC) || !is_count(next) {
        return None;
    }
    Some(Arg {
        name: name.to_string(),
        kind: ArgKind::IoSlices { mutable: !is_const },
        cpp_index: i,
        cpp_count: 2,
        cpp_type: cpp_spelling(&p.ty),
        cpp_names: vec![p.name.clone(), next.name.clone()],
        assumes: length_assumes(next, Convention::CountByName)
            .into_iter()
            .collect(),
    })
}
