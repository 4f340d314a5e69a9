//! Opaque C handles: an incomplete struct the library's functions use behind
//! pointers (`typedef struct sqlite3 sqlite3;` with `sqlite3_open(…, sqlite3**)`).
//!
//! The rules (docs/strategy.md, "C handles"):
//! * a handle crosses as a shared borrow (`&ffi::T`), whatever the pointer's
//!   `const`: the library owns the handle's state, and the handle types are
//!   neither `Send` nor `Sync`;
//! * a **creating** function (a name word in [`CREATE_WORDS`]) returning
//!   `T*` or writing `T**` hands over a new handle, owned in Rust and dropped
//!   by the handle's **destroy function** exactly once; the owner borrows
//!   every handle argument of the call that created it;
//! * the destroy function takes just the `T*` and its last name word is one
//!   of [`DESTROY_WORDS`] (or any word is `free`); it runs only from `Drop`.
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

use super::context::Context;
use super::model::*;
use super::naming::{self, words};
use super::plan::{Arg, ArgKind, RetKind};
use super::reason::{Reason, Skip};
use crate::ir::{qualify, Api, Item, ItemKind, RecordTag, Type};
use std::collections::{BTreeMap, HashMap, HashSet};

/// Last name words that mark a handle's destroy function (`sqlite3_close`).
pub const DESTROY_WORDS: &[&str] = &["close", "destroy", "finalize", "release", "free"];

/// Name words that mark a function as creating the handle it returns or
/// writes through `T**`.
pub const CREATE_WORDS: &[&str] = &[
    "open", "new", "create", "alloc", "dup", "clone", "copy", "init", "prepare", "make", "connect",
];

/// A bound opaque C handle.
#[derive(Debug, Clone, PartialEq)]
pub struct HandleBinding {
    /// Unqualified C++ name (`sqlite3_stmt`).
    pub cpp_name: String,
    /// Enclosing namespaces (usually none for C).
    pub cpp_scope: Vec<String>,
    /// The opaque type's identifier in the bridge.
    pub ffi_name: String,
    /// The owning safe type (`Sqlite3Stmt`), when Rust can own one.
    pub rust_name: String,
    /// The safe-layer module.
    pub module: Vec<String>,
    /// The destroy function (qualified C++ name); `None`: borrow-only.
    pub destroy: Option<String>,
    /// The destroy function returns a `char*` the caller frees with this
    /// library function (`sqlite3_str_finish`, freed by `sqlite3_free`).
    pub destroy_result_free: Option<String>,
    /// The bridge identifier of the C++ holder `Drop` destroys through.
    pub owner_ffi: String,
    /// A library string type (`typedef const char* sqlite3_filename;`)
    /// rather than an incomplete struct: the bridge names a struct of our
    /// own (`cxxbind::sqlite3_filename_token`) that the shims cast from and
    /// to the typedef. Owned only when a creating function hands it out.
    pub token: bool,
    /// The doc comment.
    pub doc: Option<String>,
}

impl HandleBinding {
    /// The qualified C++ name of the type the bridge names (`::sqlite3`;
    /// `::cxxbind::sqlite3_filename_token` for a string token).
    pub fn cpp_qualified(&self) -> String {
        if self.token {
            return format!("::cxxbind::{}", self.token_struct());
        }
        self.c_qualified()
    }

    /// The qualified C++ name the header declares (`::sqlite3`, `::sqlite3_filename`).
    pub fn c_qualified(&self) -> String {
        let mut s: String = self.cpp_scope.iter().map(|p| format!("::{p}")).collect();
        s.push_str("::");
        s.push_str(&self.cpp_name);
        s
    }

    /// The struct of our own a string token crosses as (namespace `cxxbind`).
    pub fn token_struct(&self) -> String {
        format!("{}_token", naming::flat(&self.cpp_scope, &self.cpp_name))
    }

    /// Rust can own one (a destroy function is known).
    pub fn owned(&self) -> bool {
        self.destroy.is_some()
    }
}

/// What the scan of the whole API found, before any decision.
#[derive(Debug, Default)]
pub struct Handles {
    /// Incomplete records used behind pointers by the library's functions.
    pub used: HashSet<String>,
    /// Handle → its destroy function (qualified), by convention.
    pub destroy: HashMap<String, String>,
    /// Functions (qualified) that end a handle's life → that handle.
    pub ending: HashMap<String, String>,
    /// IR item index → its handle.
    pub of_item: HashMap<usize, HandleId>,
    /// Library string types (typedefs of `char` pointers) the functions use.
    pub tokens: HashSet<String>,
    /// String types a creating function returns (`sqlite3_create_filename`):
    /// with a destroy function, Rust owns those it creates.
    pub created_tokens: HashSet<String>,
    /// Functions (qualified) returning a `char*` (a destroy function that
    /// does hands the caller a string to free: `sqlite3_str_finish`).
    pub string_results: HashSet<String>,
    /// (child, parent): a creating function of `child` takes a `parent*`,
    /// so an owned child borrows its parent (`sqlite3_stmt` from `sqlite3`).
    pub parents: HashSet<(String, String)>,
    /// (child, parent) → the function giving a child's parent: not
    /// creating, just the `child*`, returning `parent*`; the shortest name
    /// (`sqlite3_db_handle`).
    pub parent_fns: BTreeMap<(String, String), String>,
}

/// The function's name says it creates what it returns (a word's trailing
/// digits do not count: `sqlite3_open16`).
pub fn is_creating(name: &str) -> bool {
    words(name)
        .iter()
        .any(|w| CREATE_WORDS.contains(&w.trim_end_matches(|c: char| c.is_ascii_digit())))
}

/// A destroy function's name: its last word is a [`DESTROY_WORDS`] word, or
/// any word is `free`.
fn is_destroy_name(w: &[String]) -> bool {
    w.last()
        .is_some_and(|l| DESTROY_WORDS.contains(&l.as_str()))
        || w.iter().any(|x| x == "free")
}

/// The record a `T*` (or `T**`, at `depth` 2) points to.
fn pointee_record(ty: &Type, depth: usize) -> Option<&str> {
    match (ty, depth) {
        (Type::Record { name }, 0) => Some(name),
        (Type::Pointer { pointee, .. }, d) if d > 0 => pointee_record(pointee, d - 1),
        _ => None,
    }
}

/// Finds the handles and their destroy functions; `configured` (handle →
/// function, from the config) wins over the naming convention when the
/// function takes just the handle's `T*`.
pub fn scan(api: &Api, configured: &BTreeMap<String, String>) -> Handles {
    let functions = api.items.iter().filter_map(|it| match &it.kind {
        ItemKind::Function(f) if !f.deleted && !f.is_operator => Some((it, f)),
        _ => None,
    });
    let mut incomplete: HashSet<String> = api
        .items
        .iter()
        .filter_map(|it| match &it.kind {
            ItemKind::Record(r) if !r.complete && !r.nested && r.tag != RecordTag::Union => {
                Some(it.qualified_name())
            }
            _ => None,
        })
        .collect();
    incomplete.extend(library_allocated(api, functions.clone()));
    let mut h = Handles::default();
    for (_, f) in functions.clone() {
        let types = f.sig.params.iter().map(|p| &p.ty).chain([&f.sig.ret]);
        for ty in types.clone() {
            if let Type::StringToken { name } = ty {
                h.tokens.insert(name.clone());
            }
        }
        for ty in types {
            for depth in [1, 2] {
                if let Some(n) = pointee_record(ty, depth) {
                    if incomplete.contains(n) {
                        h.used.insert(n.to_string());
                    }
                }
            }
        }
    }
    for (_, f) in functions.clone().filter(|(it, _)| is_creating(&it.name)) {
        if let Type::StringToken { name } = &f.sig.ret {
            h.created_tokens.insert(name.clone());
        }
        let created = f
            .sig
            .params
            .iter()
            .filter_map(|p| pointee_record(&p.ty, 2))
            .chain(pointee_record(&f.sig.ret, 1))
            .filter(|n| h.used.contains(*n));
        for child in created {
            for p in &f.sig.params {
                if let Some(parent) = pointee_record(&p.ty, 1).filter(|n| h.used.contains(*n)) {
                    if parent != child {
                        h.parents.insert((child.to_string(), parent.to_string()));
                    }
                }
            }
        }
    }
    for (it, f) in functions.clone().filter(|(it, _)| !is_creating(&it.name)) {
        let [p] = f.sig.params.as_slice() else {
            continue;
        };
        let (Some(child), Some(parent)) = (pointee_record(&p.ty, 1), pointee_record(&f.sig.ret, 1))
        else {
            continue;
        };
        let key = (child.to_string(), parent.to_string());
        if h.parents.contains(&key) {
            let name = it.qualified_name();
            let better = h
                .parent_fns
                .get(&key)
                .is_none_or(|old| name.len() < old.len());
            if better {
                h.parent_fns.insert(key, name);
            }
        }
    }
    let mut configured_found = HashSet::new();
    for (it, f) in functions.clone() {
        let string = matches!(&f.sig.ret, Type::Pointer { pointee, is_const: false } if matches!(**pointee, Type::Char));
        if string {
            h.string_results.insert(it.qualified_name());
        }
    }
    for (it, f) in functions {
        // A function taking a string token and named like an ending frees
        // it (`sqlite3_free_filename`): the destroy function of the tokens
        // a creating function hands out (`sqlite3_create_filename`) when it
        // takes just the token, as for handles; else it ends a token Rust
        // only borrows.
        let token = f.sig.params.iter().find_map(|p| match &p.ty {
            Type::StringToken { name } => Some(name.as_str()),
            _ => None,
        });
        // The first handle it takes (an ending function may take more: flags).
        let Some(handle) = f
            .sig
            .params
            .iter()
            .find_map(|p| pointee_record(&p.ty, 1).filter(|n| h.used.contains(*n)))
        else {
            let w = words(&it.name);
            let Some(token) = token.filter(|_| super::endings::names_ending(&w)) else {
                continue;
            };
            h.ending.insert(it.qualified_name(), token.to_string());
            if f.sig.params.len() == 1 && is_destroy_name(&w) {
                let better = h
                    .destroy
                    .get(token)
                    .is_none_or(|old| it.qualified_name().len() < old.len());
                if better {
                    h.destroy.insert(token.to_string(), it.qualified_name());
                }
            }
            continue;
        };
        let w = words(&it.name);
        // Only a function taking just the `T*` can be the destroy function.
        let single = f.sig.params.len() == 1;
        let destroys = single && is_destroy_name(&w);
        // A destroy candidate ends the handle too, whichever is chosen.
        // Any ending word counts (`kv_close_quietly`) unless a resource noun
        // follows it (`sqlite3_db_release_memory`): a false positive only
        // loses a function, a miss frees twice.
        if destroys || super::endings::names_ending(&w) {
            h.ending.insert(it.qualified_name(), handle.to_string());
        }
        if single && configured.get(handle) == Some(&it.qualified_name()) {
            h.ending.insert(it.qualified_name(), handle.to_string());
            h.destroy.insert(handle.to_string(), it.qualified_name());
            configured_found.insert(handle.to_string());
            continue;
        }
        if destroys && !configured_found.contains(handle) {
            let better = match h.destroy.get(handle) {
                Some(old) => it.qualified_name().len() < old.len(),
                None => true,
            };
            if better {
                h.destroy.insert(handle.to_string(), it.qualified_name());
            }
        }
    }
    h
}

/// Complete C structs the library allocates and frees itself: a plain
/// struct (no bases, constructors or member functions) that some function
/// hands out (`T*` result or `T**` out-parameter) and that a destroy
/// function takes (`void sqlite3_snapshot_free(sqlite3_snapshot*)`). Its
/// memory comes from the library's allocator, so Rust must never `delete`
/// one: it is a handle like an incomplete struct, its fields unused.
fn library_allocated<'a>(
    api: &'a Api,
    functions: impl Iterator<Item = (&'a Item, &'a crate::ir::Function)>,
) -> Vec<String> {
    let plain = api.items.iter().filter_map(|it| match &it.kind {
        ItemKind::Record(r)
            if r.complete
                && !r.nested
                && r.tag == RecordTag::Struct
                && r.bases.is_empty()
                && r.methods.is_empty()
                && !r.user_constructors =>
        {
            Some(it.qualified_name())
        }
        _ => None,
    });
    // One pass over the functions: the records they hand out, and those a
    // destroy function takes.
    let mut handed_out: HashSet<&str> = HashSet::new();
    let mut destroyed: HashSet<&str> = HashSet::new();
    for (it, f) in functions {
        handed_out.extend(pointee_record(&f.sig.ret, 1));
        handed_out.extend(f.sig.params.iter().filter_map(|p| pointee_record(&p.ty, 2)));
        if let [p] = f.sig.params.as_slice() {
            if let Some(r) = pointee_record(&p.ty, 1) {
                if is_destroy_name(&words(&it.name)) {
                    destroyed.insert(r);
                }
            }
        }
    }
    plain
        .filter(|name| handed_out.contains(name.as_str()) && destroyed.contains(name.as_str()))
        .collect()
}

/// The library's function freeing memory it hands out (`*_free(void*)`,
/// the shortest such name), for `char**` out-strings the caller must free.
pub fn free_function(api: &Api) -> Option<String> {
    api.items
        .iter()
        .filter_map(|it| match &it.kind {
            ItemKind::Function(f)
                if matches!(f.sig.ret, Type::Void)
                    && matches!(f.sig.params.as_slice(), [p] if matches!(p.ty, Type::VoidPointer))
                    && words(&it.name).iter().any(|w| w == "free") =>
            {
                Some(it.qualified_name())
            }
            _ => None,
        })
        .min_by_key(|n| n.len())
}

/// True when `item` (an incomplete record) is a handle.
pub fn is_handle(cx: &Context, item: &Item) -> bool {
    cx.handles.used.contains(&item.qualified_name())
}

/// Pass 1: the handle's bridge type and owner names.
pub fn declare(cx: &mut Context, idx: usize, item: &Item) {
    let qualified = item.qualified_name();
    let module = cx.names.module(&item.scope);
    let (preferred, flat) = naming::ffi_type_candidates(&item.scope, &item.name);
    let ffi_name = cx.names.ffi_type(&preferred, &flat);
    let rust_name = cx.names.ty(&module, &naming::camel(&item.name));
    let owner = format!("cxxbind_Owned_{}", naming::flat(&item.scope, &item.name));
    let owner_ffi = cx.names.ffi_type(&owner, &owner);
    let destroy = cx.handles.destroy.get(&qualified).cloned();
    let id = HandleId::new(cx.b.handles.len());
    cx.b.handles.push(HandleBinding {
        cpp_name: item.name.clone(),
        cpp_scope: item.scope.clone(),
        ffi_name,
        rust_name,
        module,
        destroy: destroy.clone(),
        destroy_result_free: destroy
            .filter(|d| cx.handles.string_results.contains(d))
            .and_then(|_| cx.env.free_function.clone()),
        owner_ffi,
        token: false,
        doc: item.doc.clone(),
    });
    cx.handles.of_item.insert(idx, id);
    cx.env.handles.insert(qualified, id);
}

/// True when `item` (an alias) is a library string type the functions use.
pub fn is_token(cx: &Context, item: &Item) -> bool {
    matches!(item.kind, ItemKind::Alias { .. })
        && cx.handles.tokens.contains(&item.qualified_name())
}

/// Pass 1: a string token's bridge type: borrow-only, like a handle without
/// a destroy function, unless a creating function hands it out and a
/// destroy function takes it (`sqlite3_create_filename`,
/// `sqlite3_free_filename`): then Rust owns the tokens it creates.
pub fn declare_token(cx: &mut Context, idx: usize, item: &Item) {
    declare(cx, idx, item);
    let created = cx.handles.created_tokens.contains(&item.qualified_name());
    if let Some(&id) = cx.env.handles.get(&item.qualified_name()) {
        let h = &mut cx.b.handles[id.index()];
        h.token = true;
        if !created {
            h.destroy = None;
        }
        h.destroy_result_free = None;
    }
}

/// Pass 2: the record's decision.
pub fn decide(cx: &mut Context, idx: usize, item: &Item) -> bool {
    let Some(&id) = cx.handles.of_item.get(&idx) else {
        return false;
    };
    let rust_path = handle_path(&cx.b, id);
    let kind = if cx.b.handle(id).token {
        DeclKind::Alias
    } else {
        DeclKind::Record
    };
    cx.push_decision(Decision {
        name: item.qualified_name(),
        kind,
        loc: item.loc.clone(),
        status: Status::Bound {
            via: Via::Opaque,
            rust_path,
        },
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

/// Name words of functions that free what they are given.
pub(super) const FREEING_WORDS: &[&str] = &[
    "free", "destroy", "delete", "dispose", "release", "finalize",
];

/// A function whose name says it frees takes pointers it frees (`*_free(char*)`,
/// `*_free_table(char**)`), never strings or out-parameters to fill. A
/// member function frees what its object owns (`DeleteAttribute(name)` takes
/// a key, and needs exclusive access to the object): only an object it is
/// handed (`DeleteChild(XMLNode*)`) is what it frees, and Rust cannot give
/// one up while another borrow may still reach it.
fn frees_pointer(name: &str, args: &[Arg], member: bool) -> Option<Skip> {
    if !words(name)
        .iter()
        .any(|w| FREEING_WORDS.contains(&w.as_str()))
    {
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
                | ArgKind::TerminatedBytes
                | ArgKind::KeptBytes { .. }
                | ArgKind::OutCStr { .. }
                | ArgKind::OutCountedCStr { .. }
                | ArgKind::OutHandle(_)
                | ArgKind::OutScalar(_)
                | ArgKind::Object { pointer: true, .. }
        )
    })?;
    Some(Skip::new(
        Reason::RawPointer,
        format!(
            "parameter `{}`: the function's name says it frees what it is given",
            pointer.name
        ),
    ))
}

/// A `const char**` out-string followed by an integer out-parameter that
/// reads as its length (unnamed or count-named): the string need not be
/// NUL-terminated, so it is not copied up to a NUL.
fn counted_out_string(args: &[Arg], params: &[crate::ir::Param]) -> Option<Skip> {
    args.windows(2).find_map(|w| {
        let counted = matches!(w[0].kind, ArgKind::OutCStr { .. })
            && matches!(w[1].kind, ArgKind::OutScalar(_))
            && params
                .get(w[1].cpp_index)
                .is_some_and(|p| p.name.is_empty() || super::types::is_count_name(&p.name));
        counted.then(|| {
            Skip::new(
                Reason::RawPointer,
                format!(
                    "parameter `{}`: an out-string whose length comes through `{}`",
                    w[0].name, w[1].name
                ),
            )
        })
    })
}

/// The C-API checks of a plan that need the function's name or parameters.
pub fn check_c_api(
    name: &str,
    member: bool,
    args: &[Arg],
    params: &[crate::ir::Param],
) -> Result<(), Skip> {
    match frees_pointer(name, args, member).or_else(|| counted_out_string(args, params)) {
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
pub fn check(
    cx: &Context,
    name: &str,
    call: HandleCall,
    args: &mut [Arg],
    ret: &mut RetKind,
) -> Result<(), Skip> {
    let b = &cx.b;
    let creating = call.is_free && (is_creating(name) || call.caller_frees);
    if let RetKind::Handle(h) = *ret {
        let qualified = |h: HandleId| qualify(&b.handle(h).cpp_scope, &b.handle(h).cpp_name);
        let parent = qualified(h);
        // A string token is a part of the handle it comes from
        // (`sqlite3_db_filename(db)`): Rust never owns one.
        let token = b.handle(h).token;
        let of_argument = args.iter().any(|a| match a.kind {
            ArgKind::Handle(arg) if token => !b.handle(arg).token,
            ArgKind::Handle(arg) => cx
                .handles
                .parents
                .contains(&(qualified(arg), parent.clone())),
            _ => false,
        });
        if call.is_free && !creating && of_argument && !call.throws {
            *ret = RetKind::BorrowedHandle(h);
        }
    }
    super::parts::borrow_part(
        cx,
        name,
        call.is_free && !creating && !call.throws,
        args,
        ret,
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
            return Err(Skip::new(
                Reason::RawPointerReturn,
                format!(
                    "hands out a `{cpp}*` it does not create (a borrow whose owner is unknown)"
                ),
            ));
        }
        if !b.handle(h).owned() {
            return Err(Skip::new(
                Reason::NoDestroyFunction,
                format!("creates a `{cpp}`, and no destroy function for it is known (by name, or in the config)"),
            ));
        }
    }
    Ok(())
}

/// What [`check`] needs to know about the call.
#[derive(Debug, Clone, Copy)]
pub struct HandleCall {
    /// A free function (not a method).
    pub is_free: bool,
    /// The call may throw (a borrowed result reports null as an error, so
    /// it needs a call that does not).
    pub throws: bool,
    /// The config says the caller frees what the call hands out
    /// (`caller_frees`): it creates, whatever its name.
    pub caller_frees: bool,
}

impl HandleCall {
    /// A method, which never hands out borrowed handles.
    pub fn method(throws: bool) -> Self {
        HandleCall {
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
        Some(a) => Err(Skip::new(
            Reason::RawPointer,
            format!(
                "parameter `{}`: a constructor may keep the C handle, and nothing ties the handle's owner to the object",
                a.name
            ),
        )),
        None => Ok(()),
    }
}
