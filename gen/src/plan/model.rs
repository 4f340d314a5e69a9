//! What analysis decides: one [`Decision`] per counted declaration, and the
//! binding plans emit turns into code (callables are in [`crate::plan`]).

use super::paths::{CppPath, RustPath};
use super::reason::Reason;
use super::{FnBinding, Scalar, Trampoline};
use crate::ir::Loc;
use serde::{Deserialize, Serialize};

macro_rules! typed_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(usize);

        impl $name {
            /// The position in its list (stable for one analysis run).
            pub fn index(self) -> usize {
                self.0
            }

            /// Only analysis hands out ids, for entries it has pushed.
            pub(crate) fn new(index: usize) -> Self {
                $name(index)
            }
        }
    };
}

typed_id!(
    /// A counted declaration: an index into [`Bindings::decisions`].
    DecisionId
);
typed_id!(
    /// A bound class: an index into [`Bindings::classes`].
    ClassId
);
typed_id!(
    /// A bound enum: an index into [`Bindings::enums`].
    EnumId
);
typed_id!(
    /// A bridge function plan: an index into [`Bindings::functions`].
    FnId
);
typed_id!(
    /// An opaque C handle: an index into [`Bindings::handles`].
    HandleId
);
typed_id!(
    /// A plain value type: an index into [`Bindings::pods`].
    PodId
);

/// The kinds the coverage report counts (`by_kind` keys).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum DeclKind {
    Function,
    Method,
    StaticMethod,
    Constructor,
    Destructor,
    Operator,
    FunctionTemplate,
    Record,
    Enum,
    Alias,
    Variable,
    Constant,
    ClassTemplate,
    Other,
}

impl DeclKind {
    /// Every kind, in declaration order.
    pub const ALL: &'static [DeclKind] = &[
        DeclKind::Function,
        DeclKind::Method,
        DeclKind::StaticMethod,
        DeclKind::Constructor,
        DeclKind::Destructor,
        DeclKind::Operator,
        DeclKind::FunctionTemplate,
        DeclKind::Record,
        DeclKind::Enum,
        DeclKind::Alias,
        DeclKind::Variable,
        DeclKind::Constant,
        DeclKind::ClassTemplate,
        DeclKind::Other,
    ];

    /// The report's key for this kind (`static_method`), as serde writes it.
    pub fn code(self) -> &'static str {
        match self {
            DeclKind::Function => "function",
            DeclKind::Method => "method",
            DeclKind::StaticMethod => "static_method",
            DeclKind::Constructor => "constructor",
            DeclKind::Destructor => "destructor",
            DeclKind::Operator => "operator",
            DeclKind::FunctionTemplate => "function_template",
            DeclKind::Record => "record",
            DeclKind::Enum => "enum",
            DeclKind::Alias => "alias",
            DeclKind::Variable => "variable",
            DeclKind::Constant => "constant",
            DeclKind::ClassTemplate => "class_template",
            DeclKind::Other => "other",
        }
    }

    /// Functions, methods, constructors, destructors, operators, function templates.
    pub fn is_callable(self) -> bool {
        matches!(
            self,
            DeclKind::Function
                | DeclKind::Method
                | DeclKind::StaticMethod
                | DeclKind::Constructor
                | DeclKind::Destructor
                | DeclKind::Operator
                | DeclKind::FunctionTemplate
        )
    }
}

/// How a bound declaration reaches Rust.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Via {
    /// cxx calls the C++ function itself (signature checked by cxx).
    Direct,
    /// cxx calls a generated C++ shim that adapts types and calls it.
    Shim,
    /// An opaque C++ type behind `UniquePtr` / references.
    Opaque,
    /// A cxx shared enum whose values cxx verifies.
    SharedEnum,
    /// A `#[repr(C)]` Rust struct passed by value, its layout `static_assert`ed.
    Value,
    /// A Rust constant whose value a generated `static_assert` checks.
    Constant,
    /// A Rust type alias.
    Alias,
    /// A destructor run by `Drop` of the owning `UniquePtr`.
    Drop,
    /// A constructor used by a Rust implementation of the class (subclass trampoline).
    RustSubclass,
}

impl Via {
    /// Every strategy, in declaration order.
    pub const ALL: &'static [Via] = &[
        Via::Direct,
        Via::Shim,
        Via::Opaque,
        Via::SharedEnum,
        Via::Value,
        Via::Constant,
        Via::Alias,
        Via::Drop,
        Via::RustSubclass,
    ];

    /// The report's code for this strategy (`shared-enum`), as serde writes it.
    pub fn code(self) -> &'static str {
        match self {
            Via::Direct => "direct",
            Via::Shim => "shim",
            Via::Opaque => "opaque",
            Via::SharedEnum => "shared-enum",
            Via::Value => "value",
            Via::Constant => "constant",
            Via::Alias => "alias",
            Via::Drop => "drop",
            Via::RustSubclass => "rust-subclass",
        }
    }
}

/// The outcome for one declaration.
#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    /// Bound: how, and the Rust path of the safe item.
    Bound {
        /// The binding strategy.
        via: Via,
        /// e.g. `snappy::compress` or `snappy::Sink::append`.
        rust_path: String,
    },
    /// Not bound, and why.
    Skipped {
        /// The stable reason code.
        reason: Reason,
        /// A message naming the offending parameter or type.
        message: String,
    },
}

impl From<super::why::Skip> for Status {
    fn from(s: super::why::Skip) -> Self {
        Status::Skipped {
            reason: s.reason(),
            message: s.message(),
        }
    }
}

/// Identifies one declaration across runs on the same input: `name@file:line:column`.
pub fn decl_key(qualified: &str, loc: &Loc) -> String {
    format!("{qualified}@{}:{}:{}", loc.file, loc.line, loc.column)
}

/// One counted declaration.
#[derive(Debug, Clone, PartialEq)]
pub struct Decision {
    /// Qualified C++ name (`snappy::Sink::Append`).
    pub name: String,
    /// Which kind it counts as.
    pub kind: DeclKind,
    /// Where it is declared.
    pub loc: Loc,
    /// For a callable, its parameter types and qualifiers as the header
    /// spells them (`(int, const std::string&) const`, from
    /// [`identity`](super::identity)), which the report appends to `name` to
    /// tell overloads apart. `None` for other kinds, for a function template
    /// whose parameters the IR does not model, and for template instances
    /// (they count through their template's decision).
    pub signature: Option<String>,
    /// Bound or skipped.
    pub status: Status,
    /// The conventions its binding relies on, sorted (empty when skipped,
    /// and when the types state everything).
    pub assumes: Vec<super::Convention>,
}

impl Decision {
    /// Its key across runs ([`decl_key`]).
    pub fn key(&self) -> String {
        decl_key(&self.name, &self.loc)
    }
}

/// A class bound as an opaque type.
#[derive(Debug, Clone, PartialEq)]
pub struct ClassBinding {
    /// Unqualified C++ name.
    pub cpp_name: String,
    /// Enclosing namespaces.
    pub cpp_scope: Vec<String>,
    /// Enclosing classes, outermost first (empty at namespace scope). The
    /// bridge names a nested type through an alias in namespace `cxxbind`.
    pub nesting: Vec<String>,
    /// The identifier in the bridge (exact C++ name unless it clashes; the
    /// `cxxbind` alias's name for nested types and template instances).
    pub ffi_name: String,
    /// An instance of a class template (`cpp_name` is `Stack<int>`).
    pub instance: bool,
    /// Its own name is reserved in C++ (`__mpz_struct`), which cxx cannot
    /// spell: the bridge names it through a `cxxbind` alias too.
    pub aliased: bool,
    /// Its decision (recorded in pass 2; `None` before).
    pub decision: Option<DecisionId>,
    /// The safe-layer type name (UpperCamelCase).
    pub rust_name: String,
    /// The safe-layer module.
    pub module: Vec<String>,
    /// Has a public destructor: can be owned through `UniquePtr`.
    pub owned: bool,
    /// Its objects are also reached by reference (it has no public
    /// destructor, or a method returns `T*`/`T&` to one): its methods live on
    /// the C++ type itself (`impl ffi::T`), which borrows name directly; the
    /// owning type, if any, dereferences to it. Every call is a shim (the
    /// bridge then gives the C++ type no methods of its own to clash with).
    pub view: bool,
    /// A constructor keeps borrowed arguments: the safe type carries a lifetime.
    pub borrows: bool,
    /// Some kept borrow is exclusive (`T*`, `T&`, a mutable buffer): a copy
    /// would alias it, so copies are not `Clone` and borrow their source.
    pub borrows_mut: bool,
    /// Public bases that are bound too, for upcasts.
    pub bases: Vec<ClassId>,
    /// A Rust implementation of this abstract class is generated.
    pub trampoline: Option<Trampoline>,
    /// A status class ([`crate::analysis::class::roles`]): `Some`, with the method giving its
    /// message if it has one (`ToString`, `message`, …), for `Display`.
    pub status: Option<Option<FnId>>,
    /// A handle value ([`crate::analysis::class::values`]): passed and held by value, not
    /// behind a `UniquePtr`.
    pub value: Option<crate::plan::ValueLayout>,
    /// The doc comment.
    pub doc: Option<String>,
}

impl ClassBinding {
    /// The safe type carries a lifetime: it borrows constructor arguments or a Rust implementation.
    pub fn has_lifetime(&self) -> bool {
        self.borrows || self.trampoline.is_some()
    }

    /// The name users write for the class takes the lifetime: it is the
    /// owning type, which has one. A class with no owning type is named by
    /// its C++ type (`pub type T = ffi::T`), which has none.
    pub fn name_has_lifetime(&self) -> bool {
        self.owned && self.has_lifetime()
    }

    /// cxx cannot name the type itself (nested in a class, or a template
    /// instance): the bridge names it through an alias in namespace `cxxbind`.
    pub fn through_alias(&self) -> bool {
        self.instance || self.aliased || !self.nesting.is_empty()
    }

    /// The qualified C++ name as a path (namespaces, enclosing classes, name).
    pub fn cpp_path(&self) -> CppPath {
        CppPath::nested(&self.cpp_scope, &self.nesting, &self.cpp_name)
    }

    /// The qualified C++ name (`::ns::Outer::Name`).
    pub fn cpp_qualified(&self) -> String {
        self.cpp_path().to_string()
    }

    /// A C++-identifier flattening of the qualified name (`ns_Outer_Name`).
    pub fn flat_name(&self) -> String {
        self.cpp_path().flat()
    }
}

/// A shared enum.
#[derive(Debug, Clone, PartialEq)]
pub struct EnumBinding {
    /// Unqualified C++ name.
    pub cpp_name: String,
    /// Enclosing namespaces.
    pub cpp_scope: Vec<String>,
    /// Enclosing classes, outermost first (empty at namespace scope).
    pub nesting: Vec<String>,
    /// The identifier in the bridge.
    pub ffi_name: String,
    /// The safe-layer module.
    pub module: Vec<String>,
    /// The safe-layer name.
    pub rust_name: String,
    /// `#[repr(..)]` integer.
    pub repr: &'static str,
    /// (name, value) pairs; values as written for the repr.
    pub variants: Vec<(String, String)>,
    /// The doc comment.
    pub doc: Option<String>,
}

impl EnumBinding {
    /// The qualified C++ name as a path (`::ns::Outer::Kind`).
    pub fn cpp_path(&self) -> CppPath {
        CppPath::nested(&self.cpp_scope, &self.nesting, &self.cpp_name)
    }
}

/// A constant.
#[derive(Debug, Clone, PartialEq)]
pub struct ConstBinding {
    /// Its decision.
    pub decision: DecisionId,
    /// Qualified C++ name (for the `static_assert`; empty for macros).
    pub cpp_qualified: String,
    /// The safe-layer module.
    pub module: Vec<String>,
    /// SCREAMING_SNAKE_CASE name.
    pub rust_name: String,
    /// Rust type (`i32`, `&str`, `f64`).
    pub rust_type: &'static str,
    /// Rust literal.
    pub value: String,
    /// C++ expression the value is checked against, if checkable.
    pub check: Option<String>,
    /// The doc comment.
    pub doc: Option<String>,
}

/// A type alias.
#[derive(Debug, Clone, PartialEq)]
pub struct AliasBinding {
    /// Its decision.
    pub decision: DecisionId,
    /// The safe-layer module.
    pub module: Vec<String>,
    /// UpperCamelCase name.
    pub rust_name: String,
    /// The aliased Rust type, as a path relative to the root (`u32`, `crate_root::ns::Foo`).
    pub target: AliasTarget,
    /// The doc comment.
    pub doc: Option<String>,
}

/// What an alias names.
#[derive(Debug, Clone, PartialEq)]
pub enum AliasTarget {
    /// A scalar.
    Scalar(Scalar),
    /// A bound class.
    Class(ClassId),
    /// A bound enum.
    Enum(EnumId),
}

/// Everything analysis decided.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Bindings {
    /// The headers, for the shim's `#include`s (absolute or as given).
    pub headers: Vec<String>,
    /// One per counted declaration, in source order.
    pub decisions: Vec<Decision>,
    /// Bound classes.
    pub classes: Vec<ClassBinding>,
    /// One plan per bridge function (and per inherited method), in decision order.
    pub functions: Vec<FnBinding>,
    /// Bound enums.
    pub enums: Vec<EnumBinding>,
    /// Bound constants.
    pub constants: Vec<ConstBinding>,
    /// Bound aliases.
    pub aliases: Vec<AliasBinding>,
    /// Opaque C handles (incomplete structs used behind pointers).
    pub handles: Vec<crate::plan::HandleBinding>,
    /// Plain value types (see [`crate::analysis::class::pod`]).
    pub pods: Vec<crate::plan::PodBinding>,
    /// The owned byte buffer of a library's allocator family ([`crate::analysis::c_api::memory`]).
    pub memory: Option<crate::plan::MemoryBinding>,
    /// Decisions about template instances (not counted) → the template
    /// declaration they stand for (counted once; see `analysis::templates`).
    pub instance_of: std::collections::BTreeMap<DecisionId, DecisionId>,
    /// Config entries that told analysis what the headers could not (see
    /// [`crate::analysis::AnalysisOptions::config_entries`]).
    pub config_entries: usize,
}

impl Bindings {
    /// The decision the report counts for `d`: its template's for an instance.
    pub fn counted(&self, d: DecisionId) -> DecisionId {
        self.instance_of.get(&d).copied().unwrap_or(d)
    }

    /// A bound class.
    pub fn class(&self, id: ClassId) -> &ClassBinding {
        &self.classes[id.index()]
    }

    /// A bound enum.
    pub fn enum_(&self, id: EnumId) -> &EnumBinding {
        &self.enums[id.index()]
    }

    /// A plain value type.
    pub fn pod(&self, id: PodId) -> &crate::plan::PodBinding {
        &self.pods[id.index()]
    }

    /// Every plain value type with its id.
    pub fn pod_ids(&self) -> impl Iterator<Item = PodId> {
        (0..self.pods.len()).map(PodId::new)
    }

    /// An opaque C handle.
    pub fn handle(&self, id: HandleId) -> &crate::plan::HandleBinding {
        &self.handles[id.index()]
    }

    /// Every handle with its id, in declaration order.
    pub fn handle_ids(&self) -> impl Iterator<Item = (HandleId, &crate::plan::HandleBinding)> {
        self.handles
            .iter()
            .enumerate()
            .map(|(i, h)| (HandleId::new(i), h))
    }

    /// A bridge function plan.
    pub fn function(&self, id: FnId) -> &FnBinding {
        &self.functions[id.index()]
    }

    /// A decision.
    pub fn decision(&self, id: DecisionId) -> &Decision {
        &self.decisions[id.index()]
    }

    /// The keys ([`decl_key`]) of every bound declaration, in decision order.
    pub fn bound_keys(&self) -> Vec<String> {
        self.decisions
            .iter()
            .filter(|d| matches!(d.status, Status::Bound { .. }))
            .map(Decision::key)
            .collect()
    }

    /// The safe-layer path of a plan (`ns::f`, `ns::Type::method`; a trait
    /// method's name for operators and `Clone`).
    pub fn rust_path_of(&self, f: &FnBinding) -> RustPath {
        match f.kind.class() {
            Some(class) => {
                RustPath::new(&f.module, &self.class(class).rust_name).join(&f.rust_name)
            }
            None => RustPath::new(&f.module, &f.rust_name),
        }
    }

    /// Every class with its id, in declaration order.
    pub fn class_ids(&self) -> impl Iterator<Item = (ClassId, &ClassBinding)> {
        self.classes
            .iter()
            .enumerate()
            .map(|(i, c)| (ClassId::new(i), c))
    }

    /// Every plan with its id, in order.
    pub fn function_ids(&self) -> impl Iterator<Item = (FnId, &FnBinding)> {
        self.functions
            .iter()
            .enumerate()
            .map(|(i, f)| (FnId::new(i), f))
    }
}

#[cfg(test)]
mod tests {
    use super::{DeclKind, Via};

    #[test]
    fn codes_are_what_serde_writes() {
        for k in DeclKind::ALL {
            assert_eq!(
                serde_json::to_string(k).expect("serializes"),
                format!("\"{}\"", k.code())
            );
        }
        for v in Via::ALL {
            assert_eq!(
                serde_json::to_string(v).expect("serializes"),
                format!("\"{}\"", v.code())
            );
        }
        assert_eq!(DeclKind::StaticMethod.code(), "static_method");
        assert_eq!(Via::RustSubclass.code(), "rust-subclass");
    }
}
