//! The type environment (which classes, enums and handles exist in Rust)
//! and the mapping rules every wing shares: scalars, bytes, enums, owned
//! classes, and the skip a type gets when nothing binds it. The
//! dispatchers that order the rules are [`super::params`] and
//! [`super::results`]; the rules are DESIGN.md's "Mapping rules", and each
//! `Skip` names the parameter and the reason code so the report can say
//! exactly why.

use crate::plan::{ClassId, EnumId, HandleId};

use crate::ir::cpp_spelling;
use crate::ir::{IntKind, Type};
use crate::plan::{ArgKind, Scalar};
use crate::plan::{Reason, Skip, Why};
use std::collections::HashMap;

/// The classes and enums that are bound, by qualified C++ name.
#[derive(Debug, Default)]
pub struct TypeEnv {
    /// Qualified name → its class.
    pub classes: HashMap<String, ClassId>,
    /// Qualified name → (its enum, the shared enum's bridge identifier).
    pub enums: HashMap<String, (EnumId, String)>,
    /// Classes whose owned Rust objects may move into C++ (`std::unique_ptr<T>`
    /// parameters): owned, not abstract, and borrowing nothing.
    pub movable: std::collections::HashSet<ClassId>,
    /// Qualified names of types declared in the headers but skipped (for messages).
    pub skipped: HashMap<String, Reason>,
    /// Opaque C handles, by qualified name.
    pub handles: HashMap<String, HandleId>,
    /// The library's `*_free(void*)`, for `char**` strings the caller frees.
    pub free_function: Option<String>,
    /// Handle (qualified name) → the library function giving its user data
    /// (`sqlite3_context` → `sqlite3_user_data`; see [`crate::analysis::c_api::closure_set`]).
    pub user_data: HashMap<String, String>,
    /// The library's `void X(char**)` freeing a table of strings
    /// (`sqlite3_free_table`), for `char***` out-arrays ([`crate::analysis::c_api::arrays`]).
    pub strings_free: Option<String>,
    /// Classes Rust can own and drop: a public destructor and constructors
    /// that keep nothing (`T**` out-parameters and factory results).
    pub owned: std::collections::HashSet<ClassId>,
    /// Plain value types by qualified name (see [`crate::analysis::class::pod`]).
    pub pods: HashMap<String, crate::plan::PodId>,
    /// Byte-view classes (see [`crate::analysis::class::roles`]), with the
    /// C++ pointer type their `(bytes, length)` constructor takes.
    pub byte_views: HashMap<ClassId, String>,
    /// Handle values ([`crate::analysis::class::values`]): by value, never boxed.
    pub values: std::collections::HashSet<ClassId>,
    /// Status classes (see [`crate::analysis::class::roles`]).
    pub statuses: std::collections::HashSet<ClassId>,
    /// `--strict`: only what the types state is bound, so facts read from
    /// names (byte views, statuses, …) are not gathered.
    pub strict: bool,
}

impl TypeEnv {
    /// The bound byte-view class named `name`.
    pub fn byte_view(&self, name: &str) -> Option<ClassId> {
        self.classes
            .get(name)
            .copied()
            .filter(|c| self.byte_views.contains_key(c))
    }

    /// The parameter of the byte-view class named `name` (a `const T&` of
    /// it or one by value): the view's name and the pointer type the shim
    /// casts the bytes to.
    pub fn byte_view_arg(&self, name: &str) -> Option<ArgKind> {
        let class = self.byte_view(name)?;
        Some(ArgKind::ByteView {
            cpp: name.to_string(),
            cpp_ptr: self.byte_views.get(&class)?.clone(),
        })
    }

    /// The bound status class named `name`.
    pub fn status(&self, name: &str) -> Option<ClassId> {
        self.classes
            .get(name)
            .copied()
            .filter(|c| self.statuses.contains(c))
    }
}

/// The cxx mapping of a scalar type, or `None` for non-scalars.
pub fn scalar(ty: &Type) -> Option<Scalar> {
    let s = |rust, cpp, exact| Some(Scalar { rust, cpp, exact });
    match ty {
        Type::Bool => s("bool", "bool", true),
        Type::Char => s("c_char", "char", true),
        Type::Float => s("f32", "float", true),
        Type::Double => s("f64", "double", true),
        Type::Int { kind, alias } => {
            let alias = alias.as_deref().unwrap_or("");
            match kind {
                IntKind::SChar => s("i8", "std::int8_t", true),
                IntKind::UChar => s("u8", "std::uint8_t", true),
                IntKind::Short => s("i16", "std::int16_t", true),
                IntKind::UShort => s("u16", "std::uint16_t", true),
                IntKind::Int => s("i32", "std::int32_t", true),
                IntKind::UInt => s("u32", "std::uint32_t", true),
                IntKind::Long if matches!(alias, "ssize_t" | "ptrdiff_t" | "intptr_t") => {
                    s("isize", "rust::isize", true)
                }
                IntKind::Long => s("i64", "std::int64_t", true),
                IntKind::ULong if matches!(alias, "size_t" | "uintptr_t") => {
                    s("usize", "std::size_t", true)
                }
                IntKind::ULong => s("u64", "std::uint64_t", true),
                // cxx's i64/u64 are `long`/`unsigned long` on LP64: a shim converts.
                IntKind::LongLong => s("i64", "std::int64_t", false),
                IntKind::ULongLong => s("u64", "std::uint64_t", false),
            }
        }
        _ => None,
    }
}

pub(crate) fn byte_like(ty: &Type) -> bool {
    matches!(
        ty,
        Type::Char
            | Type::StdByte
            | Type::Int {
                kind: IntKind::UChar | IntKind::SChar,
                ..
            }
    )
}

/// Where a parameter sits: constructors assume pointer arguments are kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamContext {
    /// Free functions and methods: borrowed for the call only (cxx's convention).
    Call,
    /// Constructors: pointers and references may be kept by the object.
    Constructor,
}

/// Output buffers whose size the config states: C++ parameter name → the
/// required size as a C++ expression over the parameters.
pub type SizedBuffers = std::collections::BTreeMap<String, crate::plan::SizeExpr>;

/// What is known about one call beyond its types: the config's sized
/// buffers, and what the function's name and its sibling functions say
/// ([`crate::analysis::c_api::c_text`]).
#[derive(Debug, Clone, Default)]
pub struct CallHints {
    /// Output buffers whose size the config states.
    pub sized: SizedBuffers,
    /// Arrays of strings whose length the config states (`[arrays]`).
    pub arrays: SizedBuffers,
    /// The name marks its `const void*` text as UTF-16 (`sqlite3_open16`).
    pub utf16: bool,
    /// The result, when the name and a sibling decide it.
    pub ret: Option<crate::plan::RetKind>,
    /// A `printf`-style variadic bound in its fixed form (`"%s"` and one
    /// string): the index of the format parameter.
    pub printf: Option<usize>,
    /// The conventions [`Self::ret`] relies on (UTF-16 text, a length
    /// sibling, a string the caller frees), sorted.
    pub ret_assumes: Vec<crate::plan::Convention>,
    /// Parameters the callable's documentation says the callee only writes
    /// (`\param[out] name`; [`crate::analysis::conventions::documented_outputs`]).
    /// Empty under `--strict`, which reads no documentation.
    pub outputs: Vec<String>,
}

pub(crate) fn enum_arg(name: &str, env: &TypeEnv, by_ref: bool) -> Result<ArgKind, Skip> {
    let (cpp, ffi) = enum_names(name, env)?;
    Ok(ArgKind::Enum { cpp, ffi, by_ref })
}

/// A bound enum's qualified C++ name and its shared enum's bridge identifier.
pub(crate) fn enum_names(name: &str, env: &TypeEnv) -> Result<(String, String), Skip> {
    match env.enums.get(name) {
        Some((_, ffi)) => Ok((name.to_string(), ffi.clone())),
        None => Err(unbound(name, env)),
    }
}

/// A bound class Rust can own and drop (public destructor, borrowing nothing).
pub(crate) fn owned_class(ty: &Type, env: &TypeEnv) -> Option<ClassId> {
    match ty {
        Type::Record { name } => env
            .classes
            .get(name)
            .copied()
            .filter(|c| env.owned.contains(c)),
        _ => None,
    }
}

pub(crate) fn unbound(name: &str, env: &TypeEnv) -> Skip {
    Skip::new(Why::Unbound {
        name: name.to_string(),
        skipped: env.skipped.get(name).copied(),
    })
}

/// The skip for a type with no mapping at all.
pub fn type_skip(ty: &Type) -> Skip {
    let spelling = || cpp_spelling(ty);
    Skip::new(match ty {
        Type::RvalueRef { .. } => Why::RvalueRef {
            spelling: spelling(),
        },
        Type::VoidPointer | Type::ConstVoidPointer => Why::VoidPointer {
            spelling: spelling(),
        },
        Type::FunctionPointer | Type::DestructorPointer | Type::Callback { .. } => {
            Why::FunctionPointer
        }
        Type::Unsupported { spelling, what } => Why::Unsupported {
            spelling: spelling.clone(),
            what: what.clone(),
        },
        Type::StringToken { name, .. } => Why::StringToken { name: name.clone() },
        // By value it is an enum of the standard library; only pointers to
        // it are bytes.
        Type::StdByte => Why::Unsupported {
            spelling: "std::byte".into(),
            what: "standard library enum".into(),
        },
        Type::Pointer { .. } => Why::RawPointer {
            spelling: spelling(),
        },
        Type::VaList => Why::VaList,
        _ => Why::NoMapping {
            spelling: spelling(),
        },
    })
}

/// A character type of the library's own whose name says it holds text
/// (`typedef unsigned char xmlChar;`, `FcChar8`): a `const` pointer to one
/// is a NUL-terminated string.
pub fn is_text_char(t: &Type) -> bool {
    matches!(t, Type::Int { kind: IntKind::UChar | IntKind::SChar, alias: Some(a) } if crate::ir::names_text_char(a))
}
