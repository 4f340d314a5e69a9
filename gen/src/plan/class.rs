//! Class payloads: plain values and handle values.

use super::Scalar;
use crate::plan::paths::CppPath;

/// One field of a plain value.
#[derive(Debug, Clone, PartialEq)]
pub struct PodField {
    /// The C++ name.
    pub cpp_name: String,
    /// The Rust field name (snake_case, escaped).
    pub rust_name: String,
    /// Its type.
    pub scalar: Scalar,
    /// Offset in bytes.
    pub offset: u64,
}

/// A record bound as a Rust value type.
#[derive(Debug, Clone, PartialEq)]
pub struct PodBinding {
    /// Unqualified C++ name.
    pub cpp_name: String,
    /// Enclosing namespaces.
    pub cpp_scope: Vec<String>,
    /// The identifier in the bridge.
    pub ffi_name: String,
    /// The safe-layer type name.
    pub rust_name: String,
    /// The safe-layer module.
    pub module: Vec<String>,
    /// The fields, in declaration order.
    pub fields: Vec<PodField>,
    /// `sizeof`.
    pub size: u64,
    /// `alignof`.
    pub align: u64,
    /// The doc comment.
    pub doc: Option<String>,
}

impl PodBinding {
    /// `::ns::Name`.
    pub fn cpp_qualified(&self) -> String {
        CppPath::new(&self.cpp_scope, &self.cpp_name).to_string()
    }
}

/// The layout of a handle value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ValueLayout {
    /// `sizeof`.
    pub size: u64,
    /// `alignof` (a pointer's).
    pub align: u64,
    /// Pointer-sized words.
    pub words: u64,
}
