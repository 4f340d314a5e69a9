//! The bridge-level signature of each plan, computed once and read by both
//! writers: the bridge (Rust tokens) and the shim (C++ text).

use crate::emit::c_api::{arrays, c_text, callbacks, closure_set, handles, memory};
use crate::emit::core::tokens::{class_cpp, ident, scalar_tokens, FfiParam, FfiSig};
use crate::plan::{
    Access, Arg, ArgKind, Bindings, CallKind, ClassId, FnBinding, HandleId, OpKind, PodId, PodPass,
    RetKind, Scalar, TextUnit,
};
use proc_macro2::{Ident, TokenStream};
use quote::quote;

/// (bridge type, C++ type, C++ call expression) of one argument.
type Crossing = (TokenStream, String, String);

/// (bridge result type, `None` for unit; C++ result type) of a call.
type RetTypes = (Option<TokenStream>, String);

/// The lifetimes of a signature's borrowing parameters (`'a` or nothing).
struct Lifetimes {
    /// Receivers and mutable slices: the result borrows them.
    lent: TokenStream,
    /// Handles and object arguments: a borrowed handle result borrows them.
    handles: TokenStream,
}

/// The bridge identifier of a class.
fn class_ident(b: &Bindings, class: ClassId) -> Ident {
    ident(&b.class(class).ffi_name)
}

/// A class object by reference: (bridge type, C++ type).
fn object_ref(
    b: &Bindings,
    class: ClassId,
    mutable: bool,
    lt: &TokenStream,
) -> (TokenStream, String) {
    let cls = class_ident(b, class);
    let cpp = class_cpp(b, class);
    if mutable {
        (quote!(Pin<&#lt mut #cls>), format!("{cpp}&"))
    } else {
        (quote!(&#lt #cls), format!("const {cpp}&"))
    }
}

/// The signature of `f`'s own bridge function (`None` for plans that reuse
/// another's, i.e. inherited methods).
pub fn build(b: &Bindings, f: &FnBinding) -> Option<FfiSig> {
    if !f.kind.has_bridge_fn() {
        return None;
    }
    let borrowed = f.ret.lends();
    // A borrowed handle result borrows the handle arguments (`'a`).
    let borrows_handles = f.ret.borrows_handles();
    let a_if = |yes: bool| if yes { quote!('a) } else { quote!() };
    let lts = Lifetimes {
        lent: a_if(borrowed),
        handles: a_if(borrows_handles),
    };
    // Closure arguments are `extern "Rust"` types with a lifetime too.
    let lifetime = borrowed || borrows_handles || callbacks::lends_closure(f);
    let mut params = Vec::new();
    let mut call_args = Vec::new();
    match f.kind {
        // The receiver of a shimmed method.
        CallKind::Method { class, mutable }
        | CallKind::Release { class, mutable }
        | CallKind::Field {
            class,
            set: mutable,
        } if !f.direct => params.push(receiver(b, class, mutable, &lts.lent)),
        CallKind::Upcast { from, to, mutable } => return Some(upcast(b, from, to, mutable)),
        _ => {}
    }
    for a in &f.args {
        if let Some((rust, cpp, call)) = arg(b, f, a, &lts, &mut params, &mut call_args) {
            params.push(FfiParam {
                name: a.name.clone(),
                rust,
                cpp,
            });
            call_args.push(call);
        }
    }
    let (ret_rust, ret_cpp) = match (f.kind.constructed(), f.kind, &f.ret) {
        (Some(class), _, _) => owned(b, class),
        (None, CallKind::Operator { op, .. }, RetKind::Scalar(s)) if op.borrows_result() => {
            index_ret(op, s)
        }
        _ => ret_types(b, &f.ret, &mut params),
    };
    Some(FfiSig {
        lifetime,
        params,
        ret_rust,
        ret_cpp,
        call_args,
    })
}

/// The receiver parameter `obj` of a method, by reference.
fn receiver(b: &Bindings, class: ClassId, mutable: bool, lt: &TokenStream) -> FfiParam {
    let (rust, cpp) = object_ref(b, class, mutable, lt);
    FfiParam {
        name: "obj".into(),
        rust,
        cpp,
    }
}

/// An upcast's whole signature: `&Derived` in, `&Base` out.
fn upcast(b: &Bindings, from: ClassId, to: ClassId, mutable: bool) -> FfiSig {
    let (ret_rust, ret_cpp) = object_ref(b, to, mutable, &quote!());
    FfiSig {
        lifetime: false,
        params: vec![receiver(b, from, mutable, &quote!())],
        ret_rust: Some(ret_rust),
        ret_cpp,
        call_args: Vec::new(),
    }
}

/// The crossing of argument `a`, every kind accounted for here. `None` when
/// the kind pushes its own parameters and call arguments (or crosses as
/// none); companion parameters are pushed before the returned one.
fn arg(
    b: &Bindings,
    f: &FnBinding,
    a: &Arg,
    lts: &Lifetimes,
    params: &mut Vec<FfiParam>,
    call_args: &mut Vec<String>,
) -> Option<Crossing> {
    let n = &a.name;
    match &a.kind {
        ArgKind::Scalar(s) => Some((scalar_tokens(s), s.cpp.to_string(), n.clone())),
        ArgKind::Enum { cpp, ffi, .. } => Some(enum_arg(cpp, ffi, n)),
        ArgKind::OutScalar(s) => Some(out_scalar(a, s)),
        ArgKind::OptScalar { value, cpp_inner } => Some(opt_scalar(n, value, cpp_inner, params)),
        ArgKind::CStrKept => Some(cxx_str(as_text_type(a, kept_copy(n)))),
        ArgKind::CStr => Some(cxx_str(as_text_type(a, format!("{n}.c_str()")))),
        ArgKind::CStrRetained => Some(bytes(format!("::cxxbind::c_str({n})"))),
        ArgKind::StrRef | ArgKind::StrValue => Some(cxx_str(n.clone())),
        ArgKind::StrView => Some(bytes(string_view(n))),
        ArgKind::StrInOut { pointer } => Some(cxx_str_mut(by_pointer(n, *pointer))),
        ArgKind::OutString => Some(cxx_str_mut(format!("&{n}"))),
        ArgKind::OptStr => Some(opt_str(n, params)),
        ArgKind::ByteView { cpp, cpp_ptr } => Some(bytes(byte_view(cpp, cpp_ptr, n))),
        ArgKind::Slice {
            elem,
            mutable,
            cpp_ptr,
            len_first,
            len_type,
        } => Some(slice(
            a,
            elem,
            *mutable,
            (cpp_ptr, len_type),
            *len_first,
            &lts.lent,
        )),
        ArgKind::VecIn { elem, cpp_elem } => Some(vec_in(n, elem, cpp_elem)),
        ArgKind::SizedBuffer { .. } => Some(sized_buffer(a, &lts.lent)),
        ArgKind::IoSlices { mutable } => Some(io_slices(n, *mutable)),
        ArgKind::GivenBytes {
            cpp_ptr,
            deleter_params,
        } => Some(given_bytes(n, cpp_ptr, deleter_params)),
        ArgKind::Pod { id, pass, pointer } => Some(pod(b, n, *id, *pass, *pointer)),
        ArgKind::PodSlice {
            id,
            mutable,
            len_type,
        } => Some(crate::emit::class::pod::slice(
            b, n, *id, *mutable, len_type, &lts.lent,
        )),
        // A handle part borrows its object arguments too (`'a`).
        ArgKind::Object {
            class,
            mutable,
            pointer,
            ..
        } => Some(object(
            b,
            *class,
            *mutable,
            &lts.handles,
            by_pointer(n, *pointer),
        )),
        ArgKind::SameBorrows { class } => Some(object(b, *class, false, &quote!(), n.clone())),
        ArgKind::Selected { class, .. } => {
            Some(object(b, *class, true, &quote!(), format!("&{n}")))
        }
        ArgKind::OutObject { class } => Some(out_object(b, n, *class)),
        ArgKind::UniquePtrIn { class } => Some(unique_ptr_in(b, n, *class)),
        ArgKind::PrevChild { handle, .. } => Some(prev_child(b, n, *handle, params)),
        // Written by the shim into its own local, which the bridge returns.
        ArgKind::OutPart(_) => {
            call_args.push("&cxxbind_out".into());
            None
        }
        ArgKind::Std(s) => {
            crate::emit::stdlib::vocab::sig_arg(b, s, n, params, call_args);
            None
        }
        ArgKind::ClosureSet(_) => {
            closure_set::sig_arg(b, a, params, call_args);
            None
        }
        ArgKind::Closure(_) => callbacks::sig_arg(b, a),
        ArgKind::CStrArray { .. } | ArgKind::OutCStrArray { .. } => arrays::sig_arg(f, a, params),
        ArgKind::Handle(_)
        | ArgKind::HandleLent(_)
        | ArgKind::HandleGiven(_)
        | ArgKind::OutHandle(_)
        | ArgKind::KeptBytes { .. }
        | ArgKind::TerminatedBytes { .. }
        | ArgKind::OutCStr { .. }
        | ArgKind::OutCountedCStr { .. } => handles::sig_arg(b, a, &lts.handles),
        // `None` without an allocator family: no bridge parameter then.
        ArgKind::Memory { .. } => memory::sig_arg(b, a),
        ArgKind::PrintfText
        | ArgKind::VaText
        | ArgKind::Utf16Str
        | ArgKind::Utf16Kept
        | ArgKind::TerminatedUtf16
        | ArgKind::OutUtf16 => c_text::sig_arg(a),
    }
}

/// Pushes the `cxxbind_has_{n}` flag that says whether an optional is set.
fn push_has_flag(n: &str, params: &mut Vec<FfiParam>) {
    params.push(FfiParam {
        name: format!("cxxbind_has_{n}"),
        rust: quote!(bool),
        cpp: "bool".into(),
    });
}

/// `&CxxString` in, read as `call`.
fn cxx_str(call: String) -> Crossing {
    (quote!(&CxxString), "const ::std::string&".into(), call)
}

/// `Pin<&mut CxxString>` in, written through `call`.
fn cxx_str_mut(call: String) -> Crossing {
    (quote!(Pin<&mut CxxString>), "::std::string&".into(), call)
}

/// `&[u8]` in, read as `call`.
fn bytes(call: String) -> Crossing {
    (
        quote!(&[u8]),
        "::rust::Slice<const ::std::uint8_t>".into(),
        call,
    )
}

/// A C enum by value.
fn enum_arg(cpp: &str, ffi: &str, n: &str) -> Crossing {
    let e = ident(ffi);
    (quote!(#e), format!("::{cpp}"), n.to_string())
}

/// A scalar the callee writes through a pointer.
fn out_scalar(a: &Arg, s: &Scalar) -> Crossing {
    let t = scalar_tokens(s);
    (
        quote!(&mut #t),
        format!("{}&", s.cpp),
        format!("reinterpret_cast<{}>(&{})", a.cpp_type, a.name),
    )
}

/// An optional scalar: its value after the `cxxbind_has_` flag.
fn opt_scalar(n: &str, value: &Scalar, cpp_inner: &str, params: &mut Vec<FfiParam>) -> Crossing {
    push_has_flag(n, params);
    (
        scalar_tokens(value),
        value.cpp.to_string(),
        format!("cxxbind_has_{n} ? ::std::optional<{cpp_inner}>({n}) : ::std::nullopt"),
    )
}

/// An optional string: its text after the `cxxbind_has_` flag.
fn opt_str(n: &str, params: &mut Vec<FfiParam>) -> Crossing {
    push_has_flag(n, params);
    cxx_str(format!(
        "cxxbind_has_{n} ? ::std::optional<::std::string>({n}) : ::std::nullopt"
    ))
}

/// A C string the callee keeps: a heap copy it owns from then on.
fn kept_copy(n: &str) -> String {
    format!(
        "static_cast<const char*>(::cxxbind::heap_copy_kept(reinterpret_cast<const ::std::uint8_t*>({n}.data()), {n}.size()))"
    )
}

/// A `std::string_view` over the bytes `n`.
fn string_view(n: &str) -> String {
    format!("::std::string_view(reinterpret_cast<const char*>({n}.data()), {n}.size())")
}

/// A library byte view type (`cpp`) over the bytes `n`, passed as the
/// pointer type `cpp_ptr` its constructor takes.
fn byte_view(cpp: &str, cpp_ptr: &str, n: &str) -> String {
    format!("::{cpp}(reinterpret_cast<{cpp_ptr}>({n}.data()), {n}.size())")
}

/// A pointer and length pair from a slice (the length first when
/// `len_first`), cast to the parameters' types (`cpp_ptr`, `len_type`).
fn slice(
    a: &Arg,
    elem: &Scalar,
    mutable: bool,
    (cpp_ptr, len_type): (&str, &str),
    len_first: bool,
    lt: &TokenStream,
) -> Crossing {
    let n = &a.name;
    let t = scalar_tokens(elem);
    let (rust, cpp) = if mutable {
        (
            quote!(&#lt mut [#t]),
            format!("::rust::Slice<{}>", elem.cpp),
        )
    } else {
        (quote!(&[#t]), format!("::rust::Slice<const {}>", elem.cpp))
    };
    let data = format!("reinterpret_cast<{cpp_ptr}>({n}.data())");
    // The slice's length, clamped to what the length's type holds (a
    // `uint8_t` count of 300 elements is 255, not 44).
    let len = if size_t_wide(len_type) {
        format!("{n}.size()")
    } else {
        format!("::cxxbind::clamp_len<{len_type}>({n}.size())")
    };
    let call = if len_first {
        format!("{len}, {data}")
    } else {
        format!("{data}, {len}")
    };
    (rust, cpp, call)
}

/// A length type that holds every `size_t` (no clamp needed).
pub fn size_t_wide(len_type: &str) -> bool {
    matches!(
        len_type,
        "size_t" | "std::size_t" | "::std::size_t" | "unsigned long" | "unsigned long long"
    )
}

/// A `std::vector` copied from a slice.
fn vec_in(n: &str, elem: &Scalar, cpp_elem: &str) -> Crossing {
    let t = scalar_tokens(elem);
    (
        quote!(&[#t]),
        format!("::rust::Slice<const {}>", elem.cpp),
        format!("::std::vector<{cpp_elem}>({n}.begin(), {n}.end())"),
    )
}

/// A buffer the callee writes into (its size is checked by the shim).
fn sized_buffer(a: &Arg, lt: &TokenStream) -> Crossing {
    (
        quote!(&#lt mut [u8]),
        "::rust::Slice<::std::uint8_t>".into(),
        format!("reinterpret_cast<{}>({}.data())", a.cpp_type, a.name),
    )
}

/// A copy of descriptors the callee may rewrite; the array itself otherwise.
fn io_slices(n: &str, mutable: bool) -> Crossing {
    let iovec = crate::analysis::c_api::iovec::IOVEC;
    (
        quote!(&[iovec]),
        format!("::rust::Slice<const ::{iovec}>"),
        if mutable {
            format!("::std::vector<::{iovec}>({n}.begin(), {n}.end()).data(), {n}.size()")
        } else {
            format!("{n}.data(), {n}.size()")
        },
    )
}

/// Bytes handed over: the shim moves the vector to the heap first
/// (`cxxbind_given_*`) and the deleter drops it.
fn given_bytes(n: &str, cpp_ptr: &str, deleter_params: &[String]) -> Crossing {
    let given = format!("cxxbind_given_{n}");
    let unnamed: Vec<String> = deleter_params.iter().skip(1).cloned().collect();
    let unnamed = if unnamed.is_empty() {
        String::new()
    } else {
        format!(", {}", unnamed.join(", "))
    };
    (
        quote!(Vec<u8>),
        "::rust::Vec<::std::uint8_t>".into(),
        format!(
            "reinterpret_cast<{cpp_ptr}>({given}->data()), {given}->size(), [](void* cxxbind_v{unnamed}) {{ delete static_cast<::rust::Vec<::std::uint8_t>*>(cxxbind_v); }}, {given}"
        ),
    )
}

/// A plain struct by value, shared or exclusive reference.
fn pod(b: &Bindings, n: &str, id: PodId, pass: PodPass, pointer: bool) -> Crossing {
    let t = ident(&b.pod(id).ffi_name);
    let cpp = b.pod(id).cpp_qualified();
    let call = by_pointer(n, pointer);
    match pass {
        PodPass::Value => (quote!(#t), cpp, call),
        PodPass::Shared => (quote!(&#t), format!("const {cpp}&"), call),
        PodPass::InOut => (quote!(&mut #t), format!("{cpp}&"), call),
    }
}

/// `&{n}` where the callee takes a pointer, `n` itself otherwise.
fn by_pointer(n: &str, pointer: bool) -> String {
    if pointer {
        format!("&{n}")
    } else {
        n.to_string()
    }
}

/// A class object by reference, passed as `call`.
fn object(b: &Bindings, class: ClassId, mutable: bool, lt: &TokenStream, call: String) -> Crossing {
    let (rust, cpp) = object_ref(b, class, mutable, lt);
    (rust, cpp, call)
}

/// A `T**` the callee fills: the shim's `OutPtr` moves it into the `UniquePtr`.
fn out_object(b: &Bindings, n: &str, class: ClassId) -> Crossing {
    let cls = class_ident(b, class);
    let cpp = class_cpp(b, class);
    (
        quote!(&mut UniquePtr<#cls>),
        format!("::std::unique_ptr<{cpp}>&"),
        format!("::cxxbind::OutPtr<{cpp}>({n})"),
    )
}

/// An owned object moved into the callee.
fn unique_ptr_in(b: &Bindings, n: &str, class: ClassId) -> Crossing {
    let cls = class_ident(b, class);
    (
        quote!(UniquePtr<#cls>),
        format!("::std::unique_ptr<{}>", class_cpp(b, class)),
        format!("::std::move({n})"),
    )
}

/// A placeholder crosses for `None` (flag unset); the shim passes null then.
fn prev_child(b: &Bindings, n: &str, handle: HandleId, params: &mut Vec<FfiParam>) -> Crossing {
    push_has_flag(n, params);
    let h = b.handle(handle);
    let t = ident(&h.ffi_name);
    let cpp = h.cpp_qualified();
    (
        quote!(&#t),
        format!("const {cpp}&"),
        format!("cxxbind_has_{n} ? const_cast<{cpp}*>(&{n}) : nullptr"),
    )
}

/// The bridge and C++ result types of a call's result; results written
/// through a `CxxString` add that parameter.
fn ret_types(b: &Bindings, ret: &RetKind, params: &mut Vec<FfiParam>) -> RetTypes {
    match ret {
        RetKind::Void => (None, "void".into()),
        RetKind::Scalar(s) => (Some(scalar_tokens(s)), s.cpp.to_string()),
        RetKind::Enum { cpp, ffi } => {
            let e = ident(ffi);
            (Some(quote!(#e)), format!("::{cpp}"))
        }
        RetKind::String => {
            push_ret(params, quote!(Pin<&mut CxxString>), "::std::string&".into());
            (None, "void".into())
        }
        RetKind::SizedText {
            unit: TextUnit::Utf16,
            ..
        }
        | RetKind::Utf16Str => {
            let cpp = "::rust::Vec<::std::uint16_t>&".into();
            push_ret(params, quote!(&mut Vec<u16>), cpp);
            found()
        }
        RetKind::CStr
        | RetKind::FreedCStr { .. }
        | RetKind::CopiedBytes { .. }
        | RetKind::SizedText {
            unit: TextUnit::Byte,
            ..
        }
        | RetKind::OptString => {
            push_ret(params, quote!(Pin<&mut CxxString>), "::std::string&".into());
            found()
        }
        RetKind::BorrowedBytes { mutable, .. } | RetKind::SizedBytes { mutable, .. } => {
            lent_bytes(*mutable)
        }
        RetKind::ByteView | RetKind::ViewData => lent_bytes(false),
        RetKind::ScalarRef(s) => {
            let t = scalar_tokens(s);
            (Some(quote!(&'a mut #t)), format!("{}&", s.cpp))
        }
        RetKind::Pod(id) => {
            let t = ident(&b.pod(*id).ffi_name);
            (Some(quote!(#t)), b.pod(*id).cpp_qualified())
        }
        RetKind::Object { class, .. }
        | RetKind::UniquePtr { class }
        | RetKind::OptObject { class }
        | RetKind::Status { class }
        | RetKind::Created { class } => owned(b, *class),
        RetKind::Handle(h) => handles::ret_types(b, *h),
        RetKind::Borrowed { class, access, .. } => borrowed(b, *class, *access),
        RetKind::BorrowedHandle(h) => handles::borrowed_ret_types(b, *h),
        RetKind::OutPart { handle, status } => out_part(b, *handle, status.as_ref(), params),
        // The offset of the result in the buffer; negative: none.
        RetKind::InBuffer { .. } => (Some(quote!(i64)), "::std::int64_t".into()),
        // Whether the chosen object was freed (never the receiver itself).
        RetKind::Freed { .. } => (Some(quote!(bool)), "bool".into()),
        RetKind::Lease { class, .. } => lease(b, *class),
        RetKind::Allocated { .. } | RetKind::Reallocated { .. } => {
            memory::ret_types(b, ret).unwrap_or((None, "void".into()))
        }
        RetKind::OptScalar(s) => {
            let t = scalar_tokens(s);
            push_ret(params, quote!(&mut #t), format!("{}&", s.cpp));
            found()
        }
        RetKind::Vec { elem } => {
            let t = scalar_tokens(elem);
            push_ret(
                params,
                quote!(&mut Vec<#t>),
                format!("::rust::Vec<{}>&", elem.cpp),
            );
            (None, "void".into())
        }
        RetKind::Std(r) => crate::emit::stdlib::vocab::ret_types(b, r, params),
        RetKind::VecOfStrings => (
            Some(quote!(UniquePtr<CxxVector<CxxString>>)),
            "::std::unique_ptr<::std::vector<::std::string>>".into(),
        ),
    }
}

/// Pushes the `cxxbind_ret` parameter a result is written through.
fn push_ret(params: &mut Vec<FfiParam>, rust: TokenStream, cpp: String) {
    params.push(FfiParam {
        name: "cxxbind_ret".into(),
        rust,
        cpp,
    });
}

/// A result written through `cxxbind_ret`: `bool`, whether there was one.
fn found() -> RetTypes {
    (Some(quote!(bool)), "bool".into())
}

/// Bytes lent from the receiver (`'a`).
fn lent_bytes(mutable: bool) -> RetTypes {
    if mutable {
        (
            Some(quote!(&'a mut [u8])),
            "::rust::Slice<::std::uint8_t>".into(),
        )
    } else {
        (
            Some(quote!(&'a [u8])),
            "::rust::Slice<const ::std::uint8_t>".into(),
        )
    }
}

/// A pointer the safe layer turns into a borrow (null → `None`).
fn borrowed(b: &Bindings, class: ClassId, access: Access) -> RetTypes {
    let cls = class_ident(b, class);
    let cpp = class_cpp(b, class);
    if access == Access::Exclusive {
        (Some(quote!(*mut #cls)), format!("{cpp}*"))
    } else {
        (Some(quote!(*const #cls)), format!("const {cpp}*"))
    }
}

/// A handle part written into the shim's local; a status, if any, through
/// `cxxbind_status`.
fn out_part(
    b: &Bindings,
    handle: HandleId,
    status: Option<&Scalar>,
    params: &mut Vec<FfiParam>,
) -> RetTypes {
    if let Some(s) = status {
        let t = scalar_tokens(s);
        params.push(FfiParam {
            name: "cxxbind_status".into(),
            rust: quote!(&mut #t),
            cpp: format!("{}&", s.cpp),
        });
    }
    handles::borrowed_ret_types(b, handle)
}

/// Lent to a closure, then given back (`super::scoped`).
fn lease(b: &Bindings, class: ClassId) -> RetTypes {
    let cls = class_ident(b, class);
    let cpp = class_cpp(b, class);
    (Some(quote!(*const #cls)), format!("const {cpp}*"))
}

/// `Index`/`IndexMut`: a reference to the scalar, borrowed from the object.
fn index_ret(op: OpKind, s: &Scalar) -> RetTypes {
    let t = scalar_tokens(s);
    if op == OpKind::IndexMut {
        (Some(quote!(&mut #t)), format!("{}&", s.cpp))
    } else {
        (Some(quote!(&#t)), format!("const {}&", s.cpp))
    }
}

/// `UniquePtr<T>` / `std::unique_ptr<T>`: a new object Rust owns.
fn owned(b: &Bindings, class: ClassId) -> RetTypes {
    let cls = class_ident(b, class);
    // A handle value crosses by value.
    if b.class(class).value.is_some() {
        return (Some(quote!(#cls)), class_cpp(b, class));
    }
    (
        Some(quote!(UniquePtr<#cls>)),
        format!("::std::unique_ptr<{}>", class_cpp(b, class)),
    )
}

/// A `const char*` expression as the parameter's own text type: cast for a
/// library character type (`const xmlChar*` is `const unsigned char*`).
fn as_text_type(a: &Arg, expr: String) -> String {
    if a.cpp_type == "const char*" {
        expr
    } else {
        format!("reinterpret_cast<{}>({expr})", a.cpp_type)
    }
}
