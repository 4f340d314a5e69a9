//! Shared pieces of the safe layer: the module tree, paths back to the
//! generated root, doc attributes and scalar spellings.

use crate::emit::core::tokens::{ident, scalar_tokens};
use crate::plan::{Bindings, ClassId, Scalar};
use proc_macro2::TokenStream;
use quote::quote;
use std::collections::BTreeMap;

/// Items per safe-layer module path, in generation order.
#[derive(Default)]
pub struct Modules {
    items: BTreeMap<Vec<String>, Vec<TokenStream>>,
}

impl Modules {
    /// Adds an item to `module`.
    pub fn push(&mut self, module: &[String], item: TokenStream) {
        self.items.entry(module.to_vec()).or_default().push(item);
    }

    /// Renders the module tree; root items are returned as they are.
    pub fn render(&self) -> TokenStream {
        self.render_at(&[])
    }

    fn render_at(&self, prefix: &[String]) -> TokenStream {
        let own = self.items.get(prefix).cloned().unwrap_or_default();
        let mut children: Vec<String> = self
            .items
            .keys()
            .filter(|k| k.len() > prefix.len() && k.starts_with(prefix))
            .map(|k| k[prefix.len()].clone())
            .collect();
        children.dedup();
        let subs = children.iter().map(|child| {
            let mut path = prefix.to_vec();
            path.push(child.clone());
            let body = self.render_at(&path);
            let name = ident(child);
            let doc = format!(" C++ namespace `{}`.", path.join("::"));
            if prefix.is_empty() {
                quote! {
                    #[doc = #doc]
                    #[allow(clippy::all, clippy::pedantic, non_snake_case, non_camel_case_types, unused_imports)]
                    pub mod #name { #body }
                }
            } else {
                quote! { #[doc = #doc] pub mod #name { #body } }
            }
        });
        quote! { #(#own)* #(#subs)* }
    }
}

/// `super::super::…` from a module at `depth` back to the generated root.
pub fn root(depth: usize) -> TokenStream {
    if depth == 0 {
        return quote!(self);
    }
    let supers = (0..depth).map(|_| quote!(super));
    quote!(#(#supers)::*)
}

/// `#[doc = ...]` attributes for a doc comment.
pub fn doc_attrs(doc: &Option<String>, fallback: &str) -> TokenStream {
    let mut text = doc.clone().unwrap_or_else(|| fallback.to_string());
    // C/C++ comments are not Markdown: indented or fenced code in them would
    // become Rust doctests. Such a comment is kept verbatim, as text.
    let code = text.lines().any(|l| {
        // `** `-style comments keep one `*` per line: look past it.
        let l = l.trim_start_matches('*');
        let l = l.strip_prefix(' ').unwrap_or(l);
        l.starts_with("    ") || l.starts_with('\t') || l.trim_start().starts_with("```")
    });
    if code {
        text = format!("````text\n{text}\n````");
    }
    let lines = text.lines().map(|l| format!(" {l}"));
    quote!(#(#[doc = #lines])*)
}

/// The safe-layer type of a scalar (`c_char` spelled fully).
pub fn safe_scalar(s: &Scalar) -> TokenStream {
    if s.rust == "c_char" {
        quote!(::std::ffi::c_char)
    } else {
        scalar_tokens(s)
    }
}

/// Path of a plain value type from a module whose root path is `r`.
pub fn pod_path(b: &Bindings, id: crate::plan::PodId, r: &TokenStream) -> TokenStream {
    let p = b.pod(id);
    let segs = p.module.iter().map(|m| ident(m));
    let name = ident(&p.rust_name);
    quote!(#r #(::#segs)* :: #name)
}

/// Path of the safe class type from a module whose root path is `r`.
pub fn class_path(b: &Bindings, class: ClassId, r: &TokenStream) -> TokenStream {
    let c = b.class(class);
    let segs = c.module.iter().map(|m| ident(m));
    let name = ident(&c.rust_name);
    quote!(#r #(::#segs)* :: #name)
}

/// Bytes the caller passes as `impl AsRef<[u8]>` and the bridge takes as a
/// `&CxxString` built for the call (`cxxbind_<name>`).
pub fn cxx_string_arg(
    name: &str,
    params: &mut Vec<TokenStream>,
    prep: &mut Vec<TokenStream>,
    call_args: &mut Vec<TokenStream>,
) {
    let n = ident(name);
    let cxx = ident(&format!("cxxbind_{name}"));
    params.push(quote!(#n: impl AsRef<[u8]>));
    prep.push(quote!(::cxx::let_cxx_string!(#cxx = #n.as_ref());));
    call_args.push(quote!(&#cxx));
}
