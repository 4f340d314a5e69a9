//! Plain value types: the `#[repr(C)]` Rust struct with its `ExternType`
//! (`Kind = Trivial`, so cxx passes it by value), the bridge's alias of it,
//! and the layout checks on both sides (`static_assert`s in the shim header,
//! `const` assertions in Rust).

use crate::emit::core::safe::{doc_attrs, safe_scalar, Modules};
use crate::emit::core::tokens::ident;
use crate::plan::Bindings;
use crate::text::Out;
use quote::quote;

/// A slice argument `n` of plain values (`&[T]` / `&mut [T]`, `lt` the
/// lifetime a mutable one is lent for): its bridge type, its C++ type and
/// the shim's call arguments, the data and the length clamped to what the
/// length's type `len_type` holds.
pub fn slice(
    b: &Bindings,
    n: &str,
    id: crate::plan::PodId,
    mutable: bool,
    len_type: &str,
    lt: &proc_macro2::TokenStream,
) -> (proc_macro2::TokenStream, String, String) {
    let t = ident(&b.pod(id).ffi_name);
    let cpp = b.pod(id).cpp_qualified();
    let (rust, cpp) = if mutable {
        (quote!(&#lt mut [#t]), format!("::rust::Slice<{cpp}>"))
    } else {
        (quote!(&[#t]), format!("::rust::Slice<const {cpp}>"))
    };
    let call = format!("{n}.data(), ::cxxbind::clamp_len<{len_type}>({n}.size())");
    (rust, cpp, call)
}

/// The bridge's alias of each plain value's Rust struct.
pub fn aliases(b: &Bindings) -> Vec<crate::emit::core::tokens::RustAlias> {
    b.pod_ids()
        .map(|id| {
            let p = b.pod(id);
            crate::emit::core::tokens::RustAlias {
                scope: p.cpp_scope.clone(),
                cpp_name: p.cpp_name.clone(),
                ffi_name: p.ffi_name.clone(),
                path: crate::emit::core::safe::pod_path(b, id, &quote!(super)),
            }
        })
        .collect()
}

/// The safe structs, each in its namespace's module.
pub fn safe_items(b: &Bindings, m: &mut Modules) {
    for id in b.pod_ids() {
        let p = b.pod(id);
        let name = ident(&p.rust_name);
        let doc = doc_attrs(&p.doc, &format!("C++ struct `{}`, by value.", p.cpp_name));
        let fields = p.fields.iter().map(|f| {
            let n = ident(&f.rust_name);
            let t = safe_scalar(&f.scalar);
            let d = format!(" C++ `{}`.", f.cpp_name);
            quote!(#[doc = #d] pub #n: #t,)
        });
        let cpp_path = format!("{}::{}", p.cpp_scope.join("::"), p.cpp_name);
        let cpp_path = cpp_path.trim_start_matches("::").to_string();
        let (size, align) = (p.size as usize, p.align as usize);
        m.push(
            &p.module,
            quote! {
                #doc
                #[repr(C)]
                #[derive(Debug, Clone, Copy, PartialEq, Default)]
                pub struct #name { #(#fields)* }
                // SAFETY: the same fields in the same order, `#[repr(C)]`; the
                // shim header `static_assert`s size, alignment and every offset,
                // and that the C++ type is trivially copyable.
                unsafe impl ::cxx::ExternType for #name {
                    type Id = ::cxx::type_id!(#cpp_path);
                    type Kind = ::cxx::kind::Trivial;
                }
                const _: () = assert!(
                    ::core::mem::size_of::<#name>() == #size
                        && ::core::mem::align_of::<#name>() == #align
                );
            },
        );
    }
}

/// The C++ layout checks (in the shim header).
pub fn static_asserts(b: &Bindings) -> String {
    let mut out = Out::new();
    for id in b.pod_ids() {
        let p = b.pod(id);
        let q = p.cpp_qualified();
        writeln!(
            out,
            "static_assert(::std::is_trivially_copyable<{q}>::value && sizeof({q}) == {} && alignof({q}) == {}, \"cxxbind: {q} is not the plain value the Rust struct mirrors\");",
            p.size, p.align
        );
        for f in &p.fields {
            writeln!(
                out,
                "static_assert(offsetof({q}, {}) == {}, \"cxxbind: {q}::{} moved\");",
                f.cpp_name, f.offset, f.cpp_name
            );
        }
    }
    out.into_string()
}
