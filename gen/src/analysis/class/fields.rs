//! Public data members of classes bound as objects: a getter (`name()`)
//! and, unless the member is `const`, a setter (`set_name(v)`), through
//! shims. Scalars, enums and `std::string` cross as everywhere else; a
//! pointer to a bound class reads as a borrow (`Option<&T>`) and is set from
//! a borrow the object then keeps for its lifetime `'a` (the class carries
//! one; a class whose methods live on its C++ type has none, and offers no
//! such setter). Object and array members are not offered yet. Fields are not
//! callables: they add no declarations to the report.

use crate::analysis::context::Context;
use crate::analysis::core::naming;
use crate::analysis::core::types::{enum_arg, scalar};
use crate::ir::{Field, Record, Type};
use crate::plan::ClassId;
use crate::plan::{Access, Arg, ArgKind, CallKind, FnBinding, RetKind};

/// A public, non-`const` pointer-to-class member: the object keeps what is
/// set into it (decided in pass 1, before classes are known: any record).
pub fn keeps_pointers(r: &Record) -> bool {
    r.fields.iter().any(|f| {
        f.public
            && !f.is_const
            && matches!(&f.ty, Type::Pointer { pointee, .. } if matches!(**pointee, Type::Record { .. }))
    })
}

/// How a member's value crosses: (getter result, setter argument).
fn crossing(f: &Field, cx: &Context) -> Option<(RetKind, ArgKind)> {
    if let Some(s) = scalar(&f.ty) {
        let arg = crate::plan::Scalar { exact: false, ..s };
        return Some((RetKind::Scalar(s), ArgKind::Scalar(arg)));
    }
    match &f.ty {
        Type::Enum { name } => match enum_arg(name, &cx.env, false).ok()? {
            ArgKind::Enum { cpp, ffi, by_ref } => Some((
                RetKind::Enum {
                    cpp: cpp.clone(),
                    ffi: ffi.clone(),
                },
                ArgKind::Enum { cpp, ffi, by_ref },
            )),
            _ => None,
        },
        Type::StdString => Some((RetKind::String, ArgKind::StrRef)),
        Type::Pointer { pointee, is_const } => match &**pointee {
            Type::Record { name } => {
                let class = cx.env.classes.get(name).copied()?;
                Some((
                    RetKind::Borrowed {
                        class,
                        access: Access::Shared,
                        nullable: true,
                    },
                    ArgKind::Object {
                        cpp: name.clone(),
                        class,
                        mutable: !is_const,
                        pointer: true,
                    },
                ))
            }
            _ => None,
        },
        _ => None,
    }
}

/// Plans the accessors of `r`'s public fields on class `class`.
pub fn decide(cx: &mut Context, class: ClassId, r: &Record) {
    let c = cx.bindings().class(class).clone();
    for field in r.fields.iter().filter(|f| f.public) {
        let Some((ret, arg)) = crossing(field, cx) else {
            continue;
        };
        // A field named like an object-like macro cannot be named in C++
        // (libxml2's `oldXMLWDcompatibility`).
        if !naming::cxx_can_name(&field.name) || cx.facts.macros.contains(&field.name) {
            continue;
        }
        // Copying a `std::string` may throw `bad_alloc`.
        let throws = matches!(ret, RetKind::String);
        let snake = naming::snake(&field.name);
        let mut accessors = vec![(false, snake.clone(), Vec::new(), ret)];
        // A pointer set into the object is kept for the object's lifetime
        // `'a`: a class without one, or whose methods live on its C++ type
        // (reached by reference, its lifetime unknown), offers no setter.
        let keeps = matches!(arg, ArgKind::Object { .. });
        if !field.is_const && (!keeps || (c.has_lifetime() && !c.view)) {
            let value = Arg {
                name: "value".into(),
                kind: arg,
                cpp_index: 0,
                cpp_count: 1,
                cpp_type: crate::ir::cpp_spelling(&field.ty),
                cpp_names: vec![field.name.clone()],
                assumes: Vec::new(),
            };
            accessors.push((true, format!("set_{snake}"), vec![value], RetKind::Void));
        }
        for (set, name, args, ret) in accessors {
            let rust_name = cx.members_mut(class).claim(&name);
            let base = format!(
                "cxxbind_{}_{}",
                c.flat_name(),
                crate::plan::paths::flat(&[], &rust_name)
            );
            let ffi_name = cx.names.ffi_value(&base, "");
            let doc = format!(
                "{} C++ member `{}`.",
                if set { "Sets" } else { "Reads" },
                field.name
            );
            cx.push_fn(FnBinding {
                decision: None,
                cpp_name: field.name.clone(),
                cpp_scope: c.cpp_scope.clone(),
                kind: CallKind::Field { class, set },
                ffi_name,
                direct: false,
                args,
                ret,
                throws,
                module: c.module.clone(),
                rust_name,
                doc: Some(doc),
                defaults: Vec::new(),
                assumes: Vec::new(),
                busy: Vec::new(),
                keeps_args: false,
            });
        }
    }
}
