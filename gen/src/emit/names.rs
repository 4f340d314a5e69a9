//! Identifiers emit invents (shared by the bridge, shim and wrapper writers).

use crate::analysis::{naming, Bindings};

/// Bridge type holding a Rust implementation of abstract class `class`.
pub fn dyn_type(b: &Bindings, class: usize) -> String {
    let c = &b.classes[class];
    format!("CxxbindRust_{}", naming::flat(&c.cpp_scope, &c.cpp_name))
}

/// C++ factory wrapping a Rust implementation into the C++ subclass.
pub fn rust_factory(b: &Bindings, class: usize) -> String {
    let c = &b.classes[class];
    format!(
        "cxxbind_new_rust_{}",
        naming::flat(&c.cpp_scope, &c.cpp_name)
    )
}

/// Rust callback the C++ subclass calls for virtual method `method`.
pub fn rust_callback(b: &Bindings, class: usize, method: &str) -> String {
    let c = &b.classes[class];
    format!(
        "cxxbind_rs_{}_{method}",
        naming::flat(&c.cpp_scope, &c.cpp_name)
    )
}

/// The C++ subclass forwarding to Rust.
pub fn trampoline_class(b: &Bindings, class: usize) -> String {
    let c = &b.classes[class];
    format!("RustImpl_{}", naming::flat(&c.cpp_scope, &c.cpp_name))
}

/// Upcast shim from `derived` to `base` (`mutable`: the `Pin<&mut>` one).
pub fn upcast(b: &Bindings, derived: usize, base: usize, mutable: bool) -> String {
    let d = &b.classes[derived];
    let bb = &b.classes[base];
    format!(
        "cxxbind_upcast{}_{}_to_{}",
        if mutable { "_mut" } else { "" },
        naming::flat(&d.cpp_scope, &d.cpp_name),
        naming::flat(&bb.cpp_scope, &bb.cpp_name)
    )
}
