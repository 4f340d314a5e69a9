//! cxxbind: safe Rust bindings for existing C++ headers.
//!
//! The pipeline runs one way: [`frontend`] (libclang → [`ir`]) →
//! [`analysis`] (how each declaration is bound, or why not) → [`emit`]
//! (cxx bridge, C++ shims, safe wrappers, cxx-gen glue) → [`report`]
//! (coverage). [`driver`] runs it end to end; [`coverage`] builds the
//! result, tracing build errors back to declarations with [`diagnose`];
//! [`output`] writes it where the user points. Every writer appends
//! generated text to a [`text::Out`]. See `docs/architecture.md`.

#![warn(missing_docs)]

pub mod analysis;
pub mod clang;
pub mod compile_commands;
pub mod config;
pub mod coverage;
pub mod diagnose;
pub mod driver;
pub mod emit;
pub mod frontend;
pub mod ir;
pub mod isolate;
pub mod krate;
pub mod output;
pub mod plan;
pub mod report;
pub mod text;
