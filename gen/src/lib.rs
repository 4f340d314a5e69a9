//! cxxbind: safe Rust bindings for existing C++ headers.
//!
//! The pipeline runs one way: [`frontend`] (libclang → [`ir`]) →
//! [`analysis`] (how each declaration is bound, or why not) → [`emit`]
//! (cxx bridge, C++ shims, safe wrappers, cxx-gen glue) → [`report`]
//! (coverage). See `docs/architecture.md`.

pub mod clang;
pub mod frontend;
pub mod ir;
