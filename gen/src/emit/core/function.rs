//! One safe function or method: byte-like strings, slices, out-parameters
//! folded into the result, `Result` for throwing calls.

use super::result::{out_part, result_locals, result_outs, result_parts, result_value};
use crate::emit::class::objects::reborrows;
use crate::emit::core::safe::{class_path, doc_attrs, safe_scalar};
use crate::emit::core::snippets::ArgSnippets;
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
    let mark = crate::emit::core::origin::rust_mark(b, f);
    let item = function_on(b, f, r, &receiver);
    quote!(#mark #item)
}

/// How a method reaches its C++ object: the safe type's own object, or an
/// upcast to the base class that declares the method (inherited methods).
pub(super) struct Receiver {
    /// Expression giving `&ffi::T`.
    shared: TokenStream,
    /// Expression giving `Pin<&mut ffi::T>`.
    mutable: TokenStream,
    /// The C++ base the method is inherited from, for its doc.
    inherited_from: Option<String>,
    /// Where the method is written.
    place: Place,
}

/// What every piece of one safe function reads.
pub(super) struct FnContext<'a> {
    /// The plans.
    pub(super) b: &'a Bindings,
    /// The function written.
    pub(super) f: &'a FnBinding,
    /// The generated root.
    pub(super) r: &'a TokenStream,
    /// How a method reaches its C++ object.
    pub(super) recv: &'a Receiver,
    /// The lifetimes its result and arguments carry.
    pub(super) life: Lifetimes,
}

/// The lifetimes of one safe function, and which arguments carry them.
pub(super) struct Lifetimes {
    /// The result borrows: the function declares `'r`.
    pub(super) borrowed: bool,
    /// `'r` when the result borrows, else nothing.
    pub(super) lt: TokenStream,
    /// A created object borrows the receiver and the object arguments.
    pub(super) tied: bool,
    /// The lifetime of created handles: `'h`, or `'static`.
    pub(super) hl: TokenStream,
    /// `hl` is `'h`, which the function declares.
    pub(super) declares_hl: bool,
    /// The lifetime lent arguments borrow for (`hl` for a handle part).
    pub(super) arg_lt: TokenStream,
    /// Object arguments borrow for `arg_lt`.
    pub(super) arg_ties: bool,
    /// What a constructor is given, a pointer member is set to, or a member
    /// storing a byte view is given, is kept (for `'a`).
    pub(super) retained: bool,
}

impl Lifetimes {
    /// The lifetimes declared after the function's name (`<'r>`, `<'h>`).
    fn generics(&self) -> Option<TokenStream> {
        if self.borrowed {
            Some(quote!(<'r>))
        } else if self.declares_hl {
            Some(quote!(<'h>))
        } else {
            None
        }
    }
}

/// [`function`] with the receiver spelled out.
fn function_on(b: &Bindings, f: &FnBinding, r: &TokenStream, recv: &Receiver) -> TokenStream {
    if let Some(scoped) = scoped_form(b, f, r, recv) {
        return scoped;
    }
    let cx = FnContext {
        b,
        f,
        r,
        recv,
        life: lifetimes(b, f),
    };
    let mut pieces = receiver_snippets(&cx);
    pieces.prep.extend(crate::emit::c_api::busy::prep(f, r));
    for a in &f.args {
        pieces.append(arg_snippets(&cx, a));
    }
    let prepared = result_locals(&cx, &mut pieces);
    let call = call_expr(&cx, &pieces.call_args);
    // The result: the C++ result (if any) followed by the out-parameters.
    let mut parts = result_parts(&cx, prepared);
    parts.extend(result_outs(f).filter_map(|a| out_part(&cx, a)));
    let has_value = !parts.is_empty() || matches!(f.ret, RetKind::Status { .. });
    let (ret_ty, value) = result_value(&cx, &parts, has_value);
    let bind = bind(f, call);
    let docs = docs(&cx, has_value);
    let name = ident(&f.rust_name);
    let fn_lt = cx.life.generics();
    let ArgSnippets {
        params, prep, post, ..
    } = pieces;
    quote! {
        #docs
        pub fn #name #fn_lt (#(#params),*) #ret_ty {
            #(#prep)*
            #bind
            #(#post)*
            #value
        }
    }
}

/// The lifetimes `f`'s result and arguments carry.
fn lifetimes(b: &Bindings, f: &FnBinding) -> Lifetimes {
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
    let ties_args = borrowed
        && (tied
            || matches!(
                f.ret,
                RetKind::Borrowed { .. }
                    | RetKind::ByteView
                    | RetKind::Std(crate::plan::StdRet::Function(_))
            ));
    let lt = if borrowed { quote!('r) } else { quote!() };
    // Handles a free function creates borrow its handle arguments (`'h`).
    let creates_handles = matches!(f.ret, RetKind::Handle(_))
        || f.ret.borrows_handles()
        || f.args
            .iter()
            .any(|a| matches!(a.kind, ArgKind::OutHandle(_)));
    let (hl, declares_hl) =
        crate::emit::c_api::handles::created_lifetime(&f.args, creates_handles, &f.ret);
    // A handle part borrows its object arguments too.
    let (arg_lt, arg_ties) = if f.ret.borrows_handles() {
        (hl.clone(), declares_hl)
    } else {
        (lt.clone(), ties_args)
    };
    let retained = f.keeps_args
        || matches!(
            f.kind,
            CallKind::Constructor { .. } | CallKind::Field { set: true, .. }
        );
    Lifetimes {
        borrowed,
        lt,
        tied,
        hl,
        declares_hl,
        arg_lt,
        arg_ties,
        retained,
    }
}

/// The receiver's parameter (`&self`, …) and, unless the bridge function is
/// called on it directly, its call argument; nothing for a free function.
fn receiver_snippets(cx: &FnContext) -> ArgSnippets {
    let mut out = ArgSnippets::default();
    let Some(mutable) = cx.f.kind.receiver(cx.b) else {
        return out;
    };
    let (recv_shared, recv_mut, lt) = (&cx.recv.shared, &cx.recv.mutable, &cx.life.lt);
    out.params.push(match (mutable, cx.recv.place) {
        (true, Place::Owner) => quote!(&#lt mut self),
        (true, Place::Cpp) => quote!(self: ::core::pin::Pin<&#lt mut Self>),
        (false, _) => quote!(&#lt self),
    });
    if !cx.f.direct {
        out.call_args.push(if mutable {
            quote!(#recv_mut)
        } else {
            quote!(#recv_shared)
        });
    }
    out
}

/// The pieces one argument contributes: from the C API wing's writer that
/// owns its kind, else from [`arg`].
fn arg_snippets(cx: &FnContext, a: &Arg) -> ArgSnippets {
    use crate::emit::c_api::{arrays, c_text, callbacks, closure_set, handles, memory};
    let (b, r) = (cx.b, cx.r);
    let mut out = ArgSnippets::default();
    if callbacks::safe_arg(b, a, r, &mut out) {
        return out;
    }
    let ArgSnippets {
        params,
        prep,
        call_args,
        ..
    } = &mut out;
    let (hl, declares_hl) = (&cx.life.hl, cx.life.declares_hl);
    let written = closure_set::safe_arg(b, a, r, params, prep, call_args)
        || c_text::safe_arg(a, params, prep, call_args)
        || arrays::safe_arg(a, params, prep, call_args)
        || handles::safe_arg(b, a, r, hl, declares_hl, (params, prep, call_args))
        || memory::safe_arg(b, a, r, params, call_args);
    if !written {
        out.append(arg(cx, a));
    }
    out
}

/// The bridge call, with `?` when it throws.
fn call_expr(cx: &FnContext, call_args: &[TokenStream]) -> TokenStream {
    let (recv_shared, recv_mut, r) = (&cx.recv.shared, &cx.recv.mutable, cx.r);
    let ffi_name = ident(&cx.f.ffi_name);
    let call = match (cx.f.kind.receiver(cx.b), cx.f.direct) {
        (Some(true), true) => quote!(#recv_mut.#ffi_name(#(#call_args),*)),
        (Some(false), true) => quote!(#recv_shared.#ffi_name(#(#call_args),*)),
        _ => quote!(#r::ffi::#ffi_name(#(#call_args),*)),
    };
    if cx.f.throws {
        quote!(#call?)
    } else {
        call
    }
}

/// The statement making the call: `let cxxbind_r = …;`, or the bare call
/// when the bridge function returns nothing.
fn bind(f: &FnBinding, call: TokenStream) -> TokenStream {
    if (matches!(f.ret, RetKind::Void | RetKind::String | RetKind::Vec { .. })
        || crate::emit::stdlib::vocab::void_in_bridge(&f.ret))
        && f.kind.constructed().is_none()
    {
        quote!(#call;)
    } else {
        quote!(let cxxbind_r = #call;)
    }
}

/// The safe function's doc attributes, then `#[must_use]` when it returns a
/// value and cannot fail.
fn docs(cx: &FnContext, has_value: bool) -> TokenStream {
    let f = cx.f;
    let doc = doc_attrs(&f.doc, &format!("Calls C++ `{}`.", f.cpp_name));
    let defaults_doc = (!f.defaults.is_empty()).then(|| {
        let line = format!(
            " C++ fills in its default arguments: {} (the longer forms of this call pass them).",
            f.defaults.join(", ")
        );
        quote!(#[doc = ""] #[doc = #line])
    });
    let inherited_doc = cx.recv.inherited_from.as_ref().map(|base| {
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

/// The pieces an argument of a core kind contributes; nothing for the
/// kinds the C API wing writes ([`arg_snippets`] asks it first).
fn arg(cx: &FnContext, a: &Arg) -> ArgSnippets {
    let (b, r) = (cx.b, cx.r);
    let n = ident(&a.name);
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
        | ArgKind::TerminatedBytes { .. }
        | ArgKind::KeptBytes { .. }
        | ArgKind::Selected { .. }
        | ArgKind::Closure(_)
        | ArgKind::ClosureSet(_) => ArgSnippets::default(),
        ArgKind::Std(s) => {
            let mut out = ArgSnippets::default();
            let (params, prep, call_args) = (&mut out.params, &mut out.prep, &mut out.call_args);
            crate::emit::stdlib::vocab::safe_arg(b, s, &a.name, r, params, prep, call_args);
            out
        }
        ArgKind::Scalar(s) => {
            let t = safe_scalar(s);
            ArgSnippets::passed(quote!(#n: #t), quote!(#n))
        }
        ArgKind::OutObject { .. } => ArgSnippets::local(
            quote!(let mut #n = ::cxx::UniquePtr::null();),
            quote!(&mut #n),
        ),
        ArgKind::Pod { id, pass, .. } => {
            let t = crate::emit::core::safe::pod_path(b, *id, r);
            let param = match pass {
                PodPass::Value => quote!(#n: #t),
                PodPass::Shared => quote!(#n: &#t),
                PodPass::InOut => quote!(#n: &mut #t),
            };
            ArgSnippets::passed(param, quote!(#n))
        }
        ArgKind::GivenBytes { .. } => {
            ArgSnippets::passed(quote!(#n: ::std::vec::Vec<u8>), quote!(#n))
        }
        ArgKind::IoSlices { .. } => ArgSnippets::passed(
            quote!(#n: &mut [::std::io::IoSliceMut<'_>]),
            quote!(#r::cxxbind_io_vecs(#n)),
        ),
        ArgKind::CStrRetained => ArgSnippets::passed(
            quote!(#n: &'a ::std::ffi::CStr),
            quote!(#n.to_bytes_with_nul()),
        ),
        ArgKind::StrView | ArgKind::ByteView { .. } if cx.life.retained => {
            ArgSnippets::passed(quote!(#n: &'a [u8]), quote!(#n))
        }
        ArgKind::ByteView { .. } | ArgKind::StrView => {
            ArgSnippets::passed(quote!(#n: impl AsRef<[u8]>), quote!(#n.as_ref()))
        }
        ArgKind::VecIn { elem, .. } => {
            let t = safe_scalar(elem);
            ArgSnippets::passed(quote!(#n: &[#t]), quote!(#n))
        }
        ArgKind::OptScalar { value, .. } => {
            let t = safe_scalar(value);
            ArgSnippets {
                params: vec![quote!(#n: Option<#t>)],
                call_args: vec![quote!(#n.is_some()), quote!(#n.unwrap_or_default())],
                ..ArgSnippets::default()
            }
        }
        ArgKind::UniquePtrIn { class } => {
            let path = class_path(b, *class, r);
            ArgSnippets::passed(quote!(#n: #path), quote!(#n.into_unique_ptr()))
        }
        ArgKind::Enum { ffi, .. } => {
            let e = ident(ffi);
            ArgSnippets::passed(quote!(#n: #r::ffi::#e), quote!(#n))
        }
        ArgKind::OutScalar(s) => {
            let t = safe_scalar(s);
            ArgSnippets::local(
                quote!(let mut #n: #t = Default::default();),
                quote!(&mut #n),
            )
        }
        ArgKind::SameBorrows { .. } => ArgSnippets::passed(quote!(#n: &Self), quote!(#n.as_ffi())),
        ArgKind::CStr
        | ArgKind::CStrKept
        | ArgKind::StrRef
        | ArgKind::StrValue
        | ArgKind::OptStr
        | ArgKind::StrInOut { .. }
        | ArgKind::OutString => string_arg(a),
        ArgKind::SizedBuffer { .. }
        | ArgKind::Slice { .. }
        | ArgKind::PodSlice { .. }
        | ArgKind::Object { .. } => lent_arg(cx, a),
    }
}

/// The pieces of a byte-string argument passed through a `CxxString`
/// (nothing for other kinds).
fn string_arg(a: &Arg) -> ArgSnippets {
    let n = ident(&a.name);
    // `cxxbind_*` is never a parameter name (those get a trailing `_`).
    let cxx = ident(&crate::plan::paths::join(&["cxxbind", &a.name]));
    match &a.kind {
        ArgKind::CStr | ArgKind::CStrKept | ArgKind::StrRef | ArgKind::StrValue => {
            let mut out = ArgSnippets::default();
            let (params, prep, call_args) = (&mut out.params, &mut out.prep, &mut out.call_args);
            crate::emit::core::safe::cxx_string_arg(&a.name, params, prep, call_args);
            out
        }
        ArgKind::OptStr => ArgSnippets {
            params: vec![quote!(#n: Option<&[u8]>)],
            prep: vec![quote!(::cxx::let_cxx_string!(#cxx = #n.unwrap_or_default());)],
            call_args: vec![quote!(#n.is_some()), quote!(&#cxx)],
            ..ArgSnippets::default()
        },
        ArgKind::StrInOut { .. } => ArgSnippets {
            params: vec![quote!(#n: &mut ::std::vec::Vec<u8>)],
            prep: vec![quote!(::cxx::let_cxx_string!(#cxx = &#n[..]);)],
            post: vec![quote!(*#n = #cxx.as_bytes().to_vec();)],
            call_args: vec![quote!(#cxx.as_mut())],
        },
        ArgKind::OutString => ArgSnippets::local(
            quote!(::cxx::let_cxx_string!(#n = "");),
            quote!(#n.as_mut()),
        ),
        _ => ArgSnippets::default(),
    }
}

/// The pieces of a buffer, slice or object argument, lent for `'a` when it
/// is kept, for the result's lifetime when the result borrows it (nothing
/// for other kinds).
fn lent_arg(cx: &FnContext, a: &Arg) -> ArgSnippets {
    let (b, r, lt, retained) = (cx.b, cx.r, &cx.life.arg_lt, cx.life.retained);
    let n = ident(&a.name);
    match &a.kind {
        ArgKind::SizedBuffer { .. } => ArgSnippets::passed(quote!(#n: &#lt mut [u8]), quote!(#n)),
        ArgKind::Slice { elem, mutable, .. } => {
            let t = safe_scalar(elem);
            let param = if *mutable && retained {
                quote!(#n: &'a mut [#t])
            } else if *mutable {
                quote!(#n: &#lt mut [#t])
            } else if retained {
                quote!(#n: &'a [#t])
            } else if elem.rust == "u8" {
                return ArgSnippets::passed(quote!(#n: impl AsRef<[u8]>), quote!(#n.as_ref()));
            } else {
                quote!(#n: &[#t])
            };
            ArgSnippets::passed(param, quote!(#n))
        }
        ArgKind::PodSlice { id, mutable, .. } => {
            let t = crate::emit::core::safe::pod_path(b, *id, r);
            let param = match (*mutable, retained) {
                (true, true) => quote!(#n: &'a mut [#t]),
                (true, false) => quote!(#n: &#lt mut [#t]),
                (false, true) => quote!(#n: &'a [#t]),
                (false, false) => quote!(#n: &[#t]),
            };
            ArgSnippets::passed(param, quote!(#n))
        }
        ArgKind::Object { class, mutable, .. } => {
            let ffi = ident(&b.class(*class).ffi_name);
            let life = match (retained, cx.life.arg_ties) {
                (true, _) => quote!('a),
                (false, true) => lt.clone(),
                (false, false) => quote!(),
            };
            if *mutable {
                ArgSnippets::passed(
                    quote!(#n: &#life mut impl #r::AsCppMut<#r::ffi::#ffi>),
                    quote!(#n.as_cpp_mut()),
                )
            } else {
                ArgSnippets::passed(
                    quote!(#n: &#life impl #r::AsCpp<#r::ffi::#ffi>),
                    quote!(#n.as_cpp()),
                )
            }
        }
        _ => ArgSnippets::default(),
    }
}
