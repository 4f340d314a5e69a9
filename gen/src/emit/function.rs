//! One safe function or method: byte-like strings, slices, out-parameters
//! folded into the result, `Result` for throwing calls.

use super::safe::{class_path, doc_attrs, safe_scalar};
use super::sig::ident;
use crate::analysis::{Arg, ArgKind, Bindings, CallKind, ClassId, FnBinding, RetKind};
use proc_macro2::TokenStream;
use quote::quote;

/// One safe function, method, static method, constructor or inherited method.
pub fn function(b: &Bindings, f: &FnBinding, r: &TokenStream) -> TokenStream {
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
                shared: quote!(#r::ffi::#up(self.as_ffi())),
                mutable: quote!(#r::ffi::#up_mut(self.pin_mut())),
                inherited_from: base,
            }
        }
        _ => Receiver {
            shared: quote!(self.as_ffi()),
            mutable: quote!(self.pin_mut()),
            inherited_from: None,
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
}

/// [`function`] with the receiver spelled out.
fn function_on(b: &Bindings, f: &FnBinding, r: &TokenStream, recv: &Receiver) -> TokenStream {
    let (recv_shared, recv_mut) = (&recv.shared, &recv.mutable);
    let name = ident(&f.rust_name);
    let borrowed = matches!(f.ret, RetKind::BorrowedBytes { .. });
    let mut fn_lt = borrowed.then(|| quote!(<'r>));
    let lt = if borrowed { quote!('r) } else { quote!() };
    let mut params = Vec::new();
    let mut prep = Vec::new();
    let mut post = Vec::new();
    let mut call_args = Vec::new();
    let retained = matches!(f.kind, CallKind::Constructor { .. });
    let receiver = f.kind.receiver(b);
    if let Some(mutable) = receiver {
        params.push(if mutable {
            quote!(&#lt mut self)
        } else {
            quote!(&#lt self)
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
    let creates = matches!(f.ret, RetKind::Handle(_) | RetKind::BorrowedHandle(_))
        || f.args
            .iter()
            .any(|a| matches!(a.kind, ArgKind::OutHandle(_)));
    let (hl, declares_hl) = super::handle::created_lifetime(&f.args, creates);
    for (i, a) in f.args.iter().enumerate() {
        let skip_out = matches!(f.ret, RetKind::BorrowedBytes { len_arg, .. } | RetKind::CopiedBytes { len_arg } if len_arg == i);
        let closure = super::callback::safe_arg(
            b,
            f,
            a,
            r,
            &mut params,
            &mut prep,
            &mut post,
            &mut call_args,
        );
        let text = !closure && super::text::safe_arg(a, &mut params, &mut prep, &mut call_args);
        let out = (&mut params, &mut prep, &mut call_args);
        if !closure && !text && !super::handle::safe_arg(b, a, r, &hl, declares_hl, out) {
            arg(
                b,
                a,
                r,
                retained,
                &lt,
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
    let text_part = super::text::safe_ret(f, &mut prep, &mut call_args);
    if matches!(f.ret, RetKind::Vec { .. }) {
        prep.push(quote!(let mut cxxbind_ret = ::std::vec::Vec::new();));
        call_args.push(quote!(&mut cxxbind_ret));
    }
    if let RetKind::OptScalar(s) = &f.ret {
        let t = safe_scalar(s);
        prep.push(quote!(let mut cxxbind_ret: #t = Default::default();));
        call_args.push(quote!(&mut cxxbind_ret));
    }
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
            RetKind::BorrowedBytes { mutable, .. } => parts.push((
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
            RetKind::Handle(h) => {
                parts.push(super::handle::owned_part(b, *h, quote!(cxxbind_r), r, &hl))
            }
            RetKind::SizedText { .. } | RetKind::Utf16Str => parts.extend(text_part),
            RetKind::BorrowedHandle(h) => parts.push(super::handle::borrowed_part(
                b,
                *h,
                quote!(cxxbind_r),
                r,
                &hl,
            )),
        }
    }
    for a in outs {
        let n = ident(&a.name);
        match &a.kind {
            ArgKind::OutString => {
                parts.push((quote!(#n.as_bytes().to_vec()), quote!(::std::vec::Vec<u8>)))
            }
            ArgKind::OutScalar(s) => parts.push((quote!(#n), safe_scalar(s))),
            ArgKind::OutHandle(h) => {
                parts.push(super::handle::owned_part(b, *h, quote!(#n), r, &hl))
            }
            ArgKind::OutCStr { .. } | ArgKind::OutCountedCStr { .. } => {
                parts.push((quote!(#n.as_bytes().to_vec()), quote!(::std::vec::Vec<u8>)))
            }
            ArgKind::OutUtf16 => parts.push((quote!(#n), quote!(::std::vec::Vec<u16>))),
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
    let (ret_ty, value) = if f.throws {
        (
            quote!(-> ::std::result::Result<#ty, ::cxx::Exception>),
            quote!(Ok(#value)),
        )
    } else if parts.is_empty() {
        (quote!(), quote!())
    } else {
        (quote!(-> #ty), value)
    };
    let bind = if matches!(f.ret, RetKind::Void | RetKind::String | RetKind::Vec { .. }) && !is_ctor
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
        .find(|a| matches!(a.kind, ArgKind::PrintfText))
        .map(|a| {
            let line = format!(
                " Fixed form of a `printf`-style call: `{}` is printed as it is (C++ gets `\"%s\"` and these bytes).",
                a.name
            );
            quote!(#[doc = ""] #[doc = #line])
        });
    let must_use = (!parts.is_empty() && !f.throws).then(|| quote!(#[must_use]));
    quote! {
        #doc
        #defaults_doc
        #inherited_doc
        #throws_doc
        #printf_doc
        #must_use
        pub fn #name #fn_lt (#(#params),*) #ret_ty {
            #(#prep)*
            #bind
            #(#post)*
            #value
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn arg(
    b: &Bindings,
    a: &Arg,
    r: &TokenStream,
    retained: bool,
    lt: &TokenStream,
    params: &mut Vec<TokenStream>,
    prep: &mut Vec<TokenStream>,
    post: &mut Vec<TokenStream>,
    call_args: &mut Vec<TokenStream>,
) {
    let n = ident(&a.name);
    // `cxxbind_*` is never a parameter name (those get a trailing `_`).
    let cxx = ident(&format!("cxxbind_{}", a.name));
    match &a.kind {
        // Written by `super::handle::safe_arg` and `super::text::safe_arg`.
        ArgKind::Utf16Str
        | ArgKind::PrintfText
        | ArgKind::TerminatedUtf16
        | ArgKind::OutUtf16
        | ArgKind::Handle(_)
        | ArgKind::OutHandle(_)
        | ArgKind::OutCStr { .. }
        | ArgKind::OutCountedCStr { .. }
        | ArgKind::TerminatedBytes
        | ArgKind::KeptBytes { .. }
        | ArgKind::Closure(_) => {}
        ArgKind::Scalar(s) => {
            let t = safe_scalar(s);
            params.push(quote!(#n: #t));
            call_args.push(quote!(#n));
        }
        ArgKind::VecIn { elem, .. } => {
            let t = safe_scalar(elem);
            params.push(quote!(#n: &[#t]));
            call_args.push(quote!(#n));
        }
        ArgKind::SizedBuffer { .. } => {
            params.push(quote!(#n: &mut [u8]));
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
        ArgKind::CStr | ArgKind::StrRef | ArgKind::StrValue => {
            params.push(quote!(#n: impl AsRef<[u8]>));
            prep.push(quote!(::cxx::let_cxx_string!(#cxx = #n.as_ref());));
            call_args.push(quote!(&#cxx));
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
        ArgKind::Object { class, mutable, .. } => {
            let ffi = ident(&b.class(*class).ffi_name);
            let life = if retained { quote!('a) } else { quote!() };
            if *mutable {
                params.push(quote!(#n: &#life mut impl #r::AsCpp<#r::ffi::#ffi>));
                call_args.push(quote!(#n.as_cpp_mut()));
            } else {
                params.push(quote!(#n: &#life impl #r::AsCpp<#r::ffi::#ffi>));
                call_args.push(quote!(#n.as_cpp()));
            }
        }
    }
}

/// The safe type of an owned class result: a class that borrows keeps the
/// receiver's lifetime when a method of a borrowing class returns it (the only
/// case analysis lets through), and is `'static` otherwise.
fn owned_type(b: &Bindings, f: &FnBinding, class: ClassId, r: &TokenStream) -> TokenStream {
    let path = class_path(b, class, r);
    let tied = matches!(f.kind, CallKind::Method { class: c, .. } if b.class(c).has_lifetime());
    match (b.class(class).has_lifetime(), tied) {
        (true, true) => quote!(#path<'a>),
        (true, false) => quote!(#path<'static>),
        (false, _) => quote!(#path),
    }
}
