//! The core wing: what every construct shares. Names ([`naming`],
//! [`overloads`]), the type environment and scalar mapping
//! ([`types`]), the parameter and result dispatchers ([`params`],
//! [`results`]), pointers followed by an integer ([`arrays`]), a callable's
//! signature ([`signature`]), free functions
//! ([`function`]) and the remaining declaration kinds ([`items`]).
//! Its twin on the writing side is `emit::core`. The dispatchers' tests
//! are in `dispatch_tests`.

pub mod arrays;
pub mod function;
pub mod items;
pub mod naming;
pub mod overloads;
pub mod params;
pub mod results;
pub mod signature;
pub mod types;

#[cfg(test)]
mod dispatch_tests;
