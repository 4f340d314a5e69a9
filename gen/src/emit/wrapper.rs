//! The safe layer: one Rust module per C++ namespace, idiomatic names,
//! byte-like strings, `Result` for throwing functions, no `unsafe` and no
//! raw pointers in any signature.

use super::class;
use super::sig::{ident, scalar_tokens};
use crate::analysis::{AliasTarget, Arg, ArgKind, Bindings, CallKind, FnBinding, RetKind, Scalar};
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
    let text = doc.clone().unwrap_or_else(|| fallback.to_string());
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

/// Writes every free function, class, enum, constant and alias.
pub fn wrappers(b: &Bindings) -> TokenStream {
    let mut m = Modules::default();
    for f in b.functions.iter().filter(|f| f.class.is_none()) {
        let r = root(f.module.len());
        m.push(&f.module, function(b, f, &r));
    }
    for ci in 0..b.classes.len() {
        class::class(b, ci, &mut m);
    }
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
                let ffi = ident(&b.enums[*e].ffi_name);
                quote!(#doc pub type #name = #r::ffi::#ffi;)
            }
            AliasTarget::Class(c) => {
                let path = class::class_path(b, *c, &r);
                if class::has_lifetime(&b.classes[*c]) {
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

/// One safe function or method (constructors and `Clone` included).
pub fn function(b: &Bindings, f: &FnBinding, r: &TokenStream) -> TokenStream {
    let receiver = Receiver {
        shared: quote!(self.as_ffi()),
        mutable: quote!(self.pin_mut()),
        inherited_from: None,
    };
    function_on(b, f, r, &receiver)
}

/// How a method reaches its C++ object: the safe type's own object, or an
/// upcast to the base class that declares the method (inherited methods).
pub struct Receiver {
    /// Expression giving `&ffi::T`.
    pub shared: TokenStream,
    /// Expression giving `Pin<&mut ffi::T>`.
    pub mutable: TokenStream,
    /// The C++ base the method is inherited from, for its doc.
    pub inherited_from: Option<String>,
}

/// [`function`] with the receiver spelled by the caller.
pub fn function_on(b: &Bindings, f: &FnBinding, r: &TokenStream, recv: &Receiver) -> TokenStream {
    let (recv_shared, recv_mut) = (&recv.shared, &recv.mutable);
    let name = ident(&f.rust_name);
    let borrowed = matches!(f.ret, RetKind::BorrowedBytes { .. });
    let fn_lt = borrowed.then(|| quote!(<'r>));
    let lt = if borrowed { quote!('r) } else { quote!() };
    let mut params = Vec::new();
    let mut prep = Vec::new();
    let mut post = Vec::new();
    let mut call_args = Vec::new();
    let retained = f.kind == CallKind::Constructor;
    match f.kind {
        CallKind::Method { mutable } => {
            params.push(if mutable {
                quote!(&#lt mut self)
            } else {
                quote!(&#lt self)
            });
            if !f.direct {
                call_args.push(if mutable {
                    quote!(#recv_mut)
                } else {
                    quote!(#recv_shared)
                });
            }
        }
        CallKind::CopyConstructor => call_args.push(quote!(self.as_ffi())),
        _ => {}
    }
    let mut outs = Vec::new();
    for (i, a) in f.args.iter().enumerate() {
        let skip_out = matches!(f.ret, RetKind::BorrowedBytes { len_arg, .. } | RetKind::CopiedBytes { len_arg } if len_arg == i);
        arg(
            b,
            a,
            r,
            retained,
            &lt,
            &mut params,
            &mut prep,
            &mut post,
            &mut call_args,
        );
        if a.kind.is_out() && !skip_out {
            outs.push(a);
        }
    }
    let ffi_name = ident(&f.ffi_name);
    if matches!(
        f.ret,
        RetKind::String | RetKind::CStr | RetKind::CopiedBytes { .. }
    ) {
        prep.push(quote!(::cxx::let_cxx_string!(cxxbind_ret = "");));
        call_args.push(quote!(cxxbind_ret.as_mut()));
    }
    let call = match (f.kind, f.direct) {
        (CallKind::Method { mutable: true }, true) => {
            quote!(#recv_mut.#ffi_name(#(#call_args),*))
        }
        (CallKind::Method { mutable: false }, true) => {
            quote!(#recv_shared.#ffi_name(#(#call_args),*))
        }
        _ => quote!(#r::ffi::#ffi_name(#(#call_args),*)),
    };
    let call = if f.throws { quote!(#call?) } else { call };
    // The result: the C++ result (if any) followed by the out-parameters.
    let mut parts: Vec<(TokenStream, TokenStream)> = Vec::new();
    let is_ctor = matches!(f.kind, CallKind::Constructor | CallKind::CopyConstructor);
    if is_ctor {
        parts.push((quote!(Self::cxxbind_wrap(cxxbind_r)), quote!(Self)));
    } else {
        match &f.ret {
            RetKind::Void => {}
            RetKind::Scalar(s) => parts.push((quote!(cxxbind_r), safe_scalar(s))),
            RetKind::Enum { ffi, .. } => {
                let e = ident(ffi);
                parts.push((quote!(cxxbind_r), quote!(#r::ffi::#e)));
            }
            RetKind::String => parts.push((
                quote!(cxxbind_ret.as_bytes().to_vec()),
                quote!(::std::vec::Vec<u8>),
            )),
            RetKind::CStr | RetKind::CopiedBytes { .. } => parts.push((
                quote!(if cxxbind_r {
                    Some(cxxbind_ret.as_bytes().to_vec())
                } else {
                    None
                }),
                quote!(Option<::std::vec::Vec<u8>>),
            )),
            RetKind::BorrowedBytes { mutable, .. } => parts.push((
                quote!(cxxbind_r),
                if *mutable {
                    quote!(&'r mut [u8])
                } else {
                    quote!(&'r [u8])
                },
            )),
            RetKind::Object { class, .. } => {
                let path = class::class_path(b, *class, r);
                // Analysis only lets a method of a class with a lifetime return a
                // borrowing class: the result keeps what the object borrows.
                let tied = matches!(f.kind, CallKind::Method { .. })
                    && f.class.is_some_and(|c| class::has_lifetime(&b.classes[c]));
                let ty = if class::has_lifetime(&b.classes[*class]) && tied {
                    quote!(#path<'a>)
                } else if class::has_lifetime(&b.classes[*class]) {
                    quote!(#path<'static>)
                } else {
                    quote!(#path)
                };
                parts.push((quote!(<#ty>::cxxbind_wrap(cxxbind_r)), ty));
            }
        }
    }
    for a in outs {
        let n = ident(&a.name);
        match &a.kind {
            ArgKind::OutString => {
                parts.push((quote!(#n.as_bytes().to_vec()), quote!(::std::vec::Vec<u8>)))
            }
            ArgKind::OutScalar(s) => parts.push((quote!(#n), safe_scalar(s))),
            _ => {}
        }
    }
    let (value, ty) = match parts.len() {
        0 => (quote!(()), quote!(())),
        1 => (parts[0].0.clone(), parts[0].1.clone()),
        _ => {
            let v = parts.iter().map(|p| &p.0);
            let t = parts.iter().map(|p| &p.1);
            (quote!((#(#v),*)), quote!((#(#t),*)))
        }
    };
    let (ret_ty, value) = if f.throws {
        (
            quote!(-> ::std::result::Result<#ty, ::cxx::Exception>),
            quote!(Ok(#value)),
        )
    } else if parts.is_empty() {
        (quote!(), quote!())
    } else {
        (quote!(-> #ty), value)
    };
    let bind = if matches!(f.ret, RetKind::Void | RetKind::String) && !is_ctor {
        quote!(#call;)
    } else {
        quote!(let cxxbind_r = #call;)
    };
    let doc = doc_attrs(&f.doc, &format!("Calls C++ `{}`.", f.cpp_name));
    let defaults_doc = (!f.defaults.is_empty()).then(|| {
        let line = format!(
            " C++ default arguments (pass them explicitly): {}.",
            f.defaults.join(", ")
        );
        quote!(#[doc = ""] #[doc = #line])
    });
    let inherited_doc = recv.inherited_from.as_ref().map(|base| {
        let line = format!(" Inherited from C++ `{base}`.");
        quote!(#[doc = ""] #[doc = #line])
    });
    let throws_doc = f.throws.then(|| {
        quote!(#[doc = ""] #[doc = " # Errors"] #[doc = " Returns the C++ exception's `what()` if it throws."])
    });
    let must_use = (!parts.is_empty() && !f.throws).then(|| quote!(#[must_use]));
    quote! {
        #doc
        #defaults_doc
        #inherited_doc
        #throws_doc
        #must_use
        pub fn #name #fn_lt (#(#params),*) #ret_ty {
            #(#prep)*
            #bind
            #(#post)*
            #value
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn arg(
    b: &Bindings,
    a: &Arg,
    r: &TokenStream,
    retained: bool,
    lt: &TokenStream,
    params: &mut Vec<TokenStream>,
    prep: &mut Vec<TokenStream>,
    post: &mut Vec<TokenStream>,
    call_args: &mut Vec<TokenStream>,
) {
    let n = ident(&a.name);
    // `cxxbind_*` is never a parameter name (those get a trailing `_`).
    let cxx = ident(&format!("cxxbind_{}", a.name));
    match &a.kind {
        ArgKind::Scalar(s) => {
            let t = safe_scalar(s);
            params.push(quote!(#n: #t));
            call_args.push(quote!(#n));
        }
        ArgKind::Enum { ffi, .. } => {
            let e = ident(ffi);
            params.push(quote!(#n: #r::ffi::#e));
            call_args.push(quote!(#n));
        }
        ArgKind::CStr | ArgKind::StrRef | ArgKind::StrValue => {
            params.push(quote!(#n: impl AsRef<[u8]>));
            prep.push(quote!(::cxx::let_cxx_string!(#cxx = #n.as_ref());));
            call_args.push(quote!(&#cxx));
        }
        ArgKind::CStrRetained => {
            params.push(quote!(#n: &'a ::std::ffi::CStr));
            call_args.push(quote!(#n.to_bytes_with_nul()));
        }
        ArgKind::StrView if retained => {
            params.push(quote!(#n: &'a [u8]));
            call_args.push(quote!(#n));
        }
        ArgKind::StrView => {
            params.push(quote!(#n: impl AsRef<[u8]>));
            call_args.push(quote!(#n.as_ref()));
        }
        ArgKind::StrInOut => {
            params.push(quote!(#n: &mut ::std::vec::Vec<u8>));
            prep.push(quote!(::cxx::let_cxx_string!(#cxx = &#n[..]);));
            call_args.push(quote!(#cxx.as_mut()));
            post.push(quote!(*#n = #cxx.as_bytes().to_vec();));
        }
        ArgKind::Slice { elem, mutable, .. } => {
            let t = safe_scalar(elem);
            if *mutable && retained {
                params.push(quote!(#n: &'a mut [#t]));
            } else if *mutable {
                params.push(quote!(#n: &#lt mut [#t]));
            } else if retained {
                params.push(quote!(#n: &'a [#t]));
            } else if elem.rust == "u8" {
                params.push(quote!(#n: impl AsRef<[u8]>));
                call_args.push(quote!(#n.as_ref()));
                return;
            } else {
                params.push(quote!(#n: &[#t]));
            }
            call_args.push(quote!(#n));
        }
        ArgKind::OutString => {
            prep.push(quote!(::cxx::let_cxx_string!(#n = "");));
            call_args.push(quote!(#n.as_mut()));
        }
        ArgKind::OutScalar(s) => {
            let t = safe_scalar(s);
            prep.push(quote!(let mut #n: #t = Default::default();));
            call_args.push(quote!(&mut #n));
        }
        ArgKind::Object { class, mutable, .. } => {
            let ffi = ident(&b.classes[*class].ffi_name);
            let life = if retained { quote!('a) } else { quote!() };
            if *mutable {
                params.push(quote!(#n: &#life mut impl #r::AsCpp<#r::ffi::#ffi>));
                call_args.push(quote!(#n.as_cpp_mut()));
            } else {
                params.push(quote!(#n: &#life impl #r::AsCpp<#r::ffi::#ffi>));
                call_args.push(quote!(#n.as_cpp()));
            }
        }
    }
}
