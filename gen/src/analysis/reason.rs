//! The closed list of reasons a declaration is not bound.
//!
//! Codes are stable: reports, diffs and users' scripts key on them. Add a
//! variant (and a case under `interop-tests/cases/skipped`) rather than
//! reusing one with a different meaning.

use serde::{Deserialize, Serialize};

/// Why a declaration got no safe binding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// A parameter or result type with no mapping yet (`long double`, arrays, std containers).
    UnsupportedType,
    /// A type declared outside the library's headers, or one that was itself skipped.
    UnboundType,
    /// A raw pointer with no safe reading (not a slice, out-parameter, string or object).
    RawPointer,
    /// A mutable buffer (`char*`) the callee writes with no length to bound it.
    RawPointerOutput,
    /// A returned raw pointer whose lifetime and length are unknown.
    RawPointerReturn,
    /// A returned reference to an object (ownership and lifetime unknown).
    ReferenceReturn,
    /// `void*`.
    VoidPointer,
    /// A function pointer (callbacks are on the roadmap).
    FunctionPointer,
    /// `T&&` (rvalue references, move constructors).
    RvalueReference,
    /// A C variadic function (`...`).
    Variadic,
    /// A function template with no instantiation listed in the config.
    FunctionTemplate,
    /// A class template (bound per instantiation when one appears in the API).
    ClassTemplate,
    /// An operator (trait mapping is on the roadmap).
    Operator,
    /// A conversion operator (`operator bool`).
    ConversionOperator,
    /// A class passed or returned by value where a copy cannot be proven safe.
    ClassByValue,
    /// A constructor of an abstract class with no Rust implementation path.
    AbstractClass,
    /// A class whose destructor is not public cannot be owned from Rust.
    NoPublicDestructor,
    /// A class that is only forward-declared.
    IncompleteType,
    /// A union.
    Union,
    /// A type or template declared inside a class.
    NestedType,
    /// A mutable namespace-scope variable.
    GlobalVariable,
    /// A constant whose value clang could not evaluate.
    ConstantWithoutValue,
    /// A name Rust or cxx cannot spell (keywords, reserved identifiers).
    ReservedName,
    /// A declaration kind not modelled yet.
    UnsupportedDeclaration,
    /// Excluded by `--allow`/`--block` or the config.
    Blocked,
    /// Generated, but the generated crate did not compile with it.
    BuildFailed,
    /// Ends the life of a C handle Rust owns (only its owner's `Drop` may).
    DestroysHandle,
    /// Creates a C handle, and no destroy function for it is known.
    NoDestroyFunction,
}

impl Reason {
    /// The stable kebab-case code (`raw-pointer-output`).
    pub fn code(self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    }

    /// Every reason, for docs and tests.
    pub const ALL: &'static [Reason] = &[
        Reason::UnsupportedType,
        Reason::UnboundType,
        Reason::RawPointer,
        Reason::RawPointerOutput,
        Reason::RawPointerReturn,
        Reason::ReferenceReturn,
        Reason::VoidPointer,
        Reason::FunctionPointer,
        Reason::RvalueReference,
        Reason::Variadic,
        Reason::FunctionTemplate,
        Reason::ClassTemplate,
        Reason::Operator,
        Reason::ConversionOperator,
        Reason::ClassByValue,
        Reason::AbstractClass,
        Reason::NoPublicDestructor,
        Reason::IncompleteType,
        Reason::Union,
        Reason::NestedType,
        Reason::GlobalVariable,
        Reason::ConstantWithoutValue,
        Reason::ReservedName,
        Reason::UnsupportedDeclaration,
        Reason::Blocked,
        Reason::BuildFailed,
        Reason::DestroysHandle,
        Reason::NoDestroyFunction,
    ];
}

/// A reason with its human message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skip {
    /// The stable code.
    pub reason: Reason,
    /// What exactly was wrong, naming the parameter or type.
    pub message: String,
}

impl Skip {
    /// Builds a skip.
    pub fn new(reason: Reason, message: impl Into<String>) -> Self {
        Skip {
            reason,
            message: message.into(),
        }
    }
}
