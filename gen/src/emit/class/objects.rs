//! How a borrowed or new object result becomes Rust: the value expression
//! and its safe type (read by [`crate::emit::core::function`]).

use crate::emit::core::safe::class_path;
use crate::emit::core::tokens::ident;
use crate::plan::{Access, Bindings, CallKind, ClassId, FnBinding, RetKind};
use proc_macro2::TokenStream;
use quote::quote;

/// A new object the caller owns, from the `UniquePtr` in `value` (`None`
/// for null); `tied`: it borrows what made it for `'r`.
pub fn created_part(
    b: &Bindings,
    class: ClassId,
    tied: bool,
    value: TokenStream,
    r: &TokenStream,
) -> (TokenStream, TokenStream) {
    let path = class_path(b, class, r);
    let ffi = ident(&b.class(class).ffi_name);
    let (wrap, ty) = if tied {
        (
            quote!(#r::Tied::new(#value)),
            quote!(#r::Tied<'r, #r::ffi::#ffi>),
        )
    } else {
        (quote!(<#path>::cxxbind_wrap(#value)), path)
    };
    (
        quote!(if #value.is_null() { None } else { Some(#wrap) }),
        quote!(Option<#ty>),
    )
}

/// A borrowed object from the shim's pointer: the value and its safe type.
pub fn borrowed_part(
    b: &Bindings,
    class: ClassId,
    access: Access,
    nullable: bool,
    r: &TokenStream,
) -> (TokenStream, TokenStream) {
    let ffi = ident(&b.class(class).ffi_name);
    // The `unsafe` blocks below are sound because the shim returns the C++
    // result as it is: null or a valid object that C++ keeps alive while the
    // receiver and the object arguments stay borrowed (`'r`; docs/strategy.md,
    // "Objects C++ owns"), and C++ objects never move while Rust borrows them.
    // A singleton lives for good.
    let lt = match access {
        Access::Static => quote!('static),
        Access::Shared | Access::Exclusive => quote!('r),
    };
    match (access == Access::Exclusive, nullable) {
        (false, true) => (
            quote!(unsafe { cxxbind_r.as_ref() }),
            quote!(Option<&#lt #r::ffi::#ffi>),
        ),
        (false, false) => (quote!(unsafe { &*cxxbind_r }), quote!(&#lt #r::ffi::#ffi)),
        (true, true) => (
            quote!(unsafe {
                cxxbind_r
                    .as_mut()
                    .map(|p| ::core::pin::Pin::new_unchecked(p))
            }),
            quote!(Option<::core::pin::Pin<&'r mut #r::ffi::#ffi>>),
        ),
        (true, false) => (
            quote!(unsafe { ::core::pin::Pin::new_unchecked(&mut *cxxbind_r) }),
            quote!(::core::pin::Pin<&'r mut #r::ffi::#ffi>),
        ),
    }
}

/// A method of a class holding an exclusive borrow returns an object of its
/// own kind (a copy or a step of a handle): the result reborrows the
/// receiver (`'r`) instead of sharing its borrow, which would alias it.
pub fn reborrows(b: &Bindings, f: &FnBinding) -> bool {
    match (f.kind, &f.ret) {
        (CallKind::Method { class, .. }, RetKind::Object { class: ret, .. }) => {
            b.class(class).borrows_mut && b.class(*ret).has_lifetime()
        }
        _ => false,
    }
}

/// The safe type of an owned class result: a class that borrows keeps the
/// receiver's lifetime when a method of a borrowing class returns it (the only
/// case analysis lets through), and is `'static` otherwise.
pub fn owned_type(b: &Bindings, f: &FnBinding, class: ClassId, r: &TokenStream) -> TokenStream {
    let path = class_path(b, class, r);
    let tied = matches!(f.kind, CallKind::Method { class: c, .. } if b.class(c).has_lifetime());
    match (b.class(class).has_lifetime(), tied) {
        (true, true) if reborrows(b, f) => quote!(#path<'r>),
        (true, true) => quote!(#path<'a>),
        (true, false) => quote!(#path<'static>),
        (false, _) => quote!(#path),
    }
}
