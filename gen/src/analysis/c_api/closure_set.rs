//! Callbacks that reach their user data through a handle: a `void*` user
//! data followed by one or more callbacks without a `void*` parameter of
//! their own, whose first parameter is a handle the library can ask for the
//! user data (`sqlite3_create_function(db, name, n, flags, void* pApp,
//! xFunc, xStep, xFinal)`, each callback taking a `sqlite3_context*`, and
//! `void* sqlite3_user_data(sqlite3_context*)`).
//!
//! The closures are the user data: one Rust object holds every callback's
//! closure (`Option<Box<dyn FnMut … + Send>>` each: a null callback when
//! `None`), handed over for good like any kept closure, and dropped when
//! the library calls the `void(*)(void*)` that may follow the callbacks
//! (`sqlite3_create_function_v2`'s `xDestroy`). Each callback's lambda
//! asks the accessor for the user data and forwards to its closure.
//!
//! The accessor is the library's one function `void* f(T*)` taking just a
//! handle `T`, with a name word saying it gives user data
//! ([`ACCESSOR_WORDS`](crate::analysis::conventions::ACCESSOR_WORDS)); two candidates for one handle, and none is chosen.

use crate::analysis::c_api::callbacks::{signature, text_assumes};
use crate::analysis::conventions::names_user_data_accessor;
use crate::analysis::core::naming::{self, NameSet};
use crate::analysis::core::types::TypeEnv;
use crate::ir::cpp_spelling;
use crate::ir::{Api, ItemKind, Param, Type};
use crate::plan::convention::assume_all;
use crate::plan::{Arg, ArgKind};
use crate::plan::{ClosureSet, SetMember};
use crate::plan::{Convention, Skip};
use std::collections::{BTreeMap, HashMap, HashSet};

/// Handle (qualified name) → its user-data accessor (qualified name).
pub fn accessors(api: &Api, handles: &HashSet<String>) -> HashMap<String, String> {
    let mut found: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for it in &api.items {
        let ItemKind::Function(f) = &it.kind else {
            continue;
        };
        if f.deleted || f.is_operator || !matches!(f.sig.ret, Type::VoidPointer) {
            continue;
        }
        let [p] = f.sig.params.as_slice() else {
            continue;
        };
        let Some(h) = handle_name(&p.ty).filter(|h| handles.contains(*h)) else {
            continue;
        };
        if names_user_data_accessor(&it.name) {
            found
                .entry(h.to_string())
                .or_default()
                .push(it.qualified_name());
        }
    }
    found
        .into_iter()
        .filter_map(|(h, fs)| match fs.as_slice() {
            [one] => Some((h, one.clone())),
            _ => None,
        })
        .collect()
}

/// The handle a `T*` points to.
fn handle_name(ty: &Type) -> Option<&str> {
    match ty {
        Type::Pointer { pointee, .. } => match &**pointee {
            Type::Record { name } => Some(name),
            _ => None,
        },
        _ => None,
    }
}

/// The accessor of a callback whose first parameter is a handle with one.
fn member_accessor<'e>(ty: &Type, env: &'e TypeEnv) -> Option<&'e String> {
    let Type::Callback { params, .. } = ty else {
        return None;
    };
    let h = handle_name(params.first()?)?;
    env.handles.get(h)?;
    env.user_data.get(h)
}

/// A closure set starting at `params[i]` (the `void*` user data), or why
/// one of its callbacks has no closure mapping; `None` when `params[i]`
/// starts none. `name` is the first callback's claimed name; `names`
/// claims the others'.
pub fn closure_set(
    params: &[Param],
    i: usize,
    name: &str,
    names: &mut NameSet,
    env: &TypeEnv,
    utf16: bool,
) -> Option<Result<Arg, Skip>> {
    if !matches!(params[i].ty, Type::VoidPointer) {
        return None;
    }
    let mut end = i + 1;
    while params
        .get(end)
        .is_some_and(|p| member_accessor(&p.ty, env).is_some())
    {
        end += 1;
    }
    if end == i + 1 {
        return None;
    }
    let released = matches!(
        params.get(end).map(|p| &p.ty),
        Some(Type::DestructorPointer)
    ) && !matches!(params.get(end + 1).map(|p| &p.ty), Some(Type::VoidPointer));
    let mut members = Vec::new();
    for (k, p) in params[i + 1..end].iter().enumerate() {
        let (Type::Callback { ret, params: cb }, Some(accessor)) =
            (&p.ty, member_accessor(&p.ty, env))
        else {
            return None;
        };
        let sig = match signature(ret, cb, env, utf16) {
            Ok(sig) => sig,
            Err(s) => return Some(Err(s)),
        };
        let member_name = match k {
            0 => name.to_string(),
            _ if p.name.is_empty() => names.claim(&format!("callback{}", i + 1 + k)),
            _ => names.claim(&naming::param(&p.name)),
        };
        members.push(SetMember {
            name: member_name,
            sig,
            accessor: accessor.clone(),
        });
    }
    let count = end - i + usize::from(released);
    let mut assumes = vec![Convention::UserDataAccessorByName];
    for m in &members {
        assume_all(&mut assumes, &text_assumes(&m.sig.params));
    }
    Some(Ok(Arg {
        name: name.to_string(),
        kind: ArgKind::ClosureSet(ClosureSet {
            members,
            released,
            ty: String::new(),
        }),
        cpp_index: i,
        cpp_count: count,
        cpp_type: cpp_spelling(&params[i].ty),
        cpp_names: params[i..i + count]
            .iter()
            .map(|p| p.name.clone())
            .collect(),
        assumes,
    }))
}
