//! The closed list of reasons a declaration is not bound.
//!
//! Codes are stable: reports, diffs and users' scripts key on them. Add a
//! variant (and a case under `interop-tests/cases/skipped`) rather than
//! reusing one with a different meaning.

use serde::{Deserialize, Serialize};

/// Defines [`Reason`] and [`Reason::ALL`] from one list, so no variant can
/// be missing from `ALL` (and from the tests and docs that walk it).
macro_rules! reasons {
    ($($(#[$doc:meta])* $variant:ident = $code:literal,)*) => {
        /// Why a declaration got no safe binding.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Reason {
            $($(#[$doc])* $variant,)*
        }

        impl Reason {
            /// Every reason, in declaration order: generated with the enum.
            pub const ALL: &'static [Reason] = &[$(Reason::$variant,)*];

            /// The stable kebab-case code (`raw-pointer-output`).
            pub fn code(self) -> &'static str {
                match self {
                    $(Reason::$variant => $code,)*
                }
            }
        }
    };
}

reasons! {
    /// A parameter or result type with no mapping yet (`long double`, arrays, std containers).
    UnsupportedType = "unsupported-type",
    /// A type declared outside the library's headers, or one that was itself skipped.
    UnboundType = "unbound-type",
    /// A raw pointer with no safe reading (not a slice, out-parameter, string or object).
    RawPointer = "raw-pointer",
    /// A mutable buffer (`char*`) the callee writes with no length to bound it.
    RawPointerOutput = "raw-pointer-output",
    /// A returned raw pointer whose lifetime and length are unknown.
    RawPointerReturn = "raw-pointer-return",
    /// A returned reference to an object (ownership and lifetime unknown).
    ReferenceReturn = "reference-return",
    /// `void*`.
    VoidPointer = "void-pointer",
    /// A function pointer (callbacks are on the roadmap).
    FunctionPointer = "function-pointer",
    /// `T&&` (rvalue references, move constructors).
    RvalueReference = "rvalue-reference",
    /// A C variadic function (`...`).
    Variadic = "variadic",
    /// A function template with no instantiation listed in the config.
    FunctionTemplate = "function-template",
    /// A class template (bound per instantiation when one appears in the API).
    ClassTemplate = "class-template",
    /// An operator (trait mapping is on the roadmap).
    Operator = "operator",
    /// A conversion operator (`operator bool`).
    ConversionOperator = "conversion-operator",
    /// A class passed or returned by value where a copy cannot be proven safe.
    ClassByValue = "class-by-value",
    /// A constructor of an abstract class with no Rust implementation path.
    AbstractClass = "abstract-class",
    /// A class whose destructor is not public cannot be owned from Rust.
    NoPublicDestructor = "no-public-destructor",
    /// A class that is only forward-declared.
    IncompleteType = "incomplete-type",
    /// A union.
    Union = "union",
    /// A mutable namespace-scope variable.
    GlobalVariable = "global-variable",
    /// A constant whose value clang could not evaluate.
    ConstantWithoutValue = "constant-without-value",
    /// A name Rust or cxx cannot spell (keywords, reserved identifiers).
    ReservedName = "reserved-name",
    /// A declaration kind not modelled yet.
    UnsupportedDeclaration = "unsupported-declaration",
    /// Excluded by `--allow`/`--block` or the config.
    Blocked = "blocked",
    /// Generated, but the generated crate did not compile with it.
    BuildFailed = "build-failed",
    /// cxx rejected the generated bridge over the declaration's items (a
    /// generator bug; the rest of the library still binds).
    Internal = "internal",
    /// Ends the life of a C handle Rust owns (only its owner's `Drop` may).
    DestroysHandle = "destroys-handle",
    /// Creates a C handle, and no destroy function for it is known.
    NoDestroyFunction = "no-destroy-function",
    /// `--strict`: the binding would rely on a convention read from a name
    /// (`creates-by-name`, `length-by-name`, …), not on what the types state.
    AssumedByName = "assumed-by-name",
}

impl Reason {
    /// The reason whose code is `code`.
    pub fn from_code(code: &str) -> Option<Reason> {
        Reason::ALL.iter().copied().find(|r| r.code() == code)
    }
}

impl Serialize for Reason {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Reason {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let code = String::deserialize(d)?;
        Reason::from_code(&code)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown reason code `{code}`")))
    }
}

#[cfg(test)]
mod tests {
    use super::Reason;
    use std::collections::BTreeSet;

    #[test]
    fn every_reason_has_a_distinct_code_that_reads_back() {
        let codes: BTreeSet<&str> = Reason::ALL.iter().map(|r| r.code()).collect();
        assert_eq!(codes.len(), Reason::ALL.len());
        assert!(serde_json::from_str::<Reason>("\"no-such-code\"").is_err());
        for r in Reason::ALL {
            let code = r.code();
            assert!(!code.is_empty() && code.chars().all(|c| c.is_ascii_lowercase() || c == '-'));
            let json = serde_json::to_string(r).expect("a code serializes");
            assert_eq!(json, format!("\"{code}\""));
            let back: Reason = serde_json::from_str(&json).expect("a code reads back");
            assert_eq!(back, *r);
            // The code is the variant's name in kebab-case.
            let kebab = heck::ToKebabCase::to_kebab_case(format!("{r:?}").as_str());
            assert_eq!(code, kebab);
        }
    }
}
