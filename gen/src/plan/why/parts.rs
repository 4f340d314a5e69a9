//! The typed parts a [`super::Why`] is built from: parameter labels,
//! callback parts, the standard library rules, operator problems and why
//! Rust cannot implement an abstract class; each renders its own words.

use super::Why;
use std::fmt;

/// How a skip names a parameter: by its C++ (or Rust argument) name, or,
/// unnamed, by its position counted from one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParamLabel {
    /// `parameter 2`: the position, counted from one.
    Nth(usize),
    /// ``parameter `len` ``.
    Named(String),
}

impl fmt::Display for ParamLabel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParamLabel::Nth(n) => write!(f, "parameter {n}"),
            ParamLabel::Named(name) => write!(f, "parameter `{name}`"),
        }
    }
}

/// Which end of a callback a type sits on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallbackPart {
    /// One of the callback's parameters.
    Parameter,
    /// The callback's result.
    Result,
}

impl fmt::Display for CallbackPart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CallbackPart::Parameter => "parameter",
            CallbackPart::Result => "result",
        })
    }
}

/// What of a standard library vocabulary type is bound, said when another is skipped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StdRule {
    /// `std::shared_ptr` of an unbound type.
    SharedPointee,
    /// A `const&` a constructor may keep.
    KeptReference,
    /// A span a constructor may keep.
    KeptView,
    /// `std::array` of non-scalars, or empty.
    Array,
    /// `std::pair`/`std::tuple` of other pieces, or empty.
    Tuple,
    /// `std::span` of non-scalars.
    Span,
    /// A map of other keys or values.
    Map,
    /// A set of other elements.
    Set,
    /// A comparison category outside `operator<=>`.
    Ordering,
    /// A span returned by a free function.
    FreeSpan,
    /// A `std::function` result over non-scalars.
    Function,
}

impl fmt::Display for StdRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            StdRule::SharedPointee => "shared pointers to bound classes are bound",
            StdRule::KeptReference => {
                "a constructor may keep a reference to it, and the shim's copy lives for the call only"
            }
            StdRule::KeptView => "a constructor may keep the view",
            StdRule::Array => "non-empty arrays of scalars are bound",
            StdRule::Tuple => "non-empty tuples of scalars and strings are bound",
            StdRule::Span => "spans of scalars are bound",
            StdRule::Map => {
                "maps with integer, `bool`, `char` or string keys and scalar or string values are bound"
            }
            StdRule::Set => "sets of integers, `bool`, `char` or strings are bound",
            StdRule::Ordering => "comparison categories are bound as `operator<=>` results only",
            StdRule::FreeSpan => {
                "a span from a function that is not a method: no object to borrow its memory from"
            }
            StdRule::Function => {
                "`std::function` results over scalars (or a `void` result) are bound"
            }
        })
    }
}

/// What keeps an operator from a Rust trait; rendered after its name.
#[derive(Debug, Clone, PartialEq)]
pub enum OpProblem {
    /// Copy or move assignment.
    Assignment,
    /// The left operand is not an object of a bound class.
    NoObjectOnLeft,
    /// No operands at all.
    NoOperands,
    /// The right operand is neither a bound class nor a scalar.
    BadRightOperand,
    /// A comparison of anything but two `const T&` returning `bool`.
    NotComparison,
    /// `<=>` of anything but two `const T&` returning a category.
    NotThreeWay,
    /// `<=>` returning something else than a comparison category.
    NoCategory,
    /// Postfix `++`/`--`.
    Postfix,
    /// A compound assignment to a `const` object.
    AssignsConst,
    /// A binary operator taking its left operand mutably.
    ReadsMutably,
    /// An operator with no Rust trait.
    NoTrait {
        /// How many operands it has, its object included.
        operands: usize,
    },
    /// A second operator for a trait item already implemented.
    Duplicate {
        /// The trait item (`PartialEq::eq`).
        trait_item: String,
    },
    /// A free `[]`.
    IndexNotMember,
    /// `[]` of a non-scalar index.
    IndexNotScalar,
    /// `[]` returning no reference.
    IndexNoReference,
    /// `[]` returning a reference Rust cannot borrow.
    IndexNonScalarRef,
    /// A non-`const` `[]` without its `const` twin.
    NoConstTwin,
    /// `Index`'s result is a reference to a non-scalar.
    ResultNonScalarRef,
    /// `Index`'s result is no reference.
    ResultNoReference,
    /// The result type's own cause (its message only: the code is `operator`).
    Result(Box<Why>),
    /// A result neither a scalar nor an owned class.
    NotOutput,
    /// `operator<<` to a stream of something else than one bound class.
    DisplayOperand,
    /// Another operator on a stream.
    OstreamNotShift,
}

impl fmt::Display for OpProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use OpProblem::*;
        match self {
            Assignment => f.write_str(
                "(copy or move assignment) is not bound: Rust assigns by moving the owning value; \
                 `Clone` copies",
            ),
            NoObjectOnLeft => f.write_str(
                "has no object of a bound class (`const T&` or `T&`) as its left operand \
                 (a scalar on the left is mapped only for binary `std::ops` operators with an object on the right)",
            ),
            NoOperands => f.write_str("has no operands"),
            BadRightOperand => f.write_str(
                "has a right operand that is neither a bound class by reference nor a scalar",
            ),
            NotComparison => f.write_str(
                "does not compare two objects of one bound class as `const T&` and return `bool`",
            ),
            NotThreeWay => f.write_str(
                "does not compare two objects of one bound class as `const T&` and return \
                 `std::strong_ordering`, `std::weak_ordering` or `std::partial_ordering`",
            ),
            NoCategory => f.write_str("does not return a comparison category"),
            Postfix => f.write_str(
                "is postfix (`int` parameter): Rust has no postfix form; the prefix form is bound as `inc`/`dec`",
            ),
            AssignsConst => f.write_str("assigns to a `const` object"),
            ReadsMutably => f.write_str(
                "takes its left operand as non-`const` (a Rust operator only reads it)",
            ),
            NoTrait { operands } => write!(
                f,
                "with {} operand{} has no Rust trait (unary `+`, `*`, `&`, `->`, `,`, `&&`, `||`, \
                 `new`/`delete`, free `!`, `++`, `--` are not mapped)",
                operands,
                if *operands == 1 { "" } else { "s" }
            ),
            Duplicate { trait_item } => write!(
                f,
                "duplicates another operator that already implements `{trait_item}`"
            ),
            IndexNotMember => f.write_str("is not a member (C++ requires one)"),
            IndexNotScalar => f.write_str("takes an index that is not a scalar"),
            IndexNoReference => {
                f.write_str("does not return a reference (bound as `get` when a method)")
            }
            IndexNonScalarRef => f.write_str(
                "returns a reference to a non-scalar (or a scalar cxx spells differently), which Rust cannot borrow as `Index::Output`",
            ),
            NoConstTwin => f.write_str(
                "is a non-`const` `[]` without a `const` twin returning `const T&` (Rust's `IndexMut` needs `Index`)",
            ),
            ResultNonScalarRef => f.write_str("returns a reference to a non-scalar"),
            ResultNoReference => f.write_str("does not return a reference"),
            Result(inner) => write!(f, "{inner}"),
            NotOutput => f.write_str(
                "returns neither a scalar nor a bound, owned class by value (a trait's `Output`)",
            ),
            DisplayOperand => f.write_str(
                "does not write one bound class (`const T&`) to a `std::ostream&`",
            ),
            OstreamNotShift => {
                f.write_str("on a `std::ostream` is not mapped (only `<<` of one object is)")
            }
        }
    }
}

/// Why Rust cannot implement an abstract class (no generated subclass).
#[derive(Debug, Clone, PartialEq)]
pub enum NoRustImpl {
    /// The class has bases.
    HasBases,
    /// Its destructor is not public.
    DestructorNotPublic,
    /// It has non-public pure virtual methods.
    NonPublicPure,
    /// Its destructor is not virtual.
    DestructorNotVirtual,
    /// It has no public default constructor.
    NoDefaultConstructor,
    /// No virtual method can be forwarded.
    NoVirtualMethod,
    /// The subclass uses another constructor than this one.
    OtherConstructor,
    /// A virtual method cannot be forwarded.
    Virtual {
        /// Pure virtual.
        pure: bool,
        /// The method's C++ name.
        name: String,
        /// What about it.
        problem: VirtualProblem,
    },
}

impl fmt::Display for NoRustImpl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use NoRustImpl::*;
        match self {
            HasBases => f.write_str(
                "it has base classes (Rust implementations of derived interfaces are not generated yet)",
            ),
            DestructorNotPublic => f.write_str("its destructor is not public"),
            NonPublicPure => f.write_str("it has private or protected pure virtual methods"),
            DestructorNotVirtual => f.write_str(
                "its destructor is not virtual, so a Rust implementation could not be deleted through it",
            ),
            NoDefaultConstructor => f.write_str("it has no public default constructor"),
            NoVirtualMethod => f.write_str("no virtual method can be implemented in Rust"),
            OtherConstructor => {
                f.write_str("only a public default constructor can start a Rust implementation")
            }
            Virtual {
                pure,
                name,
                problem,
            } => {
                let kind = if *pure { "pure virtual" } else { "virtual" };
                write!(f, "{kind} `{name}`: {problem}")
            }
        }
    }
}

/// What keeps one virtual method from being forwarded to Rust.
#[derive(Debug, Clone, PartialEq)]
pub enum VirtualProblem {
    /// Its name or `...` cannot be forwarded.
    Unforwardable,
    /// Ref-qualified or `volatile`.
    Qualified,
    /// Its signature does not map (the mapping's message).
    Signature(Box<Why>),
    /// A parameter the override cannot receive.
    Parameter {
        /// The argument's Rust name.
        name: String,
    },
    /// A result the override cannot return.
    Result,
}

impl fmt::Display for VirtualProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            VirtualProblem::Unforwardable => f.write_str("its name or `...` cannot be forwarded"),
            VirtualProblem::Qualified => f.write_str("ref-qualified or volatile"),
            VirtualProblem::Signature(inner) => write!(f, "{inner}"),
            VirtualProblem::Parameter { name } => write!(
                f,
                "parameter `{name}` is not a scalar, bytes, a `const` object or a `std::string*`"
            ),
            VirtualProblem::Result => f.write_str(
                "its result is not a scalar, a `const char*`, or a `const char*` with a `size_t*` length",
            ),
        }
    }
}

/// What makes a class's destructor deleted or impossible to call when its
/// own is public or implicit (C++ deletes the implicit or defaulted one).
#[derive(Debug, Clone, PartialEq)]
pub enum DtorCause {
    /// A base whose destructor the class cannot call (private, deleted, or
    /// itself impossible to call).
    Base {
        /// The base's qualified name.
        name: String,
    },
    /// A data member of a class type whose destructor the class cannot call.
    Member {
        /// The member's name.
        name: String,
        /// Its type, qualified.
        ty: String,
    },
    /// A variant member (of an anonymous union, or of the union itself)
    /// with a non-trivial destructor, and no destructor of the class's own.
    Variant {
        /// Its type.
        ty: String,
    },
}

impl fmt::Display for DtorCause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DtorCause::Base { name } => {
                write!(f, "base `{name}` has a destructor it cannot call")
            }
            DtorCause::Member { name, ty } => {
                write!(
                    f,
                    "member `{name}` of type `{ty}` has a destructor it cannot call"
                )
            }
            DtorCause::Variant { ty } => write!(
                f,
                "a union member of type `{ty}` has a non-trivial destructor"
            ),
        }
    }
}
