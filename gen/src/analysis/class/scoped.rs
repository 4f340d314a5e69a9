//! Objects a member hands back to the object that lent them
//! (docs/strategy.md, "Objects C++ owns": leases and deleting one object).
//!
//! - **Leases.** `const Snapshot* GetSnapshot()` with `void
//!   ReleaseSnapshot(const Snapshot*)` on the same class: the caller must
//!   give back what it got. Rust cannot hold the object and keep using its
//!   owner with a `Drop` that needs the owner again, so the pair becomes one
//!   scoped call, `with_snapshot(|owner, snapshot| …)`: acquire, run the
//!   closure with the owner (exclusive) and the object (shared, for the
//!   closure only), release. A panic in the closure leaks the object (the
//!   release never runs), which is safe.
//! - **Deleting one object.** `void DeleteNode(XMLNode*)` on a class Rust
//!   owns, taking an object of a class C++ owns (no public destructor): the
//!   victim is chosen by a closure given the owner exclusively, so no other
//!   borrow of it (or of anything it owns) can outlive the call:
//!   `doc.delete_node(|doc| doc.first_child_mut())`. The closure can still
//!   return an object of another owner (a `'static` borrow of a leaked
//!   one), so the shim asks the victim for its owner (a member of the
//!   victim's class returning `Owner*` or `Owner&`: `GetDocument()`,
//!   `tree()`) and frees nothing unless it is the receiver; a victim class
//!   with no such member leaves the freeing member out. A member of a borrowed
//!   object (`XMLNode::DeleteChild`) stays skipped: its precondition (the
//!   victim is its child) is not one Rust can check.

use crate::analysis::context::Context;
use crate::analysis::conventions::{acquires, names_freeing_member};
use crate::analysis::core::naming::{self, words};
use crate::ir::{Api, ItemKind, Method, MethodKind, Record, Type};
use crate::plan::{Arg, ArgKind, CallKind, FnBinding, OwnerGetter, RetKind};
use crate::plan::{ClassId, Convention, FnId, Skip, Why};

/// The class of the one object pointer a freeing member is given (`T*` or
/// `const T*` of a bound class, `void` result), with its constness.
fn freed_object(cx: &Context, m: &Method) -> Option<(ClassId, bool)> {
    if !matches!(m.kind, MethodKind::Instance { .. }) || !matches!(m.sig.ret, Type::Void) {
        return None;
    }
    let w = words(&m.name);
    if !names_freeing_member(&w) {
        return None;
    }
    let [p] = m.sig.params.as_slice() else {
        return None;
    };
    let Type::Pointer { pointee, is_const } = &p.ty else {
        return None;
    };
    let Type::Record { name } = &**pointee else {
        return None;
    };
    cx.env.classes.get(name).map(|&c| (c, *is_const))
}

/// `Arg` for a freeing member's one object parameter.
fn object_arg(cx: &Context, m: &Method, class: ClassId, is_const: bool) -> Arg {
    let p = &m.sig.params[0];
    let name = if p.name.is_empty() {
        "object".to_string()
    } else {
        naming::snake(&p.name)
    };
    let kind = ArgKind::Object {
        cpp: cx.bindings().class(class).cpp_qualified(),
        class,
        mutable: !is_const,
        pointer: true,
    };
    Arg::single(name, kind, 0, p)
}

/// A member of an owned class that frees an object C++ owns, chosen by a
/// closure: its argument as [`ArgKind::Selected`] and its result,
/// [`RetKind::Freed`] (`Ok(None)` when the rule does not apply; `Err` when
/// it does but the shim could not check that the victim is the receiver's).
pub fn selected_victim(
    cx: &Context,
    class: ClassId,
    m: &Method,
) -> Result<Option<(Vec<Arg>, RetKind)>, Skip> {
    let Some((victim, is_const)) = freed_object(cx, m) else {
        return Ok(None);
    };
    let owner = cx.bindings().class(class);
    if !owner.owned || is_const || cx.bindings().class(victim).owned || victim == class {
        return Ok(None);
    }
    // IR names have no leading `::`.
    let victim_name = cx.bindings().class(victim).cpp_qualified();
    let victim_name = victim_name.trim_start_matches("::");
    let owner_name = owner.cpp_qualified();
    let owner_name = owner_name.trim_start_matches("::");
    let Some(owner_of) = owner_getter(cx.facts.parsed, victim_name, owner_name) else {
        return Err(Skip::new(Why::VictimUnchecked {
            class: victim_name.to_string(),
        }));
    };
    let kind = ArgKind::Selected {
        class: victim,
        owner_of,
    };
    let arg = Arg::single("select".to_string(), kind, 0, &m.sig.params[0]);
    Ok(Some((vec![arg], RetKind::Freed { arg: 0 })))
}

/// Class `name` and its public bases, nearest first (IR names, without a
/// leading `::`; only complete classes of the parsed headers).
pub fn class_and_bases<'a>(api: &'a Api, name: &str) -> Vec<&'a Record> {
    let record = |name: &str| -> Option<&'a Record> {
        api.items.iter().find_map(|item| match &item.kind {
            ItemKind::Record(r) if r.complete && item.qualified_name() == name => Some(r),
            _ => None,
        })
    };
    let mut queue = vec![name.to_string()];
    let mut seen: Vec<String> = Vec::new();
    let mut out = Vec::new();
    while !queue.is_empty() {
        let class = queue.remove(0);
        if seen.contains(&class) {
            continue;
        }
        if let Some(r) = record(&class) {
            queue.extend(r.bases.iter().filter(|b| b.public).map(|b| b.name.clone()));
            out.push(r);
        }
        seen.push(class);
    }
    out
}

/// The member of class `victim` (or of a public base, nearest first; IR
/// names) that gives an object's owner, an object of class `owner`:
/// public, not deleted, an instance member without parameters returning
/// `owner*` or `owner&` (`const` or not); `const` members first, then
/// declaration order.
fn owner_getter(api: &Api, victim: &str, owner: &str) -> Option<OwnerGetter> {
    let names_owner = |t: &Type| matches!(t, Type::Record { name } if name == owner);
    class_and_bases(api, victim).into_iter().find_map(|r| {
        let getters = r.methods.iter().filter_map(|m| {
            let MethodKind::Instance { is_const, .. } = m.kind else {
                return None;
            };
            if m.deleted || !m.sig.params.is_empty() {
                return None;
            }
            let by_ref = match &m.sig.ret {
                Type::Pointer { pointee, .. } if names_owner(pointee) => false,
                Type::Ref { pointee, .. } if names_owner(pointee) => true,
                _ => return None,
            };
            Some((!is_const, m.name.clone(), by_ref))
        });
        getters
            .min_by_key(|(non_const, _, _)| *non_const)
            .map(|(_, member, by_ref)| OwnerGetter { member, by_ref })
    })
}

/// An acquire/release pair among a class's members: indices into `live`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lease {
    /// The acquiring member (`GetSnapshot`).
    pub acquire: usize,
    /// The releasing member (`ReleaseSnapshot`).
    pub release: usize,
}

/// Finds the acquire/release pairs: a freeing member taking one object
/// pointer, and a parameterless member returning a pointer to that class
/// whose name is an acquiring word followed by the same noun.
pub fn leases(cx: &Context, live: &[&Method]) -> Vec<Lease> {
    let mut out = Vec::new();
    for (release, m) in live.iter().enumerate() {
        let Some((class, _)) = freed_object(cx, m) else {
            continue;
        };
        let noun = &words(&m.name)[1..];
        let acquire = live.iter().position(|a| {
            let w = words(&a.name);
            let returns = match &a.sig.ret {
                Type::Pointer { pointee, .. } => {
                    matches!(&**pointee, Type::Record { name } if cx.env.classes.get(name) == Some(&class))
                }
                _ => false,
            };
            matches!(a.kind, MethodKind::Instance { .. })
                && a.sig.params.is_empty()
                && returns
                && acquires(&w, noun)
        });
        if let Some(acquire) = acquire {
            out.push(Lease { acquire, release });
        }
    }
    out
}

/// The plan of a lease's release: a bridge function only (the safe layer
/// calls it from the acquiring member's scoped form).
pub fn release_plan(
    cx: &Context,
    class: ClassId,
    m: &Method,
    decision: crate::plan::DecisionId,
) -> Option<FnBinding> {
    let (object, is_const) = freed_object(cx, m)?;
    let c = cx.bindings().class(class);
    Some(FnBinding {
        decision: Some(decision),
        cpp_name: m.name.clone(),
        cpp_scope: c.cpp_scope.clone(),
        kind: CallKind::Release {
            class,
            mutable: !matches!(m.kind, MethodKind::Instance { is_const: true, .. }),
        },
        ffi_name: String::new(),
        direct: false,
        args: vec![object_arg(cx, m, object, is_const)],
        ret: RetKind::Void,
        throws: !m.sig.noexcept,
        module: c.module.clone(),
        rust_name: naming::snake(&m.name),
        doc: None,
        defaults: Vec::new(),
        // It frees what it is given, and takes back what its acquiring
        // member lends, by their names.
        assumes: vec![Convention::FreesByName, Convention::LeaseByName],
        busy: Vec::new(),
        keeps_args: false,
    })
}

/// Turns an acquiring member's plan into its scoped form: `with_<noun>`,
/// exclusive on its receiver when either member is non-`const`, its
/// result the object lent to the closure. Returns whether it applied (the
/// plan must return a borrowed pointer to the released class).
pub fn make_lease(acquire: &mut FnBinding, release: &FnBinding, release_id: FnId) -> bool {
    let CallKind::Release {
        mutable: release_mut,
        ..
    } = release.kind
    else {
        return false;
    };
    let Some(ArgKind::Object { class: object, .. }) = release.args.first().map(|a| &a.kind) else {
        return false;
    };
    let (CallKind::Method { class, mutable }, RetKind::Borrowed { class: got, .. }) =
        (acquire.kind, &acquire.ret)
    else {
        return false;
    };
    if got != object || !acquire.args.is_empty() {
        return false;
    }
    acquire.kind = CallKind::Method {
        class,
        mutable: mutable || release_mut,
    };
    acquire.direct = false;
    acquire.ret = RetKind::Lease {
        class: *object,
        release: release_id,
    };
    let noun = words(&acquire.cpp_name)[1..].join("_");
    acquire.rust_name = format!("with_{noun}");
    crate::plan::convention::assume_all(&mut acquire.assumes, &release.assumes);
    true
}
