//! Safe class types: an owning wrapper over `UniquePtr`, its methods,
//! `Clone`, upcasts (`AsCpp<Base>`), and Rust implementations of abstract
//! classes (a trait plus `from_rust`).

use super::names;
use super::sig::ident;
use super::wrapper::{doc_attrs, function, function_on, root, safe_scalar, Modules, Receiver};
use crate::analysis::{ArgKind, Bindings, CallKind, ClassBinding, FnBinding, RetKind};
use proc_macro2::TokenStream;
use quote::quote;

/// The safe type carries a lifetime: it borrows constructor arguments or a Rust implementation.
pub fn has_lifetime(c: &ClassBinding) -> bool {
    c.borrows || c.trampoline.is_some()
}

/// Path of the safe class type from a module whose root path is `r`.
pub fn class_path(b: &Bindings, class: usize, r: &TokenStream) -> TokenStream {
    let c = &b.classes[class];
    let segs = c.module.iter().map(|m| ident(m));
    let name = ident(&c.rust_name);
    quote!(#r #(::#segs)* :: #name)
}

/// Writes class `ci` into its module (and trampoline glue into the root).
pub fn class(b: &Bindings, ci: usize, m: &mut Modules) {
    let c = &b.classes[ci];
    if !c.owned {
        return; // no safe owner type; members were reported as skipped
    }
    let r = root(c.module.len());
    let name = ident(&c.rust_name);
    let ffi = ident(&c.ffi_name);
    let lt = has_lifetime(c);
    let (gen, ty_args) = if lt {
        (quote!(<'a>), quote!(<'a>))
    } else {
        (quote!(), quote!())
    };
    let marker = lt.then(|| quote!(_borrow: ::core::marker::PhantomData<&'a mut ()>,));
    let marker_init = lt.then(|| quote!(_borrow: ::core::marker::PhantomData,));
    let doc = doc_attrs(&c.doc, &format!("C++ class `{}`.", c.cpp_name));
    let lt_doc = lt.then(|| {
        quote!(#[doc = ""] #[doc = " The lifetime `'a` covers what the object borrows: constructor arguments it may keep, or its Rust implementation."])
    });
    let own: Vec<&FnBinding> = b
        .functions
        .iter()
        .filter(|f| f.class == Some(ci) && f.kind != CallKind::CopyConstructor)
        .collect();
    let mut taken: Vec<String> = own.iter().map(|f| f.rust_name.clone()).collect();
    taken.extend(
        [
            "as_ffi",
            "pin_mut",
            "into_unique_ptr",
            "from_rust",
            "cxxbind_wrap",
            "clone",
        ]
        .map(String::from),
    );
    let mut methods: Vec<TokenStream> = own.iter().map(|f| function(b, f, &r)).collect();
    // Methods of public bases the class does not declare itself, called on the
    // upcast object (virtual dispatch still picks the override).
    for &base in &c.bases {
        let up = ident(&names::upcast(b, ci, base, false));
        let up_mut = ident(&names::upcast(b, ci, base, true));
        let recv = Receiver {
            shared: quote!(#r::ffi::#up(self.as_ffi())),
            mutable: quote!(#r::ffi::#up_mut(self.pin_mut())),
            inherited_from: Some(b.classes[base].cpp_name.clone()),
        };
        for f in b.functions.iter().filter(|f| {
            f.class == Some(base)
                && matches!(f.kind, CallKind::Method { .. })
                && !matches!(f.ret, RetKind::Object { .. })
        }) {
            if taken.contains(&f.rust_name) {
                continue;
            }
            taken.push(f.rust_name.clone());
            methods.push(function_on(b, f, &r, &recv));
        }
    }
    let into_unique = (!lt).then(|| {
        quote! {
            /// Gives up the safe wrapper; the C++ object stays alive in the `UniquePtr`.
            pub fn into_unique_ptr(self) -> ::cxx::UniquePtr<#r::ffi::#ffi> { self.inner }
        }
    });
    m.push(
        &c.module,
        quote! {
            #doc
            #lt_doc
            pub struct #name #gen {
                inner: ::cxx::UniquePtr<#r::ffi::#ffi>,
                #marker
            }
            impl #gen #name #ty_args {
                #[allow(dead_code)]
                pub(crate) fn cxxbind_wrap(inner: ::cxx::UniquePtr<#r::ffi::#ffi>) -> Self {
                    Self { inner, #marker_init }
                }
                /// The C++ object.
                pub fn as_ffi(&self) -> &#r::ffi::#ffi {
                    self.inner.as_ref().expect("cxxbind: an owned C++ object is never null")
                }
                /// The C++ object, for calls that may modify it.
                pub fn pin_mut(&mut self) -> ::core::pin::Pin<&mut #r::ffi::#ffi> {
                    self.inner.pin_mut()
                }
                #into_unique
                #(#methods)*
            }
            impl #gen #r::AsCpp<#r::ffi::#ffi> for #name #ty_args {
                fn as_cpp(&self) -> &#r::ffi::#ffi { self.as_ffi() }
                fn as_cpp_mut(&mut self) -> ::core::pin::Pin<&mut #r::ffi::#ffi> { self.pin_mut() }
            }
        },
    );
    for &base in &c.bases {
        let bffi = ident(&b.classes[base].ffi_name);
        let up = ident(&names::upcast(b, ci, base, false));
        let up_mut = ident(&names::upcast(b, ci, base, true));
        m.push(
            &c.module,
            quote! {
                impl #gen #r::AsCpp<#r::ffi::#bffi> for #name #ty_args {
                    fn as_cpp(&self) -> &#r::ffi::#bffi { #r::ffi::#up(self.as_ffi()) }
                    fn as_cpp_mut(&mut self) -> ::core::pin::Pin<&mut #r::ffi::#bffi> {
                        #r::ffi::#up_mut(self.pin_mut())
                    }
                }
            },
        );
    }
    if let Some(copy) = b
        .functions
        .iter()
        .find(|f| f.class == Some(ci) && f.kind == CallKind::CopyConstructor)
    {
        let shim = ident(&copy.ffi_name);
        m.push(
            &c.module,
            quote! {
                /// Runs the C++ copy constructor (aborts if it throws, as Rust does on allocation failure).
                impl #gen Clone for #name #ty_args {
                    fn clone(&self) -> Self { Self::cxxbind_wrap(#r::ffi::#shim(self.as_ffi())) }
                }
            },
        );
    }
    if c.eq.is_some() || c.ne.is_some() {
        let cmp = |shim: &String| {
            let f = ident(shim);
            quote!(#r::ffi::#f(self.as_ffi(), other.as_ffi()))
        };
        let eq = match (&c.eq, &c.ne) {
            (Some(eq), _) => cmp(eq),
            (None, Some(ne)) => {
                let ne = cmp(ne);
                quote!(!#ne)
            }
            (None, None) => quote!(false),
        };
        let ne = c.ne.as_ref().map(|ne| {
            let ne = cmp(ne);
            quote!(fn ne(&self, other: &Self) -> bool { #ne })
        });
        m.push(
            &c.module,
            quote! {
                /// C++ `operator==` / `operator!=` (aborts if the comparison throws).
                impl #gen PartialEq for #name #ty_args {
                    fn eq(&self, other: &Self) -> bool { #eq }
                    #ne
                }
            },
        );
    }
    if let Some(shim) = &c.display {
        let f = ident(shim);
        m.push(
            &c.module,
            quote! {
                /// C++ `operator<<` to a `std::ostream` (non-UTF-8 bytes are replaced;
                /// a C++ exception becomes `fmt::Error`).
                impl #gen ::std::fmt::Display for #name #ty_args {
                    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                        ::cxx::let_cxx_string!(cxxbind_out = "");
                        #r::ffi::#f(self.as_ffi(), cxxbind_out.as_mut()).map_err(|_| ::std::fmt::Error)?;
                        f.write_str(&::std::string::String::from_utf8_lossy(cxxbind_out.as_bytes()))
                    }
                }
            },
        );
    }
    if c.trampoline.is_some() {
        trampoline(b, ci, m);
    }
}

fn trampoline(b: &Bindings, ci: usize, m: &mut Modules) {
    let c = &b.classes[ci];
    let Some(t) = &c.trampoline else { return };
    let r = root(c.module.len());
    let name = ident(&c.rust_name);
    let trait_name = ident(&t.trait_name);
    let dyn_ty = ident(&names::dyn_type(b, ci));
    let factory = ident(&names::rust_factory(b, ci));
    let mut trait_fns = Vec::new();
    let mut callbacks = Vec::new();
    for vm in &t.methods {
        let fname = ident(&vm.rust_name);
        let cb = ident(&names::rust_callback(b, ci, &vm.rust_name));
        let args: Vec<_> = vm.args.iter().filter(|a| !a.kind.is_out()).collect();
        let arg_names: Vec<_> = args.iter().map(|a| ident(&a.name)).collect();
        let safe_types: Vec<TokenStream> = args
            .iter()
            .map(|a| match &a.kind {
                ArgKind::Scalar(s) => safe_scalar(s),
                _ => quote!(&[u8]),
            })
            .collect();
        // The callbacks live outside the bridge: they spell types as the safe layer does.
        let safe_ret = match &vm.ret {
            RetKind::Scalar(s) => {
                let st = safe_scalar(s);
                quote!(-> #st)
            }
            RetKind::BorrowedBytes { .. } => quote!(-> &[u8]),
            _ => quote!(),
        };
        let (recv, imp_ty, imp_expr) = if vm.is_const {
            (quote!(&self), quote!(&#dyn_ty), quote!(&*cxxbind_imp.0))
        } else {
            (
                quote!(&mut self),
                quote!(&mut #dyn_ty),
                quote!(&mut *cxxbind_imp.0),
            )
        };
        let doc = doc_attrs(&vm.doc, &format!("Implements C++ `{}`.", vm.cpp_name));
        trait_fns.push(quote! {
            #doc
            fn #fname(#recv, #(#arg_names: #safe_types),*) #safe_ret;
        });
        let path = c.module.iter().map(|s| ident(s));
        callbacks.push(quote! {
            #[allow(non_snake_case, clippy::all)]
            fn #cb(cxxbind_imp: #imp_ty, #(#arg_names: #safe_types),*) #safe_ret {
                self::#(#path::)*#trait_name::#fname(#imp_expr, #(#arg_names),*)
            }
        });
    }
    let trait_doc = format!(
        " Implement this to provide a C++ `{}` from Rust (see [`{}::from_rust`]).",
        c.cpp_name, c.rust_name
    );
    m.push(
        &c.module,
        quote! {
            #[doc = #trait_doc]
            pub trait #trait_name {
                #(#trait_fns)*
            }
            impl<'a> #name<'a> {
                /// A C++ object whose pure virtual methods call `imp`.
                pub fn from_rust(imp: impl #trait_name + 'a) -> Self {
                    let imp: ::std::boxed::Box<dyn #trait_name + 'a> = ::std::boxed::Box::new(imp);
                    // SAFETY: the box is owned by the C++ object, which `Self` owns;
                    // `Self` cannot outlive `'a`, so neither can the box.
                    let imp = unsafe {
                        ::core::mem::transmute::<
                            ::std::boxed::Box<dyn #trait_name + 'a>,
                            ::std::boxed::Box<dyn #trait_name + 'static>,
                        >(imp)
                    };
                    Self::cxxbind_wrap(#r::ffi::#factory(::std::boxed::Box::new(#r::#dyn_ty(imp))))
                }
            }
        },
    );
    let path = c.module.iter().map(|s| ident(s));
    m.push(
        &[],
        quote! {
            #[doc(hidden)]
            #[allow(non_camel_case_types)]
            pub struct #dyn_ty(::std::boxed::Box<dyn self::#(#path::)*#trait_name>);
            #(#callbacks)*
        },
    );
}
