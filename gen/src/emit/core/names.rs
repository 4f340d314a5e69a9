//! Identifiers emit invents (shared by the bridge, shim and wrapper writers).

use crate::plan::{Bindings, ClassId};

/// Bridge type holding a Rust implementation of abstract class `class`.
/// Built from the class's bridge name, which is unique in the bridge.
pub fn dyn_type(b: &Bindings, class: ClassId) -> String {
    format!("CxxbindRust_{}", b.class(class).ffi_name)
}

/// C++ factory wrapping a Rust implementation into the C++ subclass.
pub fn rust_factory(b: &Bindings, class: ClassId) -> String {
    format!("cxxbind_new_rust_{}", b.class(class).ffi_name)
}

/// Rust callback the C++ subclass calls for a virtual method; `method` is the
/// trait method's (unique, snake_case) name, so overloads stay apart.
pub fn rust_callback(b: &Bindings, class: ClassId, method: &str) -> String {
    crate::plan::paths::join(&["cxxbind_rs", &b.class(class).ffi_name, method])
}

/// The C++ subclass forwarding to Rust.
pub fn trampoline_class(b: &Bindings, class: ClassId) -> String {
    format!("RustImpl_{}", b.class(class).ffi_name)
}
