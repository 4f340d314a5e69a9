//! Parts of C handles: a handle a function returns without creating it, of
//! a type none of its handle arguments has (`sqlite3_column_value(stmt, i)`,
//! `sqlite3_db_mutex(db)`, `sqlite3_context_db_handle(ctx)`), is a part of
//! those arguments (docs/strategy.md, rule 18). It is borrowed from them; an
//! argument Rust can own is lent **exclusively** while the part lives, so
//! no later call through it (`sqlite3_step`) can invalidate the part. A
//! result of an argument's own type (a sibling: `sqlite3_next_stmt`) may be
//! one a Rust owner drops: not a part.

use super::model::Bindings;
use super::plan::{Arg, ArgKind, RetKind};

/// Turns a non-created handle result that is a part of the handle arguments
/// into [`RetKind::BorrowedHandle`], lending the arguments Rust can own as
/// [`ArgKind::HandleLent`]. `eligible`: a non-throwing free function that
/// does not create what it returns.
pub fn borrow_part(b: &Bindings, eligible: bool, args: &mut [Arg], ret: &mut RetKind) {
    let RetKind::Handle(part) = *ret else {
        return;
    };
    if !eligible || b.handle(part).token {
        return;
    }
    let mut handles = args.iter().filter_map(|a| match a.kind {
        ArgKind::Handle(h) => Some(h),
        _ => None,
    });
    let Some(first) = handles.next() else {
        return;
    };
    if first == part || handles.any(|h| h == part || b.handle(h).token) || b.handle(first).token {
        return;
    }
    *ret = RetKind::BorrowedHandle(part);
    for a in args.iter_mut() {
        if let ArgKind::Handle(h) = a.kind {
            if b.handle(h).owned() {
                a.kind = ArgKind::HandleLent(h);
            }
        }
    }
}
