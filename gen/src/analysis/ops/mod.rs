//! The operators wing: C++ operators as Rust traits or named methods.
//! Its twin on the writing side is `emit::ops`.

pub mod operators;
