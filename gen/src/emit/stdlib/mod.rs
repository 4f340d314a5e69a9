//! The standard library wing: the vocabulary types ([`vocab`]) and
//! `std::function` results Rust calls ([`cppfn`]). Its twin on the deciding
//! side is `analysis::stdlib`.

pub mod cppfn;
pub mod vocab;
