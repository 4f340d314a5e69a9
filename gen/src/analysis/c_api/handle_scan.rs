//! The C handle facts, scanned from the whole API before any decision:
//! which incomplete structs (and library string types) the functions use
//! behind pointers, which functions create, destroy or end them, and which
//! handle is another's parent. Read-only afterwards ([`crate::analysis::facts`]);
//! the rules are in [`super::handles`].

use crate::analysis::conventions::{
    ends_object, is_creating, is_destroy_name, names_ending, names_free_function,
};
use crate::analysis::core::naming::words;
use crate::ir::{Api, Item, ItemKind, RecordTag, Type};
use std::collections::{BTreeMap, HashMap, HashSet};

/// What the scan of the whole API found, before any decision.
#[derive(Debug, Default)]
pub struct Handles {
    /// Incomplete records used behind pointers by the library's functions.
    pub used: HashSet<String>,
    /// Handle → its destroy function (qualified): the config's, or one
    /// found by name ([`Self::destroy_by_name`]).
    pub destroy: HashMap<String, String>,
    /// Handles whose destroy function was found by name (`*_close`,
    /// `*_free`, …), not named in the config: owning them relies on
    /// `destroys-by-name`. Empty in a `--strict` run, which finds none.
    pub destroy_by_name: HashSet<String>,
    /// Functions (qualified) that end a handle's life → that handle.
    pub ending: HashMap<String, String>,
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

/// The record a `T*` (or `T**`, at `depth` 2) points to.
pub(crate) fn pointee_record(ty: &Type, depth: usize) -> Option<&str> {
    match (ty, depth) {
        (Type::Record { name }, 0) => Some(name),
        (Type::Pointer { pointee, .. }, d) if d > 0 => pointee_record(pointee, d - 1),
        _ => None,
    }
}

/// Finds the handles and their destroy functions; `configured` (handle →
/// function, from the config) wins over the naming convention when the
/// function takes just the handle's `T*`; with `strict`, only the config
/// names destroy functions.
pub fn scan(api: &Api, configured: &BTreeMap<String, String>, strict: bool) -> Handles {
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
            if let Type::StringToken { name, .. } = ty {
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
    for (_, f) in functions
        .clone()
        .filter(|(it, f)| is_creating(&it.name, &f.sig.params))
    {
        if let Type::StringToken { name, .. } = &f.sig.ret {
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
    for (it, f) in functions
        .clone()
        .filter(|(it, f)| !is_creating(&it.name, &f.sig.params))
    {
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
            Type::StringToken { name, .. } => Some(name.as_str()),
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
            let Some(token) = token.filter(|_| names_ending(&w)) else {
                continue;
            };
            h.ending.insert(it.qualified_name(), token.to_string());
            if f.sig.params.len() == 1 && is_destroy_name(&w) && !strict {
                h.destroyed_by_name(token, it.qualified_name());
            }
            continue;
        };
        let w = words(&it.name);
        // Only a function taking just the `T*` can be the destroy function.
        let single = f.sig.params.len() == 1;
        let destroys = single && is_destroy_name(&w);
        // A destroy candidate ends the handle too, whichever is chosen.
        // Any ending word counts (`kv_close_quietly`) unless a resource noun
        // follows it (`sqlite3_db_release_memory`), or a key follows the
        // handle and the ending word names an entry of it
        // (`cfg_delete_entry(cfg*, const char*)`): a false positive only
        // loses a function, a miss frees twice.
        let at = f
            .sig
            .params
            .iter()
            .position(|p| pointee_record(&p.ty, 1) == Some(handle))
            .unwrap_or_default();
        let ends = names_ending(&w) && ends_object(&w, &f.sig.params, at, &words(handle));
        if destroys || ends {
            h.ending.insert(it.qualified_name(), handle.to_string());
        }
        if single && configured.get(handle) == Some(&it.qualified_name()) {
            h.ending.insert(it.qualified_name(), handle.to_string());
            h.destroy.insert(handle.to_string(), it.qualified_name());
            h.destroy_by_name.remove(handle);
            configured_found.insert(handle.to_string());
            continue;
        }
        if destroys && !configured_found.contains(handle) && !strict {
            h.destroyed_by_name(handle, it.qualified_name());
        }
    }
    h
}

impl Handles {
    /// `function` destroys `handle` by its name, unless a shorter name does.
    fn destroyed_by_name(&mut self, handle: &str, function: String) {
        let better = self
            .destroy
            .get(handle)
            .is_none_or(|old| function.len() < old.len());
        if better {
            self.destroy.insert(handle.to_string(), function);
            self.destroy_by_name.insert(handle.to_string());
        }
    }
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
                    && names_free_function(&it.name) =>
            {
                Some(it.qualified_name())
            }
            _ => None,
        })
        .min_by_key(|n| n.len())
}
