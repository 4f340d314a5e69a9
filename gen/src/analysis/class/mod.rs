//! The class wing: C++ classes as Rust types. Records and their members
//! ([`record`], [`member`], [`member_rules`], [`fields`], [`inherit`]),
//! plain values ([`pod`]), handle values ([`values`]), destructors C++
//! deletes through a base or a member ([`destructor`]), byte views and
//! statuses ([`roles`]), objects C++ owns ([`scan`]), members that take back
//! what they lent ([`scoped`]) and Rust implementations of C++ classes
//! ([`trampoline`]). Its twin on the writing side is `emit::class`.

pub mod destructor;
pub mod fields;
pub mod inherit;
pub mod member;
pub mod member_rules;
pub mod pod;
pub mod record;
pub mod roles;
pub mod scan;
pub mod scoped;
pub mod trampoline;
pub mod values;
