//! Every typed skip cause renders its exact message and maps to its code.

use crate::plan::{
    CallbackPart, DtorCause, NoRustImpl, OpProblem, ParamLabel, Reason, Skip, Status, StdRule,
    VirtualProblem, Why,
};
use std::collections::BTreeSet;

fn s(text: &str) -> String {
    text.to_string()
}

fn boxed(why: Why) -> Box<Why> {
    Box::new(why)
}

/// The variant's name, by an exhaustive match: a new variant does not
/// compile until it is named here, and [`every_variant_renders_its_message`]
/// fails until it has a case.
fn variant(w: &Why) -> &'static str {
    use Why::*;
    match w {
        InParameter { .. } => "InParameter",
        InResult(_) => "InResult",
        MemberOf { .. } => "MemberOf",
        BuildFailed { .. } => "BuildFailed",
        Internal { .. } => "Internal",
        AssumedByName { .. } => "AssumedByName",
        NotAllowed => "NotAllowed",
        BlockMatched => "BlockMatched",
        Unbound { .. } => "Unbound",
        UnboundAlias { .. } => "UnboundAlias",
        RvalueRef { .. } => "RvalueRef",
        VoidPointer { .. } => "VoidPointer",
        FunctionPointer => "FunctionPointer",
        Unsupported { .. } => "Unsupported",
        StringToken { .. } => "StringToken",
        RawPointer { .. } => "RawPointer",
        VaList => "VaList",
        NoMapping { .. } => "NoMapping",
        StdType { .. } => "StdType",
        ObjectArray { .. } => "ObjectArray",
        PointerArray { .. } => "PointerArray",
        OutStringNoFree => "OutStringNoFree",
        ClassByValue { .. } => "ClassByValue",
        UniquePtrNotMovable { .. } => "UniquePtrNotMovable",
        MutableScalarRef => "MutableScalarRef",
        UnsizedBuffer { .. } => "UnsizedBuffer",
        ScalarPointer { .. } => "ScalarPointer",
        PointerToPointer { .. } => "PointerToPointer",
        VectorParam { .. } => "VectorParam",
        OptionalParam { .. } => "OptionalParam",
        ReferenceResult { .. } => "ReferenceResult",
        PointerResult { .. } => "PointerResult",
        BytesResult { .. } => "BytesResult",
        UniquePtrOfValue { .. } => "UniquePtrOfValue",
        OptionalOfValue { .. } => "OptionalOfValue",
        OptionalResult { .. } => "OptionalResult",
        VectorResult { .. } => "VectorResult",
        BorrowingResult { .. } => "BorrowingResult",
        SharedLends { .. } => "SharedLends",
        UserDataResult => "UserDataResult",
        LengthArgNotPlain { .. } => "LengthArgNotPlain",
        Variadic => "Variadic",
        NoArity => "NoArity",
        FunctionNotPlanned => "FunctionNotPlanned",
        HiddenFriend => "HiddenFriend",
        MacroNamed { .. } => "MacroNamed",
        NotOwned { .. } => "NotOwned",
        NotDestructible { .. } => "NotDestructible",
        QualifiedConversion => "QualifiedConversion",
        MoveConstructor => "MoveConstructor",
        RvalueQualified => "RvalueQualified",
        VolatileMember => "VolatileMember",
        Abstract { .. } => "Abstract",
        CopyAliasesBorrow => "CopyAliasesBorrow",
        SharedCopyAliasesBorrow => "SharedCopyAliasesBorrow",
        ByteViewOverString => "ByteViewOverString",
        KeptStringFlag => "KeptStringFlag",
        Operator { .. } => "Operator",
        DisplayTaken => "DisplayTaken",
        FreedByName => "FreedByName",
        VictimUnchecked { .. } => "VictimUnchecked",
        SetterKeeps => "SetterKeeps",
        RegisterKeeps => "RegisterKeeps",
        CountedOutString { .. } => "CountedOutString",
        ConstructorKeepsHandle => "ConstructorKeepsHandle",
        ConstructorKeepsString => "ConstructorKeepsString",
        ScalarArray { .. } => "ScalarArray",
        UnstatedExtent { .. } => "UnstatedExtent",
        StoredView { .. } => "StoredView",
        ExchangesBorrows => "ExchangesBorrows",
        HandsOutBorrowed { .. } => "HandsOutBorrowed",
        NoDestroy { .. } => "NoDestroy",
        EndsHandle { .. } => "EndsHandle",
        Callback { .. } => "Callback",
        LentReleased => "LentReleased",
        KeptWithCallback { .. } => "KeptWithCallback",
        TableNoFree => "TableNoFree",
        NotAnArray => "NotAnArray",
        Union => "Union",
        IncompleteType => "IncompleteType",
        HiddenRecord { .. } => "HiddenRecord",
        HiddenEnum { .. } => "HiddenEnum",
        NotIdentifier => "NotIdentifier",
        ReservedIdent { .. } => "ReservedIdent",
        UndeclaredRecord => "UndeclaredRecord",
        UndeclaredEnum => "UndeclaredEnum",
        MacroEnumerator { .. } => "MacroEnumerator",
        ReservedEnumerator { .. } => "ReservedEnumerator",
        EmptyEnum => "EmptyEnum",
        EnumRepr => "EnumRepr",
        FunctionTemplate { .. } => "FunctionTemplate",
        ClassTemplate { .. } => "ClassTemplate",
        TemplateSpecialization => "TemplateSpecialization",
        TemplateTemplateParam => "TemplateTemplateParam",
        GlobalVariable => "GlobalVariable",
        UnsupportedDeclaration { .. } => "UnsupportedDeclaration",
        ConstantType { .. } => "ConstantType",
        UnreadableString => "UnreadableString",
        NoValue => "NoValue",
        NonFinite { .. } => "NonFinite",
    }
}

/// How many variants [`Why`] has (the arms of [`variant`]).
const VARIANTS: usize = 100;

/// One instance of every variant (some twice, for each of their shapes),
/// with its code and exact message.
// Long: one row per skip cause, the table the renderer must reproduce.
fn cases() -> Vec<(Why, &'static str, &'static str)> {
    use Why::*;
    vec![
        (
            InParameter {
                param: ParamLabel::Named(s("out")),
                inner: boxed(PointerToPointer {
                    spelling: s("ns::Unknown**"),
                }),
            },
            "raw-pointer",
            "parameter `out`: pointer to pointer `ns::Unknown**`",
        ),
        (
            InParameter {
                param: ParamLabel::Nth(2),
                inner: boxed(MutableScalarRef),
            },
            "raw-pointer",
            "parameter 2: mutable reference to a scalar (in/out parameter)",
        ),
        (
            InResult(boxed(Unbound {
                name: s("ns::Unknown"),
                skipped: None,
            })),
            "unbound-type",
            "result: uses `ns::Unknown`, which is not declared in the library's headers (see --scope)",
        ),
        (
            MemberOf {
                class: s("ns::U"),
                inner: boxed(Union),
            },
            "union",
            "member of `ns::U`: unions have no safe Rust reading yet",
        ),
        (
            BuildFailed {
                first_error: s("bindings.shim.cc:12:5: error: no match for `operator<<`"),
            },
            "build-failed",
            "the generated crate did not compile with this declaration: bindings.shim.cc:12:5: error: no match for `operator<<`",
        ),
        (
            Internal {
                message: s("the type `T` is defined multiple times"),
            },
            "internal",
            "cxx rejected the generated bridge: the type `T` is defined multiple times",
        ),
        (
            AssumedByName {
                conventions: vec![
                    crate::plan::Convention::CreatesByName,
                    crate::plan::Convention::LengthByName,
                ],
            },
            "assumed-by-name",
            "relies on what names say (creates-by-name, length-by-name); --strict binds only what the types state",
        ),
        (NotAllowed, "blocked", "not matched by --allow"),
        (BlockMatched, "blocked", "matched by --block"),
        (
            Unbound {
                name: s("ns::Hidden"),
                skipped: Some(Reason::Union),
            },
            "unbound-type",
            "uses `ns::Hidden`, which is not bound (union)",
        ),
        (
            Unbound {
                name: s("other::T"),
                skipped: None,
            },
            "unbound-type",
            "uses `other::T`, which is not declared in the library's headers (see --scope)",
        ),
        (
            UnboundAlias { name: s("ns::T") },
            "unbound-type",
            "aliases `ns::T`, which is not bound",
        ),
        (
            RvalueRef {
                spelling: s("std::string &&"),
            },
            "rvalue-reference",
            "`std::string &&`",
        ),
        (
            VoidPointer {
                spelling: s("void *"),
            },
            "void-pointer",
            "`void *` has no safe reading",
        ),
        (
            FunctionPointer,
            "function-pointer",
            "function pointer (callbacks are not bound yet)",
        ),
        (
            Unsupported {
                spelling: s("long double"),
                what: s("no cxx type"),
            },
            "unsupported-type",
            "`long double` (no cxx type)",
        ),
        (
            StringToken { name: s("FcChar8") },
            "unsupported-type",
            "`FcChar8` (a typedef of a `char` pointer: a library string type)",
        ),
        (
            RawPointer {
                spelling: s("ns::Node *"),
            },
            "raw-pointer",
            "`ns::Node *`",
        ),
        (
            VaList,
            "unsupported-type",
            "`va_list` (bound only right after a `printf`-style format, in the fixed form)",
        ),
        (
            NoMapping {
                spelling: s("int[4]"),
            },
            "unsupported-type",
            "`int[4]`",
        ),
        (
            StdType {
                spelling: s("std::map<double, int>"),
                rule: StdRule::Map,
            },
            "unsupported-type",
            "`std::map<double, int>` (maps with integer, `bool`, `char` or string keys and scalar or string values are bound)",
        ),
        (
            ObjectArray {
                spelling: s("const ns::Widget *"),
            },
            "raw-pointer",
            "`const ns::Widget *` followed by a length is an array of objects",
        ),
        (
            PointerArray {
                spelling: s("int **"),
            },
            "raw-pointer",
            "`int **` next to a count is an array of pointers",
        ),
        (
            OutStringNoFree,
            "raw-pointer",
            "`char**` string the caller must free, and the library has no `*_free(void*)`",
        ),
        (
            ClassByValue { name: s("ns::Big") },
            "class-by-value",
            "`ns::Big` passed by value (copy not proven safe)",
        ),
        (
            UniquePtrNotMovable { name: s("ns::Shape") },
            "class-by-value",
            "`std::unique_ptr<ns::Shape>`: the object is abstract, borrows, or has no public destructor, so Rust cannot hand it over",
        ),
        (
            MutableScalarRef,
            "raw-pointer",
            "mutable reference to a scalar (in/out parameter)",
        ),
        (
            UnsizedBuffer {
                spelling: s("char *"),
                kept: false,
            },
            "raw-pointer-output",
            "`char *` buffer written by the callee with no length parameter",
        ),
        (
            UnsizedBuffer {
                spelling: s("char *"),
                kept: true,
            },
            "raw-pointer-output",
            "`char *` buffer the object keeps and may write past any size the call could check",
        ),
        (
            ScalarPointer {
                spelling: s("const int *"),
            },
            "raw-pointer",
            "`const int *` without a length parameter",
        ),
        (
            PointerToPointer {
                spelling: s("void **"),
            },
            "raw-pointer",
            "pointer to pointer `void **`",
        ),
        (
            VectorParam { elem: s("char") },
            "unsupported-type",
            "`std::vector<char>` parameter (vectors of scalars are bound)",
        ),
        (
            OptionalParam {
                inner: s("ns::Widget"),
            },
            "unsupported-type",
            "`std::optional<ns::Widget>` parameter (optional scalars and strings are bound)",
        ),
        (
            ReferenceResult {
                spelling: s("ns::Widget &"),
            },
            "reference-return",
            "result `ns::Widget &`: a reference whose owner is unknown",
        ),
        (
            PointerResult {
                spelling: s("int *"),
            },
            "raw-pointer-return",
            "result `int *`: ownership and lifetime unknown",
        ),
        (
            BytesResult {
                spelling: s("char *"),
            },
            "raw-pointer-return",
            "result `char *`: lifetime and length unknown",
        ),
        (
            UniquePtrOfValue { name: s("ns::Id") },
            "class-by-value",
            "`std::unique_ptr<ns::Id>` of a handle value (held by value in Rust)",
        ),
        (
            OptionalOfValue { name: s("ns::Id") },
            "class-by-value",
            "`std::optional<ns::Id>` of a handle value",
        ),
        (
            OptionalResult {
                inner: s("int *"),
            },
            "unsupported-type",
            "result `std::optional<int *>` (optional scalars, strings and classes are bound)",
        ),
        (
            VectorResult {
                elem: s("ns::Widget"),
            },
            "unsupported-type",
            "result `std::vector<ns::Widget>` (vectors of scalars and strings are bound)",
        ),
        (
            SharedLends {
                class: s("ns::Bag"),
            },
            "class-by-value",
            "a `std::shared_ptr<ns::Bag>` shares its object with what the call was given, which could change it while a borrow its members lend lives",
        ),
        (
            BorrowingResult {
                class: s("ns::View"),
            },
            "class-by-value",
            "`ns::View` may keep pointers to what it was built from, and nothing here gives them a lifetime",
        ),
        (
            UserDataResult,
            "void-pointer",
            "`void*`, the user data of callbacks; the closures a Rust caller hands over hold their own state (docs/strategy.md, rule 17a)",
        ),
        (
            LengthArgNotPlain { arg: s("out") },
            "void-pointer",
            "its length function would be called with `out` again, which is not a plain value",
        ),
        (Variadic, "variadic", "C variadic arguments (`...`)"),
        (
            NoArity,
            "unsupported-type",
            "no arity of the call maps to Rust",
        ),
        (
            FunctionNotPlanned,
            "unsupported-declaration",
            "internal: the function was not planned",
        ),
        (
            HiddenFriend,
            "unsupported-declaration",
            "friend function declared only in a class body (found by argument-dependent lookup only)",
        ),
        (
            MacroNamed { name: s("xmlFree") },
            "unsupported-declaration",
            "`xmlFree` is also an object-like macro, which would expand where C++ names it",
        ),
        (
            NotOwned {
                class: s("ns::Pinned"),
            },
            "no-public-destructor",
            "`ns::Pinned` has no public destructor, so Rust cannot own one",
        ),
        (
            NotDestructible {
                class: s("ns::Orphan"),
                cause: DtorCause::Base { name: s("ns::Pinned") },
            },
            "no-public-destructor",
            "`ns::Orphan`'s destructor cannot be called (base `ns::Pinned` has a destructor it cannot call), so Rust cannot own one",
        ),
        (
            NotDestructible {
                class: s("ns::Holder"),
                cause: DtorCause::Member {
                    name: s("held"),
                    ty: s("ns::Immortal"),
                },
            },
            "no-public-destructor",
            "`ns::Holder`'s destructor cannot be called (member `held` of type `ns::Immortal` has a destructor it cannot call), so Rust cannot own one",
        ),
        (
            NotDestructible {
                class: s("ns::Either"),
                cause: DtorCause::Variant {
                    ty: s("std::string"),
                },
            },
            "no-public-destructor",
            "`ns::Either`'s destructor cannot be called (a union member of type `std::string` has a non-trivial destructor), so Rust cannot own one",
        ),
        (
            QualifiedConversion,
            "conversion-operator",
            "`&&`-qualified or `volatile` conversion operator",
        ),
        (
            MoveConstructor,
            "rvalue-reference",
            "move constructor (Rust moves the owning pointer instead)",
        ),
        (
            RvalueQualified,
            "rvalue-reference",
            "`&&`-qualified member function",
        ),
        (
            VolatileMember,
            "unsupported-type",
            "`volatile` member function",
        ),
        (
            Abstract {
                class: s("ns::Sink"),
                cause: NoRustImpl::HasBases,
            },
            "abstract-class",
            "`ns::Sink` is abstract and Rust cannot implement it: it has base classes (Rust implementations of derived interfaces are not generated yet)",
        ),
        (
            CopyAliasesBorrow,
            "class-by-value",
            "a copy would alias the exclusive borrow the object holds",
        ),
        (
            SharedCopyAliasesBorrow,
            "class-by-value",
            "a copy through a shared borrow would alias the exclusive borrow the object holds",
        ),
        (
            ByteViewOverString,
            "unsupported-type",
            "a byte view over a `std::string` would point into the shim's temporary copy",
        ),
        (
            KeptStringFlag,
            "raw-pointer",
            "a flag says the object keeps the string it is given",
        ),
        (
            Operator {
                op: s("operator+"),
                problem: OpProblem::NoOperands,
            },
            "operator",
            "`operator+` has no operands",
        ),
        (
            DisplayTaken,
            "operator",
            "another `operator<<` already implements `Display`",
        ),
        (
            FreedByName,
            "raw-pointer",
            "the function's name says it frees what it is given",
        ),
        (
            VictimUnchecked {
                class: "Node".into(),
            },
            "raw-pointer",
            "frees a `Node` but `Node` has no member giving its owner, so the call cannot refuse one of another owner",
        ),
        (
            RegisterKeeps,
            "raw-pointer",
            "the function's name says it registers what it is given, which the library keeps",
        ),
        (
            SetterKeeps,
            "raw-pointer",
            "a setter of no object may keep the pointer it is given (global state)",
        ),
        (
            CountedOutString { len: s("len") },
            "raw-pointer",
            "an out-string whose length comes through `len`",
        ),
        (
            StoredView {
                class: s("ns::Label"),
            },
            "class-by-value",
            "it stores the byte view or borrowing object it is given into `ns::Label`, which has no lifetime to keep it for",
        ),
        (
            ExchangesBorrows,
            "class-by-value",
            "objects that borrow are passed along with one lent exclusively, which could take the others' borrows and outlive them",
        ),
        (
            ScalarArray {
                spelling: s("int*"),
            },
            "raw-pointer",
            "`int*` followed by an integer that may count or index its elements (one value is not enough)",
        ),
        (
            UnstatedExtent {
                spelling: s("int64_t*"),
            },
            "raw-pointer",
            "`int64_t*` may point at several elements, counted elsewhere in the call (one value is not enough)",
        ),
        (
            ConstructorKeepsString,
            "raw-pointer",
            "a constructor may keep the `std::string` it is lent, and the shim's string dies with the call",
        ),
        (
            ConstructorKeepsHandle,
            "raw-pointer",
            "a constructor may keep the C handle, and nothing ties the handle's owner to the object",
        ),
        (
            HandsOutBorrowed {
                handle: s("sqlite3"),
            },
            "raw-pointer-return",
            "hands out a `sqlite3*` it does not create (a borrow whose owner is unknown)",
        ),
        (
            NoDestroy {
                handle: s("kv_store"),
            },
            "no-destroy-function",
            "creates a `kv_store`, and no destroy function for it is known (by name, or in the config)",
        ),
        (
            EndsHandle {
                handle: s("sqlite3"),
                destroy: Some(s("sqlite3_close")),
            },
            "destroys-handle",
            "ends a `sqlite3`, which Rust owns and drops through `sqlite3_close` exactly once",
        ),
        (
            EndsHandle {
                handle: s("sqlite3_stmt"),
                destroy: None,
            },
            "destroys-handle",
            "ends a `sqlite3_stmt` that Rust only borrows",
        ),
        (
            Callback {
                part: CallbackPart::Parameter,
                spelling: s("double *"),
            },
            "function-pointer",
            "callback parameter `double *` has no closure mapping yet",
        ),
        (
            Callback {
                part: CallbackPart::Result,
                spelling: s("ns::Widget"),
            },
            "function-pointer",
            "callback result `ns::Widget` has no closure mapping yet",
        ),
        (
            LentReleased,
            "function-pointer",
            "the library releases the user data of a callback it only calls during the call",
        ),
        (
            KeptWithCallback { param: s("data") },
            "function-pointer",
            "the library keeps the callback, and may keep parameter `data` with it",
        ),
        (
            TableNoFree,
            "raw-pointer",
            "`char***` table the caller must free, and the library has no `void *_free*(char**)`",
        ),
        (
            NotAnArray,
            "unsupported-type",
            "the config sizes it as an array, but it is neither `char***` nor `const char**`",
        ),
        (Union, "union", "unions have no safe Rust reading yet"),
        (
            IncompleteType,
            "incomplete-type",
            "only forward-declared in these headers",
        ),
        (
            HiddenRecord { name: s("ns::stat") },
            "unsupported-declaration",
            "`ns::stat` shares its name with a function or variable, which hides it in C++",
        ),
        (
            HiddenEnum { name: s("ns::Mode") },
            "unsupported-declaration",
            "enum `ns::Mode` shares its name with a function, which hides it in C++",
        ),
        (
            NotIdentifier,
            "reserved-name",
            "name is not a Rust identifier",
        ),
        (
            ReservedIdent { ident: s("__impl") },
            "reserved-name",
            "cxx cannot name `__impl` (identifiers with `__` are reserved in C++)",
        ),
        (UndeclaredRecord, "unsupported-type", "record"),
        (UndeclaredEnum, "unsupported-type", "enum"),
        (
            MacroEnumerator {
                name: s("GNUTLS_SERVER"),
            },
            "unsupported-declaration",
            "enumerator `GNUTLS_SERVER` is also an object-like macro, which would expand where C++ names it (the macro's own constant is bound)",
        ),
        (
            ReservedEnumerator { name: s("type") },
            "reserved-name",
            "enumerator `type` is a Rust keyword or contains `__`",
        ),
        (EmptyEnum, "unsupported-type", "enum with no enumerators"),
        (
            EnumRepr,
            "unsupported-type",
            "underlying type has no cxx equivalent",
        ),
        (
            FunctionTemplate { problem: None },
            "function-template",
            "function template: list instantiations in the config (`[instantiate]`) to bind them",
        ),
        (
            FunctionTemplate {
                problem: Some(s("config `[instantiate]`: no such template")),
            },
            "function-template",
            "function template: config `[instantiate]`: no such template",
        ),
        (
            ClassTemplate { problem: None },
            "class-template",
            "class template: no instantiation of it is used in the API (or listed in `[instantiate]`)",
        ),
        (
            ClassTemplate {
                problem: Some(s("type `int` given for value parameter `N`")),
            },
            "class-template",
            "class template: type `int` given for value parameter `N`",
        ),
        (
            TemplateSpecialization,
            "class-template",
            "class template specialization: only primary templates are instantiated",
        ),
        (
            TemplateTemplateParam,
            "class-template",
            "class template with a template template parameter: not instantiated yet",
        ),
        (
            GlobalVariable,
            "global-variable",
            "mutable global variable (shared mutable state is not safe to expose)",
        ),
        (
            UnsupportedDeclaration {
                what: s("static_assert"),
            },
            "unsupported-declaration",
            "static_assert declaration",
        ),
        (
            ConstantType {
                spelling: s("ns::Widget"),
            },
            "unsupported-type",
            "constant of type `ns::Widget`",
        ),
        (
            UnreadableString,
            "constant-without-value",
            "a string constant that is not valid UTF-8 or uses escapes cxxbind does not read",
        ),
        (
            NoValue,
            "constant-without-value",
            "clang could not evaluate the value",
        ),
        (
            NonFinite {
                value: f64::INFINITY,
            },
            "unsupported-type",
            "non-finite floating-point constant (inf)",
        ),
    ]
}

#[test]
fn every_variant_renders_its_message() {
    let mut seen = BTreeSet::new();
    for (why, code, message) in cases() {
        seen.insert(variant(&why));
        let skip = Skip::new(why.clone());
        assert_eq!(skip.reason().code(), code, "{why:?}");
        assert_eq!(skip.message(), message, "{why:?}");
        assert_eq!(why.to_string(), message);
        let status = Status::from(skip);
        assert_eq!(
            status,
            Status::Skipped {
                reason: Reason::from_code(code).expect("a known code"),
                message: message.to_string(),
            }
        );
    }
    assert_eq!(seen.len(), VARIANTS, "a variant has no case");
}

#[test]
fn context_wraps_keep_the_inner_code() {
    let inner = Skip::new(Why::ScalarPointer {
        spelling: s("int *"),
    });
    let param = inner.clone().in_parameter(ParamLabel::Named(s("n")));
    assert_eq!(param.reason(), Reason::RawPointer);
    assert_eq!(
        param.message(),
        "parameter `n`: `int *` without a length parameter"
    );
    let result = inner.in_result();
    assert_eq!(result.reason(), Reason::RawPointer);
    assert_eq!(
        result.message(),
        "result: `int *` without a length parameter"
    );
    let member = Why::MemberOf {
        class: s("ns::T"),
        inner: boxed(Why::InResult(boxed(Why::Variadic))),
    };
    assert_eq!(member.reason(), Reason::Variadic);
    assert_eq!(
        member.message(),
        "member of `ns::T`: result: C variadic arguments (`...`)"
    );
}

#[test]
fn every_operator_problem_renders_after_the_operator() {
    use OpProblem::*;
    let cases: Vec<(OpProblem, &str)> = vec![
        (Assignment, "(copy or move assignment) is not bound: Rust assigns by moving the owning value; `Clone` copies"),
        (NoObjectOnLeft, "has no object of a bound class (`const T&` or `T&`) as its left operand (a scalar on the left is mapped only for binary `std::ops` operators with an object on the right)"),
        (NoOperands, "has no operands"),
        (BadRightOperand, "has a right operand that is neither a bound class by reference nor a scalar"),
        (NotComparison, "does not compare two objects of one bound class as `const T&` and return `bool`"),
        (NotThreeWay, "does not compare two objects of one bound class as `const T&` and return `std::strong_ordering`, `std::weak_ordering` or `std::partial_ordering`"),
        (NoCategory, "does not return a comparison category"),
        (Postfix, "is postfix (`int` parameter): Rust has no postfix form; the prefix form is bound as `inc`/`dec`"),
        (AssignsConst, "assigns to a `const` object"),
        (ReadsMutably, "takes its left operand as non-`const` (a Rust operator only reads it)"),
        (NoTrait { operands: 1 }, "with 1 operand has no Rust trait (unary `+`, `*`, `&`, `->`, `,`, `&&`, `||`, `new`/`delete`, free `!`, `++`, `--` are not mapped)"),
        (NoTrait { operands: 3 }, "with 3 operands has no Rust trait (unary `+`, `*`, `&`, `->`, `,`, `&&`, `||`, `new`/`delete`, free `!`, `++`, `--` are not mapped)"),
        (Duplicate { trait_item: s("PartialEq::eq") }, "duplicates another operator that already implements `PartialEq::eq`"),
        (IndexNotMember, "is not a member (C++ requires one)"),
        (IndexNotScalar, "takes an index that is not a scalar"),
        (IndexNoReference, "does not return a reference (bound as `get` when a method)"),
        (IndexNonScalarRef, "returns a reference to a non-scalar (or a scalar cxx spells differently), which Rust cannot borrow as `Index::Output`"),
        (NoConstTwin, "is a non-`const` `[]` without a `const` twin returning `const T&` (Rust's `IndexMut` needs `Index`)"),
        (ResultNonScalarRef, "returns a reference to a non-scalar"),
        (ResultNoReference, "does not return a reference"),
        (
            Result(boxed(Why::InResult(boxed(Why::BorrowingResult { class: s("ns::View") })))),
            "result: `ns::View` may keep pointers to what it was built from, and nothing here gives them a lifetime",
        ),
        (NotOutput, "returns neither a scalar nor a bound, owned class by value (a trait's `Output`)"),
        (DisplayOperand, "does not write one bound class (`const T&`) to a `std::ostream&`"),
        (OstreamNotShift, "on a `std::ostream` is not mapped (only `<<` of one object is)"),
    ];
    for (problem, text) in cases {
        let why = Why::Operator {
            op: s("operator<<"),
            problem,
        };
        assert_eq!(why.reason().code(), "operator");
        assert_eq!(why.message(), format!("`operator<<` {text}"));
    }
}

#[test]
fn every_std_rule_renders_in_parentheses() {
    let cases = [
        (StdRule::SharedPointee, "shared pointers to bound classes are bound"),
        (StdRule::KeptReference, "a constructor may keep a reference to it, and the shim's copy lives for the call only"),
        (StdRule::KeptView, "a constructor may keep the view"),
        (StdRule::Array, "non-empty arrays of scalars are bound"),
        (StdRule::Tuple, "non-empty tuples of scalars and strings are bound"),
        (StdRule::Span, "spans of scalars are bound"),
        (StdRule::Map, "maps with integer, `bool`, `char` or string keys and scalar or string values are bound"),
        (StdRule::Set, "sets of integers, `bool`, `char` or strings are bound"),
        (StdRule::Ordering, "comparison categories are bound as `operator<=>` results only"),
        (StdRule::FreeSpan, "a span from a function that is not a method: no object to borrow its memory from"),
        (StdRule::Function, "`std::function` results over scalars (or a `void` result) are bound"),
    ];
    for (rule, text) in cases {
        let why = Why::StdType {
            spelling: s("std::span<int>"),
            rule,
        };
        assert_eq!(why.reason().code(), "unsupported-type");
        assert_eq!(why.message(), format!("`std::span<int>` ({text})"));
    }
}

#[test]
fn every_abstract_class_cause_renders_after_the_class() {
    use NoRustImpl::*;
    let virt = |pure, problem| Virtual {
        pure,
        name: s("Append"),
        problem,
    };
    let cases = vec![
        (HasBases, s("it has base classes (Rust implementations of derived interfaces are not generated yet)")),
        (DestructorNotPublic, s("its destructor is not public")),
        (NonPublicPure, s("it has private or protected pure virtual methods")),
        (DestructorNotVirtual, s("its destructor is not virtual, so a Rust implementation could not be deleted through it")),
        (NoDefaultConstructor, s("it has no public default constructor")),
        (NoVirtualMethod, s("no virtual method can be implemented in Rust")),
        (OtherConstructor, s("only a public default constructor can start a Rust implementation")),
        (virt(true, VirtualProblem::Unforwardable), s("pure virtual `Append`: its name or `...` cannot be forwarded")),
        (virt(false, VirtualProblem::Qualified), s("virtual `Append`: ref-qualified or volatile")),
        (
            virt(true, VirtualProblem::Signature(boxed(Why::InParameter {
                param: ParamLabel::Named(s("p")),
                inner: boxed(Why::VoidPointer { spelling: s("void *") }),
            }))),
            s("pure virtual `Append`: parameter `p`: `void *` has no safe reading"),
        ),
        (
            virt(true, VirtualProblem::Parameter { name: s("sink") }),
            s("pure virtual `Append`: parameter `sink` is not a scalar, bytes, a `const` object or a `std::string*`"),
        ),
        (
            virt(true, VirtualProblem::Result),
            s("pure virtual `Append`: its result is not a scalar, a `const char*`, or a `const char*` with a `size_t*` length"),
        ),
    ];
    for (cause, text) in cases {
        let why = Why::Abstract {
            class: s("ns::Sink"),
            cause,
        };
        assert_eq!(why.reason().code(), "abstract-class");
        assert_eq!(
            why.message(),
            format!("`ns::Sink` is abstract and Rust cannot implement it: {text}")
        );
    }
}
