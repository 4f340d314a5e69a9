//! Opaque C handles in every output: the bridge's opaque types and owner
//! helpers, the C++ owner struct whose destructor calls the library's destroy
//! function exactly once, and the safe owner type (`Sqlite3<'a>`).

use crate::emit::core::cpp::call_by_name;
use crate::emit::core::safe::{doc_attrs, root, Modules};
use crate::emit::core::tokens::ident;
use crate::plan::{Arg, ArgKind, Bindings, HandleBinding, HandleId, RetKind};
use crate::text::Out;
use proc_macro2::TokenStream;
use quote::quote;

/// Names of a handle's owner helpers in the bridge (namespace `cxxbind`).
struct OwnerFns {
    new: String,
    is_null: String,
    get: String,
}

fn owner_fns(h: &HandleBinding) -> OwnerFns {
    let o = &h.owner_ffi;
    OwnerFns {
        new: format!("{o}_new"),
        is_null: format!("{o}_is_null"),
        get: format!("{o}_get"),
    }
}

/// The `AsHandle` trait, when the API has handles.
pub fn trait_item(b: &Bindings) -> TokenStream {
    if b.handles.is_empty() {
        return quote!();
    }
    let impls = b.handles.iter().map(|h| {
        let t = ident(&h.ffi_name);
        quote! {
            impl AsHandle<ffi::#t> for ffi::#t {
                fn handle(&self) -> &ffi::#t { self }
            }
        }
    });
    quote! {
        /// Implemented by every safe owner of a C handle `T` and by `T` itself,
        /// so functions taking a `T*` accept either.
        pub trait AsHandle<T> {
            /// Borrows the C handle.
            fn handle(&self) -> &T;
        }
        #(#impls)*
    }
}

/// The placeholder a "next" function's `None` crosses as (namespace `cxxbind`).
fn none_fn(h: &HandleBinding) -> String {
    format!("cxxbind_none_{}", h.ffi_name)
}

/// Some "next" function takes an optional previous `h`.
fn needs_none(b: &Bindings, h: &HandleBinding) -> bool {
    b.functions.iter().flat_map(|f| &f.args).any(|a| {
        matches!(&a.kind, ArgKind::PrevChild { handle, .. } if std::ptr::eq(b.handle(*handle), h))
    })
}

/// The C++ placeholders of every handle a "next" function takes optionally:
/// a reference to a static byte, never read (the shim passes null instead).
pub fn none_defs(b: &Bindings) -> String {
    let mut out = Out::new();
    for h in b.handles.iter().filter(|h| needs_none(b, h)) {
        let t = h.cpp_qualified();
        writeln!(
            out,
            "\n// Crosses for `None` (a previous child not given); never read.\ninline const {t}& {}() noexcept {{\n  alignas(::std::max_align_t) static const unsigned char cxxbind_none[1] = {{}};\n  return *reinterpret_cast<const {t}*>(cxxbind_none);\n}}",
            none_fn(h)
        );
    }
    out.into_string()
}

/// The bridge's items for every handle: its opaque type, and for owned
/// handles the owner type with its helpers.
pub fn bridge_items(b: &Bindings) -> Vec<TokenStream> {
    let mut out = Vec::new();
    for h in &b.handles {
        let name = ident(&h.ffi_name);
        // A string token crosses as a struct of our own in `cxxbind`.
        let (ns, cpp_name) = if h.token {
            ("cxxbind".to_string(), h.token_struct())
        } else {
            (h.cpp_scope.join("::"), h.cpp_name.clone())
        };
        let cxx_name = (h.ffi_name != cpp_name).then(|| quote!(#[cxx_name = #cpp_name]));
        out.push(quote! { #[namespace = #ns] #cxx_name type #name; });
        if needs_none(b, h) {
            let none = ident(&none_fn(h));
            out.push(quote! { #[namespace = "cxxbind"] fn #none() -> &'static #name; });
        }
        if !h.owned() {
            continue;
        }
        let owner = ident(&h.owner_ffi);
        let f = owner_fns(h);
        let (new, is_null, get) = (ident(&f.new), ident(&f.is_null), ident(&f.get));
        out.push(quote! {
            #[namespace = "cxxbind"] type #owner;
            #[namespace = "cxxbind"] fn #new() -> UniquePtr<#owner>;
            #[namespace = "cxxbind"] fn #is_null(owner: &#owner) -> bool;
            #[namespace = "cxxbind"] fn #get(owner: &#owner) -> &#name;
        });
    }
    out
}

/// Copies a `const char*` the callee wrote once the call is over.
const OUT_CSTR: &str = include_str!("../cpp/out_cstr.h");

/// A heap copy a C library keeps and frees through `free_copy`.
const HEAP_COPY: &str = include_str!("../cpp/heap_copy.h");

fn keeps_copies(b: &Bindings) -> bool {
    b.functions.iter().any(|f| {
        f.args.iter().any(|a| {
            matches!(
                a.kind,
                ArgKind::KeptBytes { .. } | ArgKind::CStrKept | ArgKind::Utf16Kept
            )
        })
    })
}

/// Standard headers the helpers below need beyond the shim's usual ones.
pub fn extra_includes(b: &Bindings) -> &'static [&'static str] {
    if keeps_copies(b) {
        &["cstdlib", "cstring"]
    } else if crate::emit::c_api::memory::needs_cstring(b) {
        &["cstring"]
    } else {
        &[]
    }
}

/// The C++ owner structs and out-string helpers (inside `namespace cxxbind`).
pub fn shim_text(b: &Bindings) -> String {
    let mut out = Out::new();
    if keeps_copies(b) {
        out.push_str(HEAP_COPY);
    }
    let out_strings = b.functions.iter().any(|f| {
        f.args.iter().any(|a| {
            matches!(
                a.kind,
                ArgKind::OutCStr { .. } | ArgKind::OutCountedCStr { .. }
            )
        })
    });
    if out_strings {
        out.push_str(OUT_CSTR);
    }
    for h in b.handles.iter().filter(|h| h.token) {
        writeln!(
            out,
            "\n// `{}` (a `char` pointer the library gives meaning to) crosses as a\n// pointer to this incomplete struct; the shims cast it back.\nstruct {};",
            h.c_qualified(),
            h.token_struct()
        );
    }
    for h in b.handles.iter() {
        let Some(destroy) = &h.destroy else { continue };
        // A token's pointer is the library's string type again.
        let p = if h.token {
            format!("reinterpret_cast<{}>(p)", h.c_qualified())
        } else {
            "p".to_string()
        };
        // A string the destroy function hands back is freed, not leaked.
        let end = match &h.destroy_result_free {
            Some(free) => call_by_name(free, &call_by_name(destroy, &p)),
            None => format!("(void){}", call_by_name(destroy, &p)),
        };
        let t = h.cpp_qualified();
        let o = &h.owner_ffi;
        let f = owner_fns(h);
        writeln!(
            out,
            "\n// Owns one `{t}*`; the destructor calls `{destroy}` exactly once.\n\
             struct {o} {{\n  {t}* p = nullptr;\n  {o}() = default;\n  {o}(const {o}&) = delete;\n  \
             {o}& operator=(const {o}&) = delete;\n  ~{o}() {{\n    if (p != nullptr) {end};\n  }}\n  \
             {t}** out() noexcept {{ return &p; }}\n  \
             {t}* release() noexcept {{\n    {t}* q = p;\n    p = nullptr;\n    return q;\n  }}\n}};\n\
             inline ::std::unique_ptr<{o}> {}() noexcept {{ return ::std::unique_ptr<{o}>(new {o}()); }}\n\
             inline bool {}(const {o}& owner) noexcept {{ return owner.p == nullptr; }}\n\
             inline const {t}& {}(const {o}& owner) noexcept {{ return *owner.p; }}",
            f.new, f.is_null, f.get
        );
    }
    out.into_string()
}

/// (bridge type, C++ type, C++ call expression) of a handle argument.
/// `lt` is the lifetime of handle arguments (`'a` when the result borrows them).
pub fn sig_arg(b: &Bindings, a: &Arg, lt: &TokenStream) -> Option<(TokenStream, String, String)> {
    let n = &a.name;
    Some(match &a.kind {
        ArgKind::Handle(h) | ArgKind::HandleLent(h) => {
            let h = b.handle(*h);
            let t = ident(&h.ffi_name);
            let cpp = h.cpp_qualified();
            let call = if h.token {
                format!(
                    "reinterpret_cast<{}>(const_cast<{cpp}*>(&{n}))",
                    h.c_qualified()
                )
            } else {
                format!("const_cast<{cpp}*>(&{n})")
            };
            (quote!(&#lt #t), format!("const {cpp}&"), call)
        }
        // The owner gives up its pointer: its destructor then does nothing.
        ArgKind::HandleGiven(h) => {
            let hb = b.handle(*h);
            let o = ident(&hb.owner_ffi);
            let call = if hb.token {
                format!("reinterpret_cast<{}>({n}.release())", hb.c_qualified())
            } else {
                format!("{n}.release()")
            };
            (
                quote!(Pin<&mut #o>),
                format!("::cxxbind::{}&", hb.owner_ffi),
                call,
            )
        }
        ArgKind::OutHandle(h) => {
            let o = ident(&b.handle(*h).owner_ffi);
            (
                quote!(Pin<&mut #o>),
                format!("::cxxbind::{}&", b.handle(*h).owner_ffi),
                format!("{n}.out()"),
            )
        }
        ArgKind::KeptBytes { cpp_ptr } => (
            quote!(&[u8]),
            "::rust::Slice<const ::std::uint8_t>".into(),
            format!(
                "static_cast<{cpp_ptr}>(::cxxbind::heap_copy({n}.data(), {n}.size())), {n}.size(), &::cxxbind::free_copy"
            ),
        ),
        ArgKind::TerminatedBytes { cpp_ptr } => (
            quote!(&CxxString),
            "const ::std::string&".into(),
            format!("{}, {n}.size()", cast_to(cpp_ptr, &format!("{n}.c_str()"))),
        ),
        ArgKind::OutCStr { free } => {
            let call = match free {
                Some(f) => format!("::cxxbind::OutFreedCStr<&::{f}>{{{n}}}.out()"),
                None => format!("::cxxbind::OutCStr{{{n}}}.out()"),
            };
            (quote!(Pin<&mut CxxString>), "::std::string&".into(), call)
        }
        ArgKind::OutCountedCStr { len, len_cpp } => (
            quote!(Pin<&mut CxxString>),
            "::std::string&".into(),
            format!("::cxxbind::OutCountedCStr<{len_cpp}>{{{n}, {len}}}.out()"),
        ),
        _ => return None,
    })
}

/// The bridge and C++ result types of a created handle.
pub fn ret_types(b: &Bindings, h: HandleId) -> (Option<TokenStream>, String) {
    let o = &b.handle(h).owner_ffi;
    let oi = ident(o);
    (
        Some(quote!(UniquePtr<#oi>)),
        format!("::std::unique_ptr<::cxxbind::{o}>"),
    )
}

/// The bridge and C++ result types of a borrowed handle: a reference
/// borrowed from the handle arguments (`'a`); null is an error.
pub fn borrowed_ret_types(b: &Bindings, h: HandleId) -> (Option<TokenStream>, String) {
    let h = b.handle(h);
    let t = ident(&h.ffi_name);
    (
        Some(quote!(&'a #t)),
        format!("const {}&", h.cpp_qualified()),
    )
}

/// The shim body returning a borrowed handle: null throws, which the
/// bridge turns into an `Err` and the safe layer into `None`.
pub fn borrowed_ret_body(b: &Bindings, h: HandleId, callee: &str) -> String {
    let h = b.handle(h);
    let value = if h.token {
        format!("*reinterpret_cast<const {}*>(cxxbind_p)", h.cpp_qualified())
    } else {
        "*cxxbind_p".to_string()
    };
    format!(
        "  auto cxxbind_p = {callee};\n  if (cxxbind_p == nullptr) throw ::cxxbind::null_result();\n  return {value};"
    )
}

/// The shim body returning a part written through `Q**`: the C++ result
/// goes to the `cxxbind_status` out-parameter, a null part throws.
pub fn out_part_body(f: &crate::plan::FnBinding, status: bool, callee: &str) -> String {
    // The local has the pointer type the `Q**` points to (`const Q*` too).
    let Some(out) = f
        .args
        .iter()
        .find(|a| matches!(a.kind, ArgKind::OutPart(_)))
    else {
        return String::new();
    };
    let call = if status {
        format!("cxxbind_status = {callee}")
    } else {
        callee.to_string()
    };
    format!(
        "  ::std::remove_pointer_t<{}> cxxbind_out = nullptr;\n  {call};\n  if (cxxbind_out == nullptr) throw ::cxxbind::null_result();\n  return *cxxbind_out;",
        out.cpp_type
    )
}

/// The shim body returning a created handle.
pub fn ret_body(b: &Bindings, h: HandleId, callee: &str) -> String {
    let hb = b.handle(h);
    let o = &hb.owner_ffi;
    // A created token (`const char*`) is held as a pointer to our struct;
    // a handle created as `const T*` (its destroy function takes `const T*`
    // too) is held as the `T*` the owner stores.
    let t = hb.cpp_qualified();
    let value = if hb.token {
        format!("const_cast<{t}*>(reinterpret_cast<const {t}*>({callee}))")
    } else {
        format!("const_cast<{t}*>({callee})")
    };
    format!(
        "  auto cxxbind_h = ::std::unique_ptr<::cxxbind::{o}>(new ::cxxbind::{o}());\n  cxxbind_h->p = {value};\n  return cxxbind_h;"
    )
}

/// The lifetime of handles a safe function creates or borrows, and whether
/// the function declares it: `'h` when it has handle arguments to borrow.
/// A handle part (`ret`) borrows object arguments too.
pub fn created_lifetime(args: &[Arg], creates: bool, ret: &RetKind) -> (TokenStream, bool) {
    let borrows = args.iter().any(|a| match a.kind {
        ArgKind::Handle(_) | ArgKind::HandleLent(_) => true,
        ArgKind::Object { .. } => ret.borrows_handles(),
        _ => false,
    });
    if creates && borrows {
        (quote!('h), true)
    } else {
        (quote!('static), false)
    }
}

/// The safe layer for a handle argument: parameter, preparation and call
/// argument. False for other arguments.
pub fn safe_arg(
    b: &Bindings,
    a: &Arg,
    r: &TokenStream,
    lt: &TokenStream,
    declared: bool,
    out: (
        &mut Vec<TokenStream>,
        &mut Vec<TokenStream>,
        &mut Vec<TokenStream>,
    ),
) -> bool {
    let (params, prep, call_args) = out;
    let n = ident(&a.name);
    match &a.kind {
        ArgKind::Handle(h) => {
            let t = ident(&b.handle(*h).ffi_name);
            let lt = declared.then_some(lt);
            params.push(quote!(#n: &#lt impl #r::AsHandle<#r::ffi::#t>));
            call_args.push(quote!(#n.handle()));
        }
        // Lent exclusively while the part borrowed from it lives: only an
        // owner can be borrowed `&mut` (a `&ffi::T` cannot).
        ArgKind::HandleLent(h) => {
            let t = ident(&b.handle(*h).ffi_name);
            let lt = declared.then_some(lt);
            params.push(quote!(#n: &#lt mut impl #r::AsHandle<#r::ffi::#t>));
            call_args.push(quote!(#n.handle()));
        }
        // `None` starts the walk: a placeholder crosses, the shim passes null.
        ArgKind::PrevChild { handle, .. } => {
            let t = ident(&b.handle(*handle).ffi_name);
            let none = ident(&none_fn(b.handle(*handle)));
            params.push(quote!(#n: ::core::option::Option<&#r::ffi::#t>));
            call_args.push(quote!(#n.is_some()));
            call_args.push(quote!(match #n {
                ::core::option::Option::Some(cxxbind_p) => cxxbind_p,
                ::core::option::Option::None => #r::ffi::#none(),
            }));
        }
        // Taken by value: the call ends the handle, the owner's `Drop` then
        // finds nothing to destroy.
        ArgKind::HandleGiven(h) => {
            let hb = b.handle(*h);
            let segs = hb.module.iter().map(|m| ident(m));
            let name = ident(&hb.rust_name);
            params.push(quote!(mut #n: #r #(::#segs)* :: #name<'_>));
            call_args.push(quote!(#n.cxxbind_pin()));
        }
        ArgKind::OutHandle(h) => {
            let new = ident(&owner_fns(b.handle(*h)).new);
            prep.push(quote!(let mut #n = #r::ffi::#new();));
            call_args.push(quote!(#n.pin_mut()));
        }
        ArgKind::OutCStr { .. } | ArgKind::OutCountedCStr { .. } => {
            prep.push(quote!(::cxx::let_cxx_string!(#n = "");));
            call_args.push(quote!(#n.as_mut()));
        }
        ArgKind::KeptBytes { .. } => {
            params.push(quote!(#n: impl AsRef<[u8]>));
            call_args.push(quote!(#n.as_ref()));
        }
        ArgKind::TerminatedBytes { .. } => {
            crate::emit::core::safe::cxx_string_arg(&a.name, params, prep, call_args)
        }
        _ => return false,
    }
    true
}

/// The result part (value, type) of a borrowed handle: `Err` (null) is `None`.
pub fn borrowed_part(
    b: &Bindings,
    h: HandleId,
    value: TokenStream,
    r: &TokenStream,
    lt: &TokenStream,
) -> (TokenStream, TokenStream) {
    let t = ident(&b.handle(h).ffi_name);
    (
        quote!(#value.ok()),
        quote!(::core::option::Option<&#lt #r::ffi::#t>),
    )
}

/// The safe result parts of a part written through `Q**`
/// ([`RetKind::OutPart`]): the C result (its out-parameter is prepared here)
/// and the borrowed part. Empty for other results.
pub fn out_part(
    b: &Bindings,
    f: &crate::plan::FnBinding,
    r: &TokenStream,
    lt: &TokenStream,
    prep: &mut Vec<TokenStream>,
    call_args: &mut Vec<TokenStream>,
) -> Vec<(TokenStream, TokenStream)> {
    let RetKind::OutPart { handle, status } = &f.ret else {
        return Vec::new();
    };
    let mut parts = Vec::new();
    if let Some(s) = status {
        let t = crate::emit::core::safe::safe_scalar(s);
        prep.push(quote!(let mut cxxbind_status: #t = Default::default();));
        call_args.push(quote!(&mut cxxbind_status));
        parts.push((quote!(cxxbind_status), t));
    }
    parts.push(borrowed_part(b, *handle, quote!(cxxbind_r), r, lt));
    parts
}

/// The doc lines of a child walk ([`ArgKind::PrevChild`]): what `None`
/// and another parent's child give.
pub fn lent_doc(f: &crate::plan::FnBinding) -> Option<TokenStream> {
    let (prev, parent) = f.args.iter().find_map(|a| match &a.kind {
        ArgKind::PrevChild { parent_arg, .. } => Some((&a.name, &f.args[*parent_arg].name)),
        _ => None,
    })?;
    let line = format!(
        " `{parent}` is lent exclusively while the child found lives, so no child a Rust owner holds can be among them. `{prev}`: the child before the one wanted, `None` for the first; a child of another parent finds nothing (`None`)."
    );
    Some(quote!(#[doc = ""] #[doc = #line]))
}

/// The result part (value, type) of a created handle held in `value`.
pub fn owned_part(
    b: &Bindings,
    h: HandleId,
    value: TokenStream,
    r: &TokenStream,
    lt: &TokenStream,
) -> (TokenStream, TokenStream) {
    let hb = b.handle(h);
    let segs = hb.module.iter().map(|m| ident(m));
    let name = ident(&hb.rust_name);
    let ty = quote!(#r #(::#segs)* :: #name<#lt>);
    (
        quote!(<#ty>::cxxbind_take(#value)),
        quote!(::core::option::Option<#ty>),
    )
}

/// The safe owner type of every owned handle.
pub fn owners(b: &Bindings, m: &mut Modules) {
    for h in b.handles.iter().filter(|h| h.owned()) {
        let r = root(h.module.len());
        let name = ident(&h.rust_name);
        let t = ident(&h.ffi_name);
        let o = ident(&h.owner_ffi);
        let f = owner_fns(h);
        let (is_null, get) = (ident(&f.is_null), ident(&f.get));
        let doc = doc_attrs(&h.doc, &format!("C handle `{}`.", h.cpp_name));
        let drop_doc = format!(
            " Owns the handle: dropping it calls `{}` exactly once (the only way to end it from Rust). \
             The lifetime `'a` covers the handles it was created from.",
            h.destroy.as_deref().unwrap_or_default()
        );
        m.push(
            &h.module,
            quote! {
                #doc
                #[doc = ""]
                #[doc = #drop_doc]
                pub struct #name<'a> {
                    inner: ::cxx::UniquePtr<#r::ffi::#o>,
                    _borrow: ::core::marker::PhantomData<&'a ()>,
                }
                impl<'a> #name<'a> {
                    /// Takes a new handle; `None` when the library gave a null pointer.
                    #[allow(dead_code)]
                    pub(crate) fn cxxbind_take(inner: ::cxx::UniquePtr<#r::ffi::#o>) -> ::core::option::Option<Self> {
                        match inner.as_ref() {
                            Some(owner) if !#r::ffi::#is_null(owner) => Some(Self {
                                inner,
                                _borrow: ::core::marker::PhantomData,
                            }),
                            _ => None,
                        }
                    }
                    /// The owner struct, to end the handle through a call.
                    #[allow(dead_code)]
                    pub(crate) fn cxxbind_pin(&mut self) -> ::core::pin::Pin<&mut #r::ffi::#o> {
                        self.inner.pin_mut()
                    }
                    /// The C handle.
                    pub fn as_ffi(&self) -> &#r::ffi::#t {
                        #r::ffi::#get(self.inner.as_ref().expect("cxxbind: an owned handle is never null"))
                    }
                }
                impl<'a> #r::AsHandle<#r::ffi::#t> for #name<'a> {
                    fn handle(&self) -> &#r::ffi::#t { self.as_ffi() }
                }
                /// The handles it was created from must outlive its destroy call.
                impl<'a> ::core::ops::Drop for #name<'a> {
                    fn drop(&mut self) {}
                }
            },
        );
    }
}

/// `expr` (a `const char*`) as a pointer of C++ type `cpp_ptr`: the
/// parameter's own byte type (`const unsigned char*`, `const std::byte*`).
fn cast_to(cpp_ptr: &str, expr: &str) -> String {
    if cpp_ptr == "const char*" {
        expr.to_string()
    } else {
        format!("reinterpret_cast<{cpp_ptr}>({expr})")
    }
}
