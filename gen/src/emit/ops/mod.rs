//! The operators wing: Rust traits for C++ operators. Its twin on the
//! deciding side is `analysis::ops`.

pub mod operators;
