//! The bridge-level signature of each plan, computed once and read by both
//! writers: the bridge (Rust tokens) and the shim (C++ text).

use crate::emit::core::tokens::{class_cpp, ident, scalar_tokens, FfiParam, FfiSig};
use crate::plan::{
    ArgKind, Bindings, CallKind, ClassId, FnBinding, PodPass, RetKind, Scalar, TextUnit,
};
use proc_macro2::{Ident, TokenStream};
use quote::quote;

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
    let lt = if borrowed { quote!('a) } else { quote!() };
    // A borrowed handle result borrows the handle arguments (`'a`).
    let borrows_handles = f.ret.borrows_handles();
    let hlt = if borrows_handles {
        quote!('a)
    } else {
        quote!()
    };
    // Closure arguments are `extern "Rust"` types with a lifetime too.
    let lifetime = borrowed || borrows_handles || crate::emit::c_api::callbacks::lends_closure(f);
    let mut params = Vec::new();
    let mut call_args = Vec::new();
    match f.kind {
        // The receiver of a shimmed method.
        CallKind::Method { class, mutable }
        | CallKind::Release { class, mutable }
        | CallKind::Field {
            class,
            set: mutable,
        } if !f.direct => {
            let (rust, cpp) = object_ref(b, class, mutable, &lt);
            params.push(FfiParam {
                name: "obj".into(),
                rust,
                cpp,
            });
        }
        // `&Derived` in, `&Base` out.
        CallKind::Upcast { from, to, mutable } => {
            let (rust, cpp) = object_ref(b, from, mutable, &quote!());
            params.push(FfiParam {
                name: "obj".into(),
                rust,
                cpp,
            });
            let (ret_rust, ret_cpp) = object_ref(b, to, mutable, &quote!());
            return Some(FfiSig {
                lifetime: false,
                params,
                ret_rust: Some(ret_rust),
                ret_cpp,
                call_args,
            });
        }
        _ => {}
    }
    for a in &f.args {
        let name = a.name.clone();
        let n = &name;
        if crate::emit::c_api::closure_set::sig_arg(b, f, a, &mut params, &mut call_args) {
            continue;
        }
        if let Some((rust, cpp, call)) = crate::emit::c_api::arrays::sig_arg(f, a, &mut params) {
            params.push(FfiParam { name, rust, cpp });
            call_args.push(call);
            continue;
        }
        // Written by the shim into its own local, which the bridge returns.
        if matches!(a.kind, ArgKind::OutPart(_)) {
            call_args.push("&cxxbind_out".into());
            continue;
        }
        if let Some((rust, cpp, call)) = crate::emit::c_api::callbacks::sig_arg(b, f, a)
            .or_else(|| crate::emit::c_api::handles::sig_arg(b, a, &hlt))
            .or_else(|| crate::emit::c_api::memory::sig_arg(b, a))
            .or_else(|| crate::emit::c_api::c_text::sig_arg(a))
        {
            params.push(FfiParam { name, rust, cpp });
            call_args.push(call);
            continue;
        }
        let (rust, cpp, call) = match &a.kind {
            ArgKind::CStrArray { .. }
            | ArgKind::OutCStrArray { .. }
            | ArgKind::Handle(_)
            | ArgKind::HandleLent(_)
            | ArgKind::HandleGiven(_)
            | ArgKind::Memory { .. }
            | ArgKind::PrintfText
            | ArgKind::VaText
            | ArgKind::Utf16Str
            | ArgKind::Utf16Kept
            | ArgKind::TerminatedUtf16
            | ArgKind::OutUtf16
            | ArgKind::OutHandle(_)
            | ArgKind::OutPart(_)
            | ArgKind::OutCStr { .. }
            | ArgKind::OutCountedCStr { .. }
            | ArgKind::TerminatedBytes
            | ArgKind::KeptBytes { .. }
            | ArgKind::Closure(_)
            | ArgKind::ClosureSet(_) => continue,
            ArgKind::Std(s) => {
                crate::emit::stdlib::vocab::sig_arg(b, s, n, &mut params, &mut call_args);
                continue;
            }
            ArgKind::Scalar(s) => (scalar_tokens(s), s.cpp.to_string(), n.clone()),
            ArgKind::Enum { cpp, ffi, .. } => {
                let e = ident(ffi);
                (quote!(#e), format!("::{cpp}"), n.clone())
            }
            ArgKind::CStrKept => (
                quote!(&CxxString),
                "const ::std::string&".into(),
                as_text_type(a, format!(
                    "static_cast<const char*>(::cxxbind::heap_copy_kept(reinterpret_cast<const ::std::uint8_t*>({n}.data()), {n}.size()))"
                )),
            ),
            ArgKind::CStr => (
                quote!(&CxxString),
                "const ::std::string&".into(),
                as_text_type(a, format!("{n}.c_str()")),
            ),
            ArgKind::CStrRetained => (
                quote!(&[u8]),
                "::rust::Slice<const ::std::uint8_t>".into(),
                format!("::cxxbind::c_str({n})"),
            ),
            ArgKind::StrRef | ArgKind::StrValue => {
                (quote!(&CxxString), "const ::std::string&".into(), n.clone())
            }
            ArgKind::StrView => (
                quote!(&[u8]),
                "::rust::Slice<const ::std::uint8_t>".into(),
                format!(
                    "::std::string_view(reinterpret_cast<const char*>({n}.data()), {n}.size())"
                ),
            ),
            ArgKind::StrInOut | ArgKind::OutString => (
                quote!(Pin<&mut CxxString>),
                "::std::string&".into(),
                if matches!(a.kind, ArgKind::OutString) {
                    format!("&{n}")
                } else {
                    n.clone()
                },
            ),
            ArgKind::Slice {
                elem,
                mutable,
                cpp_ptr,
                len_first,
            } => {
                let t = scalar_tokens(elem);
                let (rust, cpp) = if *mutable {
                    (
                        quote!(&#lt mut [#t]),
                        format!("::rust::Slice<{}>", elem.cpp),
                    )
                } else {
                    (quote!(&[#t]), format!("::rust::Slice<const {}>", elem.cpp))
                };
                let data = format!("reinterpret_cast<{cpp_ptr}>({n}.data())");
                // The length parameter comes first (`a.cpp_type`): the slice's
                // length, clamped to what that type holds.
                let call = if *len_first {
                    format!("::cxxbind::clamp_len<{}>({n}.size()), {data}", a.cpp_type)
                } else {
                    format!("{data}, {n}.size()")
                };
                (rust, cpp, call)
            }
            ArgKind::OutScalar(s) => {
                let t = scalar_tokens(s);
                (
                    quote!(&mut #t),
                    format!("{}&", s.cpp),
                    format!("reinterpret_cast<{}>(&{n})", a.cpp_type),
                )
            }
            ArgKind::VecIn { elem, cpp_elem } => {
                let t = scalar_tokens(elem);
                (
                    quote!(&[#t]),
                    format!("::rust::Slice<const {}>", elem.cpp),
                    format!("::std::vector<{cpp_elem}>({n}.begin(), {n}.end())"),
                )
            }
            ArgKind::OptScalar { value, cpp_inner } => {
                params.push(FfiParam {
                    name: format!("cxxbind_has_{n}"),
                    rust: quote!(bool),
                    cpp: "bool".into(),
                });
                (
                    scalar_tokens(value),
                    value.cpp.to_string(),
                    format!("cxxbind_has_{n} ? ::std::optional<{cpp_inner}>({n}) : ::std::nullopt"),
                )
            }
            // A placeholder crosses for `None`; the shim passes null then.
            ArgKind::PrevChild { handle, .. } => {
                params.push(FfiParam {
                    name: format!("cxxbind_has_{n}"),
                    rust: quote!(bool),
                    cpp: "bool".into(),
                });
                let h = b.handle(*handle);
                let t = ident(&h.ffi_name);
                let cpp = h.cpp_qualified();
                (
                    quote!(&#t),
                    format!("const {cpp}&"),
                    format!("cxxbind_has_{n} ? const_cast<{cpp}*>(&{n}) : nullptr"),
                )
            }
            ArgKind::OptStr => {
                params.push(FfiParam {
                    name: format!("cxxbind_has_{n}"),
                    rust: quote!(bool),
                    cpp: "bool".into(),
                });
                (
                    quote!(&CxxString),
                    "const ::std::string&".into(),
                    format!(
                        "cxxbind_has_{n} ? ::std::optional<::std::string>({n}) : ::std::nullopt"
                    ),
                )
            }
            ArgKind::OutObject { class } => {
                let cls = class_ident(b, *class);
                let cpp = class_cpp(b, *class);
                (
                    quote!(&mut UniquePtr<#cls>),
                    format!("::std::unique_ptr<{cpp}>&"),
                    format!("::cxxbind::OutPtr<{cpp}>({n})"),
                )
            }
            // The shim moves the vector to the heap first (`cxxbind_given_*`).
            ArgKind::GivenBytes {
                cpp_ptr,
                deleter_params,
            } => {
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
            ArgKind::Pod { id, pass, pointer } => {
                let t = ident(&b.pod(*id).ffi_name);
                let cpp = b.pod(*id).cpp_qualified();
                let call = if *pointer { format!("&{n}") } else { n.clone() };
                match pass {
                    PodPass::Value => (quote!(#t), cpp, call),
                    PodPass::Shared => (quote!(&#t), format!("const {cpp}&"), call),
                    PodPass::InOut => (quote!(&mut #t), format!("{cpp}&"), call),
                }
            }
            ArgKind::ByteView { cpp } => (
                quote!(&[u8]),
                "::rust::Slice<const ::std::uint8_t>".into(),
                format!("::{cpp}(reinterpret_cast<const char*>({n}.data()), {n}.size())"),
            ),
            ArgKind::SizedBuffer { .. } => (
                quote!(&#lt mut [u8]),
                "::rust::Slice<::std::uint8_t>".into(),
                format!("reinterpret_cast<{}>({n}.data())", a.cpp_type),
            ),
            // A copy of descriptors the callee may rewrite; the array itself otherwise.
            ArgKind::IoSlices { mutable } => (
                quote!(&[iovec]),
                format!("::rust::Slice<const ::{}>", crate::analysis::c_api::iovec::IOVEC),
                if *mutable {
                    format!(
                        "::std::vector<::{}>({n}.begin(), {n}.end()).data(), {n}.size()",
                        crate::analysis::c_api::iovec::IOVEC
                    )
                } else {
                    format!("{n}.data(), {n}.size()")
                },
            ),
            ArgKind::UniquePtrIn { class } => {
                let cls = class_ident(b, *class);
                (
                    quote!(UniquePtr<#cls>),
                    format!("::std::unique_ptr<{}>", class_cpp(b, *class)),
                    format!("::std::move({n})"),
                )
            }
            ArgKind::SameBorrows { class } => {
                let (rust, cpp) = object_ref(b, *class, false, &quote!());
                (rust, cpp, n.clone())
            }
            ArgKind::Selected { class } => {
                let (rust, cpp) = object_ref(b, *class, true, &quote!());
                (rust, cpp, format!("&{n}"))
            }
            ArgKind::Object {
                class,
                mutable,
                pointer,
                ..
            } => {
                // A handle part borrows its object arguments too (`'a`).
                let (rust, cpp) = object_ref(b, *class, *mutable, &hlt);
                (
                    rust,
                    cpp,
                    if *pointer { format!("&{n}") } else { n.clone() },
                )
            }
        };
        params.push(FfiParam { name, rust, cpp });
        call_args.push(call);
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

/// The bridge and C++ result types of a call's result; results written
/// through a `CxxString` add that parameter.
fn ret_types(
    b: &Bindings,
    ret: &RetKind,
    params: &mut Vec<FfiParam>,
) -> (Option<TokenStream>, String) {
    match ret {
        RetKind::Void => (None, "void".into()),
        RetKind::Scalar(s) => (Some(scalar_tokens(s)), s.cpp.to_string()),
        RetKind::Enum { cpp, ffi } => {
            let e = ident(ffi);
            (Some(quote!(#e)), format!("::{cpp}"))
        }
        RetKind::String => {
            params.push(FfiParam {
                name: "cxxbind_ret".into(),
                rust: quote!(Pin<&mut CxxString>),
                cpp: "::std::string&".into(),
            });
            (None, "void".into())
        }
        RetKind::SizedText {
            unit: TextUnit::Utf16,
            ..
        }
        | RetKind::Utf16Str => {
            params.push(FfiParam {
                name: "cxxbind_ret".into(),
                rust: quote!(&mut Vec<u16>),
                cpp: "::rust::Vec<::std::uint16_t>&".into(),
            });
            (Some(quote!(bool)), "bool".into())
        }
        RetKind::CStr
        | RetKind::FreedCStr { .. }
        | RetKind::CopiedBytes { .. }
        | RetKind::SizedText {
            unit: TextUnit::Byte,
            ..
        } => {
            params.push(FfiParam {
                name: "cxxbind_ret".into(),
                rust: quote!(Pin<&mut CxxString>),
                cpp: "::std::string&".into(),
            });
            (Some(quote!(bool)), "bool".into())
        }
        RetKind::BorrowedBytes { mutable, .. } => {
            if *mutable {
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
        RetKind::SizedBytes { mutable: true, .. } => (
            Some(quote!(&'a mut [u8])),
            "::rust::Slice<::std::uint8_t>".into(),
        ),
        RetKind::SizedBytes { mutable: false, .. } => (
            Some(quote!(&'a [u8])),
            "::rust::Slice<const ::std::uint8_t>".into(),
        ),
        RetKind::ScalarRef(s) => {
            let t = scalar_tokens(s);
            (Some(quote!(&'a mut #t)), format!("{}&", s.cpp))
        }
        RetKind::Pod(id) => {
            let t = ident(&b.pod(*id).ffi_name);
            (Some(quote!(#t)), b.pod(*id).cpp_qualified())
        }
        RetKind::ByteView | RetKind::ViewData => (
            Some(quote!(&'a [u8])),
            "::rust::Slice<const ::std::uint8_t>".into(),
        ),
        RetKind::Object { class, .. }
        | RetKind::UniquePtr { class }
        | RetKind::OptObject { class }
        | RetKind::Status { class }
        | RetKind::Created { class } => owned(b, *class),
        RetKind::Handle(h) => crate::emit::c_api::handles::ret_types(b, *h),
        // A pointer the safe layer turns into a borrow (null → `None`).
        RetKind::Borrowed { class, access, .. } => {
            let cls = class_ident(b, *class);
            let cpp = class_cpp(b, *class);
            if *access == crate::plan::Access::Exclusive {
                (Some(quote!(*mut #cls)), format!("{cpp}*"))
            } else {
                (Some(quote!(*const #cls)), format!("const {cpp}*"))
            }
        }
        RetKind::BorrowedHandle(h) => crate::emit::c_api::handles::borrowed_ret_types(b, *h),
        RetKind::OutPart { handle, status } => {
            if let Some(s) = status {
                let t = scalar_tokens(s);
                params.push(FfiParam {
                    name: "cxxbind_status".into(),
                    rust: quote!(&mut #t),
                    cpp: format!("{}&", s.cpp),
                });
            }
            crate::emit::c_api::handles::borrowed_ret_types(b, *handle)
        }
        // The offset of the result in the buffer; negative: none.
        RetKind::InBuffer { .. } => (Some(quote!(i64)), "::std::int64_t".into()),
        // Whether the chosen object was freed (never the receiver itself).
        RetKind::Freed { .. } => (Some(quote!(bool)), "bool".into()),
        // Lent to a closure, then given back (`super::scoped`).
        RetKind::Lease { class, .. } => {
            let cls = class_ident(b, *class);
            let cpp = class_cpp(b, *class);
            (Some(quote!(*const #cls)), format!("const {cpp}*"))
        }
        RetKind::Allocated { .. } | RetKind::Reallocated { .. } => {
            crate::emit::c_api::memory::ret_types(b, ret).unwrap_or((None, "void".into()))
        }
        RetKind::OptScalar(s) => {
            let t = scalar_tokens(s);
            params.push(FfiParam {
                name: "cxxbind_ret".into(),
                rust: quote!(&mut #t),
                cpp: format!("{}&", s.cpp),
            });
            (Some(quote!(bool)), "bool".into())
        }
        RetKind::OptString => {
            params.push(FfiParam {
                name: "cxxbind_ret".into(),
                rust: quote!(Pin<&mut CxxString>),
                cpp: "::std::string&".into(),
            });
            (Some(quote!(bool)), "bool".into())
        }
        RetKind::Vec { elem } => {
            let t = scalar_tokens(elem);
            params.push(FfiParam {
                name: "cxxbind_ret".into(),
                rust: quote!(&mut Vec<#t>),
                cpp: format!("::rust::Vec<{}>&", elem.cpp),
            });
            (None, "void".into())
        }
        RetKind::Std(r) => crate::emit::stdlib::vocab::ret_types(b, r, params),
        RetKind::VecOfStrings => (
            Some(quote!(UniquePtr<CxxVector<CxxString>>)),
            "::std::unique_ptr<::std::vector<::std::string>>".into(),
        ),
    }
}

/// `Index`/`IndexMut`: a reference to the scalar, borrowed from the object.
fn index_ret(op: crate::plan::OpKind, s: &Scalar) -> (Option<TokenStream>, String) {
    let t = scalar_tokens(s);
    if op == crate::plan::OpKind::IndexMut {
        (Some(quote!(&mut #t)), format!("{}&", s.cpp))
    } else {
        (Some(quote!(&#t)), format!("const {}&", s.cpp))
    }
}

/// `UniquePtr<T>` / `std::unique_ptr<T>`: a new object Rust owns.
fn owned(b: &Bindings, class: ClassId) -> (Option<TokenStream>, String) {
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
fn as_text_type(a: &crate::plan::Arg, expr: String) -> String {
    if a.cpp_type == "const char*" {
        expr
    } else {
        format!("reinterpret_cast<{}>({expr})", a.cpp_type)
    }
}
