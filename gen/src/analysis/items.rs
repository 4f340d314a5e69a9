//! Enums, constants, aliases, variables, templates and unsupported kinds.

use super::callable::qualify_rust;
use super::model::*;
use super::naming::{self, NameSet};
use super::reason::{Reason, Skip};
use super::record::TypeState;
use super::types::{self, TypeEnv};
use super::AnalysisOptions;
use crate::ir::{ConstValue, Constant, Enum, Item, ItemKind, Type};
use std::collections::HashMap;

/// Names taken per safe-layer module, and in the bridge.
#[derive(Debug, Default)]
pub struct ModuleNames {
    values: HashMap<Vec<String>, NameSet>,
    types: HashMap<Vec<String>, NameSet>,
    ffi_values: NameSet,
    ffi_types: NameSet,
    /// C++ namespace path → Rust module path (`NS` and `ns` get distinct modules).
    modules: HashMap<Vec<String>, Vec<String>>,
    /// Module names taken under each parent module.
    module_names: HashMap<Vec<String>, NameSet>,
}

impl ModuleNames {
    /// The Rust module for a C++ namespace path: snake_case, and distinct for
    /// distinct namespaces (`NS` → `ns`, then `ns` → `ns_1`, in source order).
    pub fn module(&mut self, scope: &[String]) -> Vec<String> {
        if let Some(m) = self.modules.get(scope) {
            return m.clone();
        }
        let mut path: Vec<String> = Vec::new();
        for depth in 1..=scope.len() {
            let prefix = &scope[..depth];
            if let Some(m) = self.modules.get(prefix) {
                path = m.clone();
                continue;
            }
            let base = naming::module(&scope[depth - 1]);
            let name = self
                .module_names
                .entry(path.clone())
                .or_default()
                .claim(&base);
            path.push(name);
            self.modules.insert(prefix.to_vec(), path.clone());
        }
        path
    }

    /// Claims a function or constant name in `module`.
    pub fn value(&mut self, module: &[String], base: &str) -> String {
        self.values.entry(module.to_vec()).or_default().claim(base)
    }

    /// Claims a type or trait name in `module`.
    pub fn ty(&mut self, module: &[String], base: &str) -> String {
        self.types.entry(module.to_vec()).or_default().claim(base)
    }

    /// Claims a bridge function identifier: `preferred`, else `fallback` (suffixed).
    pub fn ffi_value(&mut self, preferred: &str, fallback: &str) -> String {
        claim_preferred(&mut self.ffi_values, preferred, fallback)
    }

    /// Claims a bridge type identifier.
    pub fn ffi_type(&mut self, preferred: &str, fallback: &str) -> String {
        claim_preferred(&mut self.ffi_types, preferred, fallback)
    }
}

fn claim_preferred(set: &mut NameSet, preferred: &str, fallback: &str) -> String {
    let got = set.claim(preferred);
    if got == preferred || fallback.is_empty() {
        got
    } else {
        set.claim(fallback)
    }
}

/// Pass 1: an enum becomes a shared enum, or is skipped.
pub fn declare_enum(
    b: &mut Bindings,
    env: &mut TypeEnv,
    state: &mut TypeState,
    idx: usize,
    item: &Item,
    e: &Enum,
    opts: &AnalysisOptions,
) {
    let qualified = item.qualified_name();
    let repr = types::scalar(&e.underlying).map(|s| s.rust);
    let check = || -> Result<&'static str, Skip> {
        if let Some(s) = opts.filter(&qualified, &item.loc) {
            return Err(s);
        }
        if let Some(problem) = naming::type_name_problem(&item.scope, &item.name) {
            return Err(Skip::new(Reason::ReservedName, problem));
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
            env.skipped.insert(qualified, s.reason);
            state.skipped.insert(idx, s);
        }
        Ok(repr) => {
            let module = state.names.module(&item.scope);
            let (preferred, flat) = naming::ffi_type_candidates(&item.scope, &item.name);
            let ffi_name = state.names.ffi_type(&preferred, &flat);
            let rust_name = state.names.ty(&module, &naming::camel(&item.name));
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
            env.enums
                .insert(qualified, (b.enums.len(), ffi_name.clone()));
            state.enum_of_item.insert(idx, b.enums.len());
            b.enums.push(EnumBinding {
                decision: usize::MAX,
                cpp_name: item.name.clone(),
                cpp_scope: item.scope.clone(),
                ffi_name,
                module,
                rust_name,
                repr,
                variants,
                doc: item.doc.clone(),
            });
        }
    }
}

/// Pass 2: records the enum's decision.
pub fn decide_enum(b: &mut Bindings, state: &mut TypeState, idx: usize, item: &Item) {
    let decision = b.decisions.len();
    let status = match state.enum_of_item.get(&idx) {
        Some(&e) => {
            b.enums[e].decision = decision;
            Status::Bound {
                via: Via::SharedEnum,
                rust_path: qualify_rust(&b.enums[e].module, &b.enums[e].rust_name),
            }
        }
        None => Status::from(
            state
                .skipped
                .remove(&idx)
                .unwrap_or_else(|| Skip::new(Reason::UnsupportedType, "enum")),
        ),
    };
    b.decisions.push(Decision {
        name: item.qualified_name(),
        kind: DeclKind::Enum,
        loc: item.loc.clone(),
        status,
    });
}

/// Everything that is not a record, enum or function.
pub fn decide_other(
    b: &mut Bindings,
    env: &TypeEnv,
    names: &mut ModuleNames,
    item: &Item,
    opts: &AnalysisOptions,
) {
    let qualified = item.qualified_name();
    let module = names.module(&item.scope);
    let decision = b.decisions.len();
    let filtered = opts.filter(&qualified, &item.loc);
    let (kind, status) = match &item.kind {
        ItemKind::FunctionTemplate => (
            DeclKind::FunctionTemplate,
            Status::from(Skip::new(
                Reason::FunctionTemplate,
                "function template: list instantiations in the config to bind them",
            )),
        ),
        ItemKind::ClassTemplate { .. } => (
            DeclKind::ClassTemplate,
            Status::from(Skip::new(
                Reason::ClassTemplate,
                "class template: bound per instantiation used in the API",
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
                    let rust_name = names.value(&module, &naming::screaming(&item.name));
                    let rust_path = qualify_rust(&module, &rust_name);
                    b.constants.push(ConstBinding {
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
            match alias_target(target, env) {
                Err(s) => Status::from(s),
                Ok(target) => {
                    let rust_name = names.ty(&module, &naming::camel(&item.name));
                    let rust_path = qualify_rust(&module, &rust_name);
                    b.aliases.push(AliasBinding {
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
    b.decisions.push(Decision {
        name: qualified.clone(),
        kind,
        loc: item.loc.clone(),
        status,
    });
    // Members of a class template count, skipped for the template's reason.
    if let (ItemKind::ClassTemplate { methods }, Some(s)) = (&item.kind, member_skip) {
        super::record::skip_methods(b, &qualified, methods, &s);
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
                format!("constant of type `{}`", types::cpp_spelling(&c.ty)),
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
            format!("constant of type `{}`", types::cpp_spelling(&c.ty)),
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
