//! The IR: a plain, serializable model of a C++ API.
//!
//! The front end builds it from libclang; analysis and emit only read it.
//! No libclang type appears here.

use serde::{Deserialize, Serialize};

mod spelling;
mod std;
mod templates;
pub use self::std::{Ordering, StdType};
pub use spelling::cpp_spelling;
pub use templates::{TemplateArg, TemplateParam, TemplateParamKind, TemplateValue};

/// Everything declared in the library's headers (see `frontend::scope`).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Api {
    /// The headers whose declarations count: the selected headers as given
    /// on the command line, then the other headers of the library by path.
    pub headers: Vec<String>,
    /// Top-level declarations in source order (header by header).
    pub items: Vec<Item>,
    /// Every file the headers include (for `--depfile`), sorted.
    #[serde(default)]
    pub files: Vec<String>,
    /// Names of the object-like macros the library's headers define, sorted:
    /// C++ code cannot name a declaration that shares one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub macros: Vec<String>,
}

/// A source location; `file` is the header's name as listed in [`Api::headers`].
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct Loc {
    /// The header's path.
    pub file: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub column: u32,
}

impl Loc {
    /// `snappy.h:88`: the file name and line, as the report shows it.
    pub fn short(&self) -> String {
        let name = self.file.rsplit('/').next().unwrap_or(&self.file);
        format!("{name}:{}", self.line)
    }
}

/// A top-level declaration (namespace members are flattened with `scope`).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Item {
    /// The unqualified C++ name.
    pub name: String,
    /// Enclosing namespaces, outermost first (`["snappy"]`).
    pub scope: Vec<String>,
    /// Where it is declared.
    pub loc: Loc,
    /// The doc comment, markers stripped.
    pub doc: Option<String>,
    /// What it is.
    pub kind: ItemKind,
}

impl Item {
    /// `ns::inner::Name`.
    pub fn qualified_name(&self) -> String {
        qualify(&self.scope, &self.name)
    }
}

/// Joins a scope and a name with `::`.
pub fn qualify(scope: &[String], name: &str) -> String {
    let mut s = String::new();
    for part in scope {
        s.push_str(part);
        s.push_str("::");
    }
    s.push_str(name);
    s
}

/// The kinds of top-level declarations.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ItemKind {
    /// A free function.
    Function(Function),
    /// A class, struct or union.
    Record(Record),
    /// An enum or enum class.
    Enum(Enum),
    /// `typedef` or `using X = Y`.
    Alias {
        /// The aliased type.
        target: Type,
    },
    /// A namespace-scope variable that is not a constant.
    Variable {
        /// Its type.
        ty: Type,
    },
    /// A `const`/`constexpr` variable with a known value, or an object-like macro.
    Constant(Constant),
    /// A function template.
    FunctionTemplate {
        /// Its template parameters in order.
        #[serde(default)]
        params: Vec<TemplateParam>,
        /// The templated function (its types may be [`Type::TemplateParam`]);
        /// `None` for a member function template.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        function: Option<Function>,
        /// A member function template's templated method (static or not;
        /// `None` for constructor, conversion and operator templates).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        method: Option<Method>,
    },
    /// A class template (or partial or explicit specialization), with its
    /// public user-declared member functions (counted; bound per
    /// instantiation the API uses).
    ClassTemplate {
        /// Public member functions, constructors and destructor.
        #[serde(default)]
        methods: Vec<Method>,
        /// Its template parameters in order (empty for a specialization).
        #[serde(default)]
        params: Vec<TemplateParam>,
        /// The primary template's definition: bases, fields, destructor
        /// access (its member functions are `methods`). `None` for a partial
        /// or explicit specialization or a template only declared.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        record: Option<Box<Record>>,
    },
    /// A declaration kind cxxbind does not model yet (named in `what`).
    Unsupported {
        /// clang's name for the declaration kind.
        what: String,
    },
}

/// A function's parameters, result and exception facts.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Signature {
    /// Parameters in order.
    pub params: Vec<Param>,
    /// The result type (`Type::Void` for none).
    pub ret: Type,
    /// Declared `noexcept`/`throw()`, or has C linkage.
    pub noexcept: bool,
    /// Ends in `...`.
    pub variadic: bool,
}

/// One parameter.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Param {
    /// Its name; empty when unnamed.
    pub name: String,
    /// Its type.
    pub ty: Type,
    /// Has a default argument.
    pub has_default: bool,
    /// The default argument as written (`true`, `Whitespace::Preserve`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_value: Option<String>,
    /// Its type is spelled with a typedef naming a pointer to a record
    /// (`mpz_ptr` for `__mpz_struct*`): the library named a reference to
    /// one object, not an array.
    #[serde(default, skip_serializing_if = "::std::ops::Not::not")]
    pub object_typedef: bool,
}

impl Param {
    /// A parameter without a default argument.
    pub fn new(name: &str, ty: Type) -> Self {
        Param {
            name: name.into(),
            ty,
            has_default: false,
            default_value: None,
            object_typedef: false,
        }
    }
}

/// A typedef name that says its `char`/`unsigned char` holds text
/// (`xmlChar`, `FcChar8`): the frontend keeps it on the integer type, and a
/// `const` pointer to one is a string.
pub fn names_text_char(typedef: &str) -> bool {
    typedef.to_ascii_lowercase().contains("char")
}

/// A free function.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Function {
    /// Parameters and result.
    pub sig: Signature,
    /// Declared inside `extern "C"`.
    pub c_linkage: bool,
    /// `= delete`.
    pub deleted: bool,
    /// `operator+` and friends.
    pub is_operator: bool,
    /// Declared only as a `friend` in a class body: not visible to qualified lookup.
    #[serde(default)]
    pub hidden_friend: bool,
    /// An explicit specialization of a function template
    /// (`template <> int parse<int>(const char*)`): its template arguments,
    /// written or deduced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub specializes: Option<Vec<TemplateArg>>,
}

/// A member of a record that can be called.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Method {
    /// The C++ name (`Append`, `~Sink`, `operator==`).
    pub name: String,
    /// What kind of member function.
    pub kind: MethodKind,
    /// Parameters and result.
    pub sig: Signature,
    /// Where it is declared.
    pub loc: Loc,
    /// The doc comment.
    pub doc: Option<String>,
    /// `= delete`.
    pub deleted: bool,
    /// `&` / `&&` after the parameter list.
    #[serde(default)]
    pub ref_qualifier: RefQualifier,
    /// `volatile` member function.
    #[serde(default)]
    pub is_volatile: bool,
}

/// A member function's reference qualifier.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum RefQualifier {
    /// None.
    #[default]
    None,
    /// `&`.
    LValue,
    /// `&&`.
    RValue,
}

/// The kinds of member functions.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum MethodKind {
    /// An ordinary member function.
    Instance {
        /// `const`-qualified.
        is_const: bool,
        /// `virtual` (declared or overriding).
        is_virtual: bool,
        /// `= 0`.
        is_pure: bool,
    },
    /// A `static` member function.
    Static,
    /// A constructor.
    Constructor {
        /// `T(const T&)`.
        is_copy: bool,
        /// `T(T&&)`.
        is_move: bool,
    },
    /// The destructor.
    Destructor {
        /// `virtual`.
        is_virtual: bool,
    },
    /// A member operator (`operator==`).
    Operator {
        /// `const`-qualified.
        is_const: bool,
    },
    /// A conversion operator (`operator bool`).
    Conversion {
        /// `const`-qualified.
        is_const: bool,
    },
}

/// `class`, `struct` or `union`.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum RecordTag {
    /// `class`.
    Class,
    /// `struct`.
    Struct,
    /// `union`.
    Union,
}

/// A class, struct or union.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Record {
    /// Which keyword declared it.
    pub tag: RecordTag,
    /// A definition was seen (not only a forward declaration).
    pub complete: bool,
    /// Has pure virtual functions (own or inherited, not overridden).
    pub is_abstract: bool,
    /// Has virtual functions.
    pub is_polymorphic: bool,
    /// `sizeof`, when complete.
    pub size: Option<u64>,
    /// `alignof`, when complete.
    pub align: Option<u64>,
    /// Base classes in declaration order.
    pub bases: Vec<Base>,
    /// Data members (all access levels; `public` says which).
    pub fields: Vec<Field>,
    /// Public, user-declared member functions (no implicit members).
    pub methods: Vec<Method>,
    /// Access of the destructor: user-declared or implicit (`public` when implicit).
    pub destructor_public: bool,
    /// The destructor is declared `protected` (and not deleted): derived
    /// classes may call it, nothing else may.
    #[serde(default)]
    pub destructor_protected: bool,
    /// The declared destructor does work of its own: user-provided (not
    /// `= default` or `= delete`) or virtual. Without one the destructor is
    /// trivial unless a base or a member's is not.
    #[serde(default)]
    pub destructor_nontrivial: bool,
    /// Classes this one declares `friend` (qualified): they may call its
    /// private members, its destructor included.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub friends: Vec<String>,
    /// The types of the members of its anonymous unions (variant members).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub variant_members: Vec<Type>,
    /// Declared inside another class.
    pub nested: bool,
    /// Has a private or protected pure virtual method (a Rust implementation would miss it).
    #[serde(default)]
    pub has_nonpublic_pure_virtual: bool,
    /// Declares a constructor (any access); without one, C++ gives it a
    /// public default constructor.
    #[serde(default)]
    pub user_constructors: bool,
    /// Declares a copy or move constructor that is not public (or deleted):
    /// the class may not be copyable.
    #[serde(default)]
    pub copy_hidden: bool,
    /// Records nested in this one (skipped for now, but counted).
    pub nested_records: Vec<Item>,
}

impl Record {
    /// A record with nothing declared in it yet: no bases, members or
    /// friends, a public and trivial destructor, not abstract or
    /// polymorphic, size unknown. The front end fills in what it finds.
    pub fn empty(tag: RecordTag, complete: bool) -> Self {
        Record {
            tag,
            complete,
            is_abstract: false,
            is_polymorphic: false,
            size: None,
            align: None,
            bases: Vec::new(),
            fields: Vec::new(),
            methods: Vec::new(),
            destructor_public: true,
            destructor_protected: false,
            destructor_nontrivial: false,
            friends: Vec::new(),
            variant_members: Vec::new(),
            nested: false,
            has_nonpublic_pure_virtual: false,
            user_constructors: false,
            copy_hidden: false,
            nested_records: Vec::new(),
        }
    }
}

/// A base-class specifier.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Base {
    /// The base's qualified name.
    pub name: String,
    /// `public` inheritance.
    pub public: bool,
    /// `virtual` inheritance.
    pub is_virtual: bool,
    /// The base is an instance of class template `name` with these arguments.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<TemplateArg>,
}

/// A data member.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Field {
    /// Its name.
    pub name: String,
    /// Its type.
    pub ty: Type,
    /// Declared `const` (read-only).
    #[serde(default)]
    pub is_const: bool,
    /// `public` access.
    pub public: bool,
    /// Offset in bits, when laid out.
    pub offset_bits: Option<u64>,
}

/// An enum or enum class.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Enum {
    /// `enum class`.
    pub scoped: bool,
    /// The underlying integer type.
    pub underlying: Type,
    /// Enumerators in order.
    pub variants: Vec<Variant>,
}

/// An enumerator.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Variant {
    /// Its name.
    pub name: String,
    /// Its value (read as signed; see `unsigned_value` for large unsigned ones).
    pub value: i64,
    /// Its value read as unsigned.
    pub unsigned_value: u64,
    /// The doc comment.
    pub doc: Option<String>,
}

/// A constant's value.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "snake_case")]
pub enum ConstValue {
    /// An integer.
    Int(i64),
    /// An unsigned integer above `i64::MAX`.
    UInt(u64),
    /// A floating-point number.
    Float(f64),
    /// A string literal's bytes.
    Str(String),
}

/// A named constant.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Constant {
    /// Its type (macros: the literal's type).
    pub ty: Type,
    /// Its value, when clang could evaluate it.
    pub value: Option<ConstValue>,
    /// An object-like `#define`.
    pub from_macro: bool,
}

/// The built-in integer types, as C++ spells them canonically.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum IntKind {
    SChar,
    UChar,
    Short,
    UShort,
    Int,
    UInt,
    Long,
    ULong,
    LongLong,
    ULongLong,
}

impl IntKind {
    /// The canonical C++ spelling.
    pub fn cpp(self) -> &'static str {
        match self {
            IntKind::SChar => "signed char",
            IntKind::UChar => "unsigned char",
            IntKind::Short => "short",
            IntKind::UShort => "unsigned short",
            IntKind::Int => "int",
            IntKind::UInt => "unsigned int",
            IntKind::Long => "long",
            IntKind::ULong => "unsigned long",
            IntKind::LongLong => "long long",
            IntKind::ULongLong => "unsigned long long",
        }
    }
}

/// A C++ type, reduced to what binding decisions need.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Type {
    /// `void`.
    Void,
    /// `bool`.
    Bool,
    /// Plain `char`.
    Char,
    /// An integer type; `alias` keeps a typedef name such as `size_t`.
    Int {
        /// The canonical integer kind.
        kind: IntKind,
        /// The outermost standard typedef it was spelled with (`size_t`, `uint32_t`).
        alias: Option<String>,
    },
    /// `float`.
    Float,
    /// `double`.
    Double,
    /// `T*`.
    Pointer {
        /// `T`.
        pointee: Box<Type>,
        /// `const T*`.
        is_const: bool,
    },
    /// `T&`.
    Ref {
        /// `T`.
        pointee: Box<Type>,
        /// `const T&`.
        is_const: bool,
    },
    /// `T&&`.
    RvalueRef {
        /// `T`.
        pointee: Box<Type>,
    },
    /// A user-declared class, struct or union.
    Record {
        /// Qualified name.
        name: String,
    },
    /// A user-declared enum.
    Enum {
        /// Qualified name.
        name: String,
    },
    /// `std::string`.
    StdString,
    /// `std::string_view`.
    StdStringView,
    /// `std::byte`: a byte behind a pointer (`(const std::byte*, size_t)`).
    StdByte,
    /// `std::vector<T>` with the default allocator.
    StdVector {
        /// The element type.
        elem: Box<Type>,
    },
    /// `std::optional<T>`.
    StdOptional {
        /// The contained type.
        inner: Box<Type>,
    },
    /// `std::unique_ptr<T>` with the default deleter.
    UniquePtr {
        /// The owned type.
        pointee: Box<Type>,
    },
    /// Another standard library template ([`StdType`]: `std::shared_ptr`,
    /// `std::array`, `std::pair`/`std::tuple`, maps, `std::function`, `std::span`).
    Std(Box<StdType>),
    /// A function pointer.
    FunctionPointer,
    /// `void*`.
    VoidPointer,
    /// `const void*`.
    ConstVoidPointer,
    /// `void(*)(void*)`: a function pointer that frees what it is given.
    DestructorPointer,
    /// `va_list` (whatever the platform makes of it: an array, a pointer,
    /// a struct).
    VaList,
    /// Any other function pointer with a prototype: `R (*)(P...)`.
    Callback {
        /// Its result.
        ret: Box<Type>,
        /// Its parameters.
        params: Vec<Type>,
    },
    /// A type parameter of the enclosing template (`T`), inside a template.
    TemplateParam {
        /// How many templates enclose the one declaring it (0: the outermost).
        depth: u32,
        /// Its position in that template's parameter list.
        index: u32,
        /// Its name as written.
        name: String,
    },
    /// A specialization of a class template declared by the user, with type
    /// and value arguments (`ns::Vector<const char>`, `ns::DynArray<int, 10>`).
    Specialization {
        /// The template's qualified name.
        template: String,
        /// The arguments in order.
        args: Vec<TemplateArg>,
    },
    /// Inside a class template's body, its own name without arguments (the
    /// injected class name `Vector` in `Vector(const Vector&)`).
    CurrentInstance {
        /// The template's qualified name.
        template: String,
    },
    /// A typedef of a `char` pointer (`typedef const char* sqlite3_filename;`):
    /// the library's own string type, which may carry data past its NUL.
    StringToken {
        /// The typedef's qualified name.
        name: String,
        /// It names a `const char*` (canonically).
        #[serde(default)]
        is_const: bool,
    },
    /// Anything else; `spelling` is what the header wrote.
    Unsupported {
        /// The C++ spelling.
        spelling: String,
        /// A short classification (`long double`, `array`, `template`).
        what: String,
    },
}

impl Type {
    /// True for integers, floats, `bool` and `char`.
    pub fn is_scalar(&self) -> bool {
        matches!(
            self,
            Type::Bool | Type::Char | Type::Int { .. } | Type::Float | Type::Double
        )
    }
}
