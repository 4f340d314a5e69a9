//! The safe layer: one Rust module per C++ namespace, idiomatic names,
//! byte-like strings, `Result` for throwing functions, no `unsafe` and no
//! raw pointers in any signature.

use crate::emit::class::record;
use crate::emit::core::function::function;
use crate::emit::core::safe::{class_path, doc_attrs, root, safe_scalar, Modules};
use crate::emit::core::tokens::ident;
use crate::plan::{AliasTarget, Bindings, CallKind};
use proc_macro2::TokenStream;
use quote::quote;

/// Writes every free function, class, enum, constant and alias.
pub fn wrappers(b: &Bindings) -> TokenStream {
    let mut m = Modules::default();
    for f in b.functions.iter().filter(|f| f.kind == CallKind::Free) {
        let r = root(f.module.len());
        m.push(&f.module, function(b, f, &r));
    }
    for (ci, _) in b.class_ids() {
        record::class(b, ci, &mut m);
    }
    crate::emit::c_api::handles::owners(b, &mut m);
    crate::emit::c_api::memory::safe_type(b, &mut m);
    crate::emit::class::pod::safe_items(b, &mut m);
    for e in &b.enums {
        let r = root(e.module.len());
        let ffi = ident(&e.ffi_name);
        let name = ident(&e.rust_name);
        let doc = doc_attrs(&e.doc, &format!("C++ enum `{}`.", e.cpp_name));
        let item = if e.ffi_name == e.rust_name {
            quote!(#doc pub use #r::ffi::#ffi;)
        } else {
            quote!(#doc pub use #r::ffi::#ffi as #name;)
        };
        m.push(&e.module, item);
    }
    for c in &b.constants {
        let name = ident(&c.rust_name);
        let ty: TokenStream = if c.rust_type == "&str" {
            quote!(&str)
        } else {
            let t = ident(c.rust_type);
            quote!(#t)
        };
        let value: TokenStream = c.value.parse().unwrap_or_else(|_| quote!(0));
        let doc = doc_attrs(&c.doc, &format!("C++ constant `{}`.", c.cpp_qualified));
        m.push(&c.module, quote!(#doc pub const #name: #ty = #value;));
    }
    for a in &b.aliases {
        let r = root(a.module.len());
        let name = ident(&a.rust_name);
        let doc = doc_attrs(&a.doc, "C++ type alias.");
        let item = match &a.target {
            AliasTarget::Scalar(s) => {
                let t = safe_scalar(s);
                quote!(#doc pub type #name = #t;)
            }
            AliasTarget::Enum(e) => {
                let ffi = ident(&b.enum_(*e).ffi_name);
                quote!(#doc pub type #name = #r::ffi::#ffi;)
            }
            AliasTarget::Class(c) => {
                let path = class_path(b, *c, &r);
                if b.class(*c).name_has_lifetime() {
                    quote!(#doc pub type #name<'a> = #path<'a>;)
                } else {
                    quote!(#doc pub type #name = #path;)
                }
            }
        };
        m.push(&a.module, item);
    }
    m.render()
}
