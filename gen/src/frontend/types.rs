//! libclang types → IR types.

use crate::clang::{Cursor, CursorKind, Type as CxType, TypeKind};
use crate::ir::{IntKind, Ordering, StdType, TemplateArg, TemplateValue, Type};

/// Standard integer typedefs whose names are kept (they decide `usize`/`isize`).
const KNOWN_INT_ALIASES: &[&str] = &[
    "size_t",
    "ssize_t",
    "ptrdiff_t",
    "intptr_t",
    "uintptr_t",
    "int8_t",
    "int16_t",
    "int32_t",
    "int64_t",
    "uint8_t",
    "uint16_t",
    "uint32_t",
    "uint64_t",
];

/// `void(*)(void*)`: what C APIs take to free a buffer they keep.
fn is_destructor(proto: CxType<'_>) -> bool {
    let args = proto.arg_types();
    proto.result().canonical().kind() == TypeKind::Void
        && args.len() == 1
        && args[0].canonical().kind() == TypeKind::Pointer
        && args[0].canonical().pointee().canonical().kind() == TypeKind::Void
        && !args[0].canonical().pointee().is_const()
}

/// `va_list` by any of its names (the typedef chain ends in the compiler's
/// `__builtin_va_list`, whose canonical type differs by platform).
fn is_va_list(ty: CxType<'_>) -> bool {
    let mut t = ty;
    for _ in 0..16 {
        match t.kind() {
            TypeKind::Elaborated => t = t.named(),
            TypeKind::Typedef => {
                let name = typedef_name(t);
                if matches!(
                    name.trim_start_matches("::"),
                    "va_list" | "__gnuc_va_list" | "__builtin_va_list" | "std::va_list"
                ) {
                    return true;
                }
                t = t.declaration().typedef_underlying();
            }
            _ => return false,
        }
    }
    false
}

/// Converts a libclang type into the IR.
pub fn convert(ty: CxType<'_>) -> Type {
    let canonical = ty.canonical();
    if is_va_list(ty) {
        return Type::VaList;
    }
    match canonical.kind() {
        TypeKind::Void => Type::Void,
        TypeKind::Bool => Type::Bool,
        TypeKind::CharS | TypeKind::CharU => Type::Char,
        TypeKind::Float => Type::Float,
        TypeKind::Double => Type::Double,
        kind if int_kind(kind).is_some() => Type::Int {
            kind: int_kind(kind).unwrap_or(IntKind::Int),
            alias: int_alias(ty),
        },
        TypeKind::Pointer if is_string_typedef(ty, canonical) => Type::StringToken {
            name: typedef_name(ty),
            is_const: canonical.pointee().is_const(),
        },
        TypeKind::Pointer => {
            let pointee = sugared_pointee(ty);
            let canon_pointee = pointee.canonical();
            match canon_pointee.kind() {
                TypeKind::Void if pointee.is_const() || canon_pointee.is_const() => {
                    Type::ConstVoidPointer
                }
                TypeKind::Void => Type::VoidPointer,
                // A callback taking `...` has no closure form (a lambda
                // cannot be one): an opaque function pointer.
                TypeKind::FunctionProto if canon_pointee.is_variadic() => Type::FunctionPointer,
                TypeKind::FunctionProto if is_destructor(canon_pointee) => Type::DestructorPointer,
                TypeKind::FunctionProto => Type::Callback {
                    ret: Box::new(convert(canon_pointee.result())),
                    params: canon_pointee.arg_types().into_iter().map(convert).collect(),
                },
                TypeKind::FunctionNoProto => Type::FunctionPointer,
                _ => Type::Pointer {
                    is_const: pointee.is_const() || canon_pointee.is_const(),
                    pointee: Box::new(convert(pointee)),
                },
            }
        }
        TypeKind::LValueReference => {
            let pointee = sugared_pointee(ty);
            Type::Ref {
                is_const: pointee.is_const() || pointee.canonical().is_const(),
                pointee: Box::new(convert(pointee)),
            }
        }
        TypeKind::RValueReference => Type::RvalueRef {
            pointee: Box::new(convert(sugared_pointee(ty))),
        },
        TypeKind::Record => record_type(ty, canonical),
        TypeKind::Enum => {
            let decl = canonical.declaration();
            if in_std(&decl) && decl.spelling() == "byte" {
                Type::StdByte
            } else if in_std(&decl) {
                unsupported(ty, "standard library enum")
            } else {
                Type::Enum {
                    name: decl_name(ty, canonical),
                }
            }
        }
        TypeKind::LongDouble => unsupported(ty, "long double"),
        TypeKind::Int128 | TypeKind::UInt128 => unsupported(ty, "128-bit integer"),
        TypeKind::Char16 | TypeKind::Char32 | TypeKind::WChar => unsupported(ty, "wide character"),
        TypeKind::ConstantArray | TypeKind::IncompleteArray => unsupported(ty, "array"),
        TypeKind::MemberPointer => unsupported(ty, "member pointer"),
        TypeKind::NullPtr => unsupported(ty, "nullptr_t"),
        TypeKind::FunctionProto | TypeKind::FunctionNoProto => unsupported(ty, "function type"),
        TypeKind::Unexposed => dependent(ty, canonical),
        _ => unsupported(ty, "dependent or unexposed type"),
    }
}

fn unsupported(ty: CxType<'_>, what: &str) -> Type {
    Type::Unsupported {
        spelling: ty.spelling(),
        what: what.to_string(),
    }
}

/// A typedef naming a pointer to a record (`typedef __mpz_struct* mpz_ptr;`):
/// the library's name for a reference to one object.
pub fn names_object_pointer(ty: CxType<'_>) -> bool {
    let mut t = ty;
    while t.kind() == TypeKind::Elaborated {
        t = t.named();
    }
    let canonical = ty.canonical();
    t.kind() == TypeKind::Typedef
        && canonical.kind() == TypeKind::Pointer
        && canonical.pointee().canonical().kind() == TypeKind::Record
}

/// A typedef naming a `char` pointer (`typedef const char* sqlite3_filename;`):
/// the library's own string type, which may carry data past its NUL, so it
/// is not read as a plain string.
fn is_string_typedef(ty: CxType<'_>, canonical: CxType<'_>) -> bool {
    let mut t = ty;
    while t.kind() == TypeKind::Elaborated {
        t = t.named();
    }
    t.kind() == TypeKind::Typedef
        && matches!(
            canonical.pointee().canonical().kind(),
            TypeKind::CharS | TypeKind::CharU
        )
}

/// The qualified name of the typedef `ty` spells (elaboration and
/// qualifiers peeled).
fn typedef_name(ty: CxType<'_>) -> String {
    let mut t = ty;
    while t.kind() == TypeKind::Elaborated {
        t = t.named();
    }
    qualified_name(&t.declaration())
}

/// The pointee with its typedef sugar (so `size_t*` keeps `size_t`).
fn sugared_pointee<'tu>(ty: CxType<'tu>) -> CxType<'tu> {
    let mut t = ty;
    // Peel typedefs/elaboration of the pointer itself until a pointer/reference shows.
    for _ in 0..16 {
        match t.kind() {
            TypeKind::Pointer | TypeKind::LValueReference | TypeKind::RValueReference => {
                return t.pointee()
            }
            TypeKind::Elaborated => t = t.named(),
            _ => t = t.canonical(),
        }
    }
    ty.canonical().pointee()
}

fn int_kind(kind: TypeKind) -> Option<IntKind> {
    Some(match kind {
        TypeKind::SChar => IntKind::SChar,
        TypeKind::UChar => IntKind::UChar,
        TypeKind::Short => IntKind::Short,
        TypeKind::UShort => IntKind::UShort,
        TypeKind::Int => IntKind::Int,
        TypeKind::UInt => IntKind::UInt,
        TypeKind::Long => IntKind::Long,
        TypeKind::ULong => IntKind::ULong,
        TypeKind::LongLong => IntKind::LongLong,
        TypeKind::ULongLong => IntKind::ULongLong,
        _ => return None,
    })
}

/// The first standard integer typedef found while peeling sugar (`size_t`).
/// `char`, `signed char` or `unsigned char`.
fn is_char_kind(kind: TypeKind) -> bool {
    matches!(
        kind,
        TypeKind::CharS | TypeKind::CharU | TypeKind::SChar | TypeKind::UChar
    )
}

fn int_alias(ty: CxType<'_>) -> Option<String> {
    let mut t = ty;
    for _ in 0..16 {
        let spelling = t.spelling();
        let bare = spelling
            .trim_start_matches("const ")
            .trim_start_matches("std::")
            .trim_start_matches("::std::");
        if KNOWN_INT_ALIASES.contains(&bare) {
            return Some(bare.to_string());
        }
        match t.kind() {
            // A character type of the library's own (`typedef unsigned char
            // xmlChar;`, `FcChar8`): its name says it holds text.
            TypeKind::Typedef
                if is_char_kind(t.canonical().kind()) && crate::ir::names_text_char(bare) =>
            {
                return Some(bare.to_string());
            }
            TypeKind::Typedef => {
                let next = t.declaration();
                let underlying = typedef_underlying(&next);
                match underlying {
                    Some(u) => t = u,
                    None => return None,
                }
            }
            TypeKind::Elaborated => t = t.named(),
            _ => return None,
        }
    }
    None
}

fn typedef_underlying<'tu>(decl: &Cursor<'tu>) -> Option<CxType<'tu>> {
    match decl.kind() {
        CursorKind::TypedefDecl | CursorKind::TypeAliasDecl => Some(decl.typedef_underlying()),
        _ => None,
    }
}

/// The qualified name of a type's declaration; an anonymous record or enum
/// named by a typedef (`typedef struct { .. } T;`) takes the typedef's name.
fn decl_name(ty: CxType<'_>, canonical: CxType<'_>) -> String {
    let decl = canonical.declaration();
    if !(decl.is_anonymous() || decl.spelling().is_empty()) {
        return qualified_name(&decl);
    }
    let mut t = ty;
    for _ in 0..16 {
        match t.kind() {
            TypeKind::Typedef => return qualified_name(&t.declaration()),
            TypeKind::Elaborated => t = t.named(),
            _ => break,
        }
    }
    // Reached without the typedef's sugar (through `typedef T* T_ptr;`):
    // clang's USR still carries the typedef name (`c:@SA@T`).
    if let Some(name) = linkage_name(&decl.usr()) {
        return qualified_in(name.to_string(), decl.semantic_parent());
    }
    qualified_name(&decl)
}

/// The typedef name an anonymous struct, union or enum gets for linkage
/// (`typedef struct { … } T;`), as clang's USR spells it (`c:@SA@T`).
pub fn linkage_name(usr: &str) -> Option<&str> {
    let (_, name) = usr
        .rsplit_once("@SA@")
        .or_else(|| usr.rsplit_once("@UA@"))
        .or_else(|| usr.rsplit_once("@EA@"))?;
    (!name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
        .then_some(name)
}

fn record_type(ty: CxType<'_>, canonical: CxType<'_>) -> Type {
    let decl = canonical.declaration();
    let name = decl_name(ty, canonical);
    let normalized = name
        .replace("std::__cxx11::", "std::")
        .replace("std::__1::", "std::");
    let args = canonical.template_arguments();
    let first_is_char = args
        .first()
        .map(|a| matches!(a.canonical().kind(), TypeKind::CharS | TypeKind::CharU))
        .unwrap_or(false);
    if normalized == "std::basic_string" && first_is_char {
        return Type::StdString;
    }
    if normalized == "std::basic_string_view" && first_is_char {
        return Type::StdStringView;
    }
    // `std::vector<T>` / `std::unique_ptr<T>` with the default allocator or
    // deleter (the second argument names it): cxx's `CxxVector`/`UniquePtr`.
    let second_is_default = |expected: &str| {
        args.get(1).is_some_and(|a| {
            let d = a.canonical().declaration();
            in_std(&d) && d.spelling() == expected
        })
    };
    if normalized == "std::vector" && second_is_default("allocator") {
        if let Some(elem) = args.first() {
            return Type::StdVector {
                elem: Box::new(convert(*elem)),
            };
        }
    }
    if normalized == "std::optional" {
        if let Some(inner) = args.first() {
            return Type::StdOptional {
                inner: Box::new(convert(*inner)),
            };
        }
    }
    if normalized == "std::unique_ptr" && second_is_default("default_delete") {
        if let Some(pointee) = args.first() {
            return Type::UniquePtr {
                pointee: Box::new(convert(*pointee)),
            };
        }
    }
    if let Some(std) = std_vocabulary(&normalized, &args, &canonical.spelling()) {
        return Type::Std(Box::new(std));
    }
    if in_std(&decl) {
        return unsupported(ty, "standard library type");
    }
    if !args.is_empty() {
        return match template_args(&args, &canonical.spelling()) {
            Some(args) => Type::Specialization {
                template: name,
                args,
            },
            None => unsupported(ty, "class template instance with a value argument"),
        };
    }
    Type::Record { name }
}

/// `std::shared_ptr`, `std::array`, `std::pair`/`std::tuple`, `std::map`/
/// `std::unordered_map` (with the default comparison or hash and allocator),
/// `std::function`,
/// `std::span` (dynamic extent); the comparison categories.
fn std_vocabulary(name: &str, args: &[CxType<'_>], spelling: &str) -> Option<StdType> {
    let arg = |i: usize| args.get(i).map(|a| convert(*a));
    let spelled = || last_argument_list(spelling);
    Some(match name {
        "std::shared_ptr" => StdType::SharedPtr { pointee: arg(0)? },
        "std::array" => StdType::Array {
            elem: arg(0)?,
            len: spelled()
                .get(1)?
                .trim_end_matches(['u', 'U', 'l', 'L'])
                .parse()
                .ok()?,
        },
        "std::pair" | "std::tuple" => StdType::Tuple {
            elems: args.iter().map(|a| convert(*a)).collect(),
            pair: name == "std::pair",
        },
        "std::map" | "std::unordered_map" => {
            let ordered = name == "std::map";
            if !defaults_only(args.get(2..)?, ordered) {
                return None;
            }
            StdType::Map {
                key: arg(0)?,
                value: arg(1)?,
                ordered,
            }
        }
        "std::set" | "std::unordered_set" => {
            let ordered = name == "std::set";
            if !defaults_only(args.get(1..)?, ordered) {
                return None;
            }
            StdType::Set {
                elem: arg(0)?,
                ordered,
            }
        }
        "std::function" => {
            let proto = args.first()?.canonical();
            if proto.kind() != TypeKind::FunctionProto {
                return None;
            }
            StdType::Function {
                ret: convert(proto.result()),
                params: proto.arg_types().into_iter().map(convert).collect(),
            }
        }
        "std::span" => {
            let extent = spelled().get(1)?.clone();
            if extent != "18446744073709551615" && extent != "18446744073709551615UL" {
                return None;
            }
            let elem = args.first()?;
            StdType::Span {
                elem: convert(*elem),
                is_const: elem.is_const() || elem.canonical().is_const(),
            }
        }
        "std::strong_ordering" => StdType::Ordering(Ordering::Strong),
        "std::weak_ordering" => StdType::Ordering(Ordering::Weak),
        "std::partial_ordering" => StdType::Ordering(Ordering::Partial),
        _ => return None,
    })
}

/// A specialization's arguments: libclang gives type arguments as types and
/// value arguments as invalid types, whose values are read from the
/// specialization's spelling (`ns::DynArray<int, 10>`). `None` when a value
/// is not an integer or `true`/`false` (`'a'`, an enumerator, a parameter).
/// The trailing arguments of an ordered (`less`, `allocator`) or unordered
/// (`hash`, `equal_to`, `allocator`) container are the standard defaults.
fn defaults_only(rest: &[CxType<'_>], ordered: bool) -> bool {
    let wanted: &[&str] = if ordered {
        &["less", "allocator"]
    } else {
        &["hash", "equal_to", "allocator"]
    };
    let is_default = |a: &CxType<'_>, w: &str| {
        let d = a.canonical().declaration();
        in_std(&d) && d.spelling() == w
    };
    rest.len() == wanted.len() && rest.iter().zip(wanted).all(|(a, w)| is_default(a, w))
}

fn template_args(args: &[CxType<'_>], spelling: &str) -> Option<Vec<TemplateArg>> {
    let mut spelled = None;
    args.iter()
        .enumerate()
        .map(|(i, a)| {
            if a.kind() != TypeKind::Invalid {
                return Some(TemplateArg::of_type(
                    convert(*a),
                    a.is_const() || a.canonical().is_const(),
                ));
            }
            let list = spelled.get_or_insert_with(|| last_argument_list(spelling));
            if list.len() != args.len() {
                return None;
            }
            TemplateValue::parse(&list[i]).map(TemplateArg::Value)
        })
        .collect()
}

/// The arguments of the last template argument list of a spelling
/// (`ns::A<int, ns::B<char, 2>, 3>` → `int`, `ns::B<char, 2>`, `3`).
fn last_argument_list(spelling: &str) -> Vec<String> {
    let text = spelling.trim_end();
    let Some(body) = text.strip_suffix('>') else {
        return Vec::new();
    };
    let mut depth = 0usize;
    let mut start = None;
    for (i, c) in body.char_indices().rev() {
        match c {
            '>' | ')' | ']' => depth += 1,
            '<' | '(' | '[' if depth > 0 => depth -= 1,
            '<' => {
                start = Some(i + 1);
                break;
            }
            _ => {}
        }
    }
    let Some(start) = start else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut piece = String::new();
    for c in body[start..].chars() {
        match c {
            '<' | '(' | '[' => depth += 1,
            '>' | ')' | ']' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                out.push(piece.trim().to_string());
                piece.clear();
                continue;
            }
            _ => {}
        }
        piece.push(c);
    }
    out.push(piece.trim().to_string());
    out
}

/// A type inside a template: a template type parameter (clang spells its
/// canonical type `type-parameter-DEPTH-INDEX`), a specialization of a user
/// class template with dependent arguments, or the template's own name.
fn dependent(ty: CxType<'_>, canonical: CxType<'_>) -> Type {
    let spelling = canonical.spelling();
    let bare = spelling
        .trim_start_matches("const ")
        .trim_start_matches("volatile ");
    if let Some((depth, index)) = bare
        .strip_prefix("type-parameter-")
        .and_then(|rest| rest.split_once('-'))
        .and_then(|(d, i)| Some((d.parse().ok()?, i.parse().ok()?)))
    {
        let name = ty.spelling();
        let name = name
            .trim_start_matches("const ")
            .trim_start_matches("volatile ");
        return Type::TemplateParam {
            depth,
            index,
            name: name.to_string(),
        };
    }
    let decl = canonical.declaration();
    let is_class = matches!(
        decl.kind(),
        CursorKind::ClassDecl | CursorKind::StructDecl | CursorKind::ClassTemplate
    );
    if !is_class || in_std(&decl) {
        return unsupported(ty, "dependent or unexposed type");
    }
    let template = qualified_name(&decl);
    let mut written = ty;
    while written.kind() == TypeKind::Elaborated {
        written = written.named();
    }
    let args = written.template_arguments();
    if args.is_empty() {
        return Type::CurrentInstance { template };
    }
    match template_args(&args, &written.spelling()) {
        Some(args) => Type::Specialization { template, args },
        None => unsupported(ty, "class template instance with a value argument"),
    }
}

/// True when a declaration lives in namespace `std` (or a nested one).
pub fn in_std(decl: &Cursor<'_>) -> bool {
    let mut c = decl.semantic_parent();
    let mut outermost = None;
    for _ in 0..64 {
        match c.kind() {
            CursorKind::TranslationUnit => break,
            CursorKind::Namespace => outermost = Some(c.spelling()),
            _ => {}
        }
        if c.is_null() {
            break;
        }
        c = c.semantic_parent();
    }
    outermost.as_deref() == Some("std")
}

/// `ns::Outer::Name` for a declaration cursor.
pub fn qualified_name(decl: &Cursor<'_>) -> String {
    qualified_in(decl.spelling(), decl.semantic_parent())
}

/// `name` qualified by the namespaces and classes enclosing `parent` (itself included).
fn qualified_in(name: String, parent: Cursor<'_>) -> String {
    let mut parts = vec![name];
    let mut c = parent;
    for _ in 0..64 {
        match c.kind() {
            CursorKind::TranslationUnit => break,
            CursorKind::Namespace
            | CursorKind::ClassDecl
            | CursorKind::StructDecl
            | CursorKind::UnionDecl
            | CursorKind::ClassTemplate => parts.push(c.spelling()),
            _ => {}
        }
        if c.is_null() {
            break;
        }
        c = c.semantic_parent();
    }
    parts.reverse();
    parts.join("::")
}

#[cfg(test)]
mod tests {
    use super::last_argument_list;

    #[test]
    fn the_last_argument_list_splits_at_top_level_commas() {
        assert_eq!(
            last_argument_list("const ns::A<int, ns::B<char, 2>, -3>"),
            ["int", "ns::B<char, 2>", "-3"]
        );
        assert_eq!(last_argument_list("ns::P<32>"), ["32"]);
        assert_eq!(
            last_argument_list("ns::F<int (*)(int, int), true>"),
            ["int (*)(int, int)", "true"]
        );
        assert!(last_argument_list("ns::Plain").is_empty());
    }
}
