//! Bridge types that are Rust types of the generated file (`type T =
//! super::path::T;` in `extern "C++"`): plain values, handle values and
//! `struct iovec`. prettyplease cannot print that form in an `extern`
//! block, so the printed bridge carries a placeholder per alias
//! (`type cxxbind_alias_T;`), replaced after printing.

use crate::emit::core::tokens::ident;
use crate::emit::core::tokens::RustAlias;
use crate::plan::Bindings;
use proc_macro2::TokenStream;
use quote::quote;

/// How the bridge spells a Rust type's alias.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Aliases {
    /// `type T = super::path::T;`, for cxx.
    Real,
    /// `type cxxbind_alias_T;`, for printing ([`fill_placeholders`]).
    Placeholder,
}

/// Every alias the bridge declares, in a fixed order.
fn all(b: &Bindings) -> Vec<RustAlias> {
    let mut out = crate::emit::class::pod::aliases(b);
    out.extend(crate::emit::class::values::aliases(b));
    out.extend(crate::emit::c_api::iovec::alias(b));
    out
}

fn placeholder(ffi: &str) -> String {
    format!("cxxbind_alias_{ffi}")
}

/// The bridge declares a Rust type (so its printing needs placeholders).
pub fn any(b: &Bindings) -> bool {
    !all(b).is_empty()
}

/// The bridge's alias lines (in `extern "C++"`).
pub fn bridge_items(b: &Bindings, aliases: Aliases) -> Vec<TokenStream> {
    all(b)
        .into_iter()
        .map(|a| {
            let ns = (!a.scope.is_empty()).then(|| {
                let ns = a.scope.join("::");
                quote!(#[namespace = #ns])
            });
            let cxx_name = (a.ffi_name != a.cpp_name).then(|| {
                let n = &a.cpp_name;
                quote!(#[cxx_name = #n])
            });
            let decl = match aliases {
                Aliases::Real => {
                    let (ffi, path) = (ident(&a.ffi_name), &a.path);
                    quote!(type #ffi = #path;)
                }
                Aliases::Placeholder => {
                    let marker = ident(&placeholder(&a.ffi_name));
                    quote!(type #marker;)
                }
            };
            quote!(#ns #cxx_name #decl)
        })
        .collect()
}

/// The printed file with every placeholder replaced by its alias, in one
/// pass over the text (a file can hold thousands of aliases).
pub fn fill_placeholders(b: &Bindings, text: String) -> String {
    const START: &str = "type cxxbind_alias_";
    let aliases: std::collections::HashMap<String, String> = all(b)
        .into_iter()
        .map(|a| {
            let path = a.path.to_string().replace(' ', "");
            let line = format!("type {} = {path};", a.ffi_name);
            (a.ffi_name, line)
        })
        .collect();
    if aliases.is_empty() {
        return text;
    }
    let mut out = String::with_capacity(text.len() + 64 * aliases.len());
    let mut rest = text.as_str();
    while let Some(at) = rest.find(START) {
        out.push_str(&rest[..at]);
        let tail = &rest[at + START.len()..];
        let filled = tail.find(';').and_then(|end| {
            aliases
                .get(&tail[..end])
                .map(|line| (line, at + START.len() + end + 1))
        });
        match filled {
            Some((line, next)) => {
                out.push_str(line);
                rest = &rest[next..];
            }
            // Not a placeholder line after all: copied as printed.
            None => {
                out.push_str(START);
                rest = tail;
            }
        }
    }
    out.push_str(rest);
    out
}
