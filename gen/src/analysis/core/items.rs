//! Enums, constants, aliases, variables, templates and unsupported kinds.

use crate::analysis::context::Context;
use crate::analysis::core::naming;
use crate::analysis::core::types::{self, TypeEnv};
use crate::ir::{ConstValue, Constant, Enum, Item, ItemKind, TemplateParamKind, Type};
use crate::plan::paths::qualify_rust;
use crate::plan::*;
use crate::plan::{Reason, Skip};

/// Pass 1: an enum becomes a shared enum, or is skipped.
pub fn declare_enum(cx: &mut Context, path: &[usize], item: &Item, e: &Enum, nesting: &[String]) {
    let opts = cx.facts.opts;
    let qualified = item.qualified_name();
    let repr = types::scalar(&e.underlying).map(|s| s.rust);
    let hidden = cx.facts.value_names.contains(&qualified);
    let macro_variant = e
        .variants
        .iter()
        .find(|v| cx.facts.macros.contains(&v.name))
        .map(|v| v.name.clone());
    let check = || -> Result<&'static str, Skip> {
        if let Some(s) = opts.filter(&qualified, &item.loc) {
            return Err(s);
        }
        if let Some(problem) = naming::type_name_problem(&item.scope, &item.name) {
            return Err(Skip::new(Reason::ReservedName, problem));
        }
        if hidden {
            return Err(Skip::new(
                Reason::UnsupportedDeclaration,
                format!(
                    "enum `{qualified}` shares its name with a function, which hides it in C++"
                ),
            ));
        }
        if let Some(m) = macro_variant {
            return Err(Skip::new(
                Reason::UnsupportedDeclaration,
                format!("enumerator `{m}` is also an object-like macro, which would expand where C++ names it (the macro's own constant is bound)"),
            ));
        }
        if let Some(v) = e.variants.iter().find(|v| !naming::cxx_can_name(&v.name)) {
            return Err(Skip::new(
                Reason::ReservedName,
                format!("enumerator `{}` is a Rust keyword or contains `__`", v.name),
            ));
        }
        if e.variants.is_empty() {
            return Err(Skip::new(
                Reason::UnsupportedType,
                "enum with no enumerators",
            ));
        }
        match repr {
            Some(r) if r != "bool" && r != "c_char" => Ok(r),
            _ => Err(Skip::new(
                Reason::UnsupportedType,
                "underlying type has no cxx equivalent",
            )),
        }
    };
    match check() {
        Err(s) => {
            cx.env.skipped.insert(qualified, s.reason);
            cx.skipped.insert(path.to_vec(), s);
        }
        Ok(repr) => {
            let module = cx.names.module(&item.scope);
            let (ffi_name, rust_name) =
                cx.names
                    .type_names(&module, &item.scope, nesting, &item.name);
            let unsigned = repr.starts_with('u');
            let variants = e
                .variants
                .iter()
                .map(|v| {
                    let value = if unsigned {
                        v.unsigned_value.to_string()
                    } else {
                        v.value.to_string()
                    };
                    (v.name.clone(), value)
                })
                .collect();
            let id = cx.push_enum(
                path,
                EnumBinding {
                    cpp_name: item.name.clone(),
                    cpp_scope: item.scope[..item.scope.len() - nesting.len()].to_vec(),
                    nesting: nesting.to_vec(),
                    ffi_name: ffi_name.clone(),
                    module,
                    rust_name,
                    repr,
                    variants,
                    doc: item.doc.clone(),
                },
            );
            cx.env.enums.insert(qualified, (id, ffi_name));
        }
    }
}

/// Pass 2: records the enum's decision.
pub fn decide_enum(cx: &mut Context, path: &[usize], item: &Item) {
    let status = match cx.enum_of_item.get(path) {
        Some(&e) => {
            let e = cx.b.enum_(e);
            Status::Bound {
                via: Via::SharedEnum,
                rust_path: qualify_rust(&e.module, &e.rust_name),
            }
        }
        None => Status::from(
            cx.skipped
                .remove(path)
                .unwrap_or_else(|| Skip::new(Reason::UnsupportedType, "enum")),
        ),
    };
    cx.push_decision(Decision {
        name: item.qualified_name(),
        kind: DeclKind::Enum,
        loc: item.loc.clone(),
        status,
    });
}

/// Everything that is not a record, enum or function.
pub fn decide_other(cx: &mut Context, item: &Item) {
    let qualified = item.qualified_name();
    let module = cx.names.module(&item.scope);
    let decision = cx.next_decision();
    let filtered = cx.facts.opts.filter(&qualified, &item.loc);
    let (kind, status) = match &item.kind {
        ItemKind::FunctionTemplate { .. } => (
            DeclKind::FunctionTemplate,
            Status::from(Skip::new(
                Reason::FunctionTemplate,
                match cx.facts.template_problems.get(&qualified) {
                    Some(problem) => format!("function template: {problem}"),
                    None => "function template: list instantiations in the config (`[instantiate]`) to bind them".to_string(),
                },
            )),
        ),
        ItemKind::ClassTemplate { params, .. } => (
            DeclKind::ClassTemplate,
            Status::from(Skip::new(
                Reason::ClassTemplate,
                match cx.facts.template_problems.get(&qualified) {
                    _ if params.is_empty() => "class template specialization: only primary templates are instantiated".to_string(),
                    Some(problem) => format!("class template: {problem}"),
                    None if params.iter().any(|p| p.kind == TemplateParamKind::Template) => "class template with a template template parameter: not instantiated yet".to_string(),
                    None => "class template: no instantiation of it is used in the API (or listed in `[instantiate]`)".to_string(),
                },
            )),
        ),
        ItemKind::Variable { .. } => (
            DeclKind::Variable,
            Status::from(Skip::new(
                Reason::GlobalVariable,
                "mutable global variable (shared mutable state is not safe to expose)",
            )),
        ),
        ItemKind::Unsupported { what } => (
            DeclKind::Other,
            Status::from(Skip::new(
                Reason::UnsupportedDeclaration,
                format!("{what} declaration"),
            )),
        ),
        _ if filtered.is_some() => {
            let kind = match &item.kind {
                ItemKind::Alias { .. } => DeclKind::Alias,
                _ => DeclKind::Constant,
            };
            (
                kind,
                Status::from(filtered.unwrap_or_else(|| Skip::new(Reason::Blocked, ""))),
            )
        }
        ItemKind::Constant(c) => (
            DeclKind::Constant,
            match constant(c, &qualified, item) {
                Err(s) => Status::from(s),
                Ok((rust_type, value, check)) => {
                    // A macro of the same name (`#define GNUTLS_SERVER (1)`
                    // beside the enumerator) would expand in the check: the
                    // macro's own constant is checked instead.
                    let shadowed = !c.from_macro && cx.facts.macros.contains(&item.name);
                    let check = check.filter(|_| !shadowed);
                    let rust_name = cx.names.value(&module, &naming::screaming(&item.name));
                    let rust_path = qualify_rust(&module, &rust_name);
                    cx.b.constants.push(ConstBinding {
                        decision,
                        cpp_qualified: qualified.clone(),
                        module: module.clone(),
                        rust_name,
                        rust_type,
                        value,
                        check,
                        doc: item.doc.clone(),
                    });
                    Status::Bound {
                        via: Via::Constant,
                        rust_path,
                    }
                }
            },
        ),
        ItemKind::Alias { target } => (
            DeclKind::Alias,
            match alias_target(target, &cx.env) {
                Err(s) => Status::from(s),
                // A template instance named after this alias is the alias.
                Ok(AliasTarget::Class(c))
                    if cx.b.class(c).instance
                        && cx.b.class(c).module == module
                        && cx.b.class(c).rust_name == naming::camel(&item.name) =>
                {
                    Status::Bound {
                        via: Via::Alias,
                        rust_path: qualify_rust(&module, &cx.b.class(c).rust_name),
                    }
                }
                Ok(target) => {
                    let rust_name = cx.names.ty(&module, &naming::camel(&item.name));
                    let rust_path = qualify_rust(&module, &rust_name);
                    cx.b.aliases.push(AliasBinding {
                        decision,
                        module: module.clone(),
                        rust_name,
                        target,
                        doc: item.doc.clone(),
                    });
                    Status::Bound {
                        via: Via::Alias,
                        rust_path,
                    }
                }
            },
        ),
        ItemKind::Record(_) | ItemKind::Enum(_) | ItemKind::Function(_) => return,
    };
    let member_skip = match &status {
        Status::Skipped { reason, message } => Some(Skip::new(*reason, message.clone())),
        Status::Bound { .. } => None,
    };
    let id = cx.push_decision(Decision {
        name: qualified.clone(),
        kind,
        loc: item.loc.clone(),
        status,
    });
    let is_template = matches!(
        item.kind,
        ItemKind::ClassTemplate { .. } | ItemKind::FunctionTemplate { .. }
    );
    if is_template {
        cx.template_decisions.insert(item.loc.clone(), id);
    }
    // Members of a class template count, skipped for the template's reason
    // until an instance binds them (`templates::merge`).
    if let (ItemKind::ClassTemplate { methods, .. }, Some(s)) = (&item.kind, member_skip) {
        let first = cx.b.decisions.len();
        crate::analysis::class::record::skip_methods(cx, &qualified, methods, &s);
        for i in first..cx.b.decisions.len() {
            let loc = cx.b.decisions[i].loc.clone();
            cx.template_decisions.insert(loc, DecisionId::new(i));
        }
    }
}

fn constant(
    c: &Constant,
    qualified: &str,
    item: &Item,
) -> Result<(&'static str, String, Option<String>), Skip> {
    let is_c_string = matches!(&c.ty, Type::Pointer { pointee, .. } if **pointee == Type::Char);
    let Some(value) = &c.value else {
        // No value: say whether the type or the value is the obstacle.
        return Err(if types::scalar(&c.ty).is_none() && !is_c_string {
            Skip::new(
                Reason::UnsupportedType,
                format!("constant of type `{}`", crate::ir::cpp_spelling(&c.ty)),
            )
        } else if is_c_string {
            Skip::new(
                Reason::ConstantWithoutValue,
                "a string constant that is not valid UTF-8 or uses escapes cxxbind does not read",
            )
        } else {
            Skip::new(
                Reason::ConstantWithoutValue,
                "clang could not evaluate the value",
            )
        });
    };
    let cpp_expr = if c.from_macro {
        item.name.clone()
    } else {
        format!("::{qualified}")
    };
    match (value, types::scalar(&c.ty)) {
        (ConstValue::Str(s), _) => Ok(("&str", format!("{s:?}"), None)),
        (ConstValue::Float(f), _) if !f.is_finite() => Err(Skip::new(
            Reason::UnsupportedType,
            format!("non-finite floating-point constant ({f})"),
        )),
        (ConstValue::Float(f), Some(s)) if s.rust == "f64" => Ok((
            "f64",
            format!("{f:?}"),
            Some(format!("{cpp_expr} == {f:?}")),
        )),
        (ConstValue::Float(f), Some(s)) if s.rust == "f32" => Ok(("f32", format!("{f:?}"), None)),
        (ConstValue::Int(i), Some(s)) if s.rust == "bool" => Ok((
            "bool",
            (*i != 0).to_string(),
            Some(format!("{cpp_expr} == {}", *i != 0)),
        )),
        (ConstValue::Int(i), Some(s)) if s.rust != "f32" && s.rust != "f64" => {
            let rust = if s.rust == "c_char" { "i8" } else { s.rust };
            Ok((rust, i.to_string(), Some(format!("{cpp_expr} == {i}"))))
        }
        (ConstValue::UInt(u), Some(s)) if s.rust.starts_with('u') => {
            Ok((s.rust, u.to_string(), Some(format!("{cpp_expr} == {u}u"))))
        }
        _ => Err(Skip::new(
            Reason::UnsupportedType,
            format!("constant of type `{}`", crate::ir::cpp_spelling(&c.ty)),
        )),
    }
}

fn alias_target(target: &Type, env: &TypeEnv) -> Result<AliasTarget, Skip> {
    if let Some(s) = types::scalar(target) {
        return Ok(AliasTarget::Scalar(s));
    }
    match target {
        Type::Record { name } => env
            .classes
            .get(name)
            .map(|&c| AliasTarget::Class(c))
            .ok_or_else(|| {
                Skip::new(
                    Reason::UnboundType,
                    format!("aliases `{name}`, which is not bound"),
                )
            }),
        Type::Enum { name } => env
            .enums
            .get(name)
            .map(|&(e, _)| AliasTarget::Enum(e))
            .ok_or_else(|| {
                Skip::new(
                    Reason::UnboundType,
                    format!("aliases `{name}`, which is not bound"),
                )
            }),
        other => Err(types::type_skip(other)),
    }
}
