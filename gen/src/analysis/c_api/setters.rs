//! Setters of no object (docs/strategy.md, "Conventions"): a static member
//! or a free function named with a `set` word ([`names_setter`]) whose
//! first parameter is not an object or a handle followed by the value set
//! (`kv_set_name(kv*, const char*)` sets a property of its store) sets
//! global state, which may keep the pointers it is given
//! (`XMLUtil::SetBoolSerialization(const char*, const char*)` stores both).
//! cxx's convention (a call keeps nothing) is not assumed for them:
//!
//! * `const char*` (or UTF-16) text gets a heap copy the library may keep,
//!   never freed ([`ArgKind::CStrKept`], as beside a kept callback);
//! * an object or handle the name says it sets (a word after `set` names
//!   its type: `SetLogger(int, Logger*)`), or a byte view, is kept: the
//!   setter is skipped
//!   (an object alone whose type the name does not name is the one set:
//!   `mpfr_set_nan(mpfr*)`, `archive_write_set_format_zip(archive*)`);
//! * values (scalars, enums, `std::string`, which C++ copies), bytes and a
//!   `printf` format (read during the call) cross as usual.

use crate::analysis::conventions::{names_registering, names_setter, setter_names};
use crate::analysis::core::naming::words;
use crate::analysis::core::signature::Form;
use crate::ir::{Param, Type};
use crate::plan::{ArgKind, Convention, ParamLabel, Skip, Why};

/// The record a parameter is or points to.
fn record_of(ty: &Type) -> Option<&str> {
    match ty {
        Type::Pointer { pointee, .. } | Type::Ref { pointee, .. } => match &**pointee {
            Type::Record { name } => Some(name),
            _ => None,
        },
        Type::Record { name } => Some(name),
        _ => None,
    }
}

/// The name words of a record's own name (`google::base::Logger` → `logger`).
fn type_words(record: &str) -> Vec<String> {
    words(record.rsplit("::").next().unwrap_or(record))
}

/// The setter `name` says it sets the object of type `record` itself.
fn sets_object(name: &str, record: &str) -> bool {
    setter_names(name, &type_words(record))
}

/// The first parameter is an object or a handle the setter sets a property
/// of: a value follows it (`kv_set_name(kv*, const char*)`), or it is alone
/// and the name does not say it is the object set (`mpfr_set_nan(mpfr*)`).
fn of_object(name: &str, params: &[Param]) -> bool {
    let Some(first) = params.first() else {
        return false;
    };
    if matches!(first.ty, Type::StringToken { .. }) {
        return true;
    }
    match record_of(&first.ty) {
        Some(record) => params.len() > 1 || !sets_object(name, record),
        None => false,
    }
}

/// Applies the rule to `form`, a static member's or a free function's
/// (named `name`, with C++ parameters `params`): its text is kept
/// (`setter-keeps-by-name`), or the setter is skipped.
pub fn global_setter(name: &str, params: &[Param], form: &mut Form) -> Result<(), Skip> {
    // A byte view first is a value set, not an object whose property is set.
    let view_first = form
        .args
        .first()
        .is_some_and(|a| a.cpp_index == 0 && matches!(a.kind, ArgKind::ByteView { .. }));
    if !names_setter(name) || (of_object(name, params) && !view_first) {
        return Ok(());
    }
    let mut kept = false;
    for a in &mut form.args {
        match a.kind {
            ArgKind::CStr => a.kind = ArgKind::CStrKept,
            ArgKind::Utf16Str => a.kind = ArgKind::Utf16Kept,
            ArgKind::Object { .. } | ArgKind::Handle(_) | ArgKind::HandleLent(_) => {
                let set = params
                    .get(a.cpp_index)
                    .and_then(|p| record_of(&p.ty))
                    .is_some_and(|record| sets_object(name, record));
                if set {
                    let at = ParamLabel::Named(a.name.clone());
                    return Err(Skip::new(Why::SetterKeeps).in_parameter(at));
                }
                continue;
            }
            // A view the setter stores would point into the caller's bytes.
            ArgKind::ByteView { .. } => {
                let at = ParamLabel::Named(a.name.clone());
                return Err(Skip::new(Why::SetterKeeps).in_parameter(at));
            }
            _ => continue,
        }
        kept = true;
    }
    if kept {
        form.assume(Convention::SetterKeepsByName);
    }
    Ok(())
}

/// A call whose name says it registers what it is given
/// ([`names_registering`]: `sqlite3_vfs_register(sqlite3_vfs*, int)`)
/// hands its object arguments to the library for later: nothing ties them
/// to the library's use, so the call is skipped when it takes an object
/// (C handles follow their own rules; values and text are copied or kept
/// by the rules for them).
pub fn registration(name: &str, form: &Form) -> Result<(), Skip> {
    if !names_registering(name) {
        return Ok(());
    }
    match form
        .args
        .iter()
        .find(|a| matches!(a.kind, ArgKind::Object { .. }))
    {
        Some(a) => {
            Err(Skip::new(Why::RegisterKeeps).in_parameter(ParamLabel::Named(a.name.clone())))
        }
        None => Ok(()),
    }
}
