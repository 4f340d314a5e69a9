//! The C API wing: handles ([`handles`]) and the calls running on them
//! ([`busy`]), config-sized string arrays
//! ([`arrays`]), C text ([`c_text`]), closures for callbacks ([`callbacks`],
//! [`closure_set`]), the allocator family's buffer ([`memory`]) and
//! `struct iovec` arrays ([`iovec`]). Its twin on the deciding side is
//! `analysis::c_api`.

pub mod arrays;
pub mod busy;
pub mod c_text;
pub mod callbacks;
pub mod closure_set;
pub mod handles;
pub mod iovec;
pub mod memory;
