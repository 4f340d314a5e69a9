//! Type mapping: how each C++ parameter and result crosses into Rust.
//!
//! The rules are DESIGN.md's "Mapping rules"; each `Skip` names the
//! parameter and the reason code so the report can say exactly why.

use super::model::{ClassId, EnumId, HandleId};
use super::naming;
use super::std_types;

use super::plan::{Arg, ArgKind, Scalar};
use super::reason::{Reason, Skip};
pub use super::results::map_ret;
use crate::ir::{IntKind, Param, TemplateArg, Type};
use std::collections::HashMap;

/// The classes and enums that are bound, by qualified C++ name.
#[derive(Debug, Default)]
pub struct TypeEnv {
    /// Qualified name → its class.
    pub classes: HashMap<String, ClassId>,
    /// Qualified name → (its enum, the shared enum's bridge identifier).
    pub enums: HashMap<String, (EnumId, String)>,
    /// Classes whose owned Rust objects may move into C++ (`std::unique_ptr<T>`
    /// parameters): owned, not abstract, and borrowing nothing.
    pub movable: std::collections::HashSet<ClassId>,
    /// Qualified names of types declared in the headers but skipped (for messages).
    pub skipped: HashMap<String, Reason>,
    /// Opaque C handles, by qualified name.
    pub handles: HashMap<String, HandleId>,
    /// The library's `*_free(void*)`, for `char**` strings the caller frees.
    pub free_function: Option<String>,
    /// Handle (qualified name) → the library function giving its user data
    /// (`sqlite3_context` → `sqlite3_user_data`; see [`super::closure_set`]).
    pub user_data: HashMap<String, String>,
    /// The library's `void X(char**)` freeing a table of strings
    /// (`sqlite3_free_table`), for `char***` out-arrays ([`super::arrays`]).
    pub strings_free: Option<String>,
    /// Classes Rust can own and drop: a public destructor and constructors
    /// that keep nothing (`T**` out-parameters and factory results).
    pub owned: std::collections::HashSet<ClassId>,
    /// Plain value types by qualified name (see [`super::pod`]).
    pub pods: HashMap<String, super::model::PodId>,
    /// Byte-view classes (see [`super::roles`]).
    pub byte_views: std::collections::HashSet<ClassId>,
    /// Handle values ([`super::values`]): by value, never boxed.
    pub values: std::collections::HashSet<ClassId>,
    /// Status classes (see [`super::roles`]).
    pub statuses: std::collections::HashSet<ClassId>,
}

impl TypeEnv {
    /// The bound byte-view class named `name`.
    pub fn byte_view(&self, name: &str) -> Option<ClassId> {
        self.classes
            .get(name)
            .copied()
            .filter(|c| self.byte_views.contains(c))
    }

    /// The bound status class named `name`.
    pub fn status(&self, name: &str) -> Option<ClassId> {
        self.classes
            .get(name)
            .copied()
            .filter(|c| self.statuses.contains(c))
    }
}

/// The cxx mapping of a scalar type, or `None` for non-scalars.
pub fn scalar(ty: &Type) -> Option<Scalar> {
    let s = |rust, cpp, exact| Some(Scalar { rust, cpp, exact });
    match ty {
        Type::Bool => s("bool", "bool", true),
        Type::Char => s("c_char", "char", true),
        Type::Float => s("f32", "float", true),
        Type::Double => s("f64", "double", true),
        Type::Int { kind, alias } => {
            let alias = alias.as_deref().unwrap_or("");
            match kind {
                IntKind::SChar => s("i8", "std::int8_t", true),
                IntKind::UChar => s("u8", "std::uint8_t", true),
                IntKind::Short => s("i16", "std::int16_t", true),
                IntKind::UShort => s("u16", "std::uint16_t", true),
                IntKind::Int => s("i32", "std::int32_t", true),
                IntKind::UInt => s("u32", "std::uint32_t", true),
                IntKind::Long if matches!(alias, "ssize_t" | "ptrdiff_t" | "intptr_t") => {
                    s("isize", "rust::isize", true)
                }
                IntKind::Long => s("i64", "std::int64_t", true),
                IntKind::ULong if matches!(alias, "size_t" | "uintptr_t") => {
                    s("usize", "std::size_t", true)
                }
                IntKind::ULong => s("u64", "std::uint64_t", true),
                // cxx's i64/u64 are `long`/`unsigned long` on LP64: a shim converts.
                IntKind::LongLong => s("i64", "std::int64_t", false),
                IntKind::ULongLong => s("u64", "std::uint64_t", false),
            }
        }
        _ => None,
    }
}

/// The C++ spelling of an IR type (canonical, fully qualified).
pub fn cpp_spelling(ty: &Type) -> String {
    match ty {
        Type::Void => "void".into(),
        Type::Bool => "bool".into(),
        Type::Char => "char".into(),
        Type::Int { kind, .. } => kind.cpp().into(),
        Type::Float => "float".into(),
        Type::Double => "double".into(),
        Type::Pointer { pointee, is_const } => {
            format!(
                "{}{}*",
                if *is_const { "const " } else { "" },
                cpp_spelling(pointee)
            )
        }
        Type::Ref { pointee, is_const } => {
            format!(
                "{}{}&",
                if *is_const { "const " } else { "" },
                cpp_spelling(pointee)
            )
        }
        Type::RvalueRef { pointee } => format!("{}&&", cpp_spelling(pointee)),
        Type::Record { name } | Type::Enum { name } | Type::StringToken { name } => {
            format!("::{name}")
        }
        Type::StdString => "::std::string".into(),
        Type::StdStringView => "::std::string_view".into(),
        Type::StdVector { elem } => format!("::std::vector<{}>", cpp_spelling(elem)),
        Type::UniquePtr { pointee } => format!("::std::unique_ptr<{}>", cpp_spelling(pointee)),
        Type::StdOptional { inner } => format!("::std::optional<{}>", cpp_spelling(inner)),
        Type::Std(t) => t.spell("::std", &cpp_spelling),
        Type::VoidPointer => "void*".into(),
        Type::ConstVoidPointer => "const void*".into(),
        Type::FunctionPointer => "void(*)()".into(),
        Type::DestructorPointer => "void(*)(void*)".into(),
        Type::VaList => "va_list".into(),
        Type::Callback { ret, params } => {
            let ps: Vec<String> = params.iter().map(cpp_spelling).collect();
            format!("{}(*)({})", cpp_spelling(ret), ps.join(", "))
        }
        Type::TemplateParam { name, .. } => name.clone(),
        Type::Specialization { template, args } => {
            let args: Vec<String> = args
                .iter()
                .map(|a| match a {
                    TemplateArg::Type { ty, is_const } => {
                        format!(
                            "{}{}",
                            if *is_const { "const " } else { "" },
                            cpp_spelling(ty)
                        )
                    }
                    TemplateArg::Value(v) => v.cpp(),
                })
                .collect();
            format!("::{template}<{}>", args.join(", "))
        }
        Type::CurrentInstance { template } => format!("::{template}"),
        Type::Unsupported { spelling, .. } => spelling.clone(),
    }
}

pub(super) use super::lengths::{is_byte_len, is_count, is_count_name, is_slice_len};

pub(super) fn byte_like(ty: &Type) -> bool {
    matches!(
        ty,
        Type::Char
            | Type::Int {
                kind: IntKind::UChar | IntKind::SChar,
                ..
            }
    )
}

/// Where a parameter sits: constructors assume pointer arguments are kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamContext {
    /// Free functions and methods: borrowed for the call only (cxx's convention).
    Call,
    /// Constructors: pointers and references may be kept by the object.
    Constructor,
}

/// Output buffers whose size the config states: C++ parameter name → the
/// required size as a C++ expression over the parameters.
pub type SizedBuffers = std::collections::BTreeMap<String, super::sized::SizeExpr>;

/// What is known about one call beyond its types: the config's sized
/// buffers, and what the function's name and its sibling functions say
/// ([`super::c_text`]).
#[derive(Debug, Clone, Default)]
pub struct CallHints {
    /// Output buffers whose size the config states.
    pub sized: SizedBuffers,
    /// Arrays of strings whose length the config states (`[arrays]`).
    pub arrays: SizedBuffers,
    /// The name marks its `const void*` text as UTF-16 (`sqlite3_open16`).
    pub utf16: bool,
    /// The result, when the name and a sibling decide it.
    pub ret: Option<super::plan::RetKind>,
    /// A `printf`-style variadic bound in its fixed form (`"%s"` and one
    /// string): the index of the format parameter.
    pub printf: Option<usize>,
}

/// Maps the C++ parameters to Rust arguments, pairing `(T*, size_t)` into slices.
pub fn map_params(
    params: &[Param],
    env: &TypeEnv,
    ctx: ParamContext,
    hints: &CallHints,
) -> Result<Vec<Arg>, Skip> {
    let sized = &hints.sized;
    let mut args = Vec::new();
    let mut i = 0;
    let mut names = naming::NameSet::default();
    while i < params.len() {
        let p = &params[i];
        let label = if p.name.is_empty() {
            format!("parameter {}", i + 1)
        } else {
            format!("parameter `{}`", p.name)
        };
        // User data before its callback: the closure is named after the callback.
        let named = match (&p.ty, params.get(i + 1)) {
            (Type::VoidPointer, Some(cb)) if matches!(cb.ty, Type::Callback { .. }) => (cb, i + 1),
            _ => (p, i),
        };
        let base_name = if named.0.name.is_empty() {
            format!("arg{}", named.1)
        } else {
            naming::param(&named.0.name)
        };
        let name = names.claim(&base_name);
        // An array of strings, with its length stated in the config.
        if let Some(len) = hints.arrays.get(&p.name) {
            let kind = super::arrays::kind(p, len, env.strings_free.as_deref())
                .map_err(|s| Skip::new(s.reason, format!("{label}: {}", s.message)))?;
            args.push(Arg::single(name, kind, i, p));
            i += 1;
            continue;
        }
        // A buffer the callee writes, with its size stated in the config.
        if let (
            Some(size),
            Type::Pointer {
                pointee,
                is_const: false,
            },
        ) = (sized.get(&p.name), &p.ty)
        {
            if byte_like(pointee) {
                args.push(Arg {
                    name,
                    kind: ArgKind::SizedBuffer { size: size.clone() },
                    cpp_index: i,
                    cpp_count: 1,
                    cpp_type: cpp_spelling(&p.ty),
                    cpp_names: vec![p.name.clone()],
                });
                i += 1;
                continue;
            }
        }
        let after_slice = args
            .last()
            .is_some_and(|a: &Arg| a.cpp_count == 2 && a.cpp_index + 2 == i);
        if let Some(skip) = pointer_array(params, i, after_slice) {
            return Err(Skip::new(skip.reason, format!("{label}: {}", skip.message)));
        }
        if let Some(given) = super::buffers::given_bytes(params, i, &name) {
            i += given.cpp_count;
            args.push(given);
            continue;
        }
        if let Some(set) =
            super::closure_set::closure_set(params, i, &name, &mut names, env, hints.utf16)
        {
            let set = set.map_err(|s| Skip::new(s.reason, format!("{label}: {}", s.message)))?;
            i += set.cpp_count;
            args.push(set);
            continue;
        }
        if let Some(closure) = super::callbacks::closure(params, i, &name, env, hints.utf16) {
            let closure =
                closure.map_err(|s| Skip::new(s.reason, format!("{label}: {}", s.message)))?;
            i += closure.cpp_count;
            args.push(closure);
            continue;
        }
        // A pointer the config sizes is a sized buffer, whatever precedes it.
        let sized_next = params
            .get(i + 1)
            .is_some_and(|n| sized.contains_key(&n.name));
        if let Some(mut arg) =
            super::buffers::reversed_void_slice(params, i, name.clone()).filter(|_| !sized_next)
        {
            // `(n, void* p)`: the slice is named after the pointer.
            if let Some(next) = params.get(i + 1).filter(|n| !n.name.is_empty()) {
                arg.name = names.claim(&naming::param(&next.name));
            }
            args.push(arg);
            i += 2;
            continue;
        }
        if let Some(arg) = super::buffers::void_slice(params, i, &name) {
            args.push(arg);
            i += 2;
            continue;
        }
        if let Some(kind) = super::c_text::text_param(p, i, hints) {
            // A `va_list` after the format: the shim builds one holding the text.
            let va_list = params.get(i + 1).filter(|v| matches!(v.ty, Type::VaList));
            if let (ArgKind::PrintfText, Some(v)) = (&kind, va_list) {
                args.push(Arg {
                    name,
                    kind: ArgKind::VaText,
                    cpp_index: i,
                    cpp_count: 2,
                    cpp_type: cpp_spelling(&p.ty),
                    cpp_names: vec![p.name.clone(), v.name.clone()],
                });
                i += 2;
                continue;
            }
            args.push(Arg::single(name, kind, i, p));
            i += 1;
            continue;
        }
        if super::buffers::keep_copy(&mut args, p, i) {
            i += 1;
            continue;
        }
        if let Some(arg) = super::iovec::io_slices(params, i, &name, env, ctx) {
            args.push(arg);
            i += 2;
            continue;
        }
        // (Object* p, integer n): an array of objects, which has no safe reading
        // yet. A C handle is never an array (its size is unknown).
        if let (Type::Pointer { pointee, .. }, Some(next)) = (&p.ty, params.get(i + 1)) {
            let object =
                matches!(&**pointee, Type::Record { name } if !env.handles.contains_key(name));
            if object && is_count(next) {
                return Err(Skip::new(
                    Reason::RawPointer,
                    format!(
                        "{label}: `{}` followed by a length is an array of objects",
                        cpp_spelling(&p.ty)
                    ),
                ));
            }
        }
        // (T* p, count n): a slice (the count is a `size_t`, named like one, or unnamed).
        if let Type::Pointer { pointee, is_const } = &p.ty {
            if let (Some(elem), Some(next)) = (scalar(pointee), params.get(i + 1)) {
                // Bytes pair only with a byte length: `(const char* s, int nParam)` is
                // a string and a count of something else.
                let len_ok = if byte_like(pointee) {
                    is_byte_len(next)
                } else {
                    is_slice_len(next)
                };
                if len_ok && !matches!(**pointee, Type::Bool) {
                    let elem = if byte_like(pointee) {
                        Scalar {
                            rust: "u8",
                            cpp: "std::uint8_t",
                            exact: true,
                        }
                    } else {
                        elem
                    };
                    args.push(Arg {
                        name,
                        kind: ArgKind::Slice {
                            elem,
                            mutable: !is_const,
                            cpp_ptr: cpp_spelling(&p.ty),
                            len_first: false,
                        },
                        cpp_index: i,
                        cpp_count: 2,
                        cpp_type: cpp_spelling(&p.ty),
                        cpp_names: vec![p.name.clone(), next.name.clone()],
                    });
                    i += 2;
                    continue;
                }
            }
        }
        let kind = map_param(&p.ty, env, ctx).map_err(|s| Skip {
            reason: s.reason,
            message: format!("{label}: {}", s.message),
        })?;
        args.push(Arg::single(name, kind, i, p));
        i += 1;
    }
    // A borrowed out-string may point into a byte argument: make those NUL-terminated.
    if args
        .iter()
        .any(|a| matches!(a.kind, ArgKind::OutCStr { free: None }))
    {
        for a in &mut args {
            if matches!(&a.kind, ArgKind::Slice { elem, mutable: false, .. } if elem.rust == "u8") {
                a.kind = ArgKind::TerminatedBytes;
            }
        }
    }
    super::c_text::terminate_utf16(&mut args);
    Ok(args)
}

/// A `T**` next to a count reads as an array of pointers (no safe reading),
/// not as an out-parameter; a count that is already a slice's length does
/// not count (`(const char* sql, int nByte, sqlite3_stmt** out, …)`).
fn pointer_array(params: &[Param], i: usize, after_slice: bool) -> Option<Skip> {
    let Type::Pointer { pointee, .. } = &params[i].ty else {
        return None;
    };
    if !matches!(**pointee, Type::Pointer { .. }) {
        return None;
    }
    let counted = (i > 0 && !after_slice && is_count(&params[i - 1]))
        || params.get(i + 1).is_some_and(is_count);
    counted.then(|| {
        Skip::new(
            Reason::RawPointer,
            format!(
                "`{}` next to a count is an array of pointers",
                cpp_spelling(&params[i].ty)
            ),
        )
    })
}

/// Pointers to opaque C handles, and `char**` out-strings.
fn handle_param(ty: &Type, env: &TypeEnv) -> Option<Result<ArgKind, Skip>> {
    let Type::Pointer { pointee, is_const } = ty else {
        return None;
    };
    match &**pointee {
        Type::Record { name } => env.handles.get(name).map(|&h| Ok(ArgKind::Handle(h))),
        Type::Pointer {
            pointee: inner,
            is_const: inner_const,
        } if !is_const => match &**inner {
            Type::Record { name } => env.handles.get(name).map(|&h| Ok(ArgKind::OutHandle(h))),
            Type::Char if *inner_const => Some(Ok(ArgKind::OutCStr { free: None })),
            Type::Char => Some(match &env.free_function {
                Some(f) => Ok(ArgKind::OutCStr {
                    free: Some(f.clone()),
                }),
                None => Err(Skip::new(
                    Reason::RawPointer,
                    "`char**` string the caller must free, and the library has no `*_free(void*)`",
                )),
            }),
            _ => None,
        },
        _ => None,
    }
}

fn map_param(ty: &Type, env: &TypeEnv, ctx: ParamContext) -> Result<ArgKind, Skip> {
    if let Some(s) = scalar(ty) {
        return Ok(ArgKind::Scalar(s));
    }
    if let Some(pod) = super::pod::param(ty, env) {
        return Ok(pod);
    }
    if let Type::StringToken { name } = ty {
        if let Some(&h) = env.handles.get(name) {
            return Ok(ArgKind::Handle(h));
        }
    }
    if let Some(h) = handle_param(ty, env) {
        return h;
    }
    if let Some(k) = super::vocab::param(ty, env, ctx == ParamContext::Constructor) {
        return k;
    }
    match ty {
        Type::Enum { name } => enum_arg(name, env, false),
        Type::StdString => Ok(ArgKind::StrValue),
        Type::StdStringView => Ok(ArgKind::StrView),
        Type::StdVector { elem } => std_types::vec_in(elem),
        Type::StdOptional { inner } => std_types::optional_in(inner),
        Type::UniquePtr { pointee } => match &**pointee {
            Type::Record { name } => match env.classes.get(name) {
                Some(&class) if env.movable.contains(&class) => Ok(ArgKind::UniquePtrIn { class }),
                Some(_) => Err(Skip::new(
                    Reason::ClassByValue,
                    format!("`std::unique_ptr<{name}>`: the object is abstract, borrows, or has no public destructor, so Rust cannot hand it over"),
                )),
                None => Err(unbound(name, env)),
            },
            other => Err(type_skip(&Type::UniquePtr {
                pointee: Box::new(other.clone()),
            })),
        },
        Type::Record { name } if ctx == ParamContext::Call && env.byte_view(name).is_some() => {
            Ok(ArgKind::ByteView {
                cpp: name.clone(),
            })
        }
        Type::Record { name } => Err(object_skip(name, env).unwrap_or_else(|| {
            Skip::new(
                Reason::ClassByValue,
                format!("`{name}` passed by value (copy not proven safe)"),
            )
        })),
        Type::Ref { pointee, is_const } => match &**pointee {
            Type::StdString if *is_const => Ok(ArgKind::StrRef),
            Type::StdString => Ok(ArgKind::StrInOut),
            Type::StdStringView if *is_const => Ok(ArgKind::StrView),
            Type::StdVector { elem } if *is_const => std_types::vec_in(elem),
            Type::StdOptional { inner } if *is_const => std_types::optional_in(inner),
            Type::Enum { name } if *is_const => enum_arg(name, env, true),
            Type::Record { name }
                if *is_const && ctx == ParamContext::Call && env.byte_view(name).is_some() =>
            {
                Ok(ArgKind::ByteView { cpp: name.clone() })
            }
            Type::Record { name } => object(name, env, *is_const, false, ctx),
            t if *is_const && scalar(t).is_some() => {
                let mut s = scalar(t).unwrap_or(Scalar {
                    rust: "",
                    cpp: "",
                    exact: false,
                });
                s.exact = false; // a reference: the shim passes a value
                Ok(ArgKind::Scalar(s))
            }
            t if scalar(t).is_some() => Err(Skip::new(
                Reason::RawPointer,
                "mutable reference to a scalar (in/out parameter)",
            )),
            other => Err(type_skip(other)),
        },
        Type::Pointer { pointee, is_const } => match &**pointee {
            Type::Char if *is_const => Ok(match ctx {
                ParamContext::Call => ArgKind::CStr,
                ParamContext::Constructor => ArgKind::CStrRetained,
            }),
            // `const xmlChar*`: text in the library's own character type, as
            // `const char*` (the shim casts the pointer).
            t if *is_const && ctx == ParamContext::Call && is_text_char(t) => Ok(ArgKind::CStr),
            t if byte_like(t) && !is_const => Err(Skip::new(
                Reason::RawPointerOutput,
                match ctx {
                    ParamContext::Call => format!(
                        "`{}` buffer written by the callee with no length parameter",
                        cpp_spelling(ty)
                    ),
                    ParamContext::Constructor => format!(
                        "`{}` buffer the object keeps and may write past any size the call could check",
                        cpp_spelling(ty)
                    ),
                },
            )),
            Type::StdString if !is_const => Ok(ArgKind::OutString),
            Type::Record { name } => object(name, env, *is_const, true, ctx),
            t if !is_const && scalar(t).is_some() => {
                let mut s = scalar(t).unwrap_or(Scalar {
                    rust: "",
                    cpp: "",
                    exact: false,
                });
                s.exact = false;
                Ok(ArgKind::OutScalar(s))
            }
            t if scalar(t).is_some() => Err(Skip::new(
                Reason::RawPointer,
                format!("`{}` without a length parameter", cpp_spelling(ty)),
            )),
            Type::Pointer {
                pointee: inner,
                is_const: false,
            } if !is_const && owned_class(inner, env).is_some() => match owned_class(inner, env) {
                Some(class) => Ok(ArgKind::OutObject { class }),
                None => Err(type_skip(ty)),
            },
            Type::Pointer { .. } | Type::VoidPointer | Type::ConstVoidPointer => Err(Skip::new(
                Reason::RawPointer,
                format!("pointer to pointer `{}`", cpp_spelling(ty)),
            )),
            other => Err(type_skip(other)),
        },
        other => Err(type_skip(other)),
    }
}

pub(super) fn enum_arg(name: &str, env: &TypeEnv, by_ref: bool) -> Result<ArgKind, Skip> {
    match env.enums.get(name) {
        Some((_, ffi)) => Ok(ArgKind::Enum {
            cpp: name.to_string(),
            ffi: ffi.clone(),
            by_ref,
        }),
        None => Err(unbound(name, env)),
    }
}

fn object(
    name: &str,
    env: &TypeEnv,
    is_const: bool,
    pointer: bool,
    _ctx: ParamContext,
) -> Result<ArgKind, Skip> {
    match env.classes.get(name) {
        Some(&class) => Ok(ArgKind::Object {
            cpp: name.to_string(),
            class,
            mutable: !is_const,
            pointer,
        }),
        None => Err(unbound(name, env)),
    }
}

/// A bound class Rust can own and drop (public destructor, borrowing nothing).
pub(super) fn owned_class(ty: &Type, env: &TypeEnv) -> Option<ClassId> {
    match ty {
        Type::Record { name } => env
            .classes
            .get(name)
            .copied()
            .filter(|c| env.owned.contains(c)),
        _ => None,
    }
}

fn object_skip(name: &str, env: &TypeEnv) -> Option<Skip> {
    (!env.classes.contains_key(name)).then(|| unbound(name, env))
}

pub(super) fn unbound(name: &str, env: &TypeEnv) -> Skip {
    match env.skipped.get(name) {
        Some(r) => Skip::new(
            Reason::UnboundType,
            format!("uses `{name}`, which is not bound ({})", r.code()),
        ),
        None => Skip::new(
            Reason::UnboundType,
            format!("uses `{name}`, which is not declared in the library's headers (see --scope)"),
        ),
    }
}

/// The skip for a type with no mapping at all.
pub fn type_skip(ty: &Type) -> Skip {
    match ty {
        Type::RvalueRef { .. } => {
            Skip::new(Reason::RvalueReference, format!("`{}`", cpp_spelling(ty)))
        }
        Type::VoidPointer | Type::ConstVoidPointer => Skip::new(
            Reason::VoidPointer,
            format!("`{}` has no safe reading", cpp_spelling(ty)),
        ),
        Type::FunctionPointer | Type::DestructorPointer | Type::Callback { .. } => Skip::new(
            Reason::FunctionPointer,
            "function pointer (callbacks are not bound yet)",
        ),
        Type::Unsupported { spelling, what } => {
            Skip::new(Reason::UnsupportedType, format!("`{spelling}` ({what})"))
        }
        Type::StringToken { name } => Skip::new(
            Reason::UnsupportedType,
            format!("`{name}` (a typedef of a `char` pointer: a library string type)"),
        ),
        Type::Pointer { .. } => Skip::new(Reason::RawPointer, format!("`{}`", cpp_spelling(ty))),
        Type::VaList => Skip::new(
            Reason::UnsupportedType,
            "`va_list` (bound only right after a `printf`-style format, in the fixed form)",
        ),
        other => Skip::new(
            Reason::UnsupportedType,
            format!("`{}`", cpp_spelling(other)),
        ),
    }
}

/// A character type of the library's own whose name says it holds text
/// (`typedef unsigned char xmlChar;`, `FcChar8`): a `const` pointer to one
/// is a NUL-terminated string.
pub fn is_text_char(t: &Type) -> bool {
    matches!(t, Type::Int { kind: IntKind::UChar | IntKind::SChar, alias: Some(a) } if crate::ir::names_text_char(a))
}
