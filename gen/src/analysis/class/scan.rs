//! Facts about records decided in pass 1 from the IR alone, before any
//! class is bound: which classes are reached by reference, and which keep
//! borrows (their safe type then carries a lifetime).

use crate::ir::{Item, ItemKind, Method, MethodKind, Record, Type};

/// The classes (qualified names) whose objects some function or method
/// returns, or a public member holds, by pointer or reference (`T*`,
/// `const T&`, …; operators aside, whose `T&` is `*this`), or writes to a
/// `T**`: their objects are reached as borrows (or through `Tied`), so
/// their methods must be callable on the C++ type.
pub fn referenced(api: &crate::ir::Api) -> std::collections::HashSet<String> {
    fn pointee(t: &Type) -> Option<&str> {
        if let Some(name) = crate::analysis::stdlib::vocab::shared_pointee(t) {
            return Some(name);
        }
        match t {
            Type::Pointer { pointee, .. } | Type::Ref { pointee, .. } => match &**pointee {
                Type::Record { name } => Some(name),
                _ => None,
            },
            _ => None,
        }
    }
    fn walk(items: &[Item], out: &mut std::collections::HashSet<String>) {
        for item in items {
            match &item.kind {
                ItemKind::Record(r) => {
                    for m in &r.methods {
                        // A factory's object is used through its C++ type too
                        // (`Tied` derefs to it), as is one written to a `T**`.
                        let plain =
                            matches!(m.kind, MethodKind::Instance { .. } | MethodKind::Static);
                        if let Some(name) = pointee(&m.sig.ret).filter(|_| plain && !m.deleted) {
                            out.insert(name.to_string());
                        }
                        for p in m.sig.params.iter().filter(|_| plain && !m.deleted) {
                            if let Type::Pointer { pointee: inner, .. } = &p.ty {
                                if let Some(name) = pointee(inner) {
                                    out.insert(name.to_string());
                                }
                            }
                        }
                    }
                    for f in r.fields.iter().filter(|f| f.public) {
                        if let Some(name) = pointee(&f.ty) {
                            out.insert(name.to_string());
                        }
                    }
                    walk(&r.nested_records, out);
                }
                ItemKind::Function(f) => {
                    if let Some(name) = pointee(&f.sig.ret) {
                        out.insert(name.to_string());
                    }
                }
                _ => {}
            }
        }
    }
    let mut out = std::collections::HashSet::new();
    walk(&api.items, &mut out);
    out
}

/// The object may keep a borrow: a constructor argument, or an object set
/// into a public pointer member (`options.set_comparator(&c)`).
pub fn keeps_borrows(r: &Record) -> bool {
    constructors_may_keep_arguments(r) || crate::analysis::class::fields::keeps_pointers(r)
}

/// A public constructor takes something it may keep a pointer to (see
/// `docs/strategy.md`, "What the safe layer assumes"): the safe type then
/// carries a lifetime. Decided from the IR in pass 1, once, so that every
/// function returning the class knows it before it is decided (it covers
/// every way a constructor argument can be kept: pointers and their slices,
/// references to objects, string views).
fn constructors_may_keep_arguments(r: &Record) -> bool {
    fn keeps(t: &Type) -> bool {
        match t {
            // A typedef of a `char` pointer is a pointer too.
            Type::Pointer { .. }
            | Type::StringToken { .. }
            | Type::VoidPointer
            | Type::ConstVoidPointer
            | Type::StdStringView => true,
            Type::Ref { pointee, .. } => {
                matches!(**pointee, Type::Record { .. } | Type::StdStringView)
            }
            _ => false,
        }
    }
    r.methods.iter().any(|m| {
        let MethodKind::Constructor { is_copy, is_move } = m.kind else {
            return false;
        };
        // `Clone` (a copy from `const T&`) and moves keep nothing; `T(T&)` is
        // an ordinary constructor (see `decide_method`).
        let binds_as_clone = is_copy && is_clone_source(m);
        let ignored = m.deleted || is_move || binds_as_clone;
        !ignored && m.sig.params.iter().any(|p| keeps(&p.ty))
    })
}

/// A copy constructor whose source is `const T&`: bound as `Clone`.
pub fn is_clone_source(m: &Method) -> bool {
    matches!(
        m.sig.params.first().map(|p| &p.ty),
        Some(Type::Ref { is_const: true, .. })
    )
}

/// A constructor keeps an exclusive borrow: a non-`const` pointer or
/// reference to an object, or a buffer it may write.
pub fn keeps_mutable_borrows(r: &Record) -> bool {
    fn exclusive(t: &Type) -> bool {
        match t {
            Type::Pointer { is_const, .. }
            | Type::Ref { is_const, .. }
            | Type::StringToken { is_const, .. } => !is_const,
            Type::VoidPointer => true,
            _ => false,
        }
    }
    r.methods.iter().any(|m| {
        let MethodKind::Constructor { is_copy, is_move } = m.kind else {
            return false;
        };
        let ignored = m.deleted || is_move || (is_copy && is_clone_source(m));
        !ignored && m.sig.params.iter().any(|p| exclusive(&p.ty))
    })
}

/// Records (qualified names) that a free operator takes: they keep their
/// object binding, which operators map to traits.
pub fn operands(api: &crate::ir::Api) -> std::collections::HashSet<String> {
    fn record(t: &Type) -> Option<&str> {
        match t {
            Type::Record { name } => Some(name),
            Type::Ref { pointee, .. } | Type::Pointer { pointee, .. } => record(pointee),
            _ => None,
        }
    }
    let mut out = std::collections::HashSet::new();
    for item in &api.items {
        if let crate::ir::ItemKind::Function(f) = &item.kind {
            if item.name.starts_with("operator") {
                out.extend(
                    f.sig
                        .params
                        .iter()
                        .filter_map(|p| record(&p.ty))
                        .map(String::from),
                );
            }
        }
    }
    out
}
