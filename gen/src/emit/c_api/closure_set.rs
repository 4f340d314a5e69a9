//! Closure sets ([`crate::analysis::c_api::closure_set`]): one `extern "Rust"`
//! type holds the closures of callbacks sharing one user data, each behind
//! its own lock (`None`: a null callback). The shim hands the box to the
//! library as the user data; each callback's captureless lambda asks the
//! library's accessor for it and calls the closure's Rust function. A
//! release callback after the set drops the box once no call of its
//! closures runs (the box is counted like a released closure's).
//!
//! Also the arrays of handles callbacks receive (`sqlite3_value** argv`):
//! the lambda lends a `(pointer, count)` view, and Rust reads it through
//! two shim functions into `&[Option<&ffi::T>]`.

use crate::emit::c_api::callbacks::{
    bridge_params, bridge_ret, call_body, cpp_forward, items_type, root_params,
};
use crate::emit::c_api::callbacks::{safe_params, safe_ret};
use crate::emit::core::tokens::{ident, FfiParam};
use crate::plan::ClosureSet;
use crate::plan::{Arg, ArgKind, Bindings, ClosureParam, FnBinding, HandleId};
use crate::text::Out;
use proc_macro2::TokenStream;
use quote::quote;
use std::collections::BTreeSet;

/// The closure-set arguments of a plan.
pub fn sets(f: &FnBinding) -> impl Iterator<Item = (&Arg, &ClosureSet)> {
    f.args.iter().filter_map(|a| match &a.kind {
        ArgKind::ClosureSet(set) => Some((a, set)),
        _ => None,
    })
}

/// The plan takes a closure set.
pub fn has_set(f: &FnBinding) -> bool {
    sets(f).next().is_some()
}

/// The bridge parameter saying which members are set (bit `k`: member `k`).
fn mask_name(a: &Arg) -> String {
    crate::plan::paths::join(&["cxxbind", &a.name, "mask"])
}

/// The bridge parameters of a closure-set argument (the box, the mask) and
/// its C++ call arguments: the box as the user data, each callback's lambda
/// or null, and the release function. False for other arguments.
pub fn sig_arg(
    b: &Bindings,
    a: &Arg,
    params: &mut Vec<FfiParam>,
    call_args: &mut Vec<String>,
) -> bool {
    let ArgKind::ClosureSet(set) = &a.kind else {
        return false;
    };
    let ty = &set.ty;
    let t = ident(ty);
    let mask = mask_name(a);
    params.push(FfiParam {
        name: a.name.clone(),
        rust: quote!(Box<#t>),
        cpp: format!("::rust::Box<::cxxbind::{ty}>"),
    });
    params.push(FfiParam {
        name: mask.clone(),
        rust: quote!(u32),
        cpp: "::std::uint32_t".into(),
    });
    // Released: the library holds a counted reference, and each running
    // call another, so a release from inside a call defers the drop.
    let (user_data, closure, enter) = if set.released {
        (
            format!(
                "::cxxbind::kept<::cxxbind::{ty}>::hand_over(::std::move({}))",
                a.name
            ),
            "cxxbind_run.closure()".to_string(),
            format!("::cxxbind::running<::cxxbind::{ty}> cxxbind_run(cxxbind_ud); "),
        )
    } else {
        (
            format!("{}.into_raw()", a.name),
            format!("*static_cast<const ::cxxbind::{ty}*>(cxxbind_ud)"),
            String::new(),
        )
    };
    let mut args = vec![user_data];
    for (k, m) in set.members.iter().enumerate() {
        let sig = &m.sig;
        // The first parameter is the handle: the converted arguments return
        // early on a null one, before the accessor is asked.
        let (body, forwarded) = cpp_forward(b, sig);
        let lambda_params: Vec<String> = sig
            .cpp_params
            .iter()
            .enumerate()
            .map(|(i, p)| format!("{p} a{i}"))
            .collect();
        args.push(format!(
            "({mask} & {bit}u) != 0 ? static_cast<{ret} (*)({types})>([]({lambda_params}) noexcept -> {ret} {{ \
             {body}void* cxxbind_ud = {accessor_call}; if (cxxbind_ud == nullptr) return {ret}(); \
             {enter}return ::cxxbind::{call}({closure}, {forwarded}); }}) : nullptr",
            bit = 1u32 << k,
            ret = sig.cpp_ret,
            types = sig.cpp_params.join(", "),
            lambda_params = lambda_params.join(", "),
            accessor_call = crate::emit::core::cpp::call_by_name(&m.accessor, "a0"),
            call = m.sig.glue.call,
            forwarded = forwarded.join(", "),
        ));
    }
    // The library lets go of the user data through this: the box drops once
    // no call runs any of its closures.
    if set.released {
        args.push(format!(
            "[](void* cxxbind_p) noexcept {{ ::cxxbind::kept<::cxxbind::{ty}>::release(cxxbind_p); }}"
        ));
    }
    call_args.push(args.join(", "));
    true
}

/// The `extern "Rust"` items of every closure set: its type and one
/// function per member.
pub fn bridge_items(b: &Bindings) -> Vec<TokenStream> {
    let mut out = Vec::new();
    for f in crate::emit::c_api::callbacks::defining(b) {
        for (_, set) in sets(f) {
            let t = ident(&set.ty);
            out.push(quote!(#[namespace = "cxxbind"] type #t;));
            for m in &set.members {
                let c = ident(&m.sig.glue.call);
                let params = bridge_params(b, &m.sig);
                let ret = bridge_ret(&m.sig);
                out.push(quote! {
                    #[namespace = "cxxbind"] fn #c(cb: &#t #(, #params)*) #ret;
                });
            }
        }
    }
    out
}

/// The Rust types and functions of every closure set (at the generated root).
pub fn root_items(b: &Bindings) -> TokenStream {
    let mut out = Vec::new();
    for f in crate::emit::c_api::callbacks::defining(b) {
        for (_, set) in sets(f) {
            let t = ident(&set.ty);
            let mut fields = Vec::new();
            for (k, m) in set.members.iter().enumerate() {
                let field = ident(&format!("f{k}"));
                let c = ident(&m.sig.glue.call);
                let tys = safe_params(b, &m.sig, &quote!(self));
                let ret = safe_ret(&m.sig);
                let (params, prep, call_args) = root_params(b, &m.sig);
                let body = call_body(&quote!(#field), true, &prep, &call_args);
                fields.push(quote! {
                    pub(crate) #field: ::std::sync::Mutex<::core::option::Option<::std::boxed::Box<dyn FnMut(#(#tys),*) #ret + Send + 'static>>>,
                });
                out.push(quote! {
                    #[allow(non_snake_case, clippy::all)]
                    fn #c(cb: &#t #(, #params)*) #ret { #body }
                });
            }
            out.push(quote! {
                /// Closures handed over to C for good, one per callback
                /// (`None`: not given, or disabled by a panic).
                #[doc(hidden)]
                #[allow(non_camel_case_types)]
                pub struct #t {
                    #(#fields)*
                }
            });
        }
    }
    quote!(#(#out)*)
}

/// The safe layer for a closure-set argument: one
/// `Option<Box<dyn FnMut … + Send + 'static>>` per callback. False for
/// other arguments.
pub fn safe_arg(
    b: &Bindings,
    a: &Arg,
    r: &TokenStream,
    params: &mut Vec<TokenStream>,
    prep: &mut Vec<TokenStream>,
    call_args: &mut Vec<TokenStream>,
) -> bool {
    let ArgKind::ClosureSet(set) = &a.kind else {
        return false;
    };
    let t = ident(&set.ty);
    let mask = ident(&mask_name(a));
    let mut bits = Vec::new();
    let mut fields = Vec::new();
    for (k, m) in set.members.iter().enumerate() {
        let n = ident(&m.name);
        let field = ident(&format!("f{k}"));
        let tys = safe_params(b, &m.sig, r);
        let ret = safe_ret(&m.sig);
        params.push(quote!(#n: ::core::option::Option<::std::boxed::Box<dyn FnMut(#(#tys),*) #ret + Send + 'static>>));
        bits.push(match k {
            0 => quote!(u32::from(#n.is_some())),
            _ => quote!((u32::from(#n.is_some()) << #k)),
        });
        fields.push(quote!(#field: ::std::sync::Mutex::new(#n),));
    }
    prep.push(quote!(let #mask: u32 = #(#bits)|*;));
    call_args.push(quote!(::std::boxed::Box::new(#r::#t { #(#fields)* })));
    call_args.push(quote!(#mask));
    true
}

/// The handles some callback receives an array of.
fn item_handles(b: &Bindings) -> BTreeSet<HandleId> {
    let mut out = BTreeSet::new();
    for f in crate::emit::c_api::callbacks::defining(b) {
        for a in &f.args {
            let sigs: Vec<_> = match &a.kind {
                ArgKind::Closure(sig) => vec![sig],
                ArgKind::ClosureSet(set) => set.members.iter().map(|m| &m.sig).collect(),
                _ => continue,
            };
            for sig in sigs {
                for p in &sig.params {
                    if let ClosureParam::Handles { handle, .. } = p {
                        out.insert(*handle);
                    }
                }
            }
        }
    }
    out
}

/// Bridge items lending arrays of handles: the view type and its two readers.
pub fn items_bridge(b: &Bindings) -> Vec<TokenStream> {
    item_handles(b)
        .into_iter()
        .map(|h| {
            let items = items_type(b, h);
            let t = ident(&items);
            let handle = ident(&b.handle(h).ffi_name);
            let (len, at) = (
                ident(&format!("{items}_len")),
                ident(&format!("{items}_at")),
            );
            quote! {
                #[namespace = "cxxbind"] type #t;
                #[namespace = "cxxbind"] fn #len(items: &#t) -> usize;
                #[namespace = "cxxbind"] fn #at(items: &#t, i: usize) -> *const #handle;
            }
        })
        .collect()
}

/// The C++ side of [`items_bridge`] (inside `namespace cxxbind`).
pub fn items_shim(b: &Bindings) -> String {
    let mut out = Out::new();
    for h in item_handles(b) {
        let items = items_type(b, h);
        let t = b.handle(h).cpp_qualified();
        writeln!(
            out,
            "
// `{t}**` and its count, lent to Rust for one callback.
             struct {items} {{
  {t}* const* items;
  ::std::size_t n;
}};
             inline ::std::size_t {items}_len(const {items}& a) noexcept {{ return a.n; }}
             inline const {t}* {items}_at(const {items}& a, ::std::size_t i) noexcept {{
               return i < a.n ? a.items[i] : nullptr;
}}"
        );
    }
    out.into_string()
}
