//! Raw memory a C library hands out: an allocator family recognised by
//! shape (docs/strategy.md, rule 24). With the library's free function
//! (`*_free(void*)`, [`crate::analysis::c_api::handle_scan::free_function`]):
//! * `void* X(n)` whose last name word is `alloc` or `malloc` (trailing
//!   digits ignored: `sqlite3_malloc64`) and whose one parameter is an
//!   integer allocates `n` bytes: an owned [`MemoryBinding`] buffer
//!   (`Option<Allocation>`, `None` for null), zeroed by the shim so Rust
//!   never reads uninitialised bytes; `Drop` calls the free function, which
//!   is reported as bound through that `Drop`;
//! * `void* X(void* p, n)` whose last word is `realloc` resizes one: it
//!   takes the buffer by value and gives it back resized (`Ok`) or unchanged
//!   (`Err`: a null result, or a size of zero or less, which such functions
//!   treat as a free);
//! * an integer `X(void* p)` whose last word is `msize` or `size` reads
//!   one (`&Allocation`).

use crate::analysis::conventions::{allocator_word, AllocatorWord};
use crate::ir::{Api, Function, ItemKind, Type};
use crate::plan::MemoryBinding;
use crate::plan::{Arg, ArgKind, RetKind};

/// What a function is to the allocator family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Alloc,
    Realloc,
    Size,
}

fn role(name: &str, f: &Function) -> Option<Role> {
    let params: Vec<&Type> = f.sig.params.iter().map(|p| &p.ty).collect();
    let int = |t: &Type| matches!(t, Type::Int { .. });
    let word = allocator_word(name)?;
    match (&f.sig.ret, params.as_slice(), word) {
        (Type::VoidPointer, [n], AllocatorWord::Alloc) if int(n) => Some(Role::Alloc),
        (Type::VoidPointer, [Type::VoidPointer, n], AllocatorWord::Realloc) if int(n) => {
            Some(Role::Realloc)
        }
        (ret, [Type::VoidPointer], AllocatorWord::Size) if int(ret) => Some(Role::Size),
        _ => None,
    }
}

/// The buffer type, when the library has a free function and allocates.
pub fn scan(api: &Api, free: Option<&str>) -> Option<MemoryBinding> {
    let free = free?;
    let allocates = api.items.iter().any(|it| {
        matches!(&it.kind, ItemKind::Function(f) if !f.sig.variadic && role(&it.name, f) == Some(Role::Alloc))
    });
    allocates.then(|| MemoryBinding {
        free: free.to_string(),
        rust_name: "Allocation".into(),
        // One per library: two libraries' holders differ in their free function.
        ffi_name: format!("cxxbind_Allocation_{}", free.replace("::", "_")),
    })
}

/// The plan of a member of the allocator family: (arguments, result).
pub fn plan(
    memory: Option<&MemoryBinding>,
    name: &str,
    f: &Function,
) -> Option<(Vec<Arg>, RetKind)> {
    memory?;
    if f.sig.variadic {
        return None;
    }
    let role = role(name, f)?;
    let scalar = |i: usize| -> Option<Arg> {
        let p = &f.sig.params[i];
        let s = crate::analysis::core::types::scalar(&p.ty)?;
        Some(Arg::single(param_name(p, i), ArgKind::Scalar(s), i, p))
    };
    let memory = |i: usize, given: bool| {
        let p = &f.sig.params[i];
        Arg::single(param_name(p, i), ArgKind::Memory { given }, i, p)
    };
    Some(match role {
        Role::Alloc => (vec![scalar(0)?], RetKind::Allocated { len_arg: 0 }),
        Role::Realloc => (
            vec![memory(0, true), scalar(1)?],
            RetKind::Reallocated {
                mem_arg: 0,
                len_arg: 1,
            },
        ),
        Role::Size => (
            vec![memory(0, false)],
            RetKind::Scalar(crate::analysis::core::types::scalar(&f.sig.ret)?),
        ),
    })
}

fn param_name(p: &crate::ir::Param, i: usize) -> String {
    match (p.name.is_empty(), i) {
        (true, 0) if matches!(p.ty, Type::VoidPointer) => "mem".into(),
        (true, _) if matches!(p.ty, Type::VoidPointer) => format!("mem{i}"),
        (true, _) => "n".into(),
        (false, _) => crate::analysis::core::naming::param(&p.name),
    }
}
