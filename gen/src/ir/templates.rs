//! Template parameters and arguments.

use super::Type;
use serde::{Deserialize, Serialize};

/// A template parameter.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct TemplateParam {
    /// Its name (`T`); empty when unnamed.
    pub name: String,
    /// What kind of parameter it is.
    pub kind: TemplateParamKind,
}

/// The kinds of template parameters.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "snake_case")]
pub enum TemplateParamKind {
    /// `typename T` / `class T`.
    Type,
    /// `int N` and other values.
    Value {
        /// The value's type (`int`, `bool`; `TemplateParam` or unsupported
        /// when it depends on another parameter).
        ty: Type,
    },
    /// `template <class> class C`.
    Template,
}

/// An argument of a class template specialization.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "snake_case")]
pub enum TemplateArg {
    /// A type (`Vector<const char>`).
    Type {
        /// The type, without its top-level `const`.
        ty: Type,
        /// Written `const` (`Vector<const char>`).
        #[serde(default)]
        is_const: bool,
    },
    /// A value (`DynArray<int, 10>`).
    Value(TemplateValue),
}

impl TemplateArg {
    /// A type argument.
    pub fn of_type(ty: Type, is_const: bool) -> Self {
        TemplateArg::Type { ty, is_const }
    }

    /// The type of a type argument.
    pub fn ty(&self) -> Option<&Type> {
        match self {
            TemplateArg::Type { ty, .. } => Some(ty),
            TemplateArg::Value(_) => None,
        }
    }

    /// A type argument written `const`.
    pub fn is_const(&self) -> bool {
        matches!(self, TemplateArg::Type { is_const: true, .. })
    }
}

/// The value of a value template argument.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum TemplateValue {
    /// An integer (`10`, `-3`).
    Int(i64),
    /// `true` or `false`.
    Bool(bool),
}

impl TemplateValue {
    /// The C++ spelling (`10`, `-3`, `true`).
    pub fn cpp(self) -> String {
        match self {
            TemplateValue::Int(v) => v.to_string(),
            TemplateValue::Bool(b) => b.to_string(),
        }
    }

    /// The value written in a C++ template argument list: an integer
    /// literal (optionally negative) or `true`/`false`.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        match text {
            "true" => return Some(TemplateValue::Bool(true)),
            "false" => return Some(TemplateValue::Bool(false)),
            _ => {}
        }
        let digits = text.strip_prefix('-').unwrap_or(text);
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        text.parse().ok().map(TemplateValue::Int)
    }
}
