//! Facts about the library, computed once before any decision and
//! read-only afterwards.
//!
//! Each fact has a name and a single producer, which `analysis/mod.rs`
//! runs before pass 1; deciders read them through
//! [`Context::facts`](super::context::Context), a shared borrow, so no decider can
//! change one (the way Crubit's query database and bindgen's `ir/analysis`
//! passes keep facts apart from decisions).

use crate::analysis::c_api::c_text::Siblings;
use crate::analysis::c_api::handle_scan::Handles;
use crate::analysis::c_api::sized::Overridden;
use crate::analysis::options::AnalysisOptions;
use crate::analysis::templates::names::InstanceName;
use std::collections::{BTreeMap, HashMap, HashSet};

/// Everything known about the API before any declaration is decided.
#[derive(Debug)]
pub struct Facts<'o> {
    /// The user's choices.
    pub opts: &'o AnalysisOptions,
    /// The API as parsed, before template instances were substituted into
    /// its signatures: a callable's [`Decision::signature`](crate::plan::Decision::signature)
    /// is spelled from it, as the header writes the types.
    pub parsed: &'o crate::ir::Api,
    /// Opaque C handles: which structs, which functions create, destroy or
    /// end them, and their parents (`c_api::handle_scan::scan`).
    pub handles: Handles,
    /// Classes (qualified names) whose objects a method returns by pointer
    /// or reference: their methods go on the C++ type (`class::scan::referenced`).
    pub referenced: HashSet<String>,
    /// Template instances by qualified C++ name: the names analysis gave
    /// them (`templates::instantiate`).
    pub instances: HashMap<String, InstanceName>,
    /// Template → why it (or a config instantiation of it) was not instantiated.
    pub template_problems: BTreeMap<String, String>,
    /// Records a free operator takes: they stay objects (`class::scan::operands`).
    pub operands: HashSet<String>,
    /// Free functions by snake_case name, for results a sibling sizes
    /// (`c_api::c_text::Siblings::scan`).
    pub siblings: Siblings,
    /// Methods with config-stated sizes, for their overrides
    /// (`c_api::sized::Overridden::scan`).
    pub overridden: Overridden,
    /// Names of the object-like macros the headers define: C++ code cannot
    /// name a declaration that shares one (the macro expands instead).
    pub macros: HashSet<String>,
    /// Qualified names of the free functions and variables: in C++ they hide
    /// a struct or enum of the same name (`struct stat` and `stat()`).
    pub value_names: HashSet<String>,
    /// Records whose destructor cannot be called because of a base or a
    /// member, with what deletes it (`class::destructor::undestructible`).
    pub undestructible: HashMap<String, crate::plan::DtorCause>,
}

impl Facts<'_> {
    /// Rust may destroy an object of record `qualified` (`r`): its
    /// destructor is public, and no base or member deletes it.
    pub fn destructible(&self, qualified: &str, r: &crate::ir::Record) -> bool {
        r.destructor_public && !self.undestructible.contains_key(qualified)
    }
}
