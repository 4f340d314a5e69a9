//! Handle values ([`crate::analysis::class::values`]): the Rust struct cxx passes
//! by value (`Kind = Trivial`: as many pointer-sized words as the C++
//! class, which the safe layer never reads), the bridge's alias of it, and
//! the C++ side: size and alignment `static_assert`ed, and the class
//! declared relocatable for cxx (its copy constructor is user-written, so
//! cxx's own trait check would refuse it).

use crate::emit::core::tokens::ident;
use crate::plan::ValueLayout;
use crate::plan::{Bindings, ClassBinding};
use crate::text::Out;
use proc_macro2::TokenStream;
use quote::quote;

/// The private module holding the structs.
const MODULE: &str = "cxxbind_values";

fn values(b: &Bindings) -> impl Iterator<Item = (&ClassBinding, ValueLayout)> {
    b.classes
        .iter()
        .filter_map(|c| c.value.map(|layout| (c, layout)))
}

/// The bridge's alias of each handle value's struct.
pub fn aliases(b: &Bindings) -> Vec<crate::emit::core::tokens::RustAlias> {
    let module = ident(MODULE);
    values(b)
        .map(|(c, _)| {
            let ffi = ident(&c.ffi_name);
            crate::emit::core::tokens::RustAlias {
                scope: c.cpp_scope.clone(),
                cpp_name: c.cpp_name.clone(),
                ffi_name: c.ffi_name.clone(),
                path: quote!(super::#module::#ffi),
            }
        })
        .collect()
}

/// The structs, in their private module beside the bridge.
pub fn root_items(b: &Bindings) -> TokenStream {
    if values(b).next().is_none() {
        return quote!();
    }
    let items = values(b).map(|(c, layout)| {
        let name = ident(&c.ffi_name);
        let words = layout.words as usize;
        let size = layout.size as usize;
        let align = layout.align as usize;
        let cpp_path = c.cpp_qualified().trim_start_matches("::").to_string();
        let doc = format!(
            " C++ `{}` by value: its pointers, as words Rust never reads.",
            c.cpp_name
        );
        quote! {
            #[doc = #doc]
            #[repr(C)]
            pub struct #name {
                _words: [::core::mem::MaybeUninit<usize>; #words],
                // Like every C++ object: neither `Send` nor `Sync`.
                _cpp: ::core::marker::PhantomData<*const ()>,
                // Not `Unpin`: a `Pin<&mut>` of one gives no `&mut`, so
                // safe code cannot swap or overwrite the pointers of a
                // handle tied to one object with those of another.
                _pin: ::core::marker::PhantomPinned,
            }
            // SAFETY: as many pointer-sized words as the C++ class holds
            // pointers; the shim header `static_assert`s its size and
            // alignment and declares it relocatable (no bases, no virtual
            // functions, no destructor, only pointer members).
            unsafe impl ::cxx::ExternType for #name {
                type Id = ::cxx::type_id!(#cpp_path);
                type Kind = ::cxx::kind::Trivial;
            }
            const _: () = assert!(
                ::core::mem::size_of::<#name>() == #size
                    && ::core::mem::align_of::<#name>() == #align
            );
        }
    });
    let module = ident(MODULE);
    quote! {
        /// Handle values as cxx passes them (by value, no heap).
        mod #module {
            #(#items)*
        }
    }
}

/// The C++ side: layout checks and relocatability (in the shim header).
pub fn static_asserts(b: &Bindings) -> String {
    let mut out = Out::new();
    for (c, layout) in values(b) {
        let q = c.cpp_qualified();
        writeln!(
            out,
            "static_assert(sizeof({q}) == {} && alignof({q}) == {} && ::std::is_trivially_destructible<{q}>::value && !::std::is_polymorphic<{q}>::value, \"cxxbind: {q} is not the handle value the Rust struct mirrors\");",
            layout.size, layout.align
        );
        writeln!(
            out,
            "template <> struct rust::IsRelocatable<{q}> : ::std::true_type {{}};"
        );
    }
    out.into_string()
}
