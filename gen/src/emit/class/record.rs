//! Safe class types: an owning wrapper over `UniquePtr`, its methods
//! (inherited ones included), `Clone`, `PartialEq`, `Display`, operator
//! traits ([`crate::emit::ops::operators`]), upcasts
//! (`AsCpp<Base>`), and Rust implementations of abstract classes (a trait
//! plus `from_rust`). Every piece comes from one plan in `b.functions`.

use crate::emit::core::function::{function, function_in, Place};

use crate::emit::core::safe::{doc_attrs, root, Modules};
use crate::emit::core::tokens::ident;
use crate::plan::{Bindings, CallKind, ClassId, FnBinding, FnId, OpKind};
use proc_macro2::{Ident, TokenStream};
use quote::quote;

/// The plans that belong to class `ci`'s safe type.
fn plans_of(b: &Bindings, ci: ClassId) -> impl Iterator<Item = &FnBinding> {
    b.functions
        .iter()
        .filter(move |f| f.kind.class() == Some(ci))
}

/// Writes class `ci` into its module (and trampoline glue into the root).
pub fn class(b: &Bindings, ci: ClassId, m: &mut Modules) {
    let c = b.class(ci);
    if c.view {
        cpp_type(b, ci, m);
    }
    if !c.owned {
        return; // borrowed only: no owning type
    }
    let r = root(c.module.len());
    let name = ident(&c.rust_name);
    let (gen, ty_args) = if c.has_lifetime() {
        (quote!(<'a>), quote!(<'a>))
    } else {
        (quote!(), quote!())
    };
    let mark = crate::emit::core::origin::class_mark(b, ci);
    let owner = owner_type(b, ci, &r, &gen, &ty_args);
    m.push(&c.module, quote!(#mark #owner));
    let ty = quote!(#name #ty_args);
    for item in trait_impls(b, ci, &r, &gen, &ty) {
        m.push(&c.module, quote!(#mark #item));
    }
    crate::emit::class::trampoline::safe_items(b, ci, m);
}

/// The methods on class `ci`'s owning type. A viewed class's methods live
/// on its C++ type (reached through `Deref`); the owner repeats those that
/// need `&mut self`.
fn owner_methods(b: &Bindings, ci: ClassId, r: &TokenStream) -> Vec<TokenStream> {
    let c = b.class(ci);
    plans_of(b, ci)
        .filter(|f| match f.kind {
            CallKind::Static { .. } | CallKind::Constructor { .. } => true,
            CallKind::Method { .. } | CallKind::Inherited { .. } | CallKind::Field { .. } => {
                !c.view || f.kind.receiver(b) == Some(true)
            }
            _ => false,
        })
        .map(|f| function(b, f, r))
        .collect()
}

/// How the owning type holds its C++ object: the field's type, and the
/// bodies of `as_ffi` and `pin_mut`. A handle value is held inline; any
/// other object behind its `UniquePtr`.
///
/// A handle value is not `Unpin` (so the `Pin<&mut>` lent to C++ calls
/// cannot be turned into a `&mut` to swap its pointers); pinning it in
/// place is sound as C++ declares it relocatable (the shim header's
/// `IsRelocatable`) and the owner never hands out `&mut` of it.
fn storage(value: bool, r: &TokenStream, ffi: &Ident) -> (TokenStream, TokenStream, TokenStream) {
    if value {
        (
            quote!(#r::ffi::#ffi),
            quote!(&self.inner),
            quote!(unsafe { ::core::pin::Pin::new_unchecked(&mut self.inner) }),
        )
    } else {
        (
            quote!(::cxx::UniquePtr<#r::ffi::#ffi>),
            quote!(self
                .inner
                .as_ref()
                .expect("cxxbind: an owned C++ object is never null")),
            quote!(self.inner.pin_mut()),
        )
    }
}

/// Class `ci`'s owning type: the struct, its methods, `AsCpp`/`AsCppMut`,
/// `Deref` for a viewed class, and a `Drop` that keeps `'a` alive.
fn owner_type(
    b: &Bindings,
    ci: ClassId,
    r: &TokenStream,
    gen: &TokenStream,
    ty_args: &TokenStream,
) -> TokenStream {
    let c = b.class(ci);
    let name = ident(&c.rust_name);
    let ffi = ident(&c.ffi_name);
    let lt = c.has_lifetime();
    let marker = lt.then(|| quote!(_borrow: ::core::marker::PhantomData<&'a mut ()>,));
    let marker_init = lt.then(|| quote!(_borrow: ::core::marker::PhantomData,));
    let doc = doc_attrs(&c.doc, &format!("C++ class `{}`.", c.cpp_name));
    let lt_doc = lt.then(|| {
        quote!(#[doc = ""] #[doc = " The lifetime `'a` covers what the object borrows: constructor arguments it may keep, or its Rust implementation."])
    });
    let methods = owner_methods(b, ci, r);
    // With a `Drop` impl, the borrow checker keeps `'a` alive until the C++
    // destructor has run (it may use what the object borrows).
    let drop_check = lt.then(|| {
        quote! {
            impl<'a> ::core::ops::Drop for #name<'a> {
                fn drop(&mut self) {}
            }
        }
    });
    let deref = c.view.then(|| {
        quote! {
            impl #gen ::core::ops::Deref for #name #ty_args {
                type Target = #r::ffi::#ffi;
                fn deref(&self) -> &#r::ffi::#ffi { self.as_ffi() }
            }
        }
    });
    let value = c.value.is_some();
    let into_unique = (!lt && !value).then(|| {
        quote! {
            /// Gives up the safe wrapper; the C++ object stays alive in the `UniquePtr`.
            pub fn into_unique_ptr(self) -> ::cxx::UniquePtr<#r::ffi::#ffi> { self.inner }
        }
    });
    let (storage, as_ffi, pin_mut) = storage(value, r, &ffi);
    let value_doc = value.then(|| {
        quote!(#[doc = ""] #[doc = " Held by value (a handle of pointers): no heap allocation."])
    });
    quote! {
        #doc
        #lt_doc
        #value_doc
        pub struct #name #gen {
            inner: #storage,
            #marker
        }
        impl #gen #name #ty_args {
            #[allow(dead_code)]
            pub(crate) fn cxxbind_wrap(inner: #storage) -> Self {
                Self { inner, #marker_init }
            }
            /// The C++ object.
            pub fn as_ffi(&self) -> &#r::ffi::#ffi {
                #as_ffi
            }
            /// The C++ object, for calls that may modify it.
            pub fn pin_mut(&mut self) -> ::core::pin::Pin<&mut #r::ffi::#ffi> {
                #pin_mut
            }
            #into_unique
            #(#methods)*
        }
        impl #gen #r::AsCpp<#r::ffi::#ffi> for #name #ty_args {
            fn as_cpp(&self) -> &#r::ffi::#ffi { self.as_ffi() }
        }
        impl #gen #r::AsCppMut<#r::ffi::#ffi> for #name #ty_args {
            fn as_cpp_mut(&mut self) -> ::core::pin::Pin<&mut #r::ffi::#ffi> { self.pin_mut() }
        }
        #deref
        #drop_check
    }
}

/// The trait implementations of class `ci`'s owning type `ty`, in order:
/// upcasts, `Clone`, `PartialEq` (or the operators' equivalence), operator
/// traits, `Display`, and the status conversion.
fn trait_impls(
    b: &Bindings,
    ci: ClassId,
    r: &TokenStream,
    gen: &TokenStream,
    ty: &TokenStream,
) -> Vec<TokenStream> {
    let c = b.class(ci);
    let mut out = Vec::new();
    let traits = Traits { b, r, gen, ty };
    out.extend(c.bases.iter().filter_map(|&base| traits.as_cpp(ci, base)));
    for f in plans_of(b, ci) {
        if let CallKind::Clone { .. } = f.kind {
            out.push(traits.clone_impl(f));
        }
    }
    let ops = crate::emit::ops::operators::OpTraits { b, ci, r, gen, ty };
    out.extend(traits.partial_eq(ci).or_else(|| ops.equivalence()));
    out.extend(ops.all());
    for f in plans_of(b, ci) {
        if let CallKind::Operator {
            op: OpKind::Display,
            ..
        } = f.kind
        {
            out.push(traits.display(f));
        }
    }
    out.extend(c.status.map(|message| traits.status(message)));
    out
}

/// The C++ type of a viewed class as borrows see it: its methods (`&self`
/// and `self: Pin<&mut Self>`), `AsCpp` for `&T` and `Pin<&mut T>` (itself
/// and its bases), and, when Rust cannot own one, its safe name as an alias.
fn cpp_type(b: &Bindings, ci: ClassId, m: &mut Modules) {
    let c = b.class(ci);
    let r = root(c.module.len());
    let ffi = ident(&c.ffi_name);
    let methods: Vec<TokenStream> = plans_of(b, ci)
        .filter(|f| match f.kind {
            CallKind::Method { .. } | CallKind::Inherited { .. } | CallKind::Field { .. } => true,
            CallKind::Static { .. } => !c.owned,
            _ => false,
        })
        .map(|f| function_in(b, f, &r, Place::Cpp))
        .collect();
    let alias = (!c.owned).then(|| {
        let name = ident(&c.rust_name);
        let doc = doc_attrs(&c.doc, &format!("C++ class `{}`.", c.cpp_name));
        quote! {
            #doc
            #[doc = ""]
            #[doc = " C++ owns these objects (no public destructor): Rust reaches them as borrows, `&T` or `Pin<&mut T>`, tied to the object they came from."]
            pub type #name = #r::ffi::#ffi;
        }
    });
    let mut as_cpp = vec![quote! {
        impl #r::AsCpp<#r::ffi::#ffi> for #r::ffi::#ffi {
            fn as_cpp(&self) -> &#r::ffi::#ffi { self }
        }
        impl #r::AsCpp<#r::ffi::#ffi> for ::core::pin::Pin<&mut #r::ffi::#ffi> {
            fn as_cpp(&self) -> &#r::ffi::#ffi { self.as_ref().get_ref() }
        }
        impl #r::AsCppMut<#r::ffi::#ffi> for ::core::pin::Pin<&mut #r::ffi::#ffi> {
            fn as_cpp_mut(&mut self) -> ::core::pin::Pin<&mut #r::ffi::#ffi> { self.as_mut() }
        }
    }];
    for &base in &c.bases {
        let (Some(up), Some(up_mut)) = (upcast(b, ci, base, false), upcast(b, ci, base, true))
        else {
            continue;
        };
        let bffi = ident(&b.class(base).ffi_name);
        as_cpp.push(quote! {
            impl #r::AsCpp<#r::ffi::#bffi> for #r::ffi::#ffi {
                fn as_cpp(&self) -> &#r::ffi::#bffi { #r::ffi::#up(self) }
            }
            impl #r::AsCpp<#r::ffi::#bffi> for ::core::pin::Pin<&mut #r::ffi::#ffi> {
                fn as_cpp(&self) -> &#r::ffi::#bffi { #r::ffi::#up(self.as_ref().get_ref()) }
            }
            impl #r::AsCppMut<#r::ffi::#bffi> for ::core::pin::Pin<&mut #r::ffi::#ffi> {
                fn as_cpp_mut(&mut self) -> ::core::pin::Pin<&mut #r::ffi::#bffi> {
                    #r::ffi::#up_mut(self.as_mut())
                }
            }
            // The borrow seen as its base, for as long as it lives
            // (`let node: Pin<&mut Base> = derived.into();`).
            impl<'b> ::core::convert::From<&'b #r::ffi::#ffi> for &'b #r::ffi::#bffi {
                fn from(derived: &'b #r::ffi::#ffi) -> Self { #r::ffi::#up(derived) }
            }
            impl<'b> ::core::convert::From<::core::pin::Pin<&'b mut #r::ffi::#ffi>>
                for ::core::pin::Pin<&'b mut #r::ffi::#bffi>
            {
                fn from(derived: ::core::pin::Pin<&'b mut #r::ffi::#ffi>) -> Self {
                    #r::ffi::#up_mut(derived)
                }
            }
        });
    }
    m.push(
        &c.module,
        quote! {
            #alias
            impl #r::ffi::#ffi {
                #(#methods)*
            }
            #(#as_cpp)*
        },
    );
}

/// The upcast plan `from` → `to` (`mutable`: the `Pin<&mut>` form).
fn upcast(b: &Bindings, from: ClassId, to: ClassId, mutable: bool) -> Option<proc_macro2::Ident> {
    b.functions
        .iter()
        .find(|f| f.kind == CallKind::Upcast { from, to, mutable })
        .map(|f| ident(&f.ffi_name))
}

/// Trait implementations for one safe type.
struct Traits<'a> {
    b: &'a Bindings,
    r: &'a TokenStream,
    /// `<'a>` or nothing.
    gen: &'a TokenStream,
    /// The safe type with its generic arguments.
    ty: &'a TokenStream,
}

impl Traits<'_> {
    /// `AsCpp<Base>` through the upcast plans.
    fn as_cpp(&self, ci: ClassId, base: ClassId) -> Option<TokenStream> {
        let (r, gen, ty) = (self.r, self.gen, self.ty);
        let (up, up_mut) = (
            upcast(self.b, ci, base, false)?,
            upcast(self.b, ci, base, true)?,
        );
        let bffi = ident(&self.b.class(base).ffi_name);
        Some(quote! {
            impl #gen #r::AsCpp<#r::ffi::#bffi> for #ty {
                fn as_cpp(&self) -> &#r::ffi::#bffi { #r::ffi::#up(self.as_ffi()) }
            }
            impl #gen #r::AsCppMut<#r::ffi::#bffi> for #ty {
                fn as_cpp_mut(&mut self) -> ::core::pin::Pin<&mut #r::ffi::#bffi> {
                    #r::ffi::#up_mut(self.pin_mut())
                }
            }
        })
    }

    /// `Clone` from the copy constructor.
    fn clone_impl(&self, f: &FnBinding) -> TokenStream {
        let (r, gen, ty) = (self.r, self.gen, self.ty);
        let shim = ident(&f.ffi_name);
        quote! {
            /// Runs the C++ copy constructor (aborts if it throws, as Rust does on allocation failure).
            impl #gen Clone for #ty {
                fn clone(&self) -> Self { Self::cxxbind_wrap(#r::ffi::#shim(self.as_ffi())) }
            }
        }
    }

    /// `PartialEq` from `operator==` and/or `operator!=`.
    fn partial_eq(&self, ci: ClassId) -> Option<TokenStream> {
        let (r, gen, ty) = (self.r, self.gen, self.ty);
        let shim = |want: OpKind| {
            plans_of(self.b, ci)
                .find(|f| matches!(f.kind, CallKind::Operator { op, .. } if op == want))
                .map(|f| {
                    let f = ident(&f.ffi_name);
                    quote!(#r::ffi::#f(self.as_ffi(), other.as_ffi()))
                })
        };
        let (eq, ne) = (shim(OpKind::Eq), shim(OpKind::Ne));
        let eq_body = match (&eq, &ne) {
            (Some(eq), _) => eq.clone(),
            (None, Some(ne)) => quote!(!#ne),
            (None, None) => return None,
        };
        let ne_fn = ne.map(|ne| quote!(fn ne(&self, other: &Self) -> bool { #ne }));
        Some(quote! {
            /// C++ `operator==` / `operator!=` (aborts if the comparison throws).
            impl #gen PartialEq for #ty {
                fn eq(&self, other: &Self) -> bool { #eq_body }
                #ne_fn
            }
        })
    }

    /// A status is an error: `Debug`, and with a message method `Display`
    /// and `std::error::Error`.
    fn status(&self, message: Option<FnId>) -> TokenStream {
        let (gen, ty) = (self.gen, self.ty);
        let Some(message) = message else {
            return quote! {
                impl #gen ::std::fmt::Debug for #ty {
                    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                        f.debug_struct(::core::stringify!(#ty)).finish_non_exhaustive()
                    }
                }
            };
        };
        let m = self.b.function(message);
        let name = ident(&m.rust_name);
        let text = if m.throws {
            quote!(self.#name().map_err(|_| ::std::fmt::Error)?)
        } else {
            quote!(self.#name())
        };
        let doc = format!(" The status's message (C++ `{}`).", m.cpp_name);
        quote! {
            #[doc = #doc]
            impl #gen ::std::fmt::Display for #ty {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.write_str(&::std::string::String::from_utf8_lossy(&#text))
                }
            }
            impl #gen ::std::fmt::Debug for #ty {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    ::std::fmt::Display::fmt(self, f)
                }
            }
            impl #gen ::std::error::Error for #ty {}
        }
    }

    /// `Display` from `operator<<` to a `std::ostream`.
    fn display(&self, f: &FnBinding) -> TokenStream {
        let (r, gen, ty) = (self.r, self.gen, self.ty);
        let shim = ident(&f.ffi_name);
        quote! {
            /// C++ `operator<<` to a `std::ostream` (non-UTF-8 bytes are replaced;
            /// a C++ exception becomes `fmt::Error`).
            impl #gen ::std::fmt::Display for #ty {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    ::cxx::let_cxx_string!(cxxbind_out = "");
                    #r::ffi::#shim(self.as_ffi(), cxxbind_out.as_mut()).map_err(|_| ::std::fmt::Error)?;
                    f.write_str(&::std::string::String::from_utf8_lossy(cxxbind_out.as_bytes()))
                }
            }
        }
    }
}
