//! The class wing: safe class types ([`record`]), plain values ([`pod`]),
//! handle values ([`values`]), objects C++ owns ([`objects`]), scoped
//! members ([`scoped`]) and Rust implementations of C++ classes
//! ([`trampoline`]). Its twin on the deciding side is `analysis::class`.

pub mod objects;
pub mod pod;
pub mod record;
pub mod scoped;
pub mod trampoline;
pub mod values;
