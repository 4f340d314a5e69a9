//! The closed list of reasons a declaration is not bound.
//!
//! Codes are stable: reports, diffs and users' scripts key on them. Add a
//! variant (and a case under `interop-tests/cases/skipped`) rather than
//! reusing one with a different meaning.

use serde::{Deserialize, Serialize};

/// Defines [`Reason`] and [`Reason::ALL`] from one list, so no variant can
/// be missing from `ALL` (and from the tests and docs that walk it).
macro_rules! reasons {
    ($($(#[$doc:meta])* $variant:ident,)*) => {
        /// Why a declaration got no safe binding.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "kebab-case")]
        pub enum Reason {
            $($(#[$doc])* $variant,)*
        }

        impl Reason {
            /// Every reason, in declaration order: generated with the enum.
            pub const ALL: &'static [Reason] = &[$(Reason::$variant,)*];
        }
    };
}

reasons! {
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

#[cfg(test)]
mod tests {
    use super::Reason;
    use std::collections::BTreeSet;

    #[test]
    fn every_reason_has_a_distinct_code_that_reads_back() {
        let codes: BTreeSet<String> = Reason::ALL.iter().map(|r| r.code()).collect();
        assert_eq!(codes.len(), Reason::ALL.len());
        for r in Reason::ALL {
            let code = r.code();
            assert!(!code.is_empty() && code.chars().all(|c| c.is_ascii_lowercase() || c == '-'));
            let back: Reason = serde_json::from_value(serde_json::Value::String(code)).unwrap();
            assert_eq!(back, *r);
        }
    }
}
