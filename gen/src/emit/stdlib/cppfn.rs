//! `std::function` results Rust calls ([`crate::plan::CppFn`]): one
//! bridge type per signature (an alias of `std::function` over cxx's scalar
//! types in namespace `cxxbind`), its call shim, and the safe type in the
//! root module, `CppFnI32ToI64<'a>::call(&self, …)`.

use crate::emit::core::tokens::{ident, scalar_tokens};
use crate::plan::{Bindings, CppFn, RetKind, StdRet};
use crate::text::Out;
use proc_macro2::TokenStream;
use quote::quote;
use std::collections::BTreeMap;

/// Every signature some plan returns, once each, by bridge name.
fn signatures(b: &Bindings) -> BTreeMap<&str, &CppFn> {
    b.functions
        .iter()
        .filter_map(|f| match &f.ret {
            RetKind::Std(StdRet::Function(sig)) => Some((sig.ffi_name.as_str(), sig)),
            _ => None,
        })
        .collect()
}

fn arg_names(sig: &CppFn) -> Vec<proc_macro2::Ident> {
    (0..sig.params.len())
        .map(|i| ident(&format!("a{i}")))
        .collect()
}

/// The bridge's types and call functions (in `extern "C++"`).
pub fn bridge_items(b: &Bindings) -> Vec<TokenStream> {
    signatures(b)
        .values()
        .map(|sig| {
            let ty = ident(&sig.ffi_name);
            let call = ident(&format!("{}_call", sig.ffi_name));
            let names = arg_names(sig);
            let types = sig.params.iter().map(scalar_tokens);
            let ret = match &sig.ret {
                Some(s) => {
                    let t = scalar_tokens(s);
                    quote!(-> Result<#t>)
                }
                None => quote!(-> Result<()>),
            };
            quote! {
                #[namespace = "cxxbind"]
                type #ty;
                #[namespace = "cxxbind"]
                fn #call(f: &#ty, #(#names: #types),*) #ret;
            }
        })
        .collect()
}

/// `impl UniquePtr<T> {}` for every signature (module level of the bridge).
pub fn unique_ptr_impls(b: &Bindings) -> Vec<TokenStream> {
    signatures(b)
        .keys()
        .map(|n| {
            let ty = ident(n);
            quote!(impl UniquePtr<#ty> {})
        })
        .collect()
}

/// The aliases and call shims (inside namespace `cxxbind`).
pub fn shim_text(b: &Bindings) -> String {
    let mut out = Out::new();
    for sig in signatures(b).values() {
        let ret = sig.ret.as_ref().map_or("void", |s| s.cpp);
        let params: Vec<&str> = sig.params.iter().map(|s| s.cpp).collect();
        writeln!(
            out,
            "using {} = ::std::function<{ret}({})>;",
            sig.ffi_name,
            params.join(", ")
        );
        let decl: Vec<String> = params
            .iter()
            .enumerate()
            .map(|(i, p)| format!(", {p} a{i}"))
            .collect();
        let args: Vec<String> = (0..params.len()).map(|i| format!("a{i}")).collect();
        writeln!(
            out,
            "inline {ret} {}_call(const {}& f{}) {{\n  return f({});\n}}",
            sig.ffi_name,
            sig.ffi_name,
            decl.concat(),
            args.join(", ")
        );
    }
    out.into_string()
}

/// The shim body returning `callee`'s callable (null when empty).
pub fn ret_body(sig: &CppFn, callee: &str) -> String {
    format!(
        "  auto cxxbind_f = {callee};\n  if (!cxxbind_f) return nullptr;\n  return ::std::make_unique<::cxxbind::{}>(::std::move(cxxbind_f));",
        sig.ffi_name
    )
}

/// The safe types, in the root module.
pub fn root_items(b: &Bindings) -> TokenStream {
    let items = signatures(b).into_values().map(|sig| {
        let name = ident(&sig.rust_name);
        let ty = ident(&sig.ffi_name);
        let call = ident(&format!("{}_call", sig.ffi_name));
        let names = arg_names(sig);
        let types = sig.params.iter().map(crate::emit::core::safe::safe_scalar);
        let ret = sig
            .ret
            .as_ref()
            .map_or(quote!(()), crate::emit::core::safe::safe_scalar);
        let cpp = format!(
            " A C++ `std::function<{}({})>`, called from Rust. The lifetime `'a` is what it may capture: the object whose method returned it.",
            sig.ret.as_ref().map_or("void", |s| s.cpp),
            sig.params.iter().map(|s| s.cpp).collect::<Vec<_>>().join(", ")
        );
        quote! {
            #[doc = #cpp]
            pub struct #name<'a> {
                inner: ::cxx::UniquePtr<ffi::#ty>,
                _borrow: ::core::marker::PhantomData<&'a ()>,
            }
            impl #name<'_> {
                #[allow(dead_code)]
                pub(crate) fn cxxbind_wrap(inner: ::cxx::UniquePtr<ffi::#ty>) -> Self {
                    Self { inner, _borrow: ::core::marker::PhantomData }
                }
                /// Calls it.
                ///
                /// # Errors
                /// Returns the C++ exception's `what()` if it throws.
                pub fn call(&self, #(#names: #types),*) -> ::std::result::Result<#ret, ::cxx::Exception> {
                    let f = self.inner.as_ref().expect("cxxbind: an owned C++ object is never null");
                    ffi::#call(f, #(#names),*)
                }
            }
        }
    });
    quote!(#(#items)*)
}

/// The bridge and C++ result types.
pub fn ret_types(sig: &CppFn) -> (Option<TokenStream>, String) {
    let ty = ident(&sig.ffi_name);
    (
        Some(quote!(UniquePtr<#ty>)),
        format!("::std::unique_ptr<::cxxbind::{}>", sig.ffi_name),
    )
}

/// The safe layer's result: `Option<CppFn…<'r>>` (`'static` from a free function).
pub fn safe_ret(sig: &CppFn, r: &TokenStream) -> (TokenStream, TokenStream) {
    let name = ident(&sig.rust_name);
    let lt = if sig.borrows {
        quote!('r)
    } else {
        quote!('static)
    };
    (
        quote!(if cxxbind_r.is_null() {
            None
        } else {
            Some(#r::#name::cxxbind_wrap(cxxbind_r))
        }),
        quote!(Option<#r::#name<#lt>>),
    )
}
