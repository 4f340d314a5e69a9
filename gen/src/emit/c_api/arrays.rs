//! Arrays of C strings whose length the config states
//! ([`crate::analysis::c_api::arrays`]): the bridge parameters, the C++ helpers
//! that copy them, and the safe layer's slices and results.

use crate::emit::core::tokens::{ident, FfiParam};
use crate::plan::{Arg, ArgKind, Bindings, FnBinding};
use proc_macro2::TokenStream;
use quote::quote;

/// The C++ helpers: NUL-terminated copies of an input array, and the copy of
/// a table the callee allocates (then freed through the library).
const HELPERS: &str = include_str!("../cpp/cstr_array.h");

/// The helpers, when some call uses them (inside `namespace cxxbind`).
pub fn shim_text(b: &Bindings) -> &'static str {
    let used = b.functions.iter().any(|f| {
        f.args.iter().any(|a| {
            matches!(
                a.kind,
                ArgKind::CStrArray { .. } | ArgKind::OutCStrArray { .. }
            )
        })
    });
    if used {
        HELPERS
    } else {
        ""
    }
}

/// (bridge type, C++ type, C++ call expression) of an array argument; the
/// companion bridge parameter (lengths, or which entries are present) is
/// pushed to `params` first.
pub fn sig_arg(
    f: &FnBinding,
    a: &Arg,
    params: &mut Vec<FfiParam>,
) -> Option<(TokenStream, String, String)> {
    let n = &a.name;
    Some(match &a.kind {
        ArgKind::CStrArray { .. } => {
            params.push(FfiParam {
                name: format!("cxxbind_lens_{n}"),
                rust: quote!(&[usize]),
                cpp: "::rust::Slice<const ::std::size_t>".into(),
            });
            (
                quote!(&[u8]),
                "::rust::Slice<const ::std::uint8_t>".into(),
                format!("::cxxbind::CStrArray({n}, cxxbind_lens_{n}).data()"),
            )
        }
        ArgKind::OutCStrArray { len, free } => {
            params.push(FfiParam {
                name: format!("cxxbind_present_{n}"),
                rust: quote!(&mut Vec<bool>),
                cpp: "::rust::Vec<bool>&".into(),
            });
            let count = crate::emit::core::cpp::size_value(f, len, "long long");
            (
                quote!(Pin<&mut CxxVector<CxxString>>),
                "::std::vector<::std::string>&".into(),
                format!(
                    "::cxxbind::out_cstr_array<&::{free}>({n}, cxxbind_present_{n}, [&]() -> long long {{ return {count}; }}).out()"
                ),
            )
        }
        _ => return None,
    })
}

/// Before the call: an input array must hold as many strings as the config
/// says the callee reads.
pub fn checks(f: &FnBinding) -> String {
    let mut out = String::new();
    for a in &f.args {
        let ArgKind::CStrArray { len } = &a.kind else {
            continue;
        };
        let n = &a.name;
        out.push_str(&format!(
            "  if (cxxbind_lens_{n}.size() < {}) {{\n    throw ::std::length_error(\"cxxbind: `{n}` holds fewer strings than the call reads\");\n  }}\n",
            crate::emit::core::cpp::size_value(f, len, "::std::size_t")
        ));
    }
    out
}

/// The safe layer of an array argument: parameter, preparation and call
/// arguments (in the bridge's order). False for other arguments.
pub fn safe_arg(
    a: &Arg,
    params: &mut Vec<TokenStream>,
    prep: &mut Vec<TokenStream>,
    call_args: &mut Vec<TokenStream>,
) -> bool {
    let n = ident(&a.name);
    let lens = ident(&format!("cxxbind_lens_{}", a.name));
    let bytes = ident(&format!("cxxbind_bytes_{}", a.name));
    let present = ident(&format!("cxxbind_present_{}", a.name));
    match &a.kind {
        ArgKind::CStrArray { .. } => {
            params.push(quote!(#n: &[impl AsRef<[u8]>]));
            prep.push(quote! {
                let mut #bytes: ::std::vec::Vec<u8> = ::std::vec::Vec::new();
                let mut #lens: ::std::vec::Vec<usize> = ::std::vec::Vec::with_capacity(#n.len());
                for s in #n {
                    #bytes.extend_from_slice(s.as_ref());
                    #lens.push(s.as_ref().len());
                }
            });
            call_args.push(quote!(&#lens));
            call_args.push(quote!(&#bytes));
        }
        ArgKind::OutCStrArray { .. } => {
            prep.push(quote! {
                let mut #present: ::std::vec::Vec<bool> = ::std::vec::Vec::new();
                let mut #n = ::cxx::CxxVector::<::cxx::CxxString>::new();
            });
            call_args.push(quote!(&mut #present));
            call_args.push(quote!(#n.pin_mut()));
        }
        _ => return false,
    }
    true
}

/// Doc lines for the arrays of a call: how many strings the config says
/// each holds.
pub fn doc(f: &FnBinding) -> Vec<TokenStream> {
    f.args
        .iter()
        .filter_map(|a| {
            let line = match &a.kind {
                ArgKind::CStrArray { len } => format!(
                    " `{}` must hold at least `{}` strings (the config's count, over the C++ parameters); fewer is an `Err`, before the call.",
                    a.name, len.expr
                ),
                ArgKind::OutCStrArray { len, free } => format!(
                    " `{}` is a copy of the `{}` entries the call hands out (`None` for a null one), freed with `{free}`.",
                    a.name, len.expr
                ),
                _ => return None,
            };
            Some(quote!(#[doc = ""] #[doc = #line]))
        })
        .collect()
}

/// The result part (value, type) of a `char***` table: its entries, `None`
/// for a null one.
pub fn out_part(a: &Arg) -> (TokenStream, TokenStream) {
    let n = ident(&a.name);
    let present = ident(&format!("cxxbind_present_{}", a.name));
    (
        quote!(#n
            .iter()
            .zip(#present)
            .map(|(s, present)| present.then(|| s.as_bytes().to_vec()))
            .collect()),
        quote!(::std::vec::Vec<::core::option::Option<::std::vec::Vec<u8>>>),
    )
}
