//! The `#[cxx::bridge]` module: exact C++ names, cxx types only.

use crate::emit::core::tokens::{ident, FfiSig};
use crate::plan::{Bindings, CallKind};
use proc_macro2::TokenStream;
use quote::quote;

/// The bridge module's tokens. `shim_header` is the `include!` path.
/// `sigs[i]` is the signature of `b.functions[i]` ([`crate::emit::core::signature::build`]).
pub fn bridge(
    b: &Bindings,
    sigs: &[Option<FfiSig>],
    shim_header: &str,
    aliases: crate::emit::core::alias::Aliases,
) -> TokenStream {
    let mut shared = Vec::new();
    let mut cpp_items = Vec::new();
    let mut rust_items = Vec::new();

    for e in &b.enums {
        let name = ident(&e.ffi_name);
        let aliased = !e.nesting.is_empty();
        let (ns, cxx_name) = bridge_name(&e.cpp_scope, aliased, &e.cpp_name, &e.ffi_name);
        let repr = ident(e.repr);
        let variants = e.variants.iter().map(|(n, v)| {
            let n = ident(n);
            let v: TokenStream = v.parse().unwrap_or_else(|_| quote!(0));
            quote!(#n = #v,)
        });
        shared.push(quote! {
            #[namespace = #ns]
            #cxx_name
            #[repr(#repr)]
            #[derive(Debug, Hash)]
            enum #name { #(#variants)* }
        });
        cpp_items.push(quote! {
            #[namespace = #ns]
            #cxx_name
            type #name;
        });
    }
    for c in b.classes.iter().filter(|c| c.value.is_none()) {
        let name = ident(&c.ffi_name);
        let (ns, cxx_name) = bridge_name(&c.cpp_scope, c.through_alias(), &c.cpp_name, &c.ffi_name);
        cpp_items.push(quote! {
            #[namespace = #ns]
            #cxx_name
            type #name;
        });
    }
    cpp_items.extend(crate::emit::c_api::handles::bridge_items(b));
    cpp_items.extend(crate::emit::c_api::closure_set::items_bridge(b));
    cpp_items.extend(crate::emit::c_api::memory::bridge_items(b));
    cpp_items.extend(crate::emit::core::alias::bridge_items(b, aliases));
    cpp_items.extend(crate::emit::stdlib::cppfn::bridge_items(b));
    for (f, s) in b.functions.iter().zip(sigs) {
        let Some(s) = s else { continue };
        let name = ident(&f.ffi_name);
        let lt = s.lifetime.then(|| quote!(<'a>));
        let mut params: Vec<TokenStream> = Vec::new();
        if let (true, CallKind::Method { class, mutable }) = (f.direct, f.kind) {
            let cls = ident(&b.class(class).ffi_name);
            params.push(if mutable {
                quote!(self: Pin<&mut #cls>)
            } else {
                quote!(self: &#cls)
            });
        }
        for p in &s.params {
            let n = ident(&p.name);
            let t = &p.rust;
            params.push(quote!(#n: #t));
        }
        let ret = match (&s.ret_rust, f.throws || f.ret.null_as_error()) {
            (Some(r), true) => quote!(-> Result<#r>),
            (None, true) => quote!(-> Result<()>),
            (Some(r), false) => quote!(-> #r),
            (None, false) => quote!(),
        };
        let attrs = if f.direct {
            let ns = f.cpp_scope.join("::");
            let cxx_name = (f.ffi_name != f.cpp_name).then(|| {
                let n = &f.cpp_name;
                quote!(#[cxx_name = #n])
            });
            // Methods too: cxx mangles a method's symbol with this namespace.
            quote!(#[namespace = #ns] #cxx_name)
        } else {
            quote!(#[namespace = "cxxbind"])
        };
        cpp_items.push(quote! { #attrs fn #name #lt (#(#params),*) #ret; });
    }
    for (ci, _) in b.class_ids() {
        let (cpp, rust) = crate::emit::class::trampoline::bridge_items(b, ci);
        cpp_items.extend(cpp);
        rust_items.extend(rust);
    }
    rust_items.extend(crate::emit::c_api::callbacks::bridge_items(b));
    rust_items.extend(crate::emit::c_api::closure_set::bridge_items(b));
    // Owning wrappers need cxx's `UniquePtr<T>` support even when no
    // signature mentions `UniquePtr<T>` (e.g. a class with no bound constructor).
    let impls = b
        .classes
        .iter()
        .filter(|c| c.owned && c.value.is_none())
        .map(|c| &c.ffi_name)
        .chain(b.handles.iter().filter(|h| h.owned()).map(|h| &h.owner_ffi))
        .map(|n| {
            let name = ident(n);
            quote!(impl UniquePtr<#name> {})
        })
        .chain(crate::emit::stdlib::cppfn::unique_ptr_impls(b));
    let rust_block = (!rust_items.is_empty()).then(|| quote!(extern "Rust" { #(#rust_items)* }));
    quote! {
        /// The raw cxx bridge: exact C++ names and cxx types. Prefer the safe modules.
        #[cxx::bridge]
        #[allow(
            non_snake_case,
            non_camel_case_types,
            dead_code,
            // Enumerators that share a value give cxx's enum matches repeated arms.
            unreachable_patterns,
            missing_docs,
            clippy::all,
            clippy::pedantic
        )]
        mod ffi {
            #(#shared)*
            unsafe extern "C++" {
                include!(#shim_header);
                #(#cpp_items)*
            }
            #rust_block
            #(#impls)*
        }
    }
}

/// The bridge namespace and `cxx_name` of a C++ type: its own namespace and
/// name, or — `aliased`: nested in a class or a template instance, which cxx
/// cannot name — the alias the shim header declares in namespace `cxxbind`.
fn bridge_name(
    scope: &[String],
    aliased: bool,
    cpp_name: &str,
    ffi_name: &str,
) -> (String, Option<TokenStream>) {
    if aliased {
        return ("cxxbind".to_string(), None);
    }
    let cxx_name = (ffi_name != cpp_name).then(|| quote!(#[cxx_name = #cpp_name]));
    (scope.join("::"), cxx_name)
}
