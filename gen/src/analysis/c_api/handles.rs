//! Opaque C handles: an incomplete struct the library's functions use behind
//! pointers (`typedef struct sqlite3 sqlite3;` with `sqlite3_open(…, sqlite3**)`).
//!
//! The rules (docs/strategy.md, "C handles"):
//! * a handle crosses as a shared borrow (`&ffi::T`), whatever the pointer's
//!   `const`: the library owns the handle's state, and the handle types are
//!   neither `Send` nor `Sync`;
//! * a **creating** function (a name word in [`CREATE_WORDS`](crate::analysis::conventions::CREATE_WORDS);
//!   `alloc` only with size parameters, [`is_creating`]) returning
//!   `T*` or writing `T**` hands over a new handle, owned in Rust and dropped
//!   by the handle's **destroy function** exactly once; the owner borrows
//!   every handle argument of the call that created it;
//! * the destroy function takes just the `T*` and its last name word is one
//!   of [`DESTROY_WORDS`](crate::analysis::conventions::DESTROY_WORDS) (or any word is `free`); it runs only from `Drop`.
//!   Every other function that takes a `T*` and whose name has a word
//!   saying it ends the handle ([`super::endings`], `sqlite3_close_v2`) takes
//!   the owner by value, or is skipped when Rust only
//!   borrows the handle, so nothing frees twice;
//! * a non-creating function returning the parent of a handle argument
//!   (`sqlite3_db_handle(stmt)`) returns a borrow of that argument; a library
//!   string type (`sqlite3_filename`) is a token, and a result of it borrows
//!   the call's handle arguments, except that a creating function's tokens
//!   are owned when a destroy function takes the token
//!   (`sqlite3_create_filename`, `sqlite3_free_filename`);
//! * a handle a non-creating function hands out otherwise is a part or a
//!   child of its arguments, borrowed from them ([`super::parts`]); any
//!   other (a sibling: `kv_cursor_peer`) is a borrow whose owner is
//!   unknown: skipped.

use crate::analysis::context::Context;
use crate::analysis::conventions::{frees_object, is_creating, names_freeing};
use crate::analysis::core::naming::{self};
use crate::analysis::core::types::TypeEnv;
use crate::ir::{qualify, Item, ItemKind, Param};
use crate::plan::convention::{assume, assume_all};
use crate::plan::*;
use crate::plan::{Arg, ArgKind, RetKind};
use crate::plan::{ParamLabel, Skip, Why};

/// True when `item` (an incomplete record) is a handle.
pub fn is_handle(cx: &Context, item: &Item) -> bool {
    cx.facts.handles.used.contains(&item.qualified_name())
}

/// Pass 1: the handle's bridge type and owner names.
pub fn declare(cx: &mut Context, idx: usize, item: &Item) {
    let qualified = item.qualified_name();
    let module = cx.names.module(&item.scope);
    let (preferred, flat) = naming::ffi_type_candidates(&item.scope, &item.name);
    let ffi_name = cx.names.ffi_type(&preferred, &flat);
    let rust_name = cx.names.ty(&module, &naming::camel(&item.name));
    let owner = format!(
        "cxxbind_Owned_{}",
        crate::plan::paths::flat(&item.scope, &item.name)
    );
    let owner_ffi = cx.names.ffi_type(&owner, &owner);
    let destroy = cx.facts.handles.destroy.get(&qualified).cloned();
    let destroy_result_free = destroy
        .clone()
        .filter(|d| cx.facts.handles.string_results.contains(d))
        .and_then(|_| cx.env.free_function.clone());
    let mut destroy_assumes = Vec::new();
    if cx.facts.handles.destroy_by_name.contains(&qualified) {
        destroy_assumes.push(Convention::DestroysByName);
    }
    if destroy_result_free.is_some() {
        assume(&mut destroy_assumes, Convention::FreeFunctionByName);
    }
    let id = cx.push_handle(HandleBinding {
        cpp_name: item.name.clone(),
        cpp_scope: item.scope.clone(),
        ffi_name,
        rust_name,
        module,
        destroy,
        destroy_result_free,
        destroy_assumes,
        owner_ffi,
        token: false,
        doc: item.doc.clone(),
    });
    cx.handle_of_item.insert(idx, id);
    cx.env.handles.insert(qualified, id);
}

/// True when `item` (an alias) is a library string type the functions use.
pub fn is_token(cx: &Context, item: &Item) -> bool {
    matches!(item.kind, ItemKind::Alias { .. })
        && cx.facts.handles.tokens.contains(&item.qualified_name())
}

/// Pass 1: a string token's bridge type: borrow-only, like a handle without
/// a destroy function, unless a creating function hands it out and a
/// destroy function takes it (`sqlite3_create_filename`,
/// `sqlite3_free_filename`): then Rust owns the tokens it creates.
pub fn declare_token(cx: &mut Context, idx: usize, item: &Item) {
    declare(cx, idx, item);
    let created = cx
        .facts
        .handles
        .created_tokens
        .contains(&item.qualified_name());
    if let Some(&id) = cx.env.handles.get(&item.qualified_name()) {
        cx.mark_token(id, created);
    }
}

/// Pass 2: the record's decision.
pub fn decide(cx: &mut Context, idx: usize, item: &Item) -> bool {
    let Some(&id) = cx.handle_of_item.get(&idx) else {
        return false;
    };
    let rust_path = handle_path(cx.bindings(), id);
    let kind = if cx.bindings().handle(id).token {
        DeclKind::Alias
    } else {
        DeclKind::Record
    };
    // An owner type exists only when the destroy function is known.
    let assumes = cx.bindings().handle(id).destroy_assumes.clone();
    cx.push_decision(Decision {
        name: item.qualified_name(),
        kind,
        loc: item.loc.clone(),
        signature: None,
        status: Status::Bound {
            via: Via::Opaque,
            rust_path,
        },
        assumes,
    });
    true
}

/// The Rust path of a handle: its owner type, or `ffi::T` when borrow-only.
pub fn handle_path(b: &Bindings, id: HandleId) -> String {
    let h = b.handle(id);
    let mut parts = h.module.clone();
    if h.owned() {
        parts.push(h.rust_name.clone());
    } else {
        parts.clear();
        parts.push("ffi".into());
        parts.push(h.ffi_name.clone());
    }
    parts.join("::")
}

/// A function whose name says it frees takes pointers it frees (`*_free(char*)`,
/// `*_free_table(char**)`), never strings or out-parameters to fill. A
/// member function frees what its object owns (`DeleteAttribute(name)` takes
/// a key, and needs exclusive access to the object): only an object it is
/// handed (`DeleteChild(XMLNode*)`) is what it frees, and Rust cannot give
/// one up while another borrow may still reach it.
///
/// The types must agree ([`frees_object`]): no key or data parameter
/// follows the pointer and it is not a key into an object given before it,
/// else the call deletes an entry (`Delete(opts, cf*, const Slice& key)`,
/// `cfg_delete_entry(cfg*, const char* name)`), not what it is given.
fn frees_pointer(
    name: &str,
    args: &[Arg],
    params: &[Param],
    member: bool,
    is_view: &dyn Fn(&str) -> bool,
) -> Option<Skip> {
    if !names_freeing(name) {
        return None;
    }
    let pointer = args.iter().find(|a| {
        if member {
            return matches!(a.kind, ArgKind::Object { pointer: true, .. });
        }
        matches!(
            a.kind,
            ArgKind::CStr
                | ArgKind::CStrRetained
                | ArgKind::CStrKept
                | ArgKind::Slice { .. }
                | ArgKind::TerminatedBytes { .. }
                | ArgKind::KeptBytes { .. }
                | ArgKind::OutCStr { .. }
                | ArgKind::OutCountedCStr { .. }
                | ArgKind::OutHandle(_)
                | ArgKind::OutScalar(_)
                | ArgKind::Object { pointer: true, .. }
        )
    })?;
    if !frees_object(params, pointer.cpp_index, pointer.cpp_count, is_view) {
        return None;
    }
    Some(Skip::new(Why::FreedByName).in_parameter(ParamLabel::Named(pointer.name.clone())))
}

/// A `const char**` out-string followed by an integer out-parameter that
/// reads as its length (unnamed or count-named): the string need not be
/// NUL-terminated, so it is not copied up to a NUL.
fn counted_out_string(args: &[Arg], params: &[Param]) -> Option<Skip> {
    args.windows(2).find_map(|w| {
        let counted = matches!(w[0].kind, ArgKind::OutCStr { .. })
            && matches!(w[1].kind, ArgKind::OutScalar(_))
            && params.get(w[1].cpp_index).is_some_and(|p| {
                p.name.is_empty() || crate::analysis::conventions::is_count_name(&p.name)
            });
        counted.then(|| {
            Skip::new(Why::CountedOutString {
                len: w[1].name.clone(),
            })
            .in_parameter(ParamLabel::Named(w[0].name.clone()))
        })
    })
}

/// The C-API checks of a plan that need the function's name or parameters
/// (`env` tells byte views, which are data).
pub fn check_c_api(
    name: &str,
    member: bool,
    args: &[Arg],
    params: &[Param],
    env: &TypeEnv,
) -> Result<(), Skip> {
    let is_view = |name: &str| env.byte_view(name).is_some();
    match frees_pointer(name, args, params, member, &is_view)
        .or_else(|| counted_out_string(args, params))
    {
        Some(s) => Err(s),
        None => Ok(()),
    }
}

/// Checks the handles a plan hands over: only creating free functions
/// return owned handles, and only of a handle with a destroy function. A
/// non-throwing free function returning the **parent** of a handle argument
/// (a type the argument's creating functions take: `sqlite3_db_handle(stmt)`)
/// returns a borrow of that argument ([`RetKind::BorrowedHandle`]): the
/// argument's owner already borrows its parent, so the parent outlives it.
/// A part or a child of the arguments is borrowed from them
/// ([`super::parts`]: `sqlite3_column_value`, `sqlite3_next_stmt`); any
/// other handle it does not create may be one a Rust owner drops: skipped.
///
/// `assumes` gains the conventions the plan then relies on: an owned
/// handle, that the call creates it (`creates-by-name`, unless the config
/// says the caller frees it) and what owning it relies on; a parent's
/// borrow, that its creating functions name the parent (`creates-by-name`).
pub fn check(
    cx: &Context,
    name: &str,
    call: HandleCall,
    args: &mut [Arg],
    ret: &mut RetKind,
    assumes: &mut Vec<Convention>,
) -> Result<(), Skip> {
    let b = cx.bindings();
    let named = is_creating(name, call.params);
    let creating = call.is_free && (named || call.caller_frees);
    if let RetKind::Handle(h) = *ret {
        let qualified = |h: HandleId| qualify(&b.handle(h).cpp_scope, &b.handle(h).cpp_name);
        let parent = qualified(h);
        // A string token is a part of the handle it comes from
        // (`sqlite3_db_filename(db)`): Rust never owns one.
        let token = b.handle(h).token;
        let of_argument = args.iter().any(|a| match a.kind {
            ArgKind::Handle(arg) if token => !b.handle(arg).token,
            ArgKind::Handle(arg) => cx
                .facts
                .handles
                .parents
                .contains(&(qualified(arg), parent.clone())),
            _ => false,
        });
        if call.is_free && !creating && of_argument && !call.throws {
            *ret = RetKind::BorrowedHandle(h);
            if !token {
                assume(assumes, Convention::CreatesByName);
            }
        }
    }
    crate::analysis::c_api::parts::borrow_part(
        cx,
        name,
        call.is_free && !creating && !call.throws,
        args,
        ret,
        assumes,
    );
    let created = args
        .iter()
        .filter_map(|a| match a.kind {
            ArgKind::OutHandle(h) => Some(h),
            _ => None,
        })
        .chain(match ret {
            RetKind::Handle(h) => Some(*h),
            _ => None,
        });
    for h in created {
        let cpp = &b.handle(h).cpp_name;
        if !creating {
            return Err(Skip::new(Why::HandsOutBorrowed {
                handle: cpp.clone(),
            }));
        }
        if !b.handle(h).owned() {
            return Err(Skip::new(Why::NoDestroy {
                handle: cpp.clone(),
            }));
        }
        if !call.caller_frees {
            assume(assumes, Convention::CreatesByName);
        }
        assume_all(assumes, &b.handle(h).destroy_assumes);
    }
    Ok(())
}

/// What [`check`] needs to know about the call.
#[derive(Debug, Clone, Copy)]
pub struct HandleCall<'p> {
    /// Its C++ parameters (all of them, whatever the arity planned).
    pub params: &'p [Param],
    /// A free function (not a method).
    pub is_free: bool,
    /// The call may throw (a borrowed result reports null as an error, so
    /// it needs a call that does not).
    pub throws: bool,
    /// The config says the caller frees what the call hands out
    /// (`caller_frees`): it creates, whatever its name.
    pub caller_frees: bool,
}

impl<'p> HandleCall<'p> {
    /// A method, which never hands out borrowed handles.
    pub fn method(params: &'p [Param], throws: bool) -> Self {
        HandleCall {
            params,
            is_free: false,
            throws,
            caller_frees: false,
        }
    }
}

/// A constructor may keep what it is given, and nothing ties a handle
/// argument's owner to the new object: constructors taking handles are skipped.
pub fn check_constructor(args: &[Arg]) -> Result<(), Skip> {
    match args.iter().find(|a| matches!(a.kind, ArgKind::Handle(_))) {
        Some(a) => {
            Err(Skip::new(Why::ConstructorKeepsHandle)
                .in_parameter(ParamLabel::Named(a.name.clone())))
        }
        None => Ok(()),
    }
}
