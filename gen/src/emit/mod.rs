//! Emit: turns analysis decisions into files.
//!
//! * `<name>.rs` — the `#[cxx::bridge] mod ffi` plus the safe modules ([`bridge`], [`wrapper`], [`class::record`]);
//! * `<name>.shim.h` / `<name>.shim.cc` — our C++ shims ([`core::shim`]);
//! * `<name>.cxx.h` / `<name>.cxx.cc` — cxx's glue from cxx-gen ([`glue`]);
//! * `rust/cxx.h` — cxx's runtime header.

pub mod bridge;
pub mod c_api;
pub mod class;
pub mod core;
pub mod glue;
pub mod ops;
pub mod stdlib;
pub mod wrapper;

use crate::plan::Bindings;
use quote::quote;

/// The generated files, path relative to the output directory → contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    /// Files in write order (deterministic).
    pub files: Vec<(String, String)>,
    /// The base name (`bindings`).
    pub name: String,
}

impl Output {
    /// Contents of one file.
    pub fn file(&self, path: &str) -> Option<&str> {
        self.files
            .iter()
            .find(|(p, _)| p == path)
            .map(|(_, c)| c.as_str())
    }
}

/// Emit options.
#[derive(Debug, Clone)]
pub struct EmitOptions {
    /// Base name of the generated files.
    pub name: String,
    /// `#include` spellings for the selected headers (`<snappy.h>`, `"x/case.h"`).
    pub includes: Vec<String>,
}

/// Why emit failed (a bug in cxxbind: generated code is always well-formed).
#[derive(Debug, thiserror::Error)]
pub enum EmitError {
    /// The Rust tokens did not parse.
    #[error("internal error: generated Rust does not parse: {0}")]
    Syntax(String),
    /// cxx-gen rejected the bridge.
    #[error("internal error: cxx-gen rejected the bridge: {0}")]
    CxxGen(String),
}

/// Writes every file for `b`.
pub fn emit(b: &Bindings, opts: &EmitOptions) -> Result<Output, EmitError> {
    let name = &opts.name;
    let shim_h = format!("{name}.shim.h");
    let glue_h = format!("{name}.cxx.h");
    // Each callable's bridge signature, computed once for both writers.
    let sigs: Vec<Option<crate::emit::core::tokens::FfiSig>> = b
        .functions
        .iter()
        .map(|f| crate::emit::core::signature::build(b, f))
        .collect();
    let bridge_tokens = bridge::bridge(b, &sigs, &shim_h, crate::emit::core::alias::Aliases::Real);
    // prettyplease cannot print `type T = path;` in an `extern` block: the
    // printed bridge carries placeholders, replaced after printing.
    let printed_bridge = if crate::emit::core::alias::any(b) {
        bridge::bridge(
            b,
            &sigs,
            &shim_h,
            crate::emit::core::alias::Aliases::Placeholder,
        )
    } else {
        bridge_tokens.clone()
    };
    let safe = wrapper::wrappers(b);
    let handle_trait = crate::emit::c_api::handles::trait_item(b);
    let busy = crate::emit::c_api::busy::root_items(b);
    let closures = crate::emit::c_api::callbacks::root_items(b);
    let closure_sets = crate::emit::c_api::closure_set::root_items(b);
    let inherit = crate::emit::class::trampoline::root_items(b);
    let io_vecs = crate::emit::c_api::iovec::root_items(b);
    let cpp_types = cpp_types(b);
    let value_structs = crate::emit::class::values::root_items(b);
    let cpp_fns = crate::emit::stdlib::cppfn::root_items(b);
    let rust = quote! {
        #printed_bridge

        #value_structs

        #busy

        #cpp_fns

        /// Implemented by every safe type that owns, borrows (or upcasts to) a
        /// C++ `T`, so functions taking `const T&` or `const T*` accept it.
        pub trait AsCpp<T> {
            /// Borrows the C++ object.
            fn as_cpp(&self) -> &T;
        }

        /// Implemented by every safe type that owns or exclusively borrows (or
        /// upcasts to) a C++ `T`, so functions taking `T&` or `T*` accept it.
        pub trait AsCppMut<T>: AsCpp<T> {
            /// Borrows the C++ object mutably.
            fn as_cpp_mut(&mut self) -> ::core::pin::Pin<&mut T>;
        }

        /// An owned C++ object that borrows what made it (a factory method's
        /// receiver, the objects it was given) for `'r`: it derefs to the C++
        /// object (`pin_mut` for its non-`const` methods) and runs the C++
        /// destructor when dropped, within `'r`. It never hands out `&mut`
        /// to what it owns, so the object cannot be swapped out of its tie.
        pub struct Tied<'r, T: ::cxx::memory::UniquePtrTarget> {
            value: ::cxx::UniquePtr<T>,
            _made_from: ::core::marker::PhantomData<&'r ()>,
        }

        impl<T: ::cxx::memory::UniquePtrTarget> Tied<'_, T> {
            #[allow(dead_code)]
            pub(crate) fn new(value: ::cxx::UniquePtr<T>) -> Self {
                Self { value, _made_from: ::core::marker::PhantomData }
            }

            /// The C++ object, for calls that may modify it.
            pub fn pin_mut(&mut self) -> ::core::pin::Pin<&mut T> {
                self.value.pin_mut()
            }
        }

        impl<T: ::cxx::memory::UniquePtrTarget> ::core::ops::Deref for Tied<'_, T> {
            type Target = T;
            fn deref(&self) -> &T {
                self.value.as_ref().expect("cxxbind: a tied object is never null")
            }
        }

        /// What made it must outlive the C++ destructor.
        impl<T: ::cxx::memory::UniquePtrTarget> ::core::ops::Drop for Tied<'_, T> {
            fn drop(&mut self) {}
        }

        impl<T: ::cxx::memory::UniquePtrTarget> AsCpp<T> for Tied<'_, T> {
            fn as_cpp(&self) -> &T { self }
        }

        impl<T: ::cxx::memory::UniquePtrTarget> AsCppMut<T> for Tied<'_, T> {
            fn as_cpp_mut(&mut self) -> ::core::pin::Pin<&mut T> { self.pin_mut() }
        }

        #cpp_types

        #handle_trait

        #closures

        #closure_sets

        #io_vecs

        #inherit

        #safe
    };
    let file: syn::File = syn::parse2(rust).map_err(|e| EmitError::Syntax(e.to_string()))?;
    let rust_text = format!(
        "// Generated by cxxbind {}. Do not edit.\n\n{}",
        env!("CARGO_PKG_VERSION"),
        crate::emit::core::origin::rust_comments(&crate::emit::core::alias::fill_placeholders(
            b,
            prettyplease::unparse(&file)
        ))
    );
    let glue = glue::generate(bridge_tokens).map_err(EmitError::CxxGen)?;
    let files = vec![
        (format!("{name}.rs"), rust_text),
        (
            shim_h,
            crate::emit::core::shim::header(b, &sigs, &opts.includes),
        ),
        (
            format!("{name}.shim.cc"),
            crate::emit::core::shim::source(b, &sigs, &glue_h),
        ),
        (glue_h, glue.header),
        (format!("{name}.cxx.cc"), glue.source),
        ("rust/cxx.h".to_string(), glue::cxx_header().to_string()),
    ];
    Ok(Output {
        files,
        name: name.clone(),
    })
}

/// `pub mod cpp`: the C++ types by their exact names (`&cpp::XMLElement`,
/// `Tied<'_, cpp::DB>`), re-exported from the bridge, whose functions stay
/// private: they follow cxx's rules, not the safe layer's (a constructor
/// shim's `UniquePtr` does not borrow what the object keeps).
fn cpp_types(b: &Bindings) -> proc_macro2::TokenStream {
    let mut names: Vec<String> = b
        .classes
        .iter()
        .map(|c| c.ffi_name.clone())
        .chain(b.enums.iter().map(|e| e.ffi_name.clone()))
        .chain(b.handles.iter().map(|h| h.ffi_name.clone()))
        .collect();
    names.sort();
    names.dedup();
    let names = names.iter().map(|n| crate::emit::core::tokens::ident(n));
    quote! {
        /// The C++ types by their exact names, for naming them in Rust
        /// (`&cpp::T` borrows, `Tied<'_, cpp::T>`); the safe modules hold
        /// everything that calls C++.
        pub mod cpp {
            #[allow(unused_imports)]
            pub use super::ffi::{#(#names),*};
        }
    }
}
