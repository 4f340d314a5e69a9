//! The parameter dispatcher: one pass over a callable's C++ parameters,
//! each run of them matched by exactly one rule, in order (config-sized
//! arrays and buffers, pointer arrays, given bytes, closure sets, closures,
//! C buffers, C text, iovecs, slices, then one parameter's own type). The
//! rules themselves live in their construct's wing; this file only orders
//! them. Its twin for results is [`super::results`].

use crate::analysis::conventions::{is_byte_len, is_count, is_slice_len, length_assumes};
use crate::analysis::core::arrays::PointerRun;
use crate::analysis::core::naming;
use crate::analysis::core::types::*;
use crate::analysis::stdlib::std_types;
use crate::ir::cpp_spelling;
use crate::ir::{Param, Type};
use crate::plan::{Arg, ArgKind, Convention, Scalar};
use crate::plan::{ParamLabel, Skip, Why};

/// Maps the C++ parameters to Rust arguments, pairing `(T*, size_t)` into slices.
pub fn map_params(
    params: &[Param],
    env: &TypeEnv,
    ctx: ParamContext,
    hints: &CallHints,
) -> Result<Vec<Arg>, Skip> {
    let mut walk = Walk {
        params,
        env,
        ctx,
        hints,
        args: Vec::new(),
        names: naming::NameSet::default(),
    };
    let mut i = 0;
    while i < params.len() {
        i += walk.step(i)?;
    }
    Ok(walk.finish())
}

/// The state of one pass over a callable's parameters: what every rule
/// reads, the arguments made so far and the names they claimed.
struct Walk<'a> {
    params: &'a [Param],
    env: &'a TypeEnv,
    ctx: ParamContext,
    hints: &'a CallHints,
    args: Vec<Arg>,
    names: naming::NameSet,
}

/// The parameter at the cursor: its index, the Rust name its argument
/// claimed, and the label a skip names it by.
struct At<'p> {
    i: usize,
    p: &'p Param,
    name: String,
    label: ParamLabel,
}

/// What a rule made of the run at the cursor: the argument it adds (none
/// when the parameter joins the previous argument) and how many parameters
/// it covers.
struct Step {
    arg: Option<Arg>,
    consumed: usize,
}

impl Step {
    /// A new argument covering `consumed` parameters.
    fn new(consumed: usize, arg: Arg) -> Self {
        Step {
            arg: Some(arg),
            consumed,
        }
    }
}

/// One rule over the run at the cursor: `None` when it does not apply,
/// else what it made of the run or why the callable is skipped.
type Rule = fn(&mut Walk<'_>, &At<'_>) -> Option<Result<Step, Skip>>;

/// The rules, in the order they are tried; the first that applies decides
/// the run, and [`own_type`] decides a parameter none applies to.
const RULES: [Rule; 16] = [
    config_array,
    config_sized_buffer,
    pointers_next_to_count,
    given_bytes,
    closure_set,
    closure,
    reversed_void_slice,
    void_slice,
    c_text,
    kept_copy,
    io_slices,
    object_array,
    slice,
    unstated_extent,
    scalar_array,
    documented_output,
];

impl<'a> Walk<'a> {
    /// Decides the run starting at parameter `i`; returns how many parameters it covers.
    fn step(&mut self, i: usize) -> Result<usize, Skip> {
        let at = self.at(i);
        let step = RULES
            .iter()
            .find_map(|rule| rule(self, &at))
            .unwrap_or_else(|| own_type(self, &at))
            .map_err(|s| s.in_parameter(at.label.clone()))?;
        if let Some(arg) = step.arg {
            self.args.push(arg);
        }
        Ok(step.consumed)
    }

    /// Parameter `i`, claiming its argument's name.
    fn at(&mut self, i: usize) -> At<'a> {
        let params = self.params;
        let p = &params[i];
        let label = if p.name.is_empty() {
            ParamLabel::Nth(i + 1)
        } else {
            ParamLabel::Named(p.name.clone())
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
        let name = self.names.claim(&base_name);
        At { i, p, name, label }
    }

    /// The arguments, with the byte slices a borrowed out-string (or a
    /// UTF-16 out-string) may point into made NUL-terminated.
    fn finish(mut self) -> Vec<Arg> {
        let args = &mut self.args;
        // A borrowed out-string may point into a byte argument: make those NUL-terminated.
        if args
            .iter()
            .any(|a| matches!(a.kind, ArgKind::OutCStr { free: None }))
        {
            for a in args.iter_mut() {
                if let ArgKind::Slice {
                    elem,
                    mutable: false,
                    cpp_ptr,
                    ..
                } = &a.kind
                {
                    if elem.rust == "u8" {
                        a.kind = ArgKind::TerminatedBytes {
                            cpp_ptr: cpp_ptr.clone(),
                        };
                    }
                }
            }
        }
        crate::analysis::c_api::c_text::terminate_utf16(args);
        self.args
    }
}

/// An array of strings, with its length stated in the config.
fn config_array(w: &mut Walk<'_>, at: &At<'_>) -> Option<Result<Step, Skip>> {
    let len = w.hints.arrays.get(&at.p.name)?;
    let kind = crate::analysis::c_api::arrays::kind(at.p, len, w.env.strings_free.as_deref());
    Some(kind.map(|kind| {
        let assumed = kind_assumes(&kind);
        let mut arg = Arg::single(at.name.clone(), kind, at.i, at.p);
        if let Some(c) = assumed {
            arg = arg.assuming(c);
        }
        Step::new(1, arg)
    }))
}

/// A buffer the callee writes, with its size stated in the config.
fn config_sized_buffer(w: &mut Walk<'_>, at: &At<'_>) -> Option<Result<Step, Skip>> {
    let size = w.hints.sized.get(&at.p.name)?;
    let Type::Pointer {
        pointee,
        is_const: false,
    } = &at.p.ty
    else {
        return None;
    };
    if !byte_like(pointee) {
        return None;
    }
    let kind = ArgKind::SizedBuffer { size: size.clone() };
    Some(Ok(Step::new(
        1,
        Arg::single(at.name.clone(), kind, at.i, at.p),
    )))
}

/// A `T**` next to a count, which [`crate::analysis::core::arrays::pointer_array`] skips.
fn pointers_next_to_count(w: &mut Walk<'_>, at: &At<'_>) -> Option<Result<Step, Skip>> {
    let after_slice = w
        .args
        .last()
        .is_some_and(|a: &Arg| a.cpp_count == 2 && a.cpp_index + 2 == at.i);
    crate::analysis::core::arrays::pointer_array(w.params, at.i, after_slice).map(Err)
}

/// Bytes the callee takes with their deleter ([`crate::analysis::c_api::buffers::given_bytes`]).
fn given_bytes(w: &mut Walk<'_>, at: &At<'_>) -> Option<Result<Step, Skip>> {
    let given = crate::analysis::c_api::buffers::given_bytes(w.params, at.i, &at.name)?;
    Some(Ok(Step::new(given.cpp_count, given)))
}

/// Several callbacks sharing one user data ([`crate::analysis::c_api::closure_set`]).
fn closure_set(w: &mut Walk<'_>, at: &At<'_>) -> Option<Result<Step, Skip>> {
    let set = crate::analysis::c_api::closure_set::closure_set(
        w.params,
        at.i,
        &at.name,
        &mut w.names,
        w.env,
        w.hints.utf16,
    )?;
    Some(set.map(|set| Step::new(set.cpp_count, set)))
}

/// A callback with its user data ([`crate::analysis::c_api::callbacks::closure`]).
fn closure(w: &mut Walk<'_>, at: &At<'_>) -> Option<Result<Step, Skip>> {
    let closure =
        crate::analysis::c_api::callbacks::closure(w.params, at.i, &at.name, w.env, w.hints.utf16)?;
    Some(closure.map(|closure| Step::new(closure.cpp_count, closure)))
}

/// `(n, void* p)`: a slice named after the pointer, unless the config sizes
/// the pointer (a sized buffer, whatever precedes it).
fn reversed_void_slice(w: &mut Walk<'_>, at: &At<'_>) -> Option<Result<Step, Skip>> {
    let sized_next = w
        .params
        .get(at.i + 1)
        .is_some_and(|n| w.hints.sized.contains_key(&n.name));
    let mut arg =
        crate::analysis::c_api::buffers::reversed_void_slice(w.params, at.i, at.name.clone())
            .filter(|_| !sized_next)?;
    if let Some(next) = w.params.get(at.i + 1).filter(|n| !n.name.is_empty()) {
        arg.name = w.names.claim(&naming::param(&next.name));
    }
    Some(Ok(Step::new(2, arg)))
}

/// `(void* p, n)`: a byte slice ([`crate::analysis::c_api::buffers::void_slice`]).
fn void_slice(w: &mut Walk<'_>, at: &At<'_>) -> Option<Result<Step, Skip>> {
    let arg = crate::analysis::c_api::buffers::void_slice(w.params, at.i, &at.name)?;
    Some(Ok(Step::new(2, arg)))
}

/// C text the hints mark (a `printf` format, UTF-16), with a `va_list` after the format.
fn c_text(w: &mut Walk<'_>, at: &At<'_>) -> Option<Result<Step, Skip>> {
    let (i, p) = (at.i, at.p);
    let (kind, assumed) = crate::analysis::c_api::c_text::text_param(p, i, w.hints)?;
    // A `va_list` after the format: the shim builds one holding the text.
    let va_list = w.params.get(i + 1).filter(|v| matches!(v.ty, Type::VaList));
    if let (ArgKind::PrintfText, Some(v)) = (&kind, va_list) {
        return Some(Ok(Step::new(
            2,
            Arg {
                name: at.name.clone(),
                kind: ArgKind::VaText,
                cpp_index: i,
                cpp_count: 2,
                cpp_type: cpp_spelling(&p.ty),
                cpp_names: vec![p.name.clone(), v.name.clone()],
                assumes: vec![assumed],
            },
        )));
    }
    let arg = Arg::single(at.name.clone(), kind, i, p).assuming(assumed);
    Some(Ok(Step::new(1, arg)))
}

/// A destructor after a read-only byte slice, which joins it as a kept copy.
fn kept_copy(w: &mut Walk<'_>, at: &At<'_>) -> Option<Result<Step, Skip>> {
    crate::analysis::c_api::buffers::keep_copy(&mut w.args, at.p, at.i).then_some(Ok(Step {
        arg: None,
        consumed: 1,
    }))
}

/// `(struct iovec* iov, n)`: I/O slices ([`crate::analysis::c_api::iovec`]).
fn io_slices(w: &mut Walk<'_>, at: &At<'_>) -> Option<Result<Step, Skip>> {
    let arg = crate::analysis::c_api::iovec::io_slices(w.params, at.i, &at.name, w.env, w.ctx)?;
    Some(Ok(Step::new(2, arg)))
}

/// `(T* p, integer n)` of a class `T` (rule 4): an array of objects, a
/// slice of plain values, or one object where a typedef or name says so
/// ([`crate::analysis::core::arrays`]).
fn object_array(w: &mut Walk<'_>, at: &At<'_>) -> Option<Result<Step, Skip>> {
    let run = crate::analysis::core::arrays::object_run(w.params, at.i, &at.name, w.env)?;
    Some(pointer_run(w, at, run))
}

/// A step from what [`crate::analysis::core::arrays`] made of a pointer run.
fn pointer_run(w: &Walk<'_>, at: &At<'_>, run: PointerRun) -> Result<Step, Skip> {
    match run {
        PointerRun::One(c) => own_type(w, at).map(|step| Step {
            arg: step.arg.map(|a| a.assuming(c)),
            ..step
        }),
        PointerRun::Slice(arg) => Ok(Step::new(2, arg)),
        PointerRun::Array(skip) => Err(skip),
    }
}

/// (T* p, count n): a slice (the count is a `size_t`, named like one, or unnamed).
fn slice(w: &mut Walk<'_>, at: &At<'_>) -> Option<Result<Step, Skip>> {
    let (i, p) = (at.i, at.p);
    let Type::Pointer { pointee, is_const } = &p.ty else {
        return None;
    };
    // A byte pointer is a byte slice, whatever the byte type (`std::byte`
    // is no scalar by value); the shim casts to the parameter's own type.
    let byte_elem = byte_like(pointee).then_some(Scalar {
        rust: "u8",
        cpp: "std::uint8_t",
        exact: true,
    });
    let (Some(elem), Some(next)) = (byte_elem.or_else(|| scalar(pointee)), w.params.get(i + 1))
    else {
        return None;
    };
    // Bytes pair only with a byte length: `(const char* s, int nParam)` is
    // a string and a count of something else.
    let len_ok = if byte_like(pointee) {
        is_byte_len(next)
    } else {
        is_slice_len(next)
    };
    if !len_ok || matches!(**pointee, Type::Bool) {
        return None;
    }
    let assumed = if byte_like(pointee) {
        length_assumes(next, Convention::LengthByName)
    } else {
        length_assumes(next, Convention::CountByName)
    };
    Some(Ok(Step::new(
        2,
        Arg {
            name: at.name.clone(),
            kind: ArgKind::Slice {
                elem,
                mutable: !is_const,
                cpp_ptr: cpp_spelling(&p.ty),
                len_first: false,
                len_type: cpp_spelling(&next.ty),
            },
            cpp_index: i,
            cpp_count: 2,
            cpp_type: cpp_spelling(&p.ty),
            cpp_names: vec![p.name.clone(), next.name.clone()],
            assumes: assumed.into_iter().collect(),
        },
    )))
}

/// A non-`const` `std::string*` its documentation says the callee only
/// writes ([`std_types::documented_output`]).
fn documented_output(w: &mut Walk<'_>, at: &At<'_>) -> Option<Result<Step, Skip>> {
    let kind = std_types::documented_output(at.p, w.ctx, w.hints)?;
    let arg = Arg::single(at.name.clone(), kind, at.i, at.p).assuming(Convention::OutputByDoc);
    Some(Ok(Step::new(1, arg)))
}

/// A pointer whose element count the call states elsewhere: skipped
/// ([`crate::analysis::core::arrays::unstated_extent`]).
fn unstated_extent(w: &mut Walk<'_>, at: &At<'_>) -> Option<Result<Step, Skip>> {
    // The integer before counts the pointer unless it is already the
    // length of the slice before it.
    let counted_before = at.i > 0
        && matches!(w.params[at.i - 1].ty, Type::Int { .. })
        && is_count(&w.params[at.i - 1])
        && !w
            .args
            .last()
            .is_some_and(|a| a.cpp_count > 1 && a.cpp_index + a.cpp_count == at.i);
    crate::analysis::core::arrays::unstated_extent(w.params, at.i, counted_before, w.env).map(Err)
}

/// `(T* p, integer n)` of a scalar `T` that [`slice`] did not take: one
/// out-value only where the integer's name says so (rule 4).
fn scalar_array(w: &mut Walk<'_>, at: &At<'_>) -> Option<Result<Step, Skip>> {
    let run = crate::analysis::core::arrays::scalar_run(w.params, at.i)?;
    Some(pointer_run(w, at, run))
}

/// Anything else: the parameter's own type ([`map_param`]).
fn own_type(w: &Walk<'_>, at: &At<'_>) -> Result<Step, Skip> {
    let kind = map_param(&at.p.ty, w.env, w.ctx)?;
    let assumed = kind_assumes(&kind);
    let mut arg = Arg::single(at.name.clone(), kind, at.i, at.p);
    if let Some(c) = assumed {
        arg = arg.assuming(c);
    }
    Ok(Step::new(1, arg))
}

/// The convention an argument kind relies on when only a fact read from
/// names makes it: a byte view (its class's `data()` and `size()`), a
/// `char**` out-string freed with the library's `*_free` function, a
/// table of strings freed with its `*_free*(char**)` function.
fn kind_assumes(kind: &ArgKind) -> Option<Convention> {
    match kind {
        ArgKind::ByteView { .. } => Some(Convention::ByteViewByName),
        ArgKind::OutCStr { free: Some(_) } => Some(Convention::FreeFunctionByName),
        ArgKind::OutCStrArray { .. } => Some(Convention::FreesByName),
        _ => None,
    }
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
                None => Err(Skip::new(Why::OutStringNoFree)),
            }),
            _ => None,
        },
        _ => None,
    }
}

/// One parameter's own type: scalars, values, handles, vocabulary types,
/// strings, objects and the pointers and references to them.
fn map_param(ty: &Type, env: &TypeEnv, ctx: ParamContext) -> Result<ArgKind, Skip> {
    if let Some(s) = scalar(ty) {
        return Ok(ArgKind::Scalar(s));
    }
    if let Some(pod) = crate::analysis::class::pod::param(ty, env) {
        return Ok(pod);
    }
    if let Type::StringToken { name, .. } = ty {
        if let Some(&h) = env.handles.get(name) {
            return Ok(ArgKind::Handle(h));
        }
    }
    if let Some(h) = handle_param(ty, env) {
        return h;
    }
    if let Some(k) =
        crate::analysis::stdlib::vocab::param(ty, env, ctx == ParamContext::Constructor)
    {
        return k;
    }
    match ty {
        Type::Enum { name } => enum_arg(name, env, false),
        Type::StdString => Ok(ArgKind::StrValue),
        Type::StdStringView => Ok(ArgKind::StrView),
        Type::StdVector { elem } => std_types::vec_in(elem),
        Type::StdOptional { inner } => std_types::optional_in(inner),
        Type::UniquePtr { pointee } => unique_ptr_param(pointee, env),
        Type::Record { name } if ctx == ParamContext::Call && env.byte_view(name).is_some() => {
            env.byte_view_arg(name).ok_or_else(|| type_skip(ty))
        }
        Type::Record { name } => Err(object_skip(name, env)
            .unwrap_or_else(|| Skip::new(Why::ClassByValue { name: name.clone() }))),
        Type::Ref { pointee, is_const } => ref_param(pointee, *is_const, env, ctx),
        Type::Pointer { pointee, is_const } => pointer_param(ty, pointee, *is_const, env, ctx),
        other => Err(type_skip(other)),
    }
}

/// `std::unique_ptr<T>` by value: an owned object Rust hands over.
fn unique_ptr_param(pointee: &Type, env: &TypeEnv) -> Result<ArgKind, Skip> {
    match pointee {
        Type::Record { name } => match env.classes.get(name) {
            Some(&class) if env.movable.contains(&class) => Ok(ArgKind::UniquePtrIn { class }),
            Some(_) => Err(Skip::new(Why::UniquePtrNotMovable { name: name.clone() })),
            None => Err(unbound(name, env)),
        },
        other => Err(type_skip(&Type::UniquePtr {
            pointee: Box::new(other.clone()),
        })),
    }
}

/// `T&` and `const T&` of anything but a handle or vocabulary type.
fn ref_param(
    pointee: &Type,
    is_const: bool,
    env: &TypeEnv,
    ctx: ParamContext,
) -> Result<ArgKind, Skip> {
    match pointee {
        Type::StdString if is_const => Ok(ArgKind::StrRef),
        Type::StdString => std_types::string_in_out(false, ctx),
        Type::StdStringView if is_const => Ok(ArgKind::StrView),
        Type::StdVector { elem } if is_const => std_types::vec_in(elem),
        Type::StdOptional { inner } if is_const => std_types::optional_in(inner),
        Type::Enum { name } if is_const => enum_arg(name, env, true),
        Type::Record { name }
            if is_const && ctx == ParamContext::Call && env.byte_view(name).is_some() =>
        {
            env.byte_view_arg(name)
                .ok_or_else(|| Skip::new(Why::ClassByValue { name: name.clone() }))
        }
        Type::Record { name } => object(name, env, is_const, false, ctx),
        t if is_const && scalar(t).is_some() => {
            let mut s = scalar(t).unwrap_or(Scalar {
                rust: "",
                cpp: "",
                exact: false,
            });
            s.exact = false; // a reference: the shim passes a value
            Ok(ArgKind::Scalar(s))
        }
        t if scalar(t).is_some() => Err(Skip::new(Why::MutableScalarRef)),
        other => Err(type_skip(other)),
    }
}

/// `T*` and `const T*` (the whole type `ty`) of anything but a handle or a
/// `char**` out-string.
fn pointer_param(
    ty: &Type,
    pointee: &Type,
    is_const: bool,
    env: &TypeEnv,
    ctx: ParamContext,
) -> Result<ArgKind, Skip> {
    match pointee {
        Type::Char if is_const => Ok(match ctx {
            ParamContext::Call => ArgKind::CStr,
            ParamContext::Constructor => ArgKind::CStrRetained,
        }),
        // `const xmlChar*`: text in the library's own character type, as
        // `const char*` (the shim casts the pointer).
        t if is_const && ctx == ParamContext::Call && is_text_char(t) => Ok(ArgKind::CStr),
        t if byte_like(t) && !is_const => Err(Skip::new(Why::UnsizedBuffer {
            spelling: cpp_spelling(ty),
            kept: ctx == ParamContext::Constructor,
        })),
        Type::StdString if !is_const => std_types::string_in_out(true, ctx),
        Type::Record { name } => object(name, env, is_const, true, ctx),
        t if !is_const && scalar(t).is_some() => {
            let mut s = scalar(t).unwrap_or(Scalar {
                rust: "",
                cpp: "",
                exact: false,
            });
            s.exact = false;
            Ok(ArgKind::OutScalar(s))
        }
        t if scalar(t).is_some() => Err(Skip::new(Why::ScalarPointer {
            spelling: cpp_spelling(ty),
        })),
        Type::Pointer {
            pointee: inner,
            is_const: false,
        } if !is_const && owned_class(inner, env).is_some() => match owned_class(inner, env) {
            Some(class) => Ok(ArgKind::OutObject { class }),
            None => Err(type_skip(ty)),
        },
        Type::Pointer { .. } | Type::VoidPointer | Type::ConstVoidPointer => {
            Err(Skip::new(Why::PointerToPointer {
                spelling: cpp_spelling(ty),
            }))
        }
        other => Err(type_skip(other)),
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

fn object_skip(name: &str, env: &TypeEnv) -> Option<Skip> {
    (!env.classes.contains_key(name)).then(|| unbound(name, env))
}
