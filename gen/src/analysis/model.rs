//! What analysis decides: one [`Decision`] per counted declaration, and the
//! binding plans emit turns into code.

use super::reason::Reason;
use crate::ir::Loc;
use serde::{Deserialize, Serialize};

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
    /// A Rust constant whose value a generated `static_assert` checks.
    Constant,
    /// A Rust type alias.
    Alias,
    /// A destructor run by `Drop` of the owning `UniquePtr`.
    Drop,
    /// A constructor used by a Rust implementation of the class (subclass trampoline).
    RustSubclass,
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

impl From<super::reason::Skip> for Status {
    fn from(s: super::reason::Skip) -> Self {
        Status::Skipped {
            reason: s.reason,
            message: s.message,
        }
    }
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
    /// Bound or skipped.
    pub status: Status,
}

/// A scalar as cxx passes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scalar {
    /// The Rust type in the bridge and the safe layer (`usize`, `c_char`).
    pub rust: &'static str,
    /// The C++ type cxx uses for it (`std::size_t`).
    pub cpp: &'static str,
    /// cxx's C++ type is exactly the declared one (a direct call type-checks).
    pub exact: bool,
}

/// How one Rust-visible argument is passed.
#[derive(Debug, Clone, PartialEq)]
pub enum ArgKind {
    /// A scalar by value (or by `const&`).
    Scalar(Scalar),
    /// An enum by value (or by `const&`).
    Enum {
        /// Qualified C++ name.
        cpp: String,
        /// The shared enum's identifier in the bridge.
        ffi: String,
        /// Declared `const E&`: cxx passes enums by value, so a shim adapts.
        by_ref: bool,
    },
    /// `const char*`: bytes up to the first NUL are seen by C++.
    CStr,
    /// `const char*` kept by a constructor: a `&'a CStr` that outlives the object.
    CStrRetained,
    /// `const std::string&`.
    StrRef,
    /// `std::string` by value.
    StrValue,
    /// `std::string_view` (by value or `const&`).
    StrView,
    /// `std::string&` (read and written by the callee).
    StrInOut,
    /// `(const T* p, size_t n)` or `(T* p, size_t n)`: one slice for two C++ params.
    Slice {
        /// The element.
        elem: Scalar,
        /// `T*` rather than `const T*`.
        mutable: bool,
        /// C++ spelling of the pointer type to cast to.
        cpp_ptr: String,
    },
    /// `std::string*` written by the callee: becomes part of the result.
    OutString,
    /// `T*` to a scalar written by the callee: becomes part of the result.
    OutScalar(Scalar),
    /// A class object by reference or pointer.
    Object {
        /// Qualified C++ name.
        cpp: String,
        /// Index of the class in [`Bindings::classes`].
        class: usize,
        /// Non-const.
        mutable: bool,
        /// Declared as a pointer (the shim passes `&x`).
        pointer: bool,
    },
}

impl ArgKind {
    /// Out-parameters are results, not Rust parameters.
    pub fn is_out(&self) -> bool {
        matches!(self, ArgKind::OutString | ArgKind::OutScalar(_))
    }
}

/// One Rust-visible argument (it may stand for two C++ parameters).
#[derive(Debug, Clone, PartialEq)]
pub struct Arg {
    /// snake_case Rust name.
    pub name: String,
    /// How it is passed.
    pub kind: ArgKind,
    /// Index of its (first) C++ parameter.
    pub cpp_index: usize,
    /// Number of C++ parameters it covers (2 for slices).
    pub cpp_count: usize,
    /// The declared C++ type of its (first) parameter, canonical spelling.
    pub cpp_type: String,
}

/// How the result comes back.
#[derive(Debug, Clone, PartialEq)]
pub enum RetKind {
    /// `void`.
    Void,
    /// A scalar.
    Scalar(Scalar),
    /// An enum.
    Enum {
        /// Qualified C++ name.
        cpp: String,
        /// The shared enum's identifier in the bridge.
        ffi: String,
    },
    /// `std::string`, `const std::string&` or `std::string_view`: copied into `Vec<u8>`.
    String,
    /// `const char*`: copied, `None` for a null pointer.
    CStr,
    /// `const char*`/`char*` whose length a `size_t*` out-parameter gives,
    /// borrowed from `self` (methods only).
    BorrowedBytes {
        /// `char*` rather than `const char*`.
        mutable: bool,
        /// Index into `args` of the out-parameter holding the length.
        len_arg: usize,
    },
    /// `const char*`/`char*` whose length a `size_t*` out-parameter gives, in a
    /// free or static function: copied, `None` for a null pointer.
    CopiedBytes {
        /// Index into `args` of the out-parameter holding the length.
        len_arg: usize,
    },
    /// A class by value: boxed into a `UniquePtr`.
    Object {
        /// Qualified C++ name.
        cpp: String,
        /// Index of the class in [`Bindings::classes`].
        class: usize,
    },
}

/// What kind of callable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallKind {
    /// A free function.
    Free,
    /// A member function called on `self`.
    Method {
        /// Non-const member.
        mutable: bool,
    },
    /// A static member function.
    Static,
    /// A constructor returning an owned object.
    Constructor,
    /// The copy constructor, emitted as `Clone`.
    CopyConstructor,
}

/// A callable that is bound.
#[derive(Debug, Clone, PartialEq)]
pub struct FnBinding {
    /// Index of its decision.
    pub decision: usize,
    /// The C++ name being called (unqualified: `Compress`).
    pub cpp_name: String,
    /// Its enclosing namespaces.
    pub cpp_scope: Vec<String>,
    /// The class, for members (index in [`Bindings::classes`]).
    pub class: Option<usize>,
    /// What kind of callable.
    pub kind: CallKind,
    /// The identifier in the bridge (also the shim's name when not direct).
    pub ffi_name: String,
    /// Called by cxx directly (no shim).
    pub direct: bool,
    /// Rust-visible arguments, in C++ order.
    pub args: Vec<Arg>,
    /// How the result comes back.
    pub ret: RetKind,
    /// Not `noexcept`: returns `Result<_, cxx::Exception>`.
    pub throws: bool,
    /// The safe-layer module (snake_case namespaces).
    pub module: Vec<String>,
    /// The safe-layer name.
    pub rust_name: String,
    /// The doc comment.
    pub doc: Option<String>,
    /// C++ default arguments (`name = value`), which Rust callers pass explicitly.
    pub defaults: Vec<String>,
}

/// A class bound as an opaque type.
#[derive(Debug, Clone, PartialEq)]
pub struct ClassBinding {
    /// Index of its decision.
    pub decision: usize,
    /// Unqualified C++ name.
    pub cpp_name: String,
    /// Enclosing namespaces.
    pub cpp_scope: Vec<String>,
    /// The identifier in the bridge (exact C++ name unless it clashes).
    pub ffi_name: String,
    /// The safe-layer type name (UpperCamelCase).
    pub rust_name: String,
    /// The safe-layer module.
    pub module: Vec<String>,
    /// Has a public destructor: can be owned through `UniquePtr`.
    pub owned: bool,
    /// A constructor keeps borrowed arguments: the safe type carries a lifetime.
    pub borrows: bool,
    /// Public bases that are bound too (indices), for upcasts.
    pub bases: Vec<usize>,
    /// A Rust implementation of this abstract class is generated.
    pub trampoline: Option<Trampoline>,
    /// Why an abstract class gets no Rust implementation.
    pub no_trampoline: Option<String>,
    /// Shim for `operator==` (`PartialEq::eq`).
    pub eq: Option<String>,
    /// Shim for `operator!=` (`PartialEq::ne`).
    pub ne: Option<String>,
    /// Shim for `operator<<` to `std::ostream` (`Display`).
    pub display: Option<String>,
    /// The doc comment.
    pub doc: Option<String>,
}

/// A generated C++ subclass that forwards pure virtual calls to a Rust trait object.
#[derive(Debug, Clone, PartialEq)]
pub struct Trampoline {
    /// The pure virtual methods the Rust trait must implement.
    pub methods: Vec<VirtualMethod>,
    /// Index of the constructor decision this subclass uses.
    pub ctor_decision: usize,
    /// The Rust trait to implement (`SinkImpl`), unique in its module.
    pub trait_name: String,
}

/// A pure virtual method implemented in Rust.
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualMethod {
    /// The C++ name.
    pub cpp_name: String,
    /// snake_case trait method name.
    pub rust_name: String,
    /// `const` member.
    pub is_const: bool,
    /// `noexcept` (the override must say so too).
    pub noexcept: bool,
    /// Arguments (scalars and byte slices only).
    pub args: Vec<Arg>,
    /// Result (void, scalar, or borrowed bytes with a `size_t*` length).
    pub ret: RetKind,
    /// Declared C++ parameter types, spelled for the override.
    pub cpp_params: Vec<String>,
    /// Declared C++ result type, spelled for the override.
    pub cpp_ret: String,
    /// The doc comment.
    pub doc: Option<String>,
}

/// A shared enum.
#[derive(Debug, Clone, PartialEq)]
pub struct EnumBinding {
    /// Index of its decision.
    pub decision: usize,
    /// Unqualified C++ name.
    pub cpp_name: String,
    /// Enclosing namespaces.
    pub cpp_scope: Vec<String>,
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

/// A constant.
#[derive(Debug, Clone, PartialEq)]
pub struct ConstBinding {
    /// Index of its decision.
    pub decision: usize,
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
    /// Index of its decision.
    pub decision: usize,
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
    /// A bound class (index).
    Class(usize),
    /// A bound enum (index).
    Enum(usize),
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
    /// Bound callables.
    pub functions: Vec<FnBinding>,
    /// Bound enums.
    pub enums: Vec<EnumBinding>,
    /// Bound constants.
    pub constants: Vec<ConstBinding>,
    /// Bound aliases.
    pub aliases: Vec<AliasBinding>,
}
