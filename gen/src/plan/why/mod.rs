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

mod parts;
mod render;
pub use parts::*;

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
    BuildFailed {
        /// The first compiler error pointing at its code.
        first_error: String,
    },
    /// cxx rejected the bridge because of the declaration's items (a
    /// generator bug, isolated so the rest of the library still binds).
    Internal {
        /// cxx-gen's message.
        message: String,
    },
    /// `--strict`: the binding would rely on these conventions.
    AssumedByName {
        /// The conventions, sorted.
        conventions: Vec<crate::plan::Convention>,
    },
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
    /// A `std::shared_ptr` result of a call given objects, of a class whose
    /// members lend borrows another owner could invalidate.
    SharedLends {
        /// The qualified class.
        class: String,
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
    /// A member of a class whose destructor is deleted or cannot be called
    /// because of a base or a member (its own is public or implicit).
    NotDestructible {
        /// The qualified class.
        class: String,
        /// What deletes it.
        cause: DtorCause,
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
    /// A member storing a byte view (or an object that borrows) into an
    /// object with no lifetime to keep it for.
    StoredView {
        /// The qualified class.
        class: String,
    },
    /// Objects that borrow passed together (the receiver counts), one of
    /// them lent exclusively: it could take the others' borrows.
    ExchangesBorrows,
    /// A non-`const` scalar pointer followed by an integer that may count or
    /// index its elements.
    ScalarArray {
        /// The pointer's spelling.
        spelling: String,
    },
    /// A pointer whose element count the call states elsewhere: a count
    /// before it, a string followed by an integer, an out-pointer beside a
    /// sequence of numbers it may be as long as.
    UnstatedExtent {
        /// The pointer's spelling.
        spelling: String,
    },
    /// A constructor taking a non-`const` `std::string&`/`std::string*`,
    /// which the object may keep.
    ConstructorKeepsString,
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
    /// A member freeing an object of another class that has no member
    /// giving the object's owner: the shim cannot refuse an object of
    /// another owner.
    VictimUnchecked {
        /// The freed object's class (C++ name).
        class: String,
    },
    /// A setter of no object (static or free) may keep the pointer it is given.
    SetterKeeps,
    /// The name says the call registers the object it is given, which the
    /// library keeps.
    RegisterKeeps,
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
            BuildFailed { .. } => Reason::BuildFailed,
            Internal { .. } => Reason::Internal,
            AssumedByName { .. } => Reason::AssumedByName,
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
            | VictimUnchecked { .. }
            | SetterKeeps
            | RegisterKeeps
            | CountedOutString { .. }
            | ConstructorKeepsHandle
            | ConstructorKeepsString
            | ScalarArray { .. }
            | UnstatedExtent { .. }
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
            | SharedLends { .. }
            | CopyAliasesBorrow
            | SharedCopyAliasesBorrow
            | StoredView { .. }
            | ExchangesBorrows => Reason::ClassByValue,
            Variadic => Reason::Variadic,
            FunctionNotPlanned
            | HiddenFriend
            | MacroNamed { .. }
            | HiddenRecord { .. }
            | HiddenEnum { .. }
            | MacroEnumerator { .. }
            | UnsupportedDeclaration { .. } => Reason::UnsupportedDeclaration,
            NotOwned { .. } | NotDestructible { .. } => Reason::NoPublicDestructor,
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
