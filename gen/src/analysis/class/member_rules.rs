//! Rules for one member call that come from what a borrow can and cannot
//! guarantee (docs/strategy.md, "Objects C++ owns" and "Byte views"):
//! checks before planning, forms left out, and results narrowed.

use crate::analysis::context::Context;
use crate::analysis::conventions::BYTE_VIEW_DATA;
use crate::analysis::conventions::{names_ancestor, names_kept_flag};
use crate::analysis::core::signature::Form;
use crate::ir::{Method, Record, Type};
use crate::plan::convention::assume;
use crate::plan::ClassId;
use crate::plan::{Access, CallKind, Convention, RetKind};
use crate::plan::{Skip, Why};

/// Members a borrow cannot make sound: a byte view (`record`) built over
/// a `std::string` (the shim's copy dies with the call). The record's shape
/// is read even in a `--strict` run, which binds no byte view: the guess
/// only leaves a constructor out there.
pub fn check(record: &Record, m: &Method, call: CallKind) -> Result<(), Skip> {
    if crate::analysis::class::roles::byte_view_pointer(record, true).is_none() {
        return Ok(());
    }
    let strings = m.sig.params.iter().any(|p| match &p.ty {
        Type::StdString => true,
        Type::Ref { pointee, .. } => matches!(**pointee, Type::StdString),
        _ => false,
    });
    if matches!(call, CallKind::Constructor { .. }) && strings {
        return Err(Skip::new(Why::ByteViewOverString));
    }
    Ok(())
}

/// A `bool` parameter saying the string argument is static or interned
/// (`SetValue(str, staticMem)`) means the object may keep the pointer: the
/// forms that pass it are left out, the shorter ones (C++'s default) stay,
/// relying on `kept-flag-by-name`.
pub fn drop_kept_string_forms(m: &Method, arities: Vec<Form>) -> Result<Vec<Form>, Skip> {
    let keeps_flag = |arity: usize| {
        m.sig.params[..arity]
            .iter()
            .any(|p| matches!(p.ty, Type::Bool) && names_kept_flag(&p.name))
    };
    if !arities.is_empty() && arities.iter().all(|form| keeps_flag(form.arity)) {
        return Err(Skip::new(Why::KeptStringFlag));
    }
    let dropped = arities.iter().any(|form| keeps_flag(form.arity));
    Ok(arities
        .into_iter()
        .filter(|form| !keeps_flag(form.arity))
        .map(|mut form| {
            if dropped {
                form.assume(Convention::KeptFlagByName);
            }
            form
        })
        .collect())
}

/// Narrows a member's result to what the call can lend; `assumes` gains
/// the conventions that reading relies on.
pub fn adjust_result(
    cx: &Context,
    class: ClassId,
    qualified: &str,
    m: &Method,
    call: CallKind,
    ret: &mut RetKind,
    assumes: &mut Vec<Convention>,
) {
    // The status class's own members return the object itself.
    if let RetKind::Status { class: s } = *ret {
        if s == class {
            *ret = RetKind::Object {
                cpp: qualified.to_string(),
                class,
            };
        }
    }
    let is_const = matches!(call, CallKind::Method { mutable: false, .. });
    // A byte view's own bytes: `data()` with `size()`, borrowed from the view
    // (not NUL-terminated, so never read as a C string).
    let own_bytes = cx.env.byte_views.contains_key(&class)
        && m.name == BYTE_VIEW_DATA
        && m.sig.params.is_empty()
        && matches!(call, CallKind::Method { .. });
    if own_bytes && matches!(ret, RetKind::CStr) {
        *ret = RetKind::ViewData;
        assume(assumes, Convention::ByteViewByName);
    }
    if let RetKind::Borrowed {
        access: access @ Access::Exclusive,
        ..
    } = ret
    {
        // An object reached through a `const` member is shared, whatever its
        // type says; an ancestor or owner reached from a node (`Parent`,
        // `GetDocument`) may free the node: lent shared only, so it cannot.
        let ancestor = names_ancestor(&m.name);
        if is_const || ancestor {
            *access = Access::Shared;
        }
        if ancestor && !is_const {
            assume(assumes, Convention::AncestorByName);
        }
    }
    // Bytes lent by a `const` member are shared: two calls would otherwise
    // lend two `&mut` views of the same bytes.
    if let (
        RetKind::BorrowedBytes { mutable, .. }
        | RetKind::Std(crate::plan::StdRet::Span { mutable, .. }),
        true,
    ) = (&mut *ret, is_const)
    {
        *mutable = false;
    }
    if let (RetKind::ScalarRef(s), true) = (&*ret, is_const) {
        *ret = RetKind::Scalar(crate::plan::Scalar { exact: false, ..*s });
    }
}
