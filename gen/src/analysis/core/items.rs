//! Enums, constants, aliases, variables, templates and unsupported kinds.

use crate::analysis::context::Context;
use crate::analysis::core::naming;
use crate::analysis::core::types::{self, TypeEnv};
use crate::ir::{ConstValue, Constant, Enum, Item, ItemKind, TemplateParamKind, Type};
use crate::plan::paths::qualify_rust;
use crate::plan::*;
use crate::plan::{Skip, Why};

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
            return Err(Skip::new(problem));
        }
        if hidden {
            return Err(Skip::new(Why::HiddenEnum {
                name: qualified.clone(),
            }));
        }
        if let Some(name) = macro_variant {
            return Err(Skip::new(Why::MacroEnumerator { name }));
        }
        if let Some(v) = e.variants.iter().find(|v| !naming::cxx_can_name(&v.name)) {
            return Err(Skip::new(Why::ReservedEnumerator {
                name: v.name.clone(),
            }));
        }
        if e.variants.is_empty() {
            return Err(Skip::new(Why::EmptyEnum));
        }
        match repr {
            Some(r) if r != "bool" && r != "c_char" => Ok(r),
            _ => Err(Skip::new(Why::EnumRepr)),
        }
    };
    match check() {
        Err(s) => {
            cx.env.skipped.insert(qualified, s.reason());
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
            let e = cx.bindings().enum_(e);
            Status::Bound {
                via: Via::SharedEnum,
                rust_path: qualify_rust(&e.module, &e.rust_name),
            }
        }
        None => Status::from(
            cx.skipped
                .remove(path)
                .unwrap_or_else(|| Skip::new(Why::UndeclaredEnum)),
        ),
    };
    cx.push_decision(Decision {
        name: item.qualified_name(),
        kind: DeclKind::Enum,
        loc: item.loc.clone(),
        signature: None,
        status,
        assumes: Vec::new(),
    });
}

/// Everything that is not a record, enum or function.
pub fn decide_other(cx: &mut Context, item: &Item) {
    let qualified = item.qualified_name();
    let module = cx.names.module(&item.scope);
    let decision = cx.next_decision();
    let filtered = cx.facts.opts.filter(&qualified, &item.loc);
    // `Err`: skipped, and the members of a class template with it.
    let (kind, outcome) = match (&item.kind, filtered) {
        (ItemKind::FunctionTemplate { .. }, _) => (
            DeclKind::FunctionTemplate,
            Err(Skip::new(Why::FunctionTemplate {
                problem: cx.facts.template_problems.get(&qualified).cloned(),
            })),
        ),
        (ItemKind::ClassTemplate { params, .. }, _) => (
            DeclKind::ClassTemplate,
            Err(Skip::new(
                match cx.facts.template_problems.get(&qualified) {
                    _ if params.is_empty() => Why::TemplateSpecialization,
                    Some(problem) => Why::ClassTemplate {
                        problem: Some(problem.clone()),
                    },
                    None if params.iter().any(|p| p.kind == TemplateParamKind::Template) => {
                        Why::TemplateTemplateParam
                    }
                    None => Why::ClassTemplate { problem: None },
                },
            )),
        ),
        (ItemKind::Variable { .. }, _) => (DeclKind::Variable, Err(Skip::new(Why::GlobalVariable))),
        (ItemKind::Unsupported { what }, _) => (
            DeclKind::Other,
            Err(Skip::new(Why::UnsupportedDeclaration {
                what: what.clone(),
            })),
        ),
        (_, Some(s)) => {
            let kind = match &item.kind {
                ItemKind::Alias { .. } => DeclKind::Alias,
                _ => DeclKind::Constant,
            };
            (kind, Err(s))
        }
        (ItemKind::Constant(c), None) => (
            DeclKind::Constant,
            constant(c, &qualified, item).map(|(rust_type, value, check)| {
                // A macro of the same name (`#define GNUTLS_SERVER (1)`
                // beside the enumerator) would expand in the check: the
                // macro's own constant is checked instead.
                let shadowed = !c.from_macro && cx.facts.macros.contains(&item.name);
                let check = check.filter(|_| !shadowed);
                let rust_name = cx.names.value(&module, &naming::screaming(&item.name));
                let rust_path = qualify_rust(&module, &rust_name);
                cx.push_constant(ConstBinding {
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
            }),
        ),
        (ItemKind::Alias { target }, None) => (
            DeclKind::Alias,
            alias_target(target, &cx.env).map(|target| match target {
                // A template instance named after this alias is the alias.
                AliasTarget::Class(c)
                    if cx.bindings().class(c).instance
                        && cx.bindings().class(c).module == module
                        && cx.bindings().class(c).rust_name == naming::camel(&item.name) =>
                {
                    Status::Bound {
                        via: Via::Alias,
                        rust_path: qualify_rust(&module, &cx.bindings().class(c).rust_name),
                    }
                }
                target => {
                    let rust_name = cx.names.ty(&module, &naming::camel(&item.name));
                    let rust_path = qualify_rust(&module, &rust_name);
                    cx.push_alias(AliasBinding {
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
            }),
        ),
        (ItemKind::Record(_) | ItemKind::Enum(_) | ItemKind::Function(_), None) => return,
    };
    let member_skip = outcome.as_ref().err().cloned();
    let status = outcome.unwrap_or_else(Status::from);
    // Instantiation leaves templates as parsed: `item` is the header's
    // declaration, unless it is nested in a class template's instance.
    let parsed = !cx.in_instances;
    let signature = match &item.kind {
        ItemKind::FunctionTemplate {
            function: Some(f), ..
        } if parsed => Some(crate::plan::identity::params(&f.sig)),
        ItemKind::FunctionTemplate {
            method: Some(m), ..
        } if parsed => Some(crate::plan::identity::method(m)),
        _ => None,
    };
    let id = cx.push_decision(Decision {
        name: qualified.clone(),
        kind,
        loc: item.loc.clone(),
        signature,
        status,
        assumes: Vec::new(),
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
        let first = cx.bindings().decisions.len();
        let signatures: Vec<String> = if parsed {
            methods.iter().map(crate::plan::identity::method).collect()
        } else {
            Vec::new()
        };
        crate::analysis::class::record::skip_methods(cx, &qualified, methods, &signatures, &s);
        for i in first..cx.bindings().decisions.len() {
            let loc = cx.bindings().decisions[i].loc.clone();
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
        return Err(Skip::new(
            if types::scalar(&c.ty).is_none() && !is_c_string {
                Why::ConstantType {
                    spelling: crate::ir::cpp_spelling(&c.ty),
                }
            } else if is_c_string {
                Why::UnreadableString
            } else {
                Why::NoValue
            },
        ));
    };
    let cpp_expr = if c.from_macro {
        item.name.clone()
    } else {
        format!("::{qualified}")
    };
    match (value, types::scalar(&c.ty)) {
        (ConstValue::Str(s), _) => Ok(("&str", format!("{s:?}"), None)),
        (ConstValue::Float(f), _) if !f.is_finite() => Err(Skip::new(Why::NonFinite { value: *f })),
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
        _ => Err(Skip::new(Why::ConstantType {
            spelling: crate::ir::cpp_spelling(&c.ty),
        })),
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
            .ok_or_else(|| Skip::new(Why::UnboundAlias { name: name.clone() })),
        Type::Enum { name } => env
            .enums
            .get(name)
            .map(|&(e, _)| AliasTarget::Enum(e))
            .ok_or_else(|| Skip::new(Why::UnboundAlias { name: name.clone() })),
        other => Err(types::type_skip(other)),
    }
}
