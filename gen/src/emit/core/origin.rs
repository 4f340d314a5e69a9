//! Where each piece of generated code comes from: every shim and safe
//! function is preceded by a comment naming the declaration it binds
//! (`// origin: ns::f@include/ns.h:12:5`, the key of
//! [`crate::plan::decl_key`]). A compiler error in the generated code is
//! traced back through these lines to the declaration to leave out, and a
//! reader sees what each item binds.

use crate::plan::{Bindings, ClassId, DecisionId, FnBinding};
use proc_macro2::TokenStream;
use quote::quote;

/// The comment's opening, in C++ and in the printed Rust.
pub const PREFIX: &str = "// origin: ";

/// What a Rust doc attribute carries so [`rust_comments`] can turn it into
/// an origin comment after printing (the printer drops plain comments).
const RUST_MARK: &str = "cxxbind-origin ";

/// The C++ comment line before `f`'s shim (empty when it binds no declaration).
pub fn cpp_line(b: &Bindings, f: &FnBinding) -> String {
    f.decision.map_or_else(String::new, |d| decision_line(b, d))
}

/// The C++ comment line before code written for decision `d` alone (a constant's check).
pub fn decision_line(b: &Bindings, d: DecisionId) -> String {
    format!("{PREFIX}{}\n", b.decision(d).key())
}

/// The attribute marking `f`'s safe function, turned into a comment after printing.
pub fn rust_mark(b: &Bindings, f: &FnBinding) -> TokenStream {
    mark(b, f.decision)
}

/// The attribute marking the items of class `c`'s safe type.
pub fn class_mark(b: &Bindings, c: ClassId) -> TokenStream {
    mark(b, b.class(c).decision)
}

/// The attribute for decision `d` (nothing for code no declaration owns).
fn mark(b: &Bindings, d: Option<DecisionId>) -> TokenStream {
    match d {
        Some(d) => {
            let text = format!("{RUST_MARK}{}", b.decision(d).key());
            quote!(#[doc = #text])
        }
        None => quote!(),
    }
}

/// Turns the printed marks (`///cxxbind-origin KEY`) into origin comments,
/// in one pass over the printed file.
pub fn rust_comments(printed: &str) -> String {
    let mut out = String::with_capacity(printed.len());
    let doc = format!("///{RUST_MARK}");
    for line in printed.split_inclusive('\n') {
        let body = line.trim_start();
        match body.strip_prefix(&doc) {
            Some(rest) => {
                out.push_str(&line[..line.len() - body.len()]);
                out.push_str(PREFIX);
                out.push_str(rest);
            }
            None => out.push_str(line),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printed_marks_become_comments_and_nothing_else_changes() {
        let printed = "    ///cxxbind-origin ns::f@a.h:1:2\n    /// Docs.\n    pub fn f() {}\n/// cxxbind-origin not a mark\n";
        assert_eq!(
            rust_comments(printed),
            "    // origin: ns::f@a.h:1:2\n    /// Docs.\n    pub fn f() {}\n/// cxxbind-origin not a mark\n"
        );
    }
}
