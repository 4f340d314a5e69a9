//! Safe forms of members that take back what their object lent
//! ([`crate::analysis`]'s `scoped` rules): a lease run around a closure
//! (`with_snapshot`), and an object chosen by a closure to be freed
//! (`delete_node`).

use crate::emit::core::safe::doc_attrs;
use crate::emit::core::tokens::ident;
use crate::plan::{ArgKind, Bindings, FnBinding, RetKind};
use proc_macro2::TokenStream;
use quote::quote;

/// How the safe method reaches its receiver.
pub struct Recv<'a> {
    /// The receiver parameter (`&mut self`, `self: Pin<&mut Self>`, `&self`).
    pub param: TokenStream,
    /// Expression giving the C++ object (`Pin<&mut ffi::T>` or `&ffi::T`).
    pub object: &'a TokenStream,
    /// The C++ type the closure sees the receiver as.
    pub cpp: TokenStream,
    /// The receiver is exclusive.
    pub mutable: bool,
}

/// The scoped form of `f`, when it is one.
pub fn method(b: &Bindings, f: &FnBinding, r: &TokenStream, recv: &Recv) -> Option<TokenStream> {
    if let RetKind::Lease { class, release } = f.ret {
        return Some(lease(b, f, r, recv, class, release));
    }
    let RetKind::Freed { arg } = f.ret else {
        return None;
    };
    let a = &f.args[arg];
    let ArgKind::Selected { class, .. } = a.kind else {
        return None;
    };
    Some(selected(b, f, r, recv, class, &a.name))
}

/// How a call that may throw reports it: the `?` after a bridge call
/// (empty when it cannot throw).
fn question(throws: bool) -> TokenStream {
    if throws {
        quote!(?)
    } else {
        quote!()
    }
}

/// The method's result type and how a value is returned as it: wrapped in
/// `Result` when anything it calls may throw.
fn result_of(throws: bool, ty: TokenStream) -> (TokenStream, impl Fn(TokenStream) -> TokenStream) {
    let ret = if throws {
        quote!(-> ::std::result::Result<#ty, ::cxx::Exception>)
    } else {
        quote!(-> #ty)
    };
    (
        ret,
        move |v: TokenStream| if throws { quote!(Ok(#v)) } else { v },
    )
}

/// `with_<noun>(|owner, object| …)`: acquire, lend both to the closure,
/// release.
fn lease(
    b: &Bindings,
    f: &FnBinding,
    r: &TokenStream,
    recv: &Recv,
    class: crate::plan::ClassId,
    release: crate::plan::FnId,
) -> TokenStream {
    let name = ident(&f.rust_name);
    let acquire = ident(&f.ffi_name);
    let rel = b.function(release);
    let release_fn = ident(&rel.ffi_name);
    let obj = ident(&b.class(class).ffi_name);
    let (param, object, cpp) = (&recv.param, recv.object, &recv.cpp);
    let (qa, qr) = (question(f.throws), question(rel.throws));
    let (ret_ty, ok) = result_of(f.throws || rel.throws, quote!(Option<T>));
    let (none, some) = (ok(quote!(None)), ok(quote!(Some(cxxbind_v))));
    let (owner_ty, reborrow, bind) = if recv.mutable {
        (
            quote!(::core::pin::Pin<&mut #cpp>),
            quote!(cxxbind_obj.as_mut()),
            quote!(let mut cxxbind_obj = #object;),
        )
    } else {
        (
            quote!(&#cpp),
            quote!(cxxbind_obj),
            quote!(let cxxbind_obj = #object;),
        )
    };
    let doc = doc_attrs(&f.doc, &format!("Calls C++ `{}`.", f.cpp_name));
    let line = format!(
        " Lends what C++ `{}` returns to `body` with the object itself, then gives it back through C++ `{}` (`None`, and `body` not run, when it returns null). A panic in `body` leaks it instead.",
        f.cpp_name, rel.cpp_name
    );
    // The pointer is valid until the release: the closure cannot keep the
    // borrow (`for<'b>`), and the release runs after it returns.
    quote! {
        #doc
        #[doc = ""]
        #[doc = #line]
        pub fn #name<T>(#param, body: impl FnOnce(#owner_ty, &#r::ffi::#obj) -> T) #ret_ty {
            #bind
            let cxxbind_r = #r::ffi::#acquire(#reborrow)#qa;
            let Some(cxxbind_lent) = (unsafe { cxxbind_r.as_ref() }) else {
                return #none;
            };
            let cxxbind_v = body(#reborrow, cxxbind_lent);
            #r::ffi::#release_fn(cxxbind_obj, cxxbind_lent)#qr;
            #some
        }
    }
}

/// `delete_node(|owner| …)`: the closure picks the object among those the
/// receiver lends; it is freed unless the closure returns `None`.
fn selected(
    b: &Bindings,
    f: &FnBinding,
    r: &TokenStream,
    recv: &Recv,
    class: crate::plan::ClassId,
    arg: &str,
) -> TokenStream {
    let name = ident(&f.rust_name);
    let ffi_name = ident(&f.ffi_name);
    let obj = ident(&b.class(class).ffi_name);
    let select = ident(arg);
    let (param, object, cpp) = (&recv.param, recv.object, &recv.cpp);
    let q = question(f.throws);
    let (ret_ty, ok) = result_of(f.throws, quote!(bool));
    let (none, done) = (ok(quote!(false)), ok(quote!(cxxbind_r)));
    let doc = doc_attrs(&f.doc, &format!("Calls C++ `{}`.", f.cpp_name));
    let line = format!(
        " `{arg}` chooses the object to free among those this one lends (it gets this object exclusively, so no other borrow of the choice survives); `false` (nothing freed) when it chooses none, this object itself, or an object this one does not own."
    );
    // The chosen object came from an exclusive borrow of the receiver that
    // the closure gave up: nothing else reaches it, and it is a separate
    // C++ object (the shim refuses the receiver itself).
    quote! {
        #doc
        #[doc = ""]
        #[doc = #line]
        pub fn #name(
            #param,
            #select: impl for<'b> FnOnce(
                ::core::pin::Pin<&'b mut #cpp>,
            ) -> Option<::core::pin::Pin<&'b mut #r::ffi::#obj>>,
        ) #ret_ty {
            let mut cxxbind_obj = #object;
            let cxxbind_chosen = match #select(cxxbind_obj.as_mut()) {
                Some(cxxbind_p) => ::core::ptr::from_mut::<#r::ffi::#obj>(unsafe { cxxbind_p.get_unchecked_mut() }),
                None => return #none,
            };
            let cxxbind_r = #r::ffi::#ffi_name(
                cxxbind_obj,
                unsafe { ::core::pin::Pin::new_unchecked(&mut *cxxbind_chosen) },
            )#q;
            #done
        }
    }
}
