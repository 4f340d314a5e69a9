//! Rust implementations of C++ classes with virtual methods: the
//! `extern "Rust"` callbacks in the bridge, the C++ subclass forwarding to
//! them (in the `.shim.cc`), the safe trait, `from_rust` and the glue
//! functions converting between them. One place per argument kind:
//!
//! | C++ parameter | trait | bridge | C++ passes |
//! |---|---|---|---|
//! | scalar | scalar | scalar | the value |
//! | `(const char*, size_t)`, byte view | `&[u8]` | `&[u8]` | a `rust::Slice` |
//! | `const T&` | `&ffi::T` | `&T` | the reference |
//! | `const T*` | `Option<&ffi::T>` | `*const T` (unsafe fn) | the pointer |
//! | `std::string*` | `&mut Vec<u8>` (read and written) | `Pin<&mut CxxString>` | `*p` |
//!
//! A non-pure virtual method's trait default leaves the call to the C++
//! class: it marks the call inherited (a thread-local flag the glue reads)
//! and the subclass then calls `Base::Method`.

use crate::emit::core::names;
use crate::emit::core::safe::{doc_attrs, root, safe_scalar, Modules};
use crate::emit::core::tokens::{ident, scalar_tokens};
use crate::plan::{ArgKind, Bindings, ClassId, RetKind, VirtualMethod};
use crate::text::Out;
use proc_macro2::TokenStream;
use quote::quote;

/// The arguments a callback receives (out-parameters giving a result's length aside).
fn inputs(m: &VirtualMethod) -> impl Iterator<Item = &crate::plan::Arg> {
    m.args
        .iter()
        .filter(|a| !matches!(a.kind, ArgKind::OutScalar(_)))
}

/// A raw pointer crosses: the callback is an `unsafe fn`.
fn takes_pointer(m: &VirtualMethod) -> bool {
    inputs(m).any(|a| matches!(a.kind, ArgKind::Object { pointer: true, .. }))
}

/// The result borrows from the implementation, and other references are
/// passed too: lifetime elision cannot tell which the result borrows, so
/// it is tied to the implementation explicitly (`'a`).
fn ties_result(m: &VirtualMethod) -> bool {
    matches!(m.ret, RetKind::BorrowedBytes { .. } | RetKind::CStr)
        && (m.inherits || inputs(m).any(|a| !matches!(a.kind, ArgKind::Scalar(_))))
}

/// The bridge items of class `ci`'s Rust implementation: (C++ items, Rust items).
pub fn bridge_items(b: &Bindings, ci: ClassId) -> (Vec<TokenStream>, Vec<TokenStream>) {
    let c = b.class(ci);
    let Some(t) = &c.trampoline else {
        return (Vec::new(), Vec::new());
    };
    let d = ident(&c.ffi_name);
    let dyn_ty = ident(&names::dyn_type(b, ci));
    let factory = ident(&names::rust_factory(b, ci));
    let cpp = vec![quote! {
        #[namespace = "cxxbind"]
        fn #factory(imp: Box<#dyn_ty>) -> UniquePtr<#d>;
    }];
    let mut rust = vec![quote! {
        #[namespace = "cxxbind"]
        type #dyn_ty;
    }];
    for m in &t.methods {
        let cb = ident(&names::rust_callback(b, ci, &m.rust_name));
        let tied = ties_result(m);
        let lt = tied.then(|| quote!('a));
        let recv = if m.is_const {
            quote!(cxxbind_imp: &#lt #dyn_ty)
        } else {
            quote!(cxxbind_imp: &#lt mut #dyn_ty)
        };
        let mut args: Vec<TokenStream> = inputs(m)
            .map(|a| {
                let n = ident(&a.name);
                let t = match &a.kind {
                    ArgKind::Scalar(s) => scalar_tokens(s),
                    ArgKind::Object {
                        class,
                        pointer: true,
                        ..
                    } => {
                        let o = ident(&b.class(*class).ffi_name);
                        quote!(*const #o)
                    }
                    ArgKind::Object { class, .. } => {
                        let o = ident(&b.class(*class).ffi_name);
                        quote!(&#o)
                    }
                    ArgKind::OutString | ArgKind::StrInOut { .. } => {
                        quote!(Pin<&mut CxxString>)
                    }
                    _ => quote!(&[u8]),
                };
                quote!(#n: #t)
            })
            .collect();
        if m.inherits {
            args.push(quote!(cxxbind_inherited: &mut bool));
        }
        let ret = match &m.ret {
            RetKind::Scalar(s) => {
                let t = scalar_tokens(s);
                quote!(-> #t)
            }
            RetKind::BorrowedBytes { .. } | RetKind::CStr => quote!(-> &#lt [u8]),
            _ => quote!(),
        };
        // cxx requires `unsafe` with explicit lifetimes; the Rust function is safe.
        let unsafety = (takes_pointer(m) || tied).then(|| quote!(unsafe));
        let generics = tied.then(|| quote!(<'a>));
        rust.push(quote! {
            #[namespace = "cxxbind"]
            #unsafety fn #cb #generics(#recv, #(#args),*) #ret;
        });
    }
    (cpp, rust)
}

/// The C++ subclass of class `ci` forwarding to Rust, and its factory (the
/// `.shim.cc` text, inside `namespace cxxbind`).
pub fn cpp_subclass(out: &mut Out, b: &Bindings, ci: ClassId, base: &str) {
    let Some(t) = &b.class(ci).trampoline else {
        return;
    };
    let cls = names::trampoline_class(b, ci);
    let dyn_ty = names::dyn_type(b, ci);
    writeln!(
        out,
        "namespace {{\nclass {cls} final : public {base} {{\n public:"
    );
    writeln!(
        out,
        "  explicit {cls}(::rust::Box<{dyn_ty}> imp) noexcept : imp_(::std::move(imp)) {{}}"
    );
    for m in &t.methods {
        let params: Vec<String> = m
            .cpp_params
            .iter()
            .enumerate()
            .map(|(i, p)| format!("{p} a{i}"))
            .collect();
        let constness = match (m.is_const, m.noexcept) {
            (true, true) => " const noexcept",
            (true, false) => " const",
            (false, true) => " noexcept",
            (false, false) => "",
        };
        let mut call_args = vec!["*imp_".to_string()];
        for a in &m.args {
            let i = a.cpp_index;
            match &a.kind {
                ArgKind::Slice { .. } => call_args.push(format!(
                    "::rust::Slice<const ::std::uint8_t>(reinterpret_cast<const ::std::uint8_t*>(a{i}), a{})",
                    i + 1
                )),
                ArgKind::ByteView { .. } => call_args.push(format!(
                    "::rust::Slice<const ::std::uint8_t>(reinterpret_cast<const ::std::uint8_t*>(a{i}.data()), a{i}.size())"
                )),
                ArgKind::OutString | ArgKind::StrInOut { pointer: true } => {
                    call_args.push(format!("*a{i}"))
                }
                ArgKind::OutScalar(_) => {}
                _ => call_args.push(format!("a{i}")),
            }
        }
        if m.inherits {
            call_args.push("cxxbind_inherited".into());
        }
        let call = format!(
            "{}({})",
            names::rust_callback(b, ci, &m.rust_name),
            call_args.join(", ")
        );
        let base_args: Vec<String> = (0..m.cpp_params.len()).map(|i| format!("a{i}")).collect();
        let base_call = format!("{base}::{}({})", m.cpp_name, base_args.join(", "));
        let body = match (&m.ret, m.inherits) {
            (RetKind::Void, false) => format!("{call};"),
            (RetKind::Void, true) => format!(
                "bool cxxbind_inherited = false;\n    {call};\n    if (cxxbind_inherited) {base_call};"
            ),
            (_, true) => format!(
                "bool cxxbind_inherited = false;\n    auto cxxbind_r = {call};\n    if (cxxbind_inherited) return {base_call};\n    return cxxbind_r;"
            ),
            (RetKind::BorrowedBytes { len_arg, .. }, false) => {
                let len_index = m.args[*len_arg].cpp_index;
                format!(
                    "auto cxxbind_s = {call};\n    *a{len_index} = cxxbind_s.size();\n    return reinterpret_cast<{}>(cxxbind_s.data());",
                    m.cpp_ret
                )
            }
            // The Rust side hands over the bytes with their NUL, cast to
            // the declared pointer type (`const unsigned char*` too).
            (RetKind::CStr, false) => {
                format!("return reinterpret_cast<{}>({call}.data());", m.cpp_ret)
            }
            _ => format!("return {call};"),
        };
        writeln!(
            out,
            "  {} {}({}){constness} override {{\n    {body}\n  }}",
            m.cpp_ret,
            m.cpp_name,
            params.join(", ")
        );
    }
    writeln!(
        out,
        "\n private:\n  ::rust::Box<{dyn_ty}> imp_;\n}};\n}} // namespace\n"
    );
    writeln!(
        out,
        "::std::unique_ptr<{base}> {}(::rust::Box<{dyn_ty}> imp) noexcept {{\n  return ::std::unique_ptr<{base}>(new {cls}(::std::move(imp)));\n}}\n",
        names::rust_factory(b, ci)
    );
}

/// The trait, `from_rust` and the glue functions of class `ci`.
pub fn safe_items(b: &Bindings, ci: ClassId, m: &mut Modules) {
    let c = b.class(ci);
    let Some(t) = &c.trampoline else { return };
    let cx = TraitCx {
        b,
        ci,
        r: root(c.module.len()),
        trait_name: ident(&t.trait_name),
        dyn_ty: ident(&names::dyn_type(b, ci)),
    };
    let (trait_fns, callbacks): (Vec<TokenStream>, Vec<TokenStream>) =
        t.methods.iter().map(|vm| method_items(&cx, vm)).unzip();
    let TraitCx {
        r,
        trait_name,
        dyn_ty,
        ..
    } = cx;
    let name = ident(&c.rust_name);
    let factory = ident(&names::rust_factory(b, ci));
    let trait_doc = format!(
        " Implement this to provide a C++ `{}` from Rust (see [`{}::from_rust`]).",
        c.cpp_name, c.rust_name
    );
    m.push(
        &c.module,
        quote! {
            #[doc = #trait_doc]
            #[doc = ""]
            #[doc = " C++ may call it from any thread (a library's background work): it is `Send + Sync`."]
            pub trait #trait_name: Send + Sync {
                #(#trait_fns)*
            }
            impl<'a> #name<'a> {
                /// A C++ object whose virtual methods call `imp`.
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

/// What every method of one class's trait shares.
struct TraitCx<'b> {
    b: &'b Bindings,
    ci: ClassId,
    /// The path to the crate root from the class's module.
    r: TokenStream,
    trait_name: proc_macro2::Ident,
    dyn_ty: proc_macro2::Ident,
}

/// The trait's type of argument `a`, spelled from the module `r` leads to
/// the root from (the class's module, or the root itself for the glue).
fn trait_type(b: &Bindings, a: &crate::plan::Arg, r: &TokenStream) -> TokenStream {
    match &a.kind {
        ArgKind::Scalar(s) => safe_scalar(s),
        ArgKind::Object {
            class,
            pointer: true,
            ..
        } => {
            let o = ident(&b.class(*class).ffi_name);
            quote!(Option<&#r::ffi::#o>)
        }
        ArgKind::Object { class, .. } => {
            let o = ident(&b.class(*class).ffi_name);
            quote!(&#r::ffi::#o)
        }
        ArgKind::OutString | ArgKind::StrInOut { .. } => quote!(&mut ::std::vec::Vec<u8>),
        _ => quote!(&[u8]),
    }
}

/// The glue's parameter type of argument `a` (the bridge's), from the root.
fn glue_type(b: &Bindings, a: &crate::plan::Arg) -> TokenStream {
    let g = root(0);
    match &a.kind {
        ArgKind::Object {
            class,
            pointer: true,
            ..
        } => {
            let o = ident(&b.class(*class).ffi_name);
            quote!(*const #g::ffi::#o)
        }
        ArgKind::OutString | ArgKind::StrInOut { .. } => {
            quote!(::core::pin::Pin<&mut ::cxx::CxxString>)
        }
        _ => trait_type(b, a, &g),
    }
}

/// How the glue turns its parameters into the trait's arguments: statements
/// before the call, statements after it, and the arguments passed.
#[derive(Default)]
struct Conversions {
    convert: Vec<TokenStream>,
    after: Vec<TokenStream>,
    pass: Vec<TokenStream>,
}

/// The conversions of one method's arguments.
fn conversions<'a>(args: impl Iterator<Item = &'a crate::plan::Arg>) -> Conversions {
    let mut out = Conversions::default();
    for a in args {
        let n = ident(&a.name);
        match &a.kind {
            ArgKind::Object { pointer: true, .. } => {
                // The one audited reading of a pointer C++ passed (null → `None`);
                // it lives for the call, as the borrow does.
                out.convert.push(
                    quote!(let #n = { let cxxbind_ptr = #n; unsafe { cxxbind_ptr.as_ref() } };),
                );
                out.pass.push(quote!(#n));
            }
            ArgKind::OutString | ArgKind::StrInOut { .. } => {
                let v = ident(&crate::plan::paths::join(&["cxxbind", &a.name]));
                out.convert
                    .push(quote!(let mut #v = #n.as_bytes().to_vec();));
                out.pass.push(quote!(&mut #v));
                out.after.push(
                    quote!({ let mut s = #n; s.as_mut().clear(); s.as_mut().push_bytes(&#v); }),
                );
            }
            _ => out.pass.push(quote!(#n)),
        }
    }
    out
}

/// The trait's result, the glue's result (`lt`: its lifetime, if tied) and
/// the glue's final expression from the call's result `cxxbind_r`.
fn ret_parts(
    vm: &VirtualMethod,
    lt: &Option<TokenStream>,
) -> (TokenStream, TokenStream, TokenStream) {
    match &vm.ret {
        RetKind::Scalar(s) => {
            let st = safe_scalar(s);
            (quote!(-> #st), quote!(-> #st), quote!(cxxbind_r))
        }
        RetKind::BorrowedBytes { .. } => {
            (quote!(-> &[u8]), quote!(-> &#lt [u8]), quote!(cxxbind_r))
        }
        RetKind::CStr => (
            quote!(-> &::std::ffi::CStr),
            quote!(-> &#lt [u8]),
            quote!(cxxbind_r.to_bytes_with_nul()),
        ),
        _ => (quote!(), quote!(), quote!(cxxbind_r)),
    }
}

/// One virtual method: its trait function and the glue C++ calls.
fn method_items(cx: &TraitCx, vm: &VirtualMethod) -> (TokenStream, TokenStream) {
    let (b, r, dyn_ty) = (cx.b, &cx.r, &cx.dyn_ty);
    let c = b.class(cx.ci);
    let trait_name = &cx.trait_name;
    let fname = ident(&vm.rust_name);
    let cb = ident(&names::rust_callback(b, cx.ci, &vm.rust_name));
    let args: Vec<_> = inputs(vm).collect();
    let arg_names: Vec<_> = args.iter().map(|a| ident(&a.name)).collect();
    // The trait's types, spelled from the class's module (`r`) or, in the
    // glue at the root, from there; the glue's own parameters are the bridge's.
    let trait_types: Vec<TokenStream> = args.iter().map(|a| trait_type(b, a, r)).collect();
    let glue_types: Vec<TokenStream> = args.iter().map(|a| glue_type(b, a)).collect();
    let g = root(0);
    let Conversions {
        convert,
        after,
        pass,
    } = conversions(args.iter().copied());
    let tied = ties_result(vm);
    let lt = tied.then(|| quote!('a));
    let generics = tied.then(|| quote!(<'a>));
    let (trait_ret, glue_ret, finish) = ret_parts(vm, &lt);
    let (recv, imp_ty, imp_expr) = if vm.is_const {
        (quote!(&self), quote!(&#lt #dyn_ty), quote!(&*cxxbind_imp.0))
    } else {
        (
            quote!(&mut self),
            quote!(&#lt mut #dyn_ty),
            quote!(&mut *cxxbind_imp.0),
        )
    };
    let doc = doc_attrs(&vm.doc, &format!("Implements C++ `{}`.", vm.cpp_name));
    let path: Vec<_> = c.module.iter().map(|s| ident(s)).collect();
    let call = quote!(self::#(#path::)*#trait_name::#fname(#imp_expr, #(#pass),*));
    let unsafety = takes_pointer(vm).then(|| quote!(unsafe));
    if vm.inherits {
        let line = format!(
            " Left to C++ `{}::{}` unless implemented.",
            c.cpp_name, vm.cpp_name
        );
        let trait_fn = quote! {
            #doc
            #[doc = ""]
            #[doc = #line]
            #[allow(unused_variables)]
            fn #fname(#recv, #(#arg_names: #trait_types),*) #trait_ret {
                #r::cxxbind_inherit()
            }
        };
        let callback = quote! {
            #[allow(non_snake_case, clippy::all)]
            #unsafety fn #cb #generics(cxxbind_imp: #imp_ty, #(#arg_names: #glue_types,)* cxxbind_inherited: &mut bool) #glue_ret {
                #(#convert)*
                #g::cxxbind_inherit_reset();
                let cxxbind_r = #call;
                *cxxbind_inherited = #g::cxxbind_inherit_reset();
                #(#after)*
                #finish
            }
        };
        return (trait_fn, callback);
    }
    let trait_fn = quote! {
        #doc
        fn #fname(#recv, #(#arg_names: #trait_types),*) #trait_ret;
    };
    let body = if convert.is_empty() && after.is_empty() && !matches!(vm.ret, RetKind::CStr) {
        quote!(#call)
    } else {
        quote! {
            #(#convert)*
            let cxxbind_r = #call;
            #(#after)*
            #finish
        }
    };
    let callback = quote! {
        #[allow(non_snake_case, clippy::all)]
        #unsafety fn #cb #generics(cxxbind_imp: #imp_ty, #(#arg_names: #glue_types),*) #glue_ret {
            #body
        }
    };
    (trait_fn, callback)
}

/// The root items every Rust implementation with inherited methods uses:
/// the flag a trait default raises to leave the call to C++.
pub fn root_items(b: &Bindings) -> TokenStream {
    let any = b.classes.iter().any(|c| {
        c.trampoline
            .as_ref()
            .is_some_and(|t| t.methods.iter().any(|m| m.inherits))
    });
    if !any {
        return quote!();
    }
    quote! {
        ::std::thread_local! {
            static CXXBIND_INHERITED: ::core::cell::Cell<bool> = const { ::core::cell::Cell::new(false) };
        }
        /// What a Rust implementation's default method does: leave the call to
        /// the C++ class (the subclass then calls the base's method).
        #[doc(hidden)]
        pub fn cxxbind_inherit<R: Default>() -> R {
            CXXBIND_INHERITED.with(|c| c.set(true));
            R::default()
        }
        /// Clears the flag, returning whether it was raised.
        #[doc(hidden)]
        pub fn cxxbind_inherit_reset() -> bool {
            CXXBIND_INHERITED.with(|c| c.replace(false))
        }
    }
}
