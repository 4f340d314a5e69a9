//! The plan: everything analysis decides and emit and the report read.
//!
//! A leaf: it imports only the IR. Deciders (`analysis/`) build these
//! values; writers (`emit/`) and the report only read them (the way cxx
//! keeps its checked model in `syntax/`, apart from its writers).
//!
//! - [`model`]: one [`Decision`] per counted declaration, the class, enum,
//!   constant and alias bindings, typed ids, [`Bindings`] (the whole result);
//! - this file, [`args`] and [`ret`]: callable plans, how each argument and
//!   result crosses, what kind of call a bridge function is ([`FnBinding`]);
//! - [`ops`], [`vocab`], [`c_api`], [`class`]: the payloads of one construct
//!   family each; [`reason`]: the stable codes of why a declaration is
//!   skipped, [`why`]: the typed causes that carry a code and render a message;
//!   [`paths`]: qualified names ([`paths::CppPath`], [`paths::RustPath`]);
//!   [`identity`]: how a callable's signature is spelled in its decision.

pub mod args;
pub mod c_api;
pub mod class;
pub mod convention;
pub mod identity;
pub mod model;
pub mod ops;
pub mod paths;
pub mod reason;
pub mod ret;
pub mod vocab;
pub mod why;
#[cfg(test)]
mod why_tests;

pub use args::*;
pub use c_api::*;
pub use class::*;
pub use convention::Convention;
pub use model::*;
pub use ops::{BinOp, OpForm, OpKind};
pub use reason::Reason;
pub use ret::*;
pub use vocab::*;
pub use why::{
    CallbackPart, DtorCause, NoRustImpl, OpProblem, ParamLabel, Skip, StdRule, VirtualProblem, Why,
};

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

/// What a bridge function does, with the classes it involves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallKind {
    /// A free function.
    Free,
    /// A member function called on `self`.
    Method {
        /// The class declaring it.
        class: ClassId,
        /// Non-const member.
        mutable: bool,
    },
    /// A static member function.
    Static {
        /// The class declaring it.
        class: ClassId,
    },
    /// A constructor returning an owned object.
    Constructor {
        /// The class constructed.
        class: ClassId,
    },
    /// The copy constructor from `const T&`, emitted as `Clone`.
    Clone {
        /// The class copied.
        class: ClassId,
    },
    /// An operator implementing a Rust trait; `args` are its operands in C++
    /// order (a member operator's object first).
    Operator {
        /// The class whose safe type implements the trait.
        class: ClassId,
        /// Which operator.
        op: OpKind,
        /// How the shim names the C++ operator.
        form: OpForm,
    },
    /// A public data member read (`name()`) or written (`set_name(v)`);
    /// `cpp_name` is the field's name.
    Field {
        /// The class declaring it.
        class: ClassId,
        /// The setter.
        set: bool,
    },
    /// `&Derived` → `&Base` (or the `Pin<&mut>` form): `AsCpp<Base>` and inherited methods.
    Upcast {
        /// The derived class.
        from: ClassId,
        /// Its public base.
        to: ClassId,
        /// The `Pin<&mut>` form.
        mutable: bool,
    },
    /// The releasing member of a lease ([`RetKind::Lease`]): a bridge
    /// function the acquiring member's safe form calls, with no safe form
    /// of its own.
    Release {
        /// The class declaring it.
        class: ClassId,
        /// Non-const member.
        mutable: bool,
    },
    /// A base method called on the derived safe type through an upcast (virtual
    /// dispatch still picks the override). No bridge function of its own.
    Inherited {
        /// The derived class whose safe type gets the method.
        class: ClassId,
        /// The base's method plan.
        method: FnId,
        /// The shared upcast plan.
        upcast: FnId,
        /// The mutable upcast plan.
        upcast_mut: FnId,
    },
}

impl CallKind {
    /// The class whose safe type this belongs to (`None` for free functions).
    pub fn class(self) -> Option<ClassId> {
        match self {
            CallKind::Free => None,
            CallKind::Method { class, .. }
            | CallKind::Static { class }
            | CallKind::Constructor { class }
            | CallKind::Clone { class }
            | CallKind::Operator { class, .. }
            | CallKind::Field { class, .. }
            | CallKind::Release { class, .. }
            | CallKind::Inherited { class, .. } => Some(class),
            CallKind::Upcast { from, .. } => Some(from),
        }
    }

    /// Has a function of its own in the bridge (inherited methods reuse the base's).
    pub fn has_bridge_fn(self) -> bool {
        !matches!(self, CallKind::Inherited { .. })
    }

    /// The class of the new owned object it returns (constructors and `Clone`).
    pub fn constructed(self) -> Option<ClassId> {
        match self {
            CallKind::Constructor { class } | CallKind::Clone { class } => Some(class),
            _ => None,
        }
    }

    /// A method called on `self` (`Some(mutable)`), own or inherited.
    pub fn receiver(self, b: &model::Bindings) -> Option<bool> {
        match self {
            CallKind::Method { mutable, .. } | CallKind::Release { mutable, .. } => Some(mutable),
            CallKind::Field { set, .. } => Some(set),
            CallKind::Inherited { method, .. } => b.function(method).kind.receiver(b),
            _ => None,
        }
    }
}

/// The plan for one bridge function (or one inherited method): everything
/// emit needs to write the bridge line, the shim and the safe wrapper.
#[derive(Debug, Clone, PartialEq)]
pub struct FnBinding {
    /// The declaration it binds (`None` for upcasts, which no header declares).
    pub decision: Option<DecisionId>,
    /// The C++ name being called (unqualified: `Compress`).
    pub cpp_name: String,
    /// Its enclosing namespaces.
    pub cpp_scope: Vec<String>,
    /// What kind of call, with its classes.
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
    /// The safe-layer name (the trait method's name for operators and `Clone`).
    pub rust_name: String,
    /// The doc comment.
    pub doc: Option<String>,
    /// C++ default arguments (`name = value`), which Rust callers pass explicitly.
    pub defaults: Vec<String>,
    /// The conventions this call's plan relies on (its arguments', its
    /// result's and the call's own), sorted; its decision lists them.
    pub assumes: Vec<Convention>,
    /// The handle arguments it marks busy while it runs (rule 7a); empty
    /// when the library binds nothing that calls back.
    pub busy: Vec<BusyMark>,
    /// The call stores its pointer-like arguments (byte views, slices, C
    /// strings) into its object, which keeps them for its lifetime `'a`,
    /// as a constructor does (a member assigning or setting a byte view).
    pub keeps_args: bool,
}

/// A generated C++ subclass that forwards pure virtual calls to a Rust trait object.
#[derive(Debug, Clone, PartialEq)]
pub struct Trampoline {
    /// The pure virtual methods the Rust trait must implement.
    pub methods: Vec<VirtualMethod>,
    /// The constructor decision this subclass uses (abstract classes; a
    /// concrete class keeps its constructors and gains `from_rust`).
    pub ctor_decision: Option<DecisionId>,
    /// The Rust trait to implement (`SinkImpl`), unique in its module.
    pub trait_name: String,
    /// The conventions its methods' arguments and results rely on (a byte
    /// view, …), sorted: `from_rust` relies on them.
    pub assumes: Vec<Convention>,
}

/// A pure virtual method implemented in Rust.
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualMethod {
    /// The C++ name.
    pub cpp_name: String,
    /// Not pure: the trait's default leaves it to the C++ class.
    pub inherits: bool,
    /// snake_case trait method name.
    pub rust_name: String,
    /// `const` member.
    pub is_const: bool,
    /// `noexcept` (the override must say so too).
    pub noexcept: bool,
    /// Arguments (scalars, bytes, `const` objects, `std::string*`).
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
