//! Free functions and the signature shared with member functions.

use super::types;
use crate::clang::{Cursor, CursorKind, ExceptionSpec};
use crate::ir::{Function, ItemKind, Loc, Method, MethodKind, Param, Signature};
use crate::ir::{TemplateArg, TemplateParam, TemplateParamKind};

/// Imports a namespace-scope function.
pub fn import(c: &Cursor<'_>, c_linkage: bool) -> Function {
    // C functions declared outside `extern "C"` (a C header parsed as C++
    // still mangles); a plain symbol name is the reliable sign of C linkage.
    let c_linkage = c_linkage || c.mangling() == c.spelling();
    let mut sig = signature(c);
    sig.noexcept |= c_linkage;
    Function {
        sig,
        c_linkage,
        deleted: c.is_deleted(),
        is_operator: is_operator_name(&c.spelling()),
        hidden_friend: false,
        specializes: specialization_args(c),
    }
}

/// The arguments of an explicit specialization of a function template; an
/// argument that is not a type is kept as an unsupported type, which no
/// instance name can spell.
fn specialization_args(c: &Cursor<'_>) -> Option<Vec<TemplateArg>> {
    let args = c.template_arguments()?;
    Some(
        args.into_iter()
            .map(|a| match a {
                Some(t) => TemplateArg::of_type(types::convert(t), t.is_const()),
                None => TemplateArg::of_type(
                    crate::ir::Type::Unsupported {
                        spelling: String::new(),
                        what: "template argument that is not a type".into(),
                    },
                    false,
                ),
            })
            .collect(),
    )
}

/// Imports a namespace-scope function template: its parameters and the
/// templated function (whose types may name the template's parameters).
pub fn import_template(c: &Cursor<'_>) -> ItemKind {
    let function = Function {
        sig: template_signature(c),
        c_linkage: false,
        deleted: c.is_deleted(),
        is_operator: is_operator_name(&c.spelling()),
        hidden_friend: false,
        specializes: None,
    };
    ItemKind::FunctionTemplate {
        params: template_params(c),
        function: Some(function),
        method: None,
    }
}

/// Imports a member function template: its parameters and, for one making
/// an ordinary method (static or not), that method.
pub fn import_member_template(c: &Cursor<'_>, loc: Loc) -> ItemKind {
    let is_method = c.template_kind() == CursorKind::Method && !is_operator_name(&c.spelling());
    let method = is_method.then(|| Method {
        name: c.spelling(),
        kind: if c.is_static_method() {
            MethodKind::Static
        } else {
            MethodKind::Instance {
                is_const: c.is_const_method(),
                is_virtual: false,
                is_pure: false,
            }
        },
        sig: template_signature(c),
        loc,
        doc: super::doc::of(c),
        deleted: c.is_deleted(),
        ref_qualifier: c.ty().ref_qualifier(),
        is_volatile: false,
    });
    ItemKind::FunctionTemplate {
        params: template_params(c),
        function: None,
        method,
    }
}

/// A function template's signature: its parameters are its `ParmDecl`
/// children (libclang gives a template no argument list).
fn template_signature(c: &Cursor<'_>) -> Signature {
    let params = c
        .children()
        .into_iter()
        .filter(|p| p.kind() == CursorKind::ParmDecl)
        .map(|p| param(&p))
        .collect();
    Signature {
        params,
        ret: types::convert(c.ty().result()),
        noexcept: c.exception_spec() == ExceptionSpec::NoThrow,
        variadic: c.is_variadic(),
    }
}

/// One parameter cursor: its name, type and default argument as written.
fn param(p: &Cursor<'_>) -> Param {
    let has_default = p.has_default_argument();
    Param {
        name: p.spelling(),
        ty: types::convert(p.ty()),
        has_default,
        default_value: has_default.then(|| default_text(&p.tokens())).flatten(),
        object_typedef: types::names_object_pointer(p.ty()),
    }
}

/// Parameters, result and exception specification of any function cursor.
pub fn signature(c: &Cursor<'_>) -> Signature {
    let params = c.arguments().iter().map(param).collect();
    Signature {
        params,
        ret: types::convert(c.result_type()),
        noexcept: c.exception_spec() == ExceptionSpec::NoThrow,
        variadic: c.is_variadic(),
    }
}

/// The tokens after the parameter's `=`, joined the way C++ is usually written.
fn default_text(tokens: &[String]) -> Option<String> {
    let eq = tokens.iter().position(|t| t == "=")?;
    let mut out = String::new();
    for t in &tokens[eq + 1..] {
        let glue = out.is_empty()
            || out.ends_with(['(', ':', '.', '{', '-', '!', '~'])
            || t.starts_with([')', ',', ':', '.', '(', '}']);
        if !glue {
            out.push(' ');
        }
        out.push_str(t);
    }
    (!out.is_empty()).then_some(out)
}

/// `operator+`, `operator==`, `operator()` (but not `operator_count`).
pub fn is_operator_name(name: &str) -> bool {
    name.strip_prefix("operator")
        .and_then(|rest| rest.chars().next())
        .is_some_and(|ch| !(ch.is_alphanumeric() || ch == '_'))
}

/// A template's parameters, in order.
pub fn template_params(c: &Cursor<'_>) -> Vec<TemplateParam> {
    c.children()
        .iter()
        .filter_map(|p| {
            let kind = match p.kind() {
                CursorKind::TemplateTypeParameter => TemplateParamKind::Type,
                CursorKind::NonTypeTemplateParameter => TemplateParamKind::Value {
                    ty: types::convert(p.ty()),
                },
                CursorKind::TemplateTemplateParameter => TemplateParamKind::Template,
                _ => return None,
            };
            Some(TemplateParam {
                name: p.spelling(),
                kind,
            })
        })
        .collect()
}
