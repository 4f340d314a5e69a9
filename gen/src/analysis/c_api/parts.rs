//! Handles a function hands out without creating them (docs/strategy.md,
//! rules 18 and 27), returned or written through a `Q**` out-parameter:
//!
//! * a **part** of the call's handle and object arguments
//!   (`sqlite3_column_value(stmt, i)`, `sqlite3_db_mutex(db)`,
//!   `sqlite3_vtab_rhs_value(info, i, &value)`) is borrowed from them; an
//!   argument Rust can own is lent **exclusively** while the part lives, so
//!   no later call through it (`sqlite3_step`) can invalidate the part. A
//!   part may have an argument's own type (`sqlite3_vtab_in_first(list,
//!   &value)`) when that type has no parent: its handles are then reachable
//!   from another handle only through a call that kept an argument, which
//!   rule 1 excludes;
//! * a **child** of a handle argument (a type created from the argument's
//!   type: `sqlite3_next_stmt(db, prev)`) may be one a Rust owner holds,
//!   unless the parent is lent exclusively (every owner of a child borrows
//!   its parent, rule 9): the parent must be one Rust owns, lent `&'h mut`;
//!   an argument of the child's type is the previous child of a "next"
//!   function (`Option<&ffi::Q>`, null starts), checked by the shim to
//!   belong to that parent;
//! * a handle of an argument's own type that has a parent is a sibling
//!   (`kv_cursor_peer`), which a Rust owner may drop: not bound.

use crate::analysis::context::Context;
use crate::analysis::conventions::names_next;
use crate::ir::qualify;
use crate::plan::convention::assume;
use crate::plan::{Arg, ArgKind, RetKind};
use crate::plan::{Convention, HandleId};

/// Where the handed-out handle comes back.
#[derive(Debug, Clone, Copy)]
enum Given {
    /// The function's result.
    Result,
    /// The `Q**` out-parameter at this index of the arguments.
    Out(usize),
}

/// Turns a handle the call hands out without creating it into a borrow of
/// the call's arguments when it is a part or a child of them (see the
/// module documentation): the result becomes [`RetKind::BorrowedHandle`],
/// or [`RetKind::OutPart`] with [`ArgKind::OutPart`]; arguments Rust can own
/// become [`ArgKind::HandleLent`], a "next" function's previous child
/// [`ArgKind::PrevChild`]. `eligible`: a non-throwing free function that
/// does not create what it hands out. Anything else is left as it is (and
/// skipped by the caller).
///
/// `assumes` gains what the borrow relies on: a child's parent is known
/// from the child's creating functions (`creates-by-name`), a previous child
/// from a "next" name (`next-by-name`).
pub fn borrow_part(
    cx: &Context,
    name: &str,
    eligible: bool,
    args: &mut [Arg],
    ret: &mut RetKind,
    assumes: &mut Vec<Convention>,
) {
    let b = cx.bindings();
    if !eligible {
        return;
    }
    let outs: Vec<(usize, HandleId)> = args
        .iter()
        .enumerate()
        .filter_map(|(i, a)| match a.kind {
            ArgKind::OutHandle(h) => Some((i, h)),
            _ => None,
        })
        .collect();
    let (part, given) = match (&*ret, outs.as_slice()) {
        (RetKind::Handle(h), []) => (*h, Given::Result),
        (RetKind::Void | RetKind::Scalar(_), [(i, h)]) => (*h, Given::Out(*i)),
        _ => return,
    };
    let handles: Vec<HandleId> = args
        .iter()
        .filter_map(|a| match a.kind {
            ArgKind::Handle(h) => Some(h),
            _ => None,
        })
        .collect();
    let objects = args
        .iter()
        .any(|a| matches!(a.kind, ArgKind::Object { pointer: true, .. }));
    if b.handle(part).token
        || handles.iter().any(|&h| b.handle(h).token)
        || (handles.is_empty() && !objects)
    {
        return;
    }
    let qualified = |h: HandleId| qualify(&b.handle(h).cpp_scope, &b.handle(h).cpp_name);
    let child_of = |p: HandleId| {
        cx.facts
            .handles
            .parents
            .contains(&(qualified(part), qualified(p)))
    };
    let parents: Vec<HandleId> = handles.iter().copied().filter(|&h| child_of(h)).collect();
    if let [parent, ..] = parents.as_slice() {
        if !lock_parent(cx, name, part, *parent, args) {
            return;
        }
        assume(assumes, Convention::CreatesByName);
        if args
            .iter()
            .any(|a| matches!(a.kind, ArgKind::PrevChild { .. }))
        {
            assume(assumes, Convention::NextByName);
        }
    } else if handles.contains(&part) {
        // A sibling: its type has a parent, whose other children Rust may own.
        let has_parent = cx
            .facts
            .handles
            .parents
            .iter()
            .any(|(child, _)| *child == qualified(part));
        if has_parent {
            return;
        }
    }
    for a in args.iter_mut() {
        if let ArgKind::Handle(h) = a.kind {
            if b.handle(h).owned() {
                a.kind = ArgKind::HandleLent(h);
            }
        }
    }
    match given {
        Given::Result => *ret = RetKind::BorrowedHandle(part),
        Given::Out(i) => {
            args[i].kind = ArgKind::OutPart(part);
            let status = match ret {
                RetKind::Scalar(s) => Some(*s),
                _ => None,
            };
            *ret = RetKind::OutPart {
                handle: part,
                status,
            };
        }
    }
}

/// A child handed out from `parent`: the parent must be one Rust owns (it
/// is then lent exclusively, with the other owned arguments), every
/// argument of the child's type the previous child of a "next" function
/// whose parent the library can tell. False when the call cannot be bound
/// so (nothing is changed then).
fn lock_parent(
    cx: &Context,
    name: &str,
    part: HandleId,
    parent: HandleId,
    args: &mut [Arg],
) -> bool {
    let b = cx.bindings();
    if !b.handle(parent).owned() {
        return false;
    }
    let Some(parent_arg) = args
        .iter()
        .position(|a| matches!(a.kind, ArgKind::Handle(h) if h == parent))
    else {
        return false;
    };
    let prev: Vec<usize> = args
        .iter()
        .enumerate()
        .filter(|(_, a)| matches!(a.kind, ArgKind::Handle(h) if h == part))
        .map(|(i, _)| i)
        .collect();
    if prev.is_empty() {
        return true;
    }
    let next = names_next(name);
    let key = (
        qualify(&b.handle(part).cpp_scope, &b.handle(part).cpp_name),
        qualify(&b.handle(parent).cpp_scope, &b.handle(parent).cpp_name),
    );
    let (true, [i], Some(parent_fn)) =
        (next, prev.as_slice(), cx.facts.handles.parent_fns.get(&key))
    else {
        return false;
    };
    args[*i].kind = ArgKind::PrevChild {
        handle: part,
        parent_fn: parent_fn.clone(),
        parent_arg,
    };
    true
}
