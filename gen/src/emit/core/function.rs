//! One safe function or method: byte-like strings, slices, out-parameters
//! folded into the result, `Result` for throwing calls.

use crate::emit::class::objects::{borrowed_part, created_part, owned_type, reborrows};
use crate::emit::core::safe::{class_path, doc_attrs, safe_scalar};
use crate::emit::core::tokens::ident;
use crate::plan::{Access, Arg, ArgKind, Bindings, CallKind, FnBinding, PodPass, RetKind};
use proc_macro2::TokenStream;
use quote::quote;

/// Where a method is written: on the owning safe type (`&self`/`&mut self`,
/// reaching the object through `as_ffi()`/`pin_mut()`), or on the C++ type
/// itself (`&self`/`self: Pin<&mut Self>`), which borrows name directly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// `impl Owner { … }`.
    Owner,
    /// `impl ffi::T { … }`.
    Cpp,
}

/// One safe function, method, static method, constructor or inherited method.
pub fn function(b: &Bindings, f: &FnBinding, r: &TokenStream) -> TokenStream {
    function_in(b, f, r, Place::Owner)
}

/// [`function`], written at `place`.
pub fn function_in(b: &Bindings, f: &FnBinding, r: &TokenStream, place: Place) -> TokenStream {
    let (shared, mutable) = match place {
        Place::Owner => (quote!(self.as_ffi()), quote!(self.pin_mut())),
        Place::Cpp => (quote!(self), quote!(self)),
    };
    let receiver = match f.kind {
        CallKind::Inherited {
            upcast, upcast_mut, ..
        } => {
            let up = ident(&b.function(upcast).ffi_name);
            let up_mut = ident(&b.function(upcast_mut).ffi_name);
            let base = match b.function(upcast).kind {
                CallKind::Upcast { to, .. } => Some(b.class(to).cpp_name.clone()),
                _ => None,
            };
            Receiver {
                shared: quote!(#r::ffi::#up(#shared)),
                mutable: quote!(#r::ffi::#up_mut(#mutable)),
                inherited_from: base,
                place,
            }
        }
        _ => Receiver {
            shared,
            mutable,
            inherited_from: None,
            place,
        },
    };
    function_on(b, f, r, &receiver)
}

/// How a method reaches its C++ object: the safe type's own object, or an
/// upcast to the base class that declares the method (inherited methods).
struct Receiver {
    /// Expression giving `&ffi::T`.
    shared: TokenStream,
    /// Expression giving `Pin<&mut ffi::T>`.
    mutable: TokenStream,
    /// The C++ base the method is inherited from, for its doc.
    inherited_from: Option<String>,
    /// Where the method is written.
    place: Place,
}

/// [`function`] with the receiver spelled out.
fn function_on(b: &Bindings, f: &FnBinding, r: &TokenStream, recv: &Receiver) -> TokenStream {
    let (recv_shared, recv_mut) = (&recv.shared, &recv.mutable);
    if let Some(scoped) = scoped_form(b, f, r, recv) {
        return scoped;
    }
    let name = ident(&f.rust_name);
    let borrowed = f.ret.lends()
        || matches!(
            f.ret,
            RetKind::Borrowed {
                access: Access::Shared | Access::Exclusive,
                ..
            }
        )
        || reborrows(b, f)
        || matches!(f.ret, RetKind::InBuffer { .. });
    // A new object from a method or from objects borrows them while it lives.
    let creates = matches!(f.ret, RetKind::Created { .. })
        || f.args
            .iter()
            .any(|a| matches!(a.kind, ArgKind::OutObject { .. }));
    let tied = creates
        && (f.kind.receiver(b).is_some()
            || f.args
                .iter()
                .any(|a| matches!(a.kind, ArgKind::Object { .. })));
    let borrowed = borrowed || tied;
    // A borrowed object or view borrows the receiver and every object argument.
    let ties_args =
        borrowed && (tied || matches!(f.ret, RetKind::Borrowed { .. } | RetKind::ByteView));
    let mut fn_lt = borrowed.then(|| quote!(<'r>));
    let lt = if borrowed { quote!('r) } else { quote!() };
    let mut params = Vec::new();
    let mut prep = Vec::new();
    let mut post = Vec::new();
    let mut call_args = Vec::new();
    // What a constructor is given, or a pointer member is set to, is kept.
    let retained = matches!(
        f.kind,
        CallKind::Constructor { .. } | CallKind::Field { set: true, .. }
    );
    let receiver = f.kind.receiver(b);
    if let Some(mutable) = receiver {
        params.push(match (mutable, recv.place) {
            (true, Place::Owner) => quote!(&#lt mut self),
            (true, Place::Cpp) => quote!(self: ::core::pin::Pin<&#lt mut Self>),
            (false, _) => quote!(&#lt self),
        });
        if !f.direct {
            call_args.push(if mutable {
                quote!(#recv_mut)
            } else {
                quote!(#recv_shared)
            });
        }
    }
    let mut outs = Vec::new();
    // Handles a free function creates borrow its handle arguments (`'h`).
    let creates = matches!(f.ret, RetKind::Handle(_))
        || f.ret.borrows_handles()
        || f.args
            .iter()
            .any(|a| matches!(a.kind, ArgKind::OutHandle(_)));
    let (hl, declares_hl) = crate::emit::c_api::handles::created_lifetime(&f.args, creates, &f.ret);
    // A handle part borrows its object arguments too.
    let (arg_lt, arg_ties) = if f.ret.borrows_handles() {
        (hl.clone(), declares_hl)
    } else {
        (lt.clone(), ties_args)
    };
    for (i, a) in f.args.iter().enumerate() {
        let skip_out = matches!(f.ret, RetKind::BorrowedBytes { len_arg, .. } | RetKind::CopiedBytes { len_arg } if len_arg == i);
        let closure = crate::emit::c_api::callbacks::safe_arg(
            b,
            f,
            a,
            r,
            &mut params,
            &mut prep,
            &mut post,
            &mut call_args,
        );
        let closure = closure
            || crate::emit::c_api::closure_set::safe_arg(
                b,
                f,
                a,
                r,
                &mut params,
                &mut prep,
                &mut call_args,
            );
        let text = !closure
            && (crate::emit::c_api::c_text::safe_arg(a, &mut params, &mut prep, &mut call_args)
                || crate::emit::c_api::arrays::safe_arg(a, &mut params, &mut prep, &mut call_args));
        let out = (&mut params, &mut prep, &mut call_args);
        if !closure
            && !text
            && !crate::emit::c_api::handles::safe_arg(b, a, r, &hl, declares_hl, out)
            && !crate::emit::c_api::memory::safe_arg(b, a, r, &mut params, &mut call_args)
        {
            arg(
                b,
                a,
                r,
                retained,
                &arg_lt,
                arg_ties,
                &mut params,
                &mut prep,
                &mut post,
                &mut call_args,
            );
        }
        if a.kind.is_out() && !skip_out {
            outs.push(a);
        }
    }
    if declares_hl && fn_lt.is_none() {
        fn_lt = Some(quote!(<'h>));
    }
    let ffi_name = ident(&f.ffi_name);
    if matches!(
        f.ret,
        RetKind::String | RetKind::CStr | RetKind::FreedCStr { .. } | RetKind::CopiedBytes { .. }
    ) {
        prep.push(quote!(::cxx::let_cxx_string!(cxxbind_ret = "");));
        call_args.push(quote!(cxxbind_ret.as_mut()));
    }
    let text_part = crate::emit::c_api::c_text::safe_ret(f, &mut prep, &mut call_args);
    let part = crate::emit::c_api::handles::out_part(b, f, r, &hl, &mut prep, &mut call_args);
    if matches!(f.ret, RetKind::Vec { .. }) {
        prep.push(quote!(let mut cxxbind_ret = ::std::vec::Vec::new();));
        call_args.push(quote!(&mut cxxbind_ret));
    }
    if let RetKind::OptScalar(s) = &f.ret {
        let t = safe_scalar(s);
        prep.push(quote!(let mut cxxbind_ret: #t = Default::default();));
        call_args.push(quote!(&mut cxxbind_ret));
    }
    let std_part = match &f.ret {
        RetKind::Std(s) => Some(crate::emit::stdlib::vocab::safe_ret(
            b,
            s,
            r,
            &mut prep,
            &mut call_args,
        )),
        _ => None,
    };
    if matches!(f.ret, RetKind::OptString) {
        prep.push(quote!(::cxx::let_cxx_string!(cxxbind_ret = "");));
        call_args.push(quote!(cxxbind_ret.as_mut()));
    }
    let call = match (receiver, f.direct) {
        (Some(true), true) => quote!(#recv_mut.#ffi_name(#(#call_args),*)),
        (Some(false), true) => quote!(#recv_shared.#ffi_name(#(#call_args),*)),
        _ => quote!(#r::ffi::#ffi_name(#(#call_args),*)),
    };
    let call = if f.throws { quote!(#call?) } else { call };
    // A borrowed handle's null arrives as an error: `borrowed_part` reads it.
    // The result: the C++ result (if any) followed by the out-parameters.
    let mut parts: Vec<(TokenStream, TokenStream)> = Vec::new();
    let is_ctor = f.kind.constructed().is_some();
    if is_ctor {
        parts.push((quote!(Self::cxxbind_wrap(cxxbind_r)), quote!(Self)));
    } else {
        match &f.ret {
            RetKind::Void => {}
            RetKind::Scalar(s) => parts.push((quote!(cxxbind_r), safe_scalar(s))),
            RetKind::Enum { ffi, .. } => {
                let e = ident(ffi);
                parts.push((quote!(cxxbind_r), quote!(#r::ffi::#e)));
            }
            RetKind::String => parts.push((
                quote!(cxxbind_ret.as_bytes().to_vec()),
                quote!(::std::vec::Vec<u8>),
            )),
            RetKind::CStr | RetKind::FreedCStr { .. } | RetKind::CopiedBytes { .. } => {
                parts.push((
                    quote!(if cxxbind_r {
                        Some(cxxbind_ret.as_bytes().to_vec())
                    } else {
                        None
                    }),
                    quote!(Option<::std::vec::Vec<u8>>),
                ))
            }
            RetKind::BorrowedBytes { mutable, .. } | RetKind::SizedBytes { mutable, .. } => parts
                .push((
                    quote!(cxxbind_r),
                    if *mutable {
                        quote!(&'r mut [u8])
                    } else {
                        quote!(&'r [u8])
                    },
                )),
            RetKind::Object { class, .. } => {
                let ty = owned_type(b, f, *class, r);
                parts.push((quote!(<#ty>::cxxbind_wrap(cxxbind_r)), ty));
            }
            RetKind::OptScalar(s) => {
                let t = safe_scalar(s);
                parts.push((
                    quote!(if cxxbind_r { Some(cxxbind_ret) } else { None }),
                    quote!(Option<#t>),
                ));
            }
            RetKind::OptString => parts.push((
                quote!(if cxxbind_r {
                    Some(cxxbind_ret.as_bytes().to_vec())
                } else {
                    None
                }),
                quote!(Option<::std::vec::Vec<u8>>),
            )),
            RetKind::UniquePtr { class } | RetKind::OptObject { class } => {
                let ty = owned_type(b, f, *class, r);
                parts.push((
                    quote!(if cxxbind_r.is_null() {
                        None
                    } else {
                        Some(<#ty>::cxxbind_wrap(cxxbind_r))
                    }),
                    quote!(Option<#ty>),
                ));
            }
            RetKind::Vec { elem } => {
                let t = safe_scalar(elem);
                parts.push((quote!(cxxbind_ret), quote!(::std::vec::Vec<#t>)));
            }
            RetKind::VecOfStrings => parts.push((
                quote!(cxxbind_r
                    .as_ref()
                    .map(|v| v.iter().map(|s| s.as_bytes().to_vec()).collect())
                    .unwrap_or_default()),
                quote!(::std::vec::Vec<::std::vec::Vec<u8>>),
            )),
            RetKind::Handle(h) => parts.push(crate::emit::c_api::handles::owned_part(
                b,
                *h,
                quote!(cxxbind_r),
                r,
                &hl,
            )),
            RetKind::Borrowed {
                class,
                access,
                nullable,
            } => parts.push(borrowed_part(b, *class, *access, *nullable, r)),
            RetKind::ByteView | RetKind::ViewData => {
                parts.push((quote!(cxxbind_r), quote!(&'r [u8])))
            }
            RetKind::Pod(id) => parts.push((
                quote!(cxxbind_r),
                crate::emit::core::safe::pod_path(b, *id, r),
            )),
            RetKind::ScalarRef(s) => {
                let t = safe_scalar(s);
                parts.push((quote!(cxxbind_r), quote!(&'r mut #t)));
            }
            RetKind::Created { class } => {
                parts.push(created_part(b, *class, tied, quote!(cxxbind_r), r))
            }
            // The status is the `Err`, below; the value is the out-parameters.
            RetKind::Status { .. } => {}
            RetKind::SizedText { .. } | RetKind::Utf16Str => parts.extend(text_part),
            RetKind::Std(_) => parts.extend(std_part),
            // Written by `scoped_form`.
            RetKind::Lease { .. } | RetKind::Freed { .. } => {}
            RetKind::Allocated { .. } | RetKind::Reallocated { .. } => {
                parts.extend(crate::emit::c_api::memory::ret_part(b, f, r))
            }
            RetKind::BorrowedHandle(h) => parts.push(crate::emit::c_api::handles::borrowed_part(
                b,
                *h,
                quote!(cxxbind_r),
                r,
                &hl,
            )),
            RetKind::OutPart { .. } => parts.extend(part),
            RetKind::InBuffer { buf_arg } => parts.push(
                crate::emit::c_api::c_text::in_buffer_part(&f.args[*buf_arg]),
            ),
        }
    }
    for a in outs {
        let n = ident(&a.name);
        match &a.kind {
            ArgKind::OutString => {
                parts.push((quote!(#n.as_bytes().to_vec()), quote!(::std::vec::Vec<u8>)))
            }
            ArgKind::OutScalar(s) => parts.push((quote!(#n), safe_scalar(s))),
            ArgKind::OutHandle(h) => parts.push(crate::emit::c_api::handles::owned_part(
                b,
                *h,
                quote!(#n),
                r,
                &hl,
            )),
            ArgKind::OutCStr { .. } | ArgKind::OutCountedCStr { .. } => {
                parts.push((quote!(#n.as_bytes().to_vec()), quote!(::std::vec::Vec<u8>)))
            }
            ArgKind::OutObject { class } => {
                parts.push(created_part(b, *class, tied, quote!(#n), r))
            }
            ArgKind::OutUtf16 => parts.push((quote!(#n), quote!(::std::vec::Vec<u16>))),
            ArgKind::OutCStrArray { .. } => parts.push(crate::emit::c_api::arrays::out_part(a)),
            _ => {}
        }
    }
    let (value, ty) = match parts.len() {
        0 => (quote!(()), quote!(())),
        1 => (parts[0].0.clone(), parts[0].1.clone()),
        _ => {
            let v = parts.iter().map(|p| &p.0);
            let t = parts.iter().map(|p| &p.1);
            (quote!((#(#v),*)), quote!((#(#t),*)))
        }
    };
    // A status that is not `ok()` is the error (the shim passes only those).
    let (ty, value) = match &f.ret {
        RetKind::Status { class } => {
            let st = class_path(b, *class, r);
            (
                quote!(::std::result::Result<#ty, #st>),
                quote!(if cxxbind_r.is_null() {
                    Ok(#value)
                } else {
                    Err(<#st>::cxxbind_wrap(cxxbind_r))
                }),
            )
        }
        _ => (ty, value),
    };
    let has_value = !parts.is_empty() || matches!(f.ret, RetKind::Status { .. });
    let (ret_ty, value) = if f.throws {
        (
            quote!(-> ::std::result::Result<#ty, ::cxx::Exception>),
            quote!(Ok(#value)),
        )
    } else if !has_value {
        (quote!(), quote!())
    } else {
        (quote!(-> #ty), value)
    };
    let bind = if (matches!(f.ret, RetKind::Void | RetKind::String | RetKind::Vec { .. })
        || crate::emit::stdlib::vocab::void_in_bridge(&f.ret))
        && !is_ctor
    {
        quote!(#call;)
    } else {
        quote!(let cxxbind_r = #call;)
    };
    let doc = doc_attrs(&f.doc, &format!("Calls C++ `{}`.", f.cpp_name));
    let defaults_doc = (!f.defaults.is_empty()).then(|| {
        let line = format!(
            " C++ fills in its default arguments: {} (the longer forms of this call pass them).",
            f.defaults.join(", ")
        );
        quote!(#[doc = ""] #[doc = #line])
    });
    let inherited_doc = recv.inherited_from.as_ref().map(|base| {
        let line = format!(" Inherited from C++ `{base}`.");
        quote!(#[doc = ""] #[doc = #line])
    });
    let throws_doc = f.throws.then(|| {
        quote!(#[doc = ""] #[doc = " # Errors"] #[doc = " Returns the C++ exception's `what()` if it throws."])
    });
    let printf_doc = f
        .args
        .iter()
        .find(|a| matches!(a.kind, ArgKind::PrintfText | ArgKind::VaText))
        .map(|a| {
            let line = format!(
                " Fixed form of a `printf`-style call: `{}` is printed as it is (C++ gets `\"%s\"` and these bytes).",
                a.name
            );
            quote!(#[doc = ""] #[doc = #line])
        });
    let must_use = (has_value && !f.throws).then(|| quote!(#[must_use]));
    let arrays_doc = crate::emit::c_api::arrays::doc(f);
    let lent_doc = crate::emit::c_api::handles::lent_doc(f)
        .or_else(|| crate::emit::c_api::c_text::in_buffer_doc(f));
    quote! {
        #doc
        #defaults_doc
        #inherited_doc
        #throws_doc
        #printf_doc
        #(#arrays_doc)*
        #lent_doc
        #must_use
        pub fn #name #fn_lt (#(#params),*) #ret_ty {
            #(#prep)*
            #bind
            #(#post)*
            #value
        }
    }
}

/// A member that takes back what its object lent, in its scoped form
/// ([`crate::emit::class::scoped`]).
fn scoped_form(
    b: &Bindings,
    f: &FnBinding,
    r: &TokenStream,
    recv: &Receiver,
) -> Option<TokenStream> {
    let mutable = f.kind.receiver(b)?;
    // The class whose C++ type the receiver expression gives (an inherited
    // method's is its base's).
    let class = match f.kind {
        CallKind::Inherited { method, .. } => b.function(method).kind.class()?,
        other => other.class()?,
    };
    let ffi = ident(&b.class(class).ffi_name);
    let param = match (mutable, recv.place) {
        (true, Place::Owner) => quote!(&mut self),
        (true, Place::Cpp) => quote!(self: ::core::pin::Pin<&mut Self>),
        (false, _) => quote!(&self),
    };
    let object = if mutable { &recv.mutable } else { &recv.shared };
    let recv = crate::emit::class::scoped::Recv {
        param,
        object,
        cpp: quote!(#r::ffi::#ffi),
        mutable,
    };
    crate::emit::class::scoped::method(b, f, r, &recv)
}

#[allow(clippy::too_many_arguments)]
fn arg(
    b: &Bindings,
    a: &Arg,
    r: &TokenStream,
    retained: bool,
    lt: &TokenStream,
    ties: bool,
    params: &mut Vec<TokenStream>,
    prep: &mut Vec<TokenStream>,
    post: &mut Vec<TokenStream>,
    call_args: &mut Vec<TokenStream>,
) {
    let n = ident(&a.name);
    // `cxxbind_*` is never a parameter name (those get a trailing `_`).
    let cxx = ident(&format!("cxxbind_{}", a.name));
    match &a.kind {
        // Written by `crate::emit::c_api::handles::safe_arg`, `crate::emit::c_api::c_text::safe_arg` and
        // `crate::emit::c_api::arrays::safe_arg`.
        ArgKind::CStrArray { .. }
        | ArgKind::OutCStrArray { .. }
        | ArgKind::Utf16Str
        | ArgKind::Utf16Kept
        | ArgKind::PrintfText
        | ArgKind::VaText
        | ArgKind::TerminatedUtf16
        | ArgKind::OutUtf16
        | ArgKind::Handle(_)
        | ArgKind::HandleLent(_)
        | ArgKind::HandleGiven(_)
        | ArgKind::Memory { .. }
        | ArgKind::OutHandle(_)
        | ArgKind::OutPart(_)
        | ArgKind::PrevChild { .. }
        | ArgKind::OutCStr { .. }
        | ArgKind::OutCountedCStr { .. }
        | ArgKind::TerminatedBytes
        | ArgKind::KeptBytes { .. }
        | ArgKind::Selected { .. }
        | ArgKind::Closure(_)
        | ArgKind::ClosureSet(_) => {}
        ArgKind::Std(s) => {
            crate::emit::stdlib::vocab::safe_arg(b, s, &a.name, r, params, prep, call_args)
        }
        ArgKind::Scalar(s) => {
            let t = safe_scalar(s);
            params.push(quote!(#n: #t));
            call_args.push(quote!(#n));
        }
        ArgKind::OutObject { .. } => {
            prep.push(quote!(let mut #n = ::cxx::UniquePtr::null();));
            call_args.push(quote!(&mut #n));
        }
        ArgKind::Pod { id, pass, .. } => {
            let t = crate::emit::core::safe::pod_path(b, *id, r);
            params.push(match pass {
                PodPass::Value => quote!(#n: #t),
                PodPass::Shared => quote!(#n: &#t),
                PodPass::InOut => quote!(#n: &mut #t),
            });
            call_args.push(quote!(#n));
        }
        ArgKind::GivenBytes { .. } => {
            params.push(quote!(#n: ::std::vec::Vec<u8>));
            call_args.push(quote!(#n));
        }
        ArgKind::IoSlices { .. } => {
            params.push(quote!(#n: &mut [::std::io::IoSliceMut<'_>]));
            call_args.push(quote!(#r::cxxbind_io_vecs(#n)));
        }
        ArgKind::ByteView { .. } => {
            params.push(quote!(#n: impl AsRef<[u8]>));
            call_args.push(quote!(#n.as_ref()));
        }
        ArgKind::VecIn { elem, .. } => {
            let t = safe_scalar(elem);
            params.push(quote!(#n: &[#t]));
            call_args.push(quote!(#n));
        }
        ArgKind::SizedBuffer { .. } => {
            params.push(quote!(#n: &#lt mut [u8]));
            call_args.push(quote!(#n));
        }
        ArgKind::OptScalar { value, .. } => {
            let t = safe_scalar(value);
            params.push(quote!(#n: Option<#t>));
            call_args.push(quote!(#n.is_some()));
            call_args.push(quote!(#n.unwrap_or_default()));
        }
        ArgKind::OptStr => {
            params.push(quote!(#n: Option<&[u8]>));
            prep.push(quote!(::cxx::let_cxx_string!(#cxx = #n.unwrap_or_default());));
            call_args.push(quote!(#n.is_some()));
            call_args.push(quote!(&#cxx));
        }
        ArgKind::UniquePtrIn { class } => {
            let path = class_path(b, *class, r);
            params.push(quote!(#n: #path));
            call_args.push(quote!(#n.into_unique_ptr()));
        }
        ArgKind::Enum { ffi, .. } => {
            let e = ident(ffi);
            params.push(quote!(#n: #r::ffi::#e));
            call_args.push(quote!(#n));
        }
        ArgKind::CStr | ArgKind::CStrKept | ArgKind::StrRef | ArgKind::StrValue => {
            crate::emit::core::safe::cxx_string_arg(&a.name, params, prep, call_args)
        }
        ArgKind::CStrRetained => {
            params.push(quote!(#n: &'a ::std::ffi::CStr));
            call_args.push(quote!(#n.to_bytes_with_nul()));
        }
        ArgKind::StrView if retained => {
            params.push(quote!(#n: &'a [u8]));
            call_args.push(quote!(#n));
        }
        ArgKind::StrView => {
            params.push(quote!(#n: impl AsRef<[u8]>));
            call_args.push(quote!(#n.as_ref()));
        }
        ArgKind::StrInOut => {
            params.push(quote!(#n: &mut ::std::vec::Vec<u8>));
            prep.push(quote!(::cxx::let_cxx_string!(#cxx = &#n[..]);));
            call_args.push(quote!(#cxx.as_mut()));
            post.push(quote!(*#n = #cxx.as_bytes().to_vec();));
        }
        ArgKind::Slice { elem, mutable, .. } => {
            let t = safe_scalar(elem);
            if *mutable && retained {
                params.push(quote!(#n: &'a mut [#t]));
            } else if *mutable {
                params.push(quote!(#n: &#lt mut [#t]));
            } else if retained {
                params.push(quote!(#n: &'a [#t]));
            } else if elem.rust == "u8" {
                params.push(quote!(#n: impl AsRef<[u8]>));
                call_args.push(quote!(#n.as_ref()));
                return;
            } else {
                params.push(quote!(#n: &[#t]));
            }
            call_args.push(quote!(#n));
        }
        ArgKind::OutString => {
            prep.push(quote!(::cxx::let_cxx_string!(#n = "");));
            call_args.push(quote!(#n.as_mut()));
        }
        ArgKind::OutScalar(s) => {
            let t = safe_scalar(s);
            prep.push(quote!(let mut #n: #t = Default::default();));
            call_args.push(quote!(&mut #n));
        }
        ArgKind::SameBorrows { .. } => {
            params.push(quote!(#n: &Self));
            call_args.push(quote!(#n.as_ffi()));
        }
        ArgKind::Object { class, mutable, .. } => {
            let ffi = ident(&b.class(*class).ffi_name);
            let life = match (retained, ties) {
                (true, _) => quote!('a),
                (false, true) => lt.clone(),
                (false, false) => quote!(),
            };
            if *mutable {
                params.push(quote!(#n: &#life mut impl #r::AsCppMut<#r::ffi::#ffi>));
                call_args.push(quote!(#n.as_cpp_mut()));
            } else {
                params.push(quote!(#n: &#life impl #r::AsCpp<#r::ffi::#ffi>));
                call_args.push(quote!(#n.as_cpp()));
            }
        }
    }
}
