//! What an instance is called: its C++ spelling (`ns::DynArray<int, 10>`),
//! the words its Rust names are made of (`i32`, `10`), and whether an
//! argument fits the parameter it is given for.

use crate::analysis::core::naming;
use crate::analysis::core::types::scalar;
use crate::ir::cpp_spelling;
use crate::ir::{IntKind, TemplateArg, TemplateParam, TemplateParamKind, TemplateValue, Type};
use std::collections::HashMap;

/// `ns::Stack<int>`: the instance's qualified C++ name.
pub(crate) fn instance_key(template: &str, args: &[TemplateArg]) -> String {
    format!("{template}<{}>", spell_args(args))
}

/// The arguments as C++ writes them (`const char`, `int, 10`).
pub(crate) fn spell_args(args: &[TemplateArg]) -> String {
    let spelled: Vec<String> = args
        .iter()
        .map(|a| match a {
            TemplateArg::Type { ty, is_const } => {
                let cv = if *is_const { "const " } else { "" };
                format!("{cv}{}", cpp_spelling(ty))
            }
            TemplateArg::Value(v) => v.cpp(),
        })
        .collect();
    spelled.join(", ")
}

/// The snake_case word naming a template argument (`i32`, `const_char`,
/// `counter`, `stack_f64`; a value by its digits, `neg3` for `-3`, `true`),
/// or `None` when it has none.
pub(crate) fn arg_word(a: &TemplateArg, names: &HashMap<String, InstanceName>) -> Option<String> {
    let (ty, is_const) = match a {
        TemplateArg::Type { ty, is_const } => (ty, *is_const),
        TemplateArg::Value(TemplateValue::Int(v)) if *v < 0 => {
            return Some(format!("neg{}", v.unsigned_abs()))
        }
        TemplateArg::Value(v) => return Some(v.cpp()),
    };
    let word = match ty {
        Type::Char => "char".to_string(),
        Type::StdString => "string".to_string(),
        Type::Record { name } if names.contains_key(name) => naming::snake(names[name].rust()),
        Type::Record { name } | Type::Enum { name } => {
            naming::snake(name.rsplit("::").next().unwrap_or(name))
        }
        t => scalar(t)?.rust.to_string(),
    };
    Some(if is_const {
        format!("const_{word}")
    } else {
        word
    })
}

/// An argument a template may be instantiated with: a scalar, a string, a
/// class, an enum, another instance, or a value.
pub(crate) fn nameable(a: &TemplateArg) -> bool {
    match a {
        TemplateArg::Type { ty, .. } => {
            scalar(ty).is_some()
                || matches!(
                    ty,
                    Type::Record { .. } | Type::Enum { .. } | Type::StdString
                )
        }
        TemplateArg::Value(_) => true,
    }
}

/// The names of class instance `template<args>` (`words` name the
/// arguments), or of the alias that names it.
pub(crate) fn class_name(template: &str, words: &[String], alias: Option<&String>) -> InstanceName {
    match alias {
        Some(alias) => InstanceName::Class {
            rust: naming::camel(alias),
            ffi: alias.clone(),
        },
        None => {
            let mut parts = vec![template];
            parts.extend(words.iter().map(String::as_str));
            InstanceName::Class {
                rust: naming::camel_words(&parts),
                ffi: parts.join("_"),
            }
        }
    }
}

/// Why `arg` cannot be given for `param`, if it cannot: a type for a type
/// parameter; for a value parameter, `true`/`false` for a `bool` and an
/// integer in the range of an integer (or `char`) type.
pub(crate) fn fits(param: &TemplateParam, arg: &TemplateArg) -> Result<(), String> {
    let name = &param.name;
    match (&param.kind, arg) {
        (TemplateParamKind::Type, TemplateArg::Type { .. }) => Ok(()),
        (TemplateParamKind::Type, TemplateArg::Value(v)) => {
            Err(format!("`{}` given for type parameter `{name}`", v.cpp()))
        }
        (TemplateParamKind::Value { ty }, TemplateArg::Value(v)) => {
            let fits = match (ty, v) {
                (Type::Bool, TemplateValue::Bool(_)) => true,
                (Type::Char, TemplateValue::Int(n)) => (0..=127).contains(n),
                (Type::Int { kind, .. }, TemplateValue::Int(n)) => {
                    let (min, max) = int_range(*kind);
                    (min..=max).contains(&i128::from(*n))
                }
                _ => false,
            };
            if fits {
                Ok(())
            } else {
                Err(format!(
                    "`{}` does not fit value parameter `{name}` of type `{}` (integers for integer types, `true`/`false` for `bool`)",
                    v.cpp(),
                    cpp_spelling(ty)
                ))
            }
        }
        (TemplateParamKind::Value { .. }, TemplateArg::Type { ty, .. }) => Err(format!(
            "type `{}` given for value parameter `{name}`",
            cpp_spelling(ty)
        )),
        (TemplateParamKind::Template, _) => Err(format!("template template parameter `{name}`")),
    }
}

/// The values of an integer type (LP64).
fn int_range(kind: IntKind) -> (i128, i128) {
    let bits = |b: u32| (-(1i128 << (b - 1)), (1i128 << (b - 1)) - 1);
    let ubits = |b: u32| (0, (1i128 << b) - 1);
    match kind {
        IntKind::SChar => bits(8),
        IntKind::UChar => ubits(8),
        IntKind::Short => bits(16),
        IntKind::UShort => ubits(16),
        IntKind::Int => bits(32),
        IntKind::UInt => ubits(32),
        IntKind::Long | IntKind::LongLong => bits(64),
        IntKind::ULong | IntKind::ULongLong => ubits(64),
    }
}

/// The names analysis gives one instance (decided here, read by the deciders).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InstanceName {
    /// A class instance.
    Class {
        /// The safe-layer type name (UpperCamelCase).
        rust: String,
        /// The bridge identifier, declared as an alias of the instance in
        /// namespace `cxxbind`.
        ffi: String,
    },
    /// A function instance: its snake_case base name (overloads and
    /// default-argument forms extend it like any function's).
    Function(String),
}

impl InstanceName {
    /// The safe-layer name.
    pub fn rust(&self) -> &str {
        match self {
            InstanceName::Class { rust, .. } | InstanceName::Function(rust) => rust,
        }
    }
}
