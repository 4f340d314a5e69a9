//! Rust closures as C callbacks: per closure argument, an `extern "Rust"`
//! type holding the closure (lent: with a caught panic; kept: boxed, behind
//! a lock) with a function C++ calls; a captureless lambda in the shim forwards the C callback to it
//! through the user-data pointer. A kept closure the library releases is
//! handed over behind a counted header (`cpp/kept.h`): each running call
//! holds a reference, so a release from inside a call drops the closure
//! only once that call returns. Shims with closures live in `.shim.cc`,
//! where cxx's header makes the Rust type and function visible.

use crate::emit::core::safe::safe_scalar;
use crate::emit::core::snippets::ArgSnippets;
use crate::emit::core::tokens::{ident, scalar_tokens};
use crate::plan::Carrier;
use crate::plan::{Arg, ArgKind, Bindings, ClosureParam, ClosureSig, FnBinding, HandleId};
use crate::text::Out;
use proc_macro2::TokenStream;
use quote::quote;

/// The closure arguments of a plan.
fn closures(f: &FnBinding) -> impl Iterator<Item = (&Arg, &ClosureSig)> {
    f.args.iter().filter_map(|a| match &a.kind {
        ArgKind::Closure(sig) => Some((a, sig)),
        _ => None,
    })
}

/// The plan takes a closure (its shim is defined in `.shim.cc`).
pub fn has_closure(f: &FnBinding) -> bool {
    closures(f).next().is_some() || crate::emit::c_api::closure_set::has_set(f)
}

/// A closure the library keeps and releases, reached through its count.
const KEPT: &str = include_str!("../cpp/kept.h");

/// Some plan hands over a closure (or closure set) the library releases:
/// the `.shim.cc` needs [`KEPT`] (and `<atomic>`).
pub fn counts_kept(b: &Bindings) -> bool {
    defining(b).any(|f| {
        closures(f)
            .any(|(_, sig)| sig.kept && sig.released && sig.carrier == Carrier::FunctionPointer)
            || crate::emit::c_api::closure_set::sets(f).any(|(_, set)| set.released)
    })
}

/// The `.shim.cc`'s helpers for closures the library releases (inside
/// `namespace cxxbind`), when some plan has one.
pub fn kept_helpers(b: &Bindings) -> &'static str {
    if counts_kept(b) {
        KEPT
    } else {
        ""
    }
}

/// The plan lends a closure for the call (its bridge function has a lifetime).
pub fn lends_closure(f: &FnBinding) -> bool {
    closures(f).any(|(_, sig)| !sig.kept)
}

/// The plans that define their closures' glue: each but inherited methods,
/// which call through their base's bridge function.
pub fn defining(b: &Bindings) -> impl Iterator<Item = &FnBinding> {
    b.functions.iter().filter(|f| f.kind.has_bridge_fn())
}

/// (bridge type, C++ type, C++ call arguments) of a closure argument.
pub fn sig_arg(b: &Bindings, a: &Arg) -> Option<(TokenStream, String, String)> {
    let ArgKind::Closure(sig) = &a.kind else {
        return None;
    };
    let (ty, call) = (&sig.glue.ty, &sig.glue.call);
    let t = ident(ty);
    let function = sig.carrier == Carrier::StdFunction;
    let user_data_param = (!function).then(|| "void* cxxbind_ud".to_string());
    let params: Vec<String> = user_data_param
        .into_iter()
        .chain(
            sig.cpp_params
                .iter()
                .enumerate()
                .map(|(k, p)| format!("{p} a{k}")),
        )
        .collect();
    // A kept closure the library releases is reached through its count (a
    // running call holds a reference: a release from inside it defers the drop).
    let counted = sig.kept && sig.released && !function;
    let mut args = vec![if function && sig.kept {
        // The kept one's shared box, held by this call too.
        "**cxxbind_keep".to_string()
    } else if function {
        // Captured: a pointer to the lent closure.
        "*cxxbind_ud".to_string()
    } else if counted {
        "cxxbind_run.closure()".to_string()
    } else {
        format!("*static_cast<const ::cxxbind::{ty}*>(cxxbind_ud)")
    }];
    let (mut body, forwarded) = cpp_forward(b, sig);
    args.extend(forwarded);
    if counted {
        body.push_str(&format!(
            "::cxxbind::running<::cxxbind::{ty}> cxxbind_run(cxxbind_ud); "
        ));
    }
    if function {
        // Every copy of the `std::function` shares the kept box; the last
        // drops it. The call holds its own share: destroying the
        // `std::function` from inside it does not drop the closure running.
        let capture = if sig.kept {
            body.push_str("auto cxxbind_keep = cxxbind_ud; ");
            format!(
                "cxxbind_ud = ::std::make_shared<::rust::Box<::cxxbind::{ty}>>(::std::move({}))",
                a.name
            )
        } else {
            format!("cxxbind_ud = &{}", a.name)
        };
        let lambda = format!(
            "[{capture}]({}) noexcept -> {} {{ {body}return ::cxxbind::{call}({}); }}",
            params.join(", "),
            sig.cpp_ret,
            args.join(", "),
        );
        return Some(if sig.kept {
            (
                quote!(Box<#t>),
                format!("::rust::Box<::cxxbind::{ty}>"),
                lambda,
            )
        } else {
            (quote!(&#t<'a>), format!("const ::cxxbind::{ty}&"), lambda)
        });
    }
    // A kept closure is handed over for good: the library holds the raw box,
    // or its counted reference when it releases it.
    let user_data = if counted {
        format!(
            "::cxxbind::kept<::cxxbind::{ty}>::hand_over(::std::move({}))",
            a.name
        )
    } else if sig.kept {
        format!("{}.into_raw()", a.name)
    } else {
        format!("const_cast<void*>(static_cast<const void*>(&{}))", a.name)
    };
    let callback = format!(
        "[]({}) noexcept -> {} {{ {body}return ::cxxbind::{call}({}); }}",
        params.join(", "),
        sig.cpp_ret,
        args.join(", "),
    );
    let mut lambda = Out::from(if sig.user_data_first {
        format!("{user_data}, {callback}")
    } else {
        format!("{callback}, {user_data}")
    });
    // The library lets go of the user data through this: the kept box drops
    // once no call runs it.
    if counted {
        write!(
            lambda,
            ", [](void* cxxbind_p) noexcept {{ ::cxxbind::kept<::cxxbind::{ty}>::release(cxxbind_p); }}"
        );
    }
    if sig.kept {
        return Some((
            quote!(Box<#t>),
            format!("::rust::Box<::cxxbind::{ty}>"),
            lambda.into_string(),
        ));
    }
    Some((
        quote!(&#t<'a>),
        format!("const ::cxxbind::{ty}&"),
        lambda.into_string(),
    ))
}

/// The C++ lambda's work for a callback's parameters `a0…`: statements
/// converting them (a null handle returns the default result) and the
/// arguments of the Rust function the lambda calls.
pub(super) fn cpp_forward(b: &Bindings, sig: &ClosureSig) -> (String, Vec<String>) {
    let mut body = Out::new();
    let mut args = Vec::new();
    for (k, p) in sig.params.iter().enumerate() {
        match p {
            ClosureParam::Scalar(_) | ClosureParam::String => args.push(format!("a{k}")),
            ClosureParam::Utf16 => {
                write!(
                    body,
                    "::rust::Vec<::std::uint16_t> v{k}; if (a{k} != nullptr) ::cxxbind::utf16_into(a{k}, ::cxxbind::utf16_len(a{k}), v{k}); "
                );
                args.push(format!("v{k}, a{k} == nullptr"));
            }
            ClosureParam::Handle(_) => {
                write!(body, "if (a{k} == nullptr) return {}(); ", sig.cpp_ret);
                args.push(format!("*a{k}"));
            }
            ClosureParam::Handles { count, handle } => {
                write!(
                    body,
                    "::cxxbind::{} v{k}{{a{k}, a{k} == nullptr || a{count} <= 0 ? 0 : static_cast<::std::size_t>(a{count})}}; ",
                    items_type(b, *handle)
                );
                args.push(format!("v{k}"));
            }
            ClosureParam::CStr => {
                write!(body, "::std::string v{k}(a{k} == nullptr ? \"\" : a{k}); ");
                args.push(format!("v{k}, a{k} == nullptr"));
            }
            ClosureParam::Bytes { len } => {
                write!(
                    body,
                    "::rust::Slice<const ::std::uint8_t> v{k}(static_cast<const ::std::uint8_t*>(a{k}), a{k} == nullptr || a{len} <= 0 ? 0 : static_cast<::std::size_t>(a{len})); "
                );
                args.push(format!("v{k}"));
            }
            ClosureParam::Strings { count } => {
                write!(
                    body,
                    "::std::vector<::std::string> v{k}; ::std::vector<::std::uint8_t> z{k}; \
                     for (decltype(a{count}) i = 0; i < a{count}; ++i) {{ \
                     z{k}.push_back(a{k}[i] == nullptr); v{k}.emplace_back(a{k}[i] == nullptr ? \"\" : a{k}[i]); }} "
                );
                args.push(format!("v{k}, z{k}"));
            }
        }
    }
    (body.into_string(), args)
}

/// The bridge type (namespace `cxxbind`) lending a callback's `T**` array
/// of handles to Rust.
pub(super) fn items_type(b: &Bindings, h: HandleId) -> String {
    format!("cxxbind_Items_{}", b.handle(h).ffi_name)
}

/// The closure's parameter types in the safe layer (`r`: the generated root).
pub(super) fn safe_params(b: &Bindings, sig: &ClosureSig, r: &TokenStream) -> Vec<TokenStream> {
    sig.params
        .iter()
        .map(|p| match p {
            ClosureParam::Scalar(s) => safe_scalar(s),
            ClosureParam::Strings { .. } => quote!(&[::core::option::Option<&[u8]>]),
            ClosureParam::Bytes { .. } => quote!(&[u8]),
            ClosureParam::CStr => quote!(::core::option::Option<&[u8]>),
            ClosureParam::String => quote!(&[u8]),
            ClosureParam::Handle(h) => {
                let t = ident(&b.handle(*h).ffi_name);
                quote!(&#r::ffi::#t)
            }
            ClosureParam::Handles { handle, .. } => {
                let t = ident(&b.handle(*handle).ffi_name);
                quote!(&[::core::option::Option<&#r::ffi::#t>])
            }
            ClosureParam::Utf16 => quote!(::core::option::Option<&[u16]>),
        })
        .collect()
}

pub(super) fn safe_ret(sig: &ClosureSig) -> TokenStream {
    match &sig.ret {
        Some(s) => {
            let t = safe_scalar(s);
            quote!(-> #t)
        }
        None => quote!(),
    }
}

/// The bridge parameters of a callback's `extern "Rust"` function after
/// the closure itself.
pub(super) fn bridge_params(b: &Bindings, sig: &ClosureSig) -> Vec<TokenStream> {
    let mut params = Vec::new();
    for (k, p) in sig.params.iter().enumerate() {
        let n = ident(&format!("a{k}"));
        match p {
            ClosureParam::Scalar(s) => {
                let st = scalar_tokens(s);
                params.push(quote!(#n: #st));
            }
            ClosureParam::Handle(h) => {
                let t = ident(&b.handle(*h).ffi_name);
                params.push(quote!(#n: &#t));
            }
            ClosureParam::String => params.push(quote!(#n: &CxxString)),
            ClosureParam::Utf16 => {
                let z = ident(&format!("z{k}"));
                params.push(quote!(#n: &Vec<u16>));
                params.push(quote!(#z: bool));
            }
            ClosureParam::Bytes { .. } => params.push(quote!(#n: &[u8])),
            ClosureParam::Handles { handle, .. } => {
                let t = ident(&items_type(b, *handle));
                params.push(quote!(#n: &#t));
            }
            ClosureParam::Strings { .. } => {
                let z = ident(&format!("z{k}"));
                params.push(quote!(#n: &CxxVector<CxxString>));
                params.push(quote!(#z: &CxxVector<u8>));
            }
            ClosureParam::CStr => {
                let z = ident(&format!("z{k}"));
                params.push(quote!(#n: &CxxString));
                params.push(quote!(#z: bool));
            }
        }
    }
    params
}

/// The result of a callback's `extern "Rust"` function (`-> i32`, or nothing).
pub(super) fn bridge_ret(sig: &ClosureSig) -> TokenStream {
    match &sig.ret {
        Some(s) => {
            let st = scalar_tokens(s);
            quote!(-> #st)
        }
        None => quote!(),
    }
}

/// The `extern "Rust"` items of every closure argument.
pub fn bridge_items(b: &Bindings) -> Vec<TokenStream> {
    let mut out = Vec::new();
    for f in defining(b) {
        for (_, sig) in closures(f) {
            let (t, c) = (ident(&sig.glue.ty), ident(&sig.glue.call));
            let mut params = if sig.kept {
                vec![quote!(cb: &#t)]
            } else {
                vec![quote!(cb: &#t<'a>)]
            };
            params.extend(bridge_params(b, sig));
            let ret = bridge_ret(sig);
            if sig.kept {
                out.push(quote! {
                    #[namespace = "cxxbind"] type #t;
                    #[namespace = "cxxbind"] fn #c(#(#params),*) #ret;
                });
                continue;
            }
            out.push(quote! {
                #[namespace = "cxxbind"] type #t<'a>;
                // `unsafe` only for C++ (cxx requires it with explicit lifetimes);
                // the Rust function itself is safe.
                #[namespace = "cxxbind"] unsafe fn #c<'a>(#(#params),*) #ret;
            });
        }
    }
    out
}

/// The parameters of a callback's Rust function after the closure, the
/// statements turning them into what the closure takes, and the closure's
/// arguments.
pub(super) fn root_params(
    b: &Bindings,
    sig: &ClosureSig,
) -> (Vec<TokenStream>, Vec<TokenStream>, Vec<TokenStream>) {
    let mut params = Vec::new();
    let mut prep = Vec::new();
    let mut call_args = Vec::new();
    for (k, p) in sig.params.iter().enumerate() {
        let n = ident(&format!("a{k}"));
        match p {
            ClosureParam::Scalar(s) => {
                let st = safe_scalar(s);
                params.push(quote!(#n: #st));
                call_args.push(quote!(#n));
            }
            ClosureParam::Handle(h) => {
                let t = ident(&b.handle(*h).ffi_name);
                params.push(quote!(#n: &self::ffi::#t));
                call_args.push(quote!(#n));
            }
            ClosureParam::String => {
                params.push(quote!(#n: &::cxx::CxxString));
                call_args.push(quote!(#n.as_bytes()));
            }
            ClosureParam::Utf16 => {
                let z = ident(&format!("z{k}"));
                params.push(quote!(#n: &::std::vec::Vec<u16>));
                params.push(quote!(#z: bool));
                prep.push(quote! {
                    let #n: ::core::option::Option<&[u16]> = if #z { None } else { Some(#n.as_slice()) };
                });
                call_args.push(quote!(#n));
            }
            ClosureParam::Bytes { .. } => {
                params.push(quote!(#n: &[u8]));
                call_args.push(quote!(#n));
            }
            ClosureParam::Handles { handle, .. } => {
                let (t, items) = (
                    ident(&b.handle(*handle).ffi_name),
                    ident(&items_type(b, *handle)),
                );
                let (len, at) = (
                    ident(&format!("{}_len", items_type(b, *handle))),
                    ident(&format!("{}_at", items_type(b, *handle))),
                );
                params.push(quote!(#n: &self::ffi::#items));
                // The library's array holds that many handles, valid for the
                // one callback: each is `None` when null, and the closure
                // (higher-ranked over the borrow) cannot keep one.
                prep.push(quote! {
                    let #n: ::std::vec::Vec<::core::option::Option<&self::ffi::#t>> = (0..self::ffi::#len(#n))
                        .map(|i| {
                            let cxxbind_ptr = self::ffi::#at(#n, i);
                            unsafe { cxxbind_ptr.as_ref() }
                        })
                        .collect();
                });
                call_args.push(quote!(&#n));
            }
            ClosureParam::Strings { .. } => {
                let z = ident(&format!("z{k}"));
                params.push(quote!(#n: &::cxx::CxxVector<::cxx::CxxString>));
                params.push(quote!(#z: &::cxx::CxxVector<u8>));
                prep.push(quote! {
                    let #n: ::std::vec::Vec<::core::option::Option<&[u8]>> = #n
                        .iter()
                        .zip(#z.iter())
                        .map(|(s, z)| if *z != 0 { None } else { Some(s.as_bytes()) })
                        .collect();
                });
                call_args.push(quote!(&#n));
            }
            ClosureParam::CStr => {
                let z = ident(&format!("z{k}"));
                params.push(quote!(#n: &::cxx::CxxString));
                params.push(quote!(#z: bool));
                prep.push(quote! {
                    let #n: ::core::option::Option<&[u8]> = if #z { None } else { Some(#n.as_bytes()) };
                });
                call_args.push(quote!(#n));
            }
        }
    }
    (params, prep, call_args)
}

/// The body of a closure's Rust function: runs the closure in `cb.#field`
/// with the panic caught. Busy (a re-entrant or concurrent call) or
/// disabled by a panic, the closure is not run and the callback returns the
/// default; a lent closure's panic resumes after the call.
pub(super) fn call_body(
    field: &TokenStream,
    kept: bool,
    prep: &[TokenStream],
    call_args: &[TokenStream],
) -> TokenStream {
    let on_panic = if kept {
        quote!(Err(_) => {
            *guard = None;
            Default::default()
        })
    } else {
        quote!(Err(p) => {
            *guard = None;
            if let Ok(mut slot) = cb.panic.lock() {
                *slot = Some(p);
            }
            Default::default()
        })
    };
    quote! {
        let Ok(mut guard) = cb.#field.try_lock() else {
            return Default::default();
        };
        let Some(f) = guard.as_mut() else {
            return Default::default();
        };
        #(#prep)*
        match ::std::panic::catch_unwind(::std::panic::AssertUnwindSafe(|| f(#(#call_args),*))) {
            Ok(r) => r,
            #on_panic
        }
    }
}

/// The Rust types and functions the bridge's `extern "Rust"` items name
/// (at the generated root).
pub fn root_items(b: &Bindings) -> TokenStream {
    let mut out = Vec::new();
    for f in defining(b) {
        for (_, sig) in closures(f) {
            let (t, c) = (ident(&sig.glue.ty), ident(&sig.glue.call));
            let tys = safe_params(b, sig, &quote!(self));
            let ret = safe_ret(sig);
            let (params, prep, call_args) = root_params(b, sig);
            let body = call_body(&quote!(f), sig.kept, &prep, &call_args);
            if sig.kept {
                out.push(quote! {
                    /// A closure handed over to C for good; `None` once it panicked.
                    #[doc(hidden)]
                    #[allow(non_camel_case_types)]
                    pub struct #t {
                        pub(crate) f: ::std::sync::Mutex<::core::option::Option<::std::boxed::Box<dyn FnMut(#(#tys),*) #ret + Send + 'static>>>,
                    }
                    #[allow(non_snake_case, clippy::all)]
                    fn #c(cb: &#t #(, #params)*) #ret { #body }
                });
                continue;
            }
            out.push(quote! {
                /// A closure lent to C for one call (behind a lock: the library may call
                /// back from any thread), and the panic it raised, if any.
                #[doc(hidden)]
                #[allow(non_camel_case_types)]
                pub struct #t<'a> {
                    pub(crate) f: ::std::sync::Mutex<::core::option::Option<&'a mut (dyn FnMut(#(#tys),*) #ret + Send + 'a)>>,
                    pub(crate) panic: ::std::sync::Mutex<::core::option::Option<::std::boxed::Box<dyn ::core::any::Any + Send + 'static>>>,
                }
                #[allow(non_snake_case, clippy::all)]
                fn #c(cb: &#t<'_> #(, #params)*) #ret { #body }
            });
        }
    }
    quote!(#(#out)*)
}

/// The safe layer for a closure argument: `impl FnMut + Send` lent for the
/// call (a panic it raised resumes after the C function returns), or `impl
/// FnMut + Send + 'static` handed over for good, added to `out`. False for
/// other arguments.
pub fn safe_arg(b: &Bindings, a: &Arg, r: &TokenStream, out: &mut ArgSnippets) -> bool {
    let ArgKind::Closure(sig) = &a.kind else {
        return false;
    };
    let t = ident(&sig.glue.ty);
    let n = ident(&a.name);
    let cb = ident(&crate::plan::paths::join(&["cxxbind", &a.name]));
    let tys = safe_params(b, sig, r);
    let ret = safe_ret(sig);
    if sig.kept {
        out.params
            .push(quote!(#n: impl FnMut(#(#tys),*) #ret + Send + 'static));
        out.call_args.push(quote! {
            ::std::boxed::Box::new(#r::#t {
                f: ::std::sync::Mutex::new(Some(::std::boxed::Box::new(#n))),
            })
        });
        return true;
    }
    out.params
        .push(quote!(mut #n: impl FnMut(#(#tys),*) #ret + Send));
    out.prep.push(quote! {
        let #cb = #r::#t {
            f: ::std::sync::Mutex::new(Some(&mut #n)),
            panic: ::std::sync::Mutex::new(None),
        };
    });
    out.call_args.push(quote!(&#cb));
    out.post.push(quote! {
        if let Some(p) = #cb.panic.into_inner().ok().flatten() {
            ::std::panic::resume_unwind(p);
        }
    });
    true
}

/// Forward declarations of the closure types, for the shim header.
pub fn forward_decls(b: &Bindings) -> String {
    let mut out = Out::new();
    for f in defining(b) {
        for (_, sig) in closures(f) {
            writeln!(out, "struct {};", sig.glue.ty);
        }
        for (_, set) in crate::emit::c_api::closure_set::sets(f) {
            writeln!(out, "struct {};", set.ty);
        }
    }
    out.into_string()
}
