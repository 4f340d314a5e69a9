//! Functions that end a C handle (docs/strategy.md, rule 10): the destroy
//! function is the owner's `Drop`; any other function whose name says it
//! ends a handle Rust owns takes the owner by value (`sqlite3_close_v2`);
//! one ending a handle Rust only borrows is skipped (`destroys-handle`). An
//! ending word followed by a resource noun ends that resource, not the
//! handle (`sqlite3_db_release_memory`).

use crate::analysis::c_api::handles::handle_path;
use crate::analysis::context::Context;
use crate::plan::*;
use crate::plan::{Arg, ArgKind, Convention};
use crate::plan::{Skip, Why};

/// A function that ends a handle: the destroy function is bound as the
/// owner's `Drop` (relying on what owning the handle relies on,
/// [`crate::plan::HandleBinding::destroy_assumes`]); any other is skipped.
/// `None` for other functions.
pub fn ending_status(
    cx: &Context,
    qualified: &str,
) -> Option<Result<(Status, Vec<Convention>), Skip>> {
    let handle = cx.facts.handles.ending.get(qualified)?;
    let id = *cx.env.handles.get(handle)?;
    let h = cx.bindings().handle(id);
    Some(match &h.destroy {
        Some(d) if d == qualified => Ok((
            Status::Bound {
                via: Via::Drop,
                rust_path: format!("{}::drop", handle_path(cx.bindings(), id)),
            },
            h.destroy_assumes.clone(),
        )),
        Some(d) => Err(Skip::new(Why::EndsHandle {
            handle: handle.clone(),
            destroy: Some(d.clone()),
        })),
        None => Err(Skip::new(Why::EndsHandle {
            handle: handle.clone(),
            destroy: None,
        })),
    })
}

/// A function that ends a handle Rust owns without being its destroy
/// function (`sqlite3_close_v2(db)`, `kv_close_with(store, flags)`) takes
/// the owner by value: its first argument of that handle becomes
/// [`ArgKind::HandleGiven`] (the call, not `Drop`, ends the handle). True
/// when the call is bound that way; false when it stays skipped (the
/// handle is borrow-only, or another argument is a handle too).
pub fn give_owner(cx: &Context, qualified: &str, args: &mut [Arg]) -> bool {
    let Some(id) = cx
        .facts
        .handles
        .ending
        .get(qualified)
        .and_then(|h| cx.env.handles.get(h))
        .copied()
    else {
        return false;
    };
    let h = cx.bindings().handle(id);
    if !h.owned() || h.destroy.as_deref() == Some(qualified) {
        return false;
    }
    let handles = args
        .iter()
        .filter(|a| matches!(a.kind, ArgKind::Handle(_) | ArgKind::HandleLent(_)))
        .count();
    match args.iter_mut().find(|a| a.kind == ArgKind::Handle(id)) {
        Some(a) if handles == 1 => {
            a.kind = ArgKind::HandleGiven(id);
            true
        }
        _ => false,
    }
}
