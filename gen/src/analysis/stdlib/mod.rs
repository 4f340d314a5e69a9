//! The standard library wing: `std::vector` and `std::optional`
//! ([`std_types`]) and the rest of the vocabulary ([`vocab`]). Its twin on
//! the writing side is `emit::stdlib`.

pub mod std_types;
pub mod vocab;
