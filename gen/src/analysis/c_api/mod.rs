//! The C API wing: opaque handles and their lifetimes ([`handles`],
//! [`endings`], [`parts`], [`busy`]), C text and buffers ([`c_text`], [`buffers`],
//! [`sized`], [`arrays`], [`iovec`]), the allocator family ([`memory`]) and
//! callbacks as Rust closures ([`callbacks`], [`closure_set`]), setters of
//! global state ([`setters`]). Its twin on
//! the writing side is `emit::c_api`.

pub mod arrays;
pub mod buffers;
pub mod busy;
pub mod c_text;
pub mod callbacks;
pub mod closure_set;
pub mod endings;
pub mod handle_scan;
pub mod handles;
pub mod iovec;
pub mod memory;
pub mod parts;
pub mod setters;
pub mod sized;
