//! Why a declaration is skipped, as typed causes: each [`Why`] variant holds
//! what its message names (type spellings, parameter labels, names) and
//! renders that message itself, and maps to exactly one stable [`Reason`]
//! code (the way autocxx's `ConvertError` and Crubit's `NoBindingsReason`
//! carry their data). Context added on the way out (the parameter or result
//! a cause concerns, the class of a member skipped with it) is a variant
//! wrapping the inner cause, never a rewritten string.
//!
//! Deciders (`analysis/`) build these; the plan's [`super::Status`] and the
//! report keep the rendered code and message.

use super::reason::Reason;
use std::fmt;

/// A reason with the typed cause behind it.
#[derive(Debug, Clone, PartialEq)]
pub struct Skip {
    /// What exactly was wrong, with the names and types involved.
    pub why: Why,
}

impl Skip {
    /// Builds a skip.
    pub fn new(why: Why) -> Self {
        Skip { why }
    }

    /// The stable code.
    pub fn reason(&self) -> Reason {
        self.why.reason()
    }

    /// The human message, naming the parameter or type.
    pub fn message(&self) -> String {
        self.why.message()
    }

    /// The same cause, concerning parameter `param`.
    pub fn in_parameter(self, param: ParamLabel) -> Self {
        Skip::new(Why::InParameter {
            param,
            inner: Box::new(self.why),
        })
    }

    /// The same cause, concerning the result.
    pub fn in_result(self) -> Self {
        Skip::new(Why::InResult(Box::new(self.why)))
    }
}

impl From<Why> for Skip {
    fn from(why: Why) -> Self {
        Skip::new(why)
    }
}

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

/// A typed skip cause. One variant per message shape; [`Why::reason`] is
/// its code and [`Why::message`] (or `Display`) its text.
#[derive(Debug, Clone, PartialEq)]
pub enum Why {
    // ---- Context wrapped around another cause ----
    /// The inner cause concerns one parameter: `parameter `x`: …`.
    InParameter {
        /// The parameter.
        param: ParamLabel,
        /// What is wrong with it.
        inner: Box<Why>,
    },
    /// The inner cause concerns the result: `result: …`.
    InResult(Box<Why>),
    /// A member skipped for its class's cause: ``member of `ns::C`: …``.
    MemberOf {
        /// The qualified class.
        class: String,
        /// The class's cause.
        inner: Box<Why>,
    },

    // ---- Filters ----
    /// The generated crate did not compile with the declaration.
    BuildFailed,
    /// `--allow` does not match the name.
    NotAllowed,
    /// `--block` matches the name.
    BlockMatched,

    // ---- Types with no mapping ----
    /// A type declared outside the headers, or skipped itself.
    Unbound {
        /// The qualified type name.
        name: String,
        /// The reason it was skipped, when the headers declare it.
        skipped: Option<Reason>,
    },
    /// An alias of a type that is not bound.
    UnboundAlias {
        /// The aliased type.
        name: String,
    },
    /// `T&&`.
    RvalueRef {
        /// The type's spelling.
        spelling: String,
    },
    /// `void*` or `const void*`.
    VoidPointer {
        /// The type's spelling.
        spelling: String,
    },
    /// A function pointer.
    FunctionPointer,
    /// A type the frontend could not model, with its description.
    Unsupported {
        /// The type's spelling.
        spelling: String,
        /// What the frontend says it is.
        what: String,
    },
    /// The library's `char`-pointer string typedef.
    StringToken {
        /// The typedef.
        name: String,
    },
    /// A raw pointer with no other reading.
    RawPointer {
        /// The type's spelling.
        spelling: String,
    },
    /// `va_list` outside a `printf`-style pair.
    VaList,
    /// Any other type with no mapping.
    NoMapping {
        /// The type's spelling.
        spelling: String,
    },
    /// A standard library vocabulary type outside what is bound.
    StdType {
        /// The type, spelled readably (`std::map<int, double>`).
        spelling: String,
        /// What of it is bound.
        rule: StdRule,
    },

    // ---- Parameters ----
    /// `(Object* p, n)`.
    ObjectArray {
        /// The pointer's spelling.
        spelling: String,
    },
    /// `T**` next to a count.
    PointerArray {
        /// The pointer's spelling.
        spelling: String,
    },
    /// A `char**` the caller frees, with no `*_free(void*)`.
    OutStringNoFree,
    /// A class by value whose copy is not proven safe.
    ClassByValue {
        /// The qualified class.
        name: String,
    },
    /// `std::unique_ptr<T>` of a class Rust cannot hand over.
    UniquePtrNotMovable {
        /// The qualified class.
        name: String,
    },
    /// `T&` of a scalar.
    MutableScalarRef,
    /// A mutable byte buffer with no length.
    UnsizedBuffer {
        /// The pointer's spelling.
        spelling: String,
        /// A constructor's parameter (the object keeps the buffer).
        kept: bool,
    },
    /// A scalar pointer with no length.
    ScalarPointer {
        /// The pointer's spelling.
        spelling: String,
    },
    /// A pointer to a pointer with no other reading.
    PointerToPointer {
        /// The type's spelling.
        spelling: String,
    },
    /// A `std::vector` parameter of non-scalars.
    VectorParam {
        /// The element's spelling.
        elem: String,
    },
    /// A `std::optional` parameter of neither a scalar nor a string.
    OptionalParam {
        /// The inner type's spelling.
        inner: String,
    },

    // ---- Results ----
    /// A returned reference whose owner is unknown.
    ReferenceResult {
        /// The result's spelling.
        spelling: String,
    },
    /// A returned pointer of unknown ownership.
    PointerResult {
        /// The result's spelling.
        spelling: String,
    },
    /// Returned bytes of unknown lifetime and length.
    BytesResult {
        /// The result's spelling.
        spelling: String,
    },
    /// `std::unique_ptr<T>` of a handle value.
    UniquePtrOfValue {
        /// The qualified class.
        name: String,
    },
    /// `std::optional<T>` of a handle value.
    OptionalOfValue {
        /// The qualified class.
        name: String,
    },
    /// A `std::optional` result of an unbound kind.
    OptionalResult {
        /// The inner type's spelling.
        inner: String,
    },
    /// A `std::vector` result of an unbound kind.
    VectorResult {
        /// The element's spelling.
        elem: String,
    },
    /// A class by value that may keep borrowed pointers, with no lifetime to tie.
    BorrowingResult {
        /// The qualified class.
        class: String,
    },
    /// The library's accessor of callbacks' user data.
    UserDataResult,
    /// A sized text result whose length function would repeat an argument.
    LengthArgNotPlain {
        /// The argument's Rust name.
        arg: String,
    },

    // ---- Calls and members ----
    /// C variadic arguments.
    Variadic,
    /// No arity of a call with default arguments maps.
    NoArity,
    /// A function the planning pass did not reach.
    FunctionNotPlanned,
    /// A friend function found by argument-dependent lookup only.
    HiddenFriend,
    /// A function named like an object-like macro.
    MacroNamed {
        /// The name.
        name: String,
    },
    /// A member of a class without a public destructor.
    NotOwned {
        /// The qualified class.
        class: String,
    },
    /// A `&&`-qualified or `volatile` conversion operator.
    QualifiedConversion,
    /// A move constructor.
    MoveConstructor,
    /// A `&&`-qualified member function.
    RvalueQualified,
    /// A `volatile` member function.
    VolatileMember,
    /// A constructor of an abstract class Rust cannot implement.
    Abstract {
        /// The qualified class.
        class: String,
        /// Why Rust cannot implement it.
        cause: NoRustImpl,
    },
    /// A copy constructor of a class holding an exclusive borrow.
    CopyAliasesBorrow,
    /// A `const` member copying out a class that holds an exclusive borrow.
    SharedCopyAliasesBorrow,
    /// A byte view constructed over a `std::string`.
    ByteViewOverString,
    /// A flag parameter says the object keeps the string.
    KeptStringFlag,
    /// An operator with no trait mapping: `` `operator+` … ``.
    Operator {
        /// The C++ name (`operator+`).
        op: String,
        /// What about it is not mapped.
        problem: OpProblem,
    },
    /// A second `operator<<` for a class that has `Display`.
    DisplayTaken,

    // ---- C APIs ----
    /// The function's name says it frees the argument.
    FreedByName,
    /// An out-string whose length comes through another out-parameter.
    CountedOutString {
        /// The length's Rust name.
        len: String,
    },
    /// A constructor taking a C handle.
    ConstructorKeepsHandle,
    /// A handle returned by a function that does not create it.
    HandsOutBorrowed {
        /// The handle's C name.
        handle: String,
    },
    /// A created handle with no known destroy function.
    NoDestroy {
        /// The handle's C name.
        handle: String,
    },
    /// A function ending a handle that is not its destroy function.
    EndsHandle {
        /// The handle's qualified name.
        handle: String,
        /// The destroy function, when Rust owns the handle.
        destroy: Option<String>,
    },
    /// A callback type with no closure mapping.
    Callback {
        /// Which end of the callback.
        part: CallbackPart,
        /// The type's spelling.
        spelling: String,
    },
    /// The library releases the user data of a callback it only lends.
    LentReleased,
    /// A kept callback beside a borrowed argument.
    KeptWithCallback {
        /// The argument's Rust name.
        param: String,
    },
    /// A `char***` table the caller frees, with no freeing function.
    TableNoFree,
    /// A config-sized array of another type.
    NotAnArray,

    // ---- Declarations ----
    /// A union.
    Union,
    /// A forward-declared class.
    IncompleteType,
    /// A record hidden by a function or variable of its name.
    HiddenRecord {
        /// The qualified record.
        name: String,
    },
    /// An enum hidden by a function of its name.
    HiddenEnum {
        /// The qualified enum.
        name: String,
    },
    /// A type name that is not a Rust identifier.
    NotIdentifier,
    /// A type name or scope cxx cannot name.
    ReservedIdent {
        /// The identifier.
        ident: String,
    },
    /// A record pass 1 did not declare.
    UndeclaredRecord,
    /// An enum pass 1 did not declare.
    UndeclaredEnum,
    /// An enumerator that is also an object-like macro.
    MacroEnumerator {
        /// The enumerator.
        name: String,
    },
    /// An enumerator cxx cannot name.
    ReservedEnumerator {
        /// The enumerator.
        name: String,
    },
    /// An enum with no enumerators.
    EmptyEnum,
    /// An enum whose underlying type has no cxx equivalent.
    EnumRepr,
    /// A function template, with the instantiator's problem if it had one.
    FunctionTemplate {
        /// What went wrong instantiating it (`None`: nothing listed).
        problem: Option<String>,
    },
    /// A class template, with the instantiator's problem if it had one.
    ClassTemplate {
        /// What went wrong instantiating it (`None`: never used).
        problem: Option<String>,
    },
    /// A class template specialization.
    TemplateSpecialization,
    /// A class template with a template template parameter.
    TemplateTemplateParam,
    /// A mutable namespace-scope variable.
    GlobalVariable,
    /// A declaration kind not modelled.
    UnsupportedDeclaration {
        /// The kind, as the frontend names it.
        what: String,
    },
    /// A constant of a type with no Rust constant.
    ConstantType {
        /// The type's spelling.
        spelling: String,
    },
    /// A string constant that could not be read.
    UnreadableString,
    /// A constant clang could not evaluate.
    NoValue,
    /// A non-finite floating-point constant.
    NonFinite {
        /// The value.
        value: f64,
    },
}

impl Why {
    /// The stable code.
    pub fn reason(&self) -> Reason {
        use Why::*;
        match self {
            InParameter { inner, .. } | MemberOf { inner, .. } | InResult(inner) => inner.reason(),
            BuildFailed => Reason::BuildFailed,
            NotAllowed | BlockMatched => Reason::Blocked,
            Unbound { .. } | UnboundAlias { .. } => Reason::UnboundType,
            RvalueRef { .. } | MoveConstructor | RvalueQualified => Reason::RvalueReference,
            VoidPointer { .. } | UserDataResult | LengthArgNotPlain { .. } => Reason::VoidPointer,
            FunctionPointer | Callback { .. } | LentReleased | KeptWithCallback { .. } => {
                Reason::FunctionPointer
            }
            Unsupported { .. }
            | StringToken { .. }
            | VaList
            | NoMapping { .. }
            | StdType { .. }
            | VectorParam { .. }
            | OptionalParam { .. }
            | OptionalResult { .. }
            | VectorResult { .. }
            | NoArity
            | VolatileMember
            | ByteViewOverString
            | NotAnArray
            | UndeclaredRecord
            | UndeclaredEnum
            | EmptyEnum
            | EnumRepr
            | ConstantType { .. }
            | NonFinite { .. } => Reason::UnsupportedType,
            RawPointer { .. }
            | ObjectArray { .. }
            | PointerArray { .. }
            | OutStringNoFree
            | MutableScalarRef
            | ScalarPointer { .. }
            | PointerToPointer { .. }
            | KeptStringFlag
            | FreedByName
            | CountedOutString { .. }
            | ConstructorKeepsHandle
            | TableNoFree => Reason::RawPointer,
            UnsizedBuffer { .. } => Reason::RawPointerOutput,
            PointerResult { .. } | BytesResult { .. } | HandsOutBorrowed { .. } => {
                Reason::RawPointerReturn
            }
            ReferenceResult { .. } => Reason::ReferenceReturn,
            ClassByValue { .. }
            | UniquePtrNotMovable { .. }
            | UniquePtrOfValue { .. }
            | OptionalOfValue { .. }
            | BorrowingResult { .. }
            | CopyAliasesBorrow
            | SharedCopyAliasesBorrow => Reason::ClassByValue,
            Variadic => Reason::Variadic,
            FunctionNotPlanned
            | HiddenFriend
            | MacroNamed { .. }
            | HiddenRecord { .. }
            | HiddenEnum { .. }
            | MacroEnumerator { .. }
            | UnsupportedDeclaration { .. } => Reason::UnsupportedDeclaration,
            NotOwned { .. } => Reason::NoPublicDestructor,
            QualifiedConversion => Reason::ConversionOperator,
            Abstract { .. } => Reason::AbstractClass,
            Operator { .. } | DisplayTaken => Reason::Operator,
            NoDestroy { .. } => Reason::NoDestroyFunction,
            EndsHandle { .. } => Reason::DestroysHandle,
            Union => Reason::Union,
            IncompleteType => Reason::IncompleteType,
            NotIdentifier | ReservedIdent { .. } | ReservedEnumerator { .. } => {
                Reason::ReservedName
            }
            FunctionTemplate { .. } => Reason::FunctionTemplate,
            ClassTemplate { .. } | TemplateSpecialization | TemplateTemplateParam => {
                Reason::ClassTemplate
            }
            GlobalVariable => Reason::GlobalVariable,
            UnreadableString | NoValue => Reason::ConstantWithoutValue,
        }
    }

    /// The human message.
    pub fn message(&self) -> String {
        self.to_string()
    }
}

impl fmt::Display for Why {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use Why::*;
        match self {
            InParameter { param, inner } => write!(f, "{param}: {inner}"),
            InResult(inner) => write!(f, "result: {inner}"),
            MemberOf { class, inner } => write!(f, "member of `{class}`: {inner}"),
            BuildFailed => f.write_str("the generated crate did not compile with this declaration"),
            NotAllowed => f.write_str("not matched by --allow"),
            BlockMatched => f.write_str("matched by --block"),
            Unbound {
                name,
                skipped: Some(r),
            } => write!(f, "uses `{name}`, which is not bound ({})", r.code()),
            Unbound {
                name,
                skipped: None,
            } => write!(
                f,
                "uses `{name}`, which is not declared in the library's headers (see --scope)"
            ),
            UnboundAlias { name } => write!(f, "aliases `{name}`, which is not bound"),
            RvalueRef { spelling } | RawPointer { spelling } | NoMapping { spelling } => {
                write!(f, "`{spelling}`")
            }
            VoidPointer { spelling } => write!(f, "`{spelling}` has no safe reading"),
            FunctionPointer => f.write_str("function pointer (callbacks are not bound yet)"),
            Unsupported { spelling, what } => write!(f, "`{spelling}` ({what})"),
            StringToken { name } => write!(
                f,
                "`{name}` (a typedef of a `char` pointer: a library string type)"
            ),
            VaList => f.write_str(
                "`va_list` (bound only right after a `printf`-style format, in the fixed form)",
            ),
            StdType { spelling, rule } => write!(f, "`{spelling}` ({rule})"),
            ObjectArray { spelling } => write!(
                f,
                "`{spelling}` followed by a length is an array of objects"
            ),
            PointerArray { spelling } => {
                write!(f, "`{spelling}` next to a count is an array of pointers")
            }
            OutStringNoFree => f.write_str(
                "`char**` string the caller must free, and the library has no `*_free(void*)`",
            ),
            ClassByValue { name } => write!(f, "`{name}` passed by value (copy not proven safe)"),
            UniquePtrNotMovable { name } => write!(
                f,
                "`std::unique_ptr<{name}>`: the object is abstract, borrows, or has no public destructor, so Rust cannot hand it over"
            ),
            MutableScalarRef => f.write_str("mutable reference to a scalar (in/out parameter)"),
            UnsizedBuffer {
                spelling,
                kept: false,
            } => write!(
                f,
                "`{spelling}` buffer written by the callee with no length parameter"
            ),
            UnsizedBuffer {
                spelling,
                kept: true,
            } => write!(
                f,
                "`{spelling}` buffer the object keeps and may write past any size the call could check"
            ),
            ScalarPointer { spelling } => write!(f, "`{spelling}` without a length parameter"),
            PointerToPointer { spelling } => write!(f, "pointer to pointer `{spelling}`"),
            VectorParam { elem } => write!(
                f,
                "`std::vector<{elem}>` parameter (vectors of scalars are bound)"
            ),
            OptionalParam { inner } => write!(
                f,
                "`std::optional<{inner}>` parameter (optional scalars and strings are bound)"
            ),
            ReferenceResult { spelling } => {
                write!(f, "result `{spelling}`: a reference whose owner is unknown")
            }
            PointerResult { spelling } => {
                write!(f, "result `{spelling}`: ownership and lifetime unknown")
            }
            BytesResult { spelling } => {
                write!(f, "result `{spelling}`: lifetime and length unknown")
            }
            UniquePtrOfValue { name } => write!(
                f,
                "`std::unique_ptr<{name}>` of a handle value (held by value in Rust)"
            ),
            OptionalOfValue { name } => write!(f, "`std::optional<{name}>` of a handle value"),
            OptionalResult { inner } => write!(
                f,
                "result `std::optional<{inner}>` (optional scalars, strings and classes are bound)"
            ),
            VectorResult { elem } => write!(
                f,
                "result `std::vector<{elem}>` (vectors of scalars and strings are bound)"
            ),
            BorrowingResult { class } => write!(
                f,
                "`{class}` may keep pointers to what it was built from, and nothing here gives them a lifetime"
            ),
            UserDataResult => f.write_str(
                "`void*`, the user data of callbacks; the closures a Rust caller hands over hold their own state (docs/strategy.md, rule 17a)",
            ),
            LengthArgNotPlain { arg } => write!(
                f,
                "its length function would be called with `{arg}` again, which is not a plain value"
            ),
            Variadic => f.write_str("C variadic arguments (`...`)"),
            NoArity => f.write_str("no arity of the call maps to Rust"),
            FunctionNotPlanned => f.write_str("internal: the function was not planned"),
            HiddenFriend => f.write_str(
                "friend function declared only in a class body (found by argument-dependent lookup only)",
            ),
            MacroNamed { name } => write!(
                f,
                "`{name}` is also an object-like macro, which would expand where C++ names it"
            ),
            NotOwned { class } => write!(
                f,
                "`{class}` has no public destructor, so Rust cannot own one"
            ),
            QualifiedConversion => f.write_str("`&&`-qualified or `volatile` conversion operator"),
            MoveConstructor => {
                f.write_str("move constructor (Rust moves the owning pointer instead)")
            }
            RvalueQualified => f.write_str("`&&`-qualified member function"),
            VolatileMember => f.write_str("`volatile` member function"),
            Abstract { class, cause } => write!(
                f,
                "`{class}` is abstract and Rust cannot implement it: {cause}"
            ),
            CopyAliasesBorrow => {
                f.write_str("a copy would alias the exclusive borrow the object holds")
            }
            SharedCopyAliasesBorrow => f.write_str(
                "a copy through a shared borrow would alias the exclusive borrow the object holds",
            ),
            ByteViewOverString => f.write_str(
                "a byte view over a `std::string` would point into the shim's temporary copy",
            ),
            KeptStringFlag => f.write_str("a flag says the object keeps the string it is given"),
            Operator { op, problem } => write!(f, "`{op}` {problem}"),
            DisplayTaken => f.write_str("another `operator<<` already implements `Display`"),
            FreedByName => f.write_str("the function's name says it frees what it is given"),
            CountedOutString { len } => {
                write!(f, "an out-string whose length comes through `{len}`")
            }
            ConstructorKeepsHandle => f.write_str(
                "a constructor may keep the C handle, and nothing ties the handle's owner to the object",
            ),
            HandsOutBorrowed { handle } => write!(
                f,
                "hands out a `{handle}*` it does not create (a borrow whose owner is unknown)"
            ),
            NoDestroy { handle } => write!(
                f,
                "creates a `{handle}`, and no destroy function for it is known (by name, or in the config)"
            ),
            EndsHandle {
                handle,
                destroy: Some(d),
            } => write!(
                f,
                "ends a `{handle}`, which Rust owns and drops through `{d}` exactly once"
            ),
            EndsHandle {
                handle,
                destroy: None,
            } => write!(f, "ends a `{handle}` that Rust only borrows"),
            Callback { part, spelling } => write!(
                f,
                "callback {part} `{spelling}` has no closure mapping yet"
            ),
            LentReleased => f.write_str(
                "the library releases the user data of a callback it only calls during the call",
            ),
            KeptWithCallback { param } => write!(
                f,
                "the library keeps the callback, and may keep parameter `{param}` with it"
            ),
            TableNoFree => f.write_str(
                "`char***` table the caller must free, and the library has no `void *_free*(char**)`",
            ),
            NotAnArray => f.write_str(
                "the config sizes it as an array, but it is neither `char***` nor `const char**`",
            ),
            Union => f.write_str("unions have no safe Rust reading yet"),
            IncompleteType => f.write_str("only forward-declared in these headers"),
            HiddenRecord { name } => write!(
                f,
                "`{name}` shares its name with a function or variable, which hides it in C++"
            ),
            HiddenEnum { name } => write!(
                f,
                "enum `{name}` shares its name with a function, which hides it in C++"
            ),
            NotIdentifier => f.write_str("name is not a Rust identifier"),
            ReservedIdent { ident } => write!(
                f,
                "cxx cannot name `{ident}` (identifiers with `__` are reserved in C++)"
            ),
            UndeclaredRecord => f.write_str("record"),
            UndeclaredEnum => f.write_str("enum"),
            MacroEnumerator { name } => write!(
                f,
                "enumerator `{name}` is also an object-like macro, which would expand where C++ names it (the macro's own constant is bound)"
            ),
            ReservedEnumerator { name } => write!(
                f,
                "enumerator `{name}` is a Rust keyword or contains `__`"
            ),
            EmptyEnum => f.write_str("enum with no enumerators"),
            EnumRepr => f.write_str("underlying type has no cxx equivalent"),
            FunctionTemplate {
                problem: Some(problem),
            } => write!(f, "function template: {problem}"),
            FunctionTemplate { problem: None } => f.write_str(
                "function template: list instantiations in the config (`[instantiate]`) to bind them",
            ),
            ClassTemplate {
                problem: Some(problem),
            } => write!(f, "class template: {problem}"),
            ClassTemplate { problem: None } => f.write_str(
                "class template: no instantiation of it is used in the API (or listed in `[instantiate]`)",
            ),
            TemplateSpecialization => f.write_str(
                "class template specialization: only primary templates are instantiated",
            ),
            TemplateTemplateParam => f.write_str(
                "class template with a template template parameter: not instantiated yet",
            ),
            GlobalVariable => f.write_str(
                "mutable global variable (shared mutable state is not safe to expose)",
            ),
            UnsupportedDeclaration { what } => write!(f, "{what} declaration"),
            ConstantType { spelling } => write!(f, "constant of type `{spelling}`"),
            UnreadableString => f.write_str(
                "a string constant that is not valid UTF-8 or uses escapes cxxbind does not read",
            ),
            NoValue => f.write_str("clang could not evaluate the value"),
            NonFinite { value } => write!(f, "non-finite floating-point constant ({value})"),
        }
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
