//! The core wing: what every construct shares. Names ([`naming`],
//! [`overloads`]), the type environment and scalar mapping ([`types`],
//! [`lengths`]), the parameter and result dispatchers ([`params`],
//! [`results`]), a callable's signature ([`signature`]), free functions
//! ([`callable`]) and the remaining declaration kinds ([`items`]).
//! Its twin on the writing side is `emit::core`.

pub mod callable;
pub mod items;
pub mod naming;
pub mod overloads;
pub mod params;
pub mod results;
pub mod signature;
pub mod types;
