//! The bridge-level vocabulary every writer shares: identifiers, scalar
//! tokens, one bridge function's parameters and signature ([`FfiSig`],
//! computed once by `core::sig` and read by the bridge and shim writers),
//! and the bridge types that name Rust types ([`RustAlias`]).

use crate::plan::{Bindings, ClassId, Scalar};
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

/// An identifier token.
pub fn ident(s: &str) -> Ident {
    Ident::new(s, Span::call_site())
}

/// The bridge type of a scalar.
pub fn scalar_tokens(s: &Scalar) -> TokenStream {
    let t = ident(s.rust);
    quote!(#t)
}

/// One parameter of the bridge function.
pub struct FfiParam {
    /// Parameter name (Rust and C++).
    pub name: String,
    /// Its bridge type.
    pub rust: TokenStream,
    /// Its C++ type in the shim.
    pub cpp: String,
}

/// Everything the bridge and the shim need for one bridge function.
pub struct FfiSig {
    /// Needs `<'a>`: a borrowed result tied to `self` and mutable slices.
    pub lifetime: bool,
    /// Bridge parameters in order (receiver first for shimmed methods).
    pub params: Vec<FfiParam>,
    /// Bridge result type without `Result<>`; `None` for unit.
    pub ret_rust: Option<TokenStream>,
    /// C++ result type of the shim.
    pub ret_cpp: String,
    /// C++ argument expressions for the wrapped call, in C++ order.
    pub call_args: Vec<String>,
}

/// The qualified C++ name of a class (`::ns::Name`).
pub fn class_cpp(b: &Bindings, class: ClassId) -> String {
    b.class(class).cpp_qualified()
}

/// One bridge type that names a Rust type.
pub struct RustAlias {
    /// The C++ namespace (empty: the global one).
    pub scope: Vec<String>,
    /// The C++ name.
    pub cpp_name: String,
    /// The bridge identifier.
    pub ffi_name: String,
    /// The Rust type, from inside the bridge module (`super::…`).
    pub path: TokenStream,
}
