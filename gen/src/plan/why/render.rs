//! Each [`Why`] rendered as its message: one arm per variant, the whole
//! table of skip messages read top to bottom.

use super::Why;
use std::fmt;

impl fmt::Display for Why {
    // Long: one arm per skip cause; the table of every message, read top to bottom.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use Why::*;
        match self {
            InParameter { param, inner } => write!(f, "{param}: {inner}"),
            InResult(inner) => write!(f, "result: {inner}"),
            MemberOf { class, inner } => write!(f, "member of `{class}`: {inner}"),
            BuildFailed { first_error } => write!(
                f,
                "the generated crate did not compile with this declaration: {first_error}"
            ),
            Internal { message } => write!(f, "cxx rejected the generated bridge: {message}"),
            AssumedByName { conventions } => {
                let codes: Vec<&str> = conventions.iter().map(|c| c.code()).collect();
                write!(
                    f,
                    "relies on what names say ({}); --strict binds only what the types state",
                    codes.join(", ")
                )
            }
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
            SharedLends { class } => write!(
                f,
                "a `std::shared_ptr<{class}>` shares its object with what the call was given, which could change it while a borrow its members lend lives"
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
            NotDestructible { class, cause } => write!(
                f,
                "`{class}`'s destructor cannot be called ({cause}), so Rust cannot own one"
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
            VictimUnchecked { class } => write!(
                f,
                "frees a `{class}` but `{class}` has no member giving its owner, so the call cannot refuse one of another owner"
            ),
            RegisterKeeps => f.write_str(
                "the function's name says it registers what it is given, which the library keeps",
            ),
            SetterKeeps => f.write_str(
                "a setter of no object may keep the pointer it is given (global state)",
            ),
            CountedOutString { len } => {
                write!(f, "an out-string whose length comes through `{len}`")
            }
            StoredView { class } => write!(
                f,
                "it stores the byte view or borrowing object it is given into `{class}`, which has no lifetime to keep it for"
            ),
            ExchangesBorrows => f.write_str(
                "objects that borrow are passed along with one lent exclusively, which could take the others' borrows and outlive them",
            ),
            UnstatedExtent { spelling } => write!(
                f,
                "`{spelling}` may point at several elements, counted elsewhere in the call (one value is not enough)"
            ),
            ScalarArray { spelling } => write!(
                f,
                "`{spelling}` followed by an integer that may count or index its elements (one value is not enough)"
            ),
            ConstructorKeepsString => f.write_str(
                "a constructor may keep the `std::string` it is lent, and the shim's string dies with the call",
            ),
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
