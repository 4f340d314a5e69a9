//! The core wing: what every writer shares. Bridge-level vocabulary
//! ([`tokens`]) and C++ text helpers ([`cpp`]); each plan's bridge
//! signature ([`signature`], computed once); the C++ shims ([`shim`]); the
//! safe layer's modules and functions ([`safe`], [`function`], whose
//! arguments each contribute [`snippets`]); bridge types that name Rust
//! types ([`alias`]); C++ file names ([`names`]). Its twin on the deciding side is `analysis::core`.

pub mod alias;
pub mod cpp;
pub mod function;
pub mod names;
pub mod origin;
pub mod result;
pub mod safe;
pub mod shim;
pub mod signature;
pub mod snippets;
pub mod tokens;
