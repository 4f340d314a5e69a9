//! Scatter/gather arrays ([`crate::analysis::c_api::iovec`]): the Rust struct C++'s
//! `struct iovec` is named as in the bridge, the function that lends a
//! `&mut [std::io::IoSliceMut]` as an array of it, and the layout checks on
//! both sides. Written only when a plan takes such an array.

use crate::analysis::c_api::iovec::IOVEC;
use crate::plan::{ArgKind, Bindings};
use proc_macro2::TokenStream;
use quote::quote;

/// Some plan takes a `struct iovec` array.
pub fn used(b: &Bindings) -> bool {
    b.functions.iter().any(|f| {
        f.args
            .iter()
            .any(|a| matches!(a.kind, ArgKind::IoSlices { .. }))
    })
}

/// The bridge's `type iovec = super::IoVec;` (global namespace), when a
/// plan takes such an array.
pub fn alias(b: &Bindings) -> Option<crate::emit::core::tokens::RustAlias> {
    used(b).then(|| crate::emit::core::tokens::RustAlias {
        scope: Vec::new(),
        cpp_name: "iovec".to_string(),
        ffi_name: "iovec".to_string(),
        path: quote!(super::IoVec),
    })
}

/// The root items: `IoVec`, its `ExternType`, the Rust-side layout check and
/// `cxxbind_io_vecs`, the one conversion.
pub fn root_items(b: &Bindings) -> TokenStream {
    if !used(b) {
        return quote!();
    }
    quote! {
        /// C++'s `struct iovec` (`<sys/uio.h>`), as the bridge names it: the
        /// layout of a `std::io::IoSliceMut`, which std guarantees to be
        /// ABI-compatible with it on Unix. Never made in Rust: a slice of
        /// `IoSliceMut` is lent to C++ as an array of it.
        #[doc(hidden)]
        #[repr(C)]
        #[allow(dead_code)]
        pub struct IoVec {
            iov_base: ::core::ptr::NonNull<u8>,
            iov_len: usize,
        }

        // SAFETY: `struct iovec`'s fields in its order (`#[repr(C)]`); the shim
        // header `static_assert`s its size, alignment and offsets.
        unsafe impl ::cxx::ExternType for IoVec {
            type Id = ::cxx::type_id!("iovec");
            type Kind = ::cxx::kind::Trivial;
        }

        const _: () = assert!(
            cfg!(unix)
                && ::core::mem::size_of::<::std::io::IoSliceMut<'static>>()
                    == ::core::mem::size_of::<IoVec>()
                && ::core::mem::align_of::<::std::io::IoSliceMut<'static>>()
                    == ::core::mem::align_of::<IoVec>()
                && ::core::mem::size_of::<IoVec>() == 2 * ::core::mem::size_of::<usize>()
        );

        /// Lends `bufs` to C++ as the `struct iovec` array they are laid out as.
        fn cxxbind_io_vecs<'b>(bufs: &'b [::std::io::IoSliceMut<'_>]) -> &'b [IoVec] {
            // SAFETY: std guarantees `IoSliceMut` is ABI-compatible with
            // `struct iovec` on Unix, and `IoVec` is `struct iovec` (checked
            // above and in the shim header). The result borrows `bufs`, whose
            // buffers the caller lent exclusively for the call.
            unsafe { ::core::slice::from_raw_parts(bufs.as_ptr().cast::<IoVec>(), bufs.len()) }
        }
    }
}

/// The shim header's `#include` and layout checks.
pub fn shim_text(b: &Bindings) -> String {
    if !used(b) {
        return String::new();
    }
    let t = format!("::{IOVEC}");
    format!(
        "#include <sys/uio.h>\n// Rust lends `std::io::IoSliceMut`s as `struct iovec`s: the same layout.\nstatic_assert(sizeof({t}) == 2 * sizeof(void*) && alignof({t}) == alignof(void*) && offsetof({t}, iov_base) == 0 && offsetof({t}, iov_len) == sizeof(void*) && sizeof({t}::iov_len) == sizeof(::std::size_t), \"cxxbind: struct iovec is not laid out as Rust's IoSliceMut\");\n"
    )
}
