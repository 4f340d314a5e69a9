//! Identifiers emit invents (shared by the bridge, shim and wrapper writers).

use crate::analysis::Bindings;

/// Bridge type holding a Rust implementation of abstract class `class`.
/// Built from the class's bridge name, which is unique in the bridge.
pub fn dyn_type(b: &Bindings, class: usize) -> String {
    format!("CxxbindRust_{}", b.classes[class].ffi_name)
}

/// C++ factory wrapping a Rust implementation into the C++ subclass.
pub fn rust_factory(b: &Bindings, class: usize) -> String {
    format!("cxxbind_new_rust_{}", b.classes[class].ffi_name)
}

/// Rust callback the C++ subclass calls for a virtual method; `method` is the
/// trait method's (unique, snake_case) name, so overloads stay apart.
pub fn rust_callback(b: &Bindings, class: usize, method: &str) -> String {
    format!("cxxbind_rs_{}_{method}", b.classes[class].ffi_name)
}

/// The C++ subclass forwarding to Rust.
pub fn trampoline_class(b: &Bindings, class: usize) -> String {
    format!("RustImpl_{}", b.classes[class].ffi_name)
}

/// Upcast shim from `derived` to `base` (`mutable`: the `Pin<&mut>` one).
/// The class indices keep names apart that would flatten alike.
pub fn upcast(b: &Bindings, derived: usize, base: usize, mutable: bool) -> String {
    format!(
        "cxxbind_upcast{}_{derived}_{base}_{}_to_{}",
        if mutable { "_mut" } else { "" },
        b.classes[derived].ffi_name,
        b.classes[base].ffi_name
    )
}
