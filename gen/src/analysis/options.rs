//! The user's choices that change decisions: filters, the config's
//! entries, declarations a failed build left out.

use crate::ir::Loc;
use crate::plan::{Skip, Why};
use regex::Regex;
use std::collections::BTreeMap;

/// User choices that change decisions.
#[derive(Debug, Clone, Default)]
pub struct AnalysisOptions {
    /// Only qualified names matching this (anchored) are bound.
    pub allow: Option<Regex>,
    /// Qualified names matching this (anchored) are skipped as `blocked`.
    pub block: Option<Regex>,
    /// Namespaces or qualified functions declared non-throwing by the config.
    pub nothrow: Vec<String>,
    /// Output buffers from the config: `qualified::Function.param` → the
    /// buffer's required size, a C++ expression over the parameters, and
    /// `qualified::Method.return` → a `char*` result's size ([`sized`](crate::analysis::c_api::sized)).
    pub buffers: std::collections::BTreeMap<String, String>,
    /// Arrays of strings from the config: `qualified::Function.param` → its
    /// number of entries, a C++ expression over the parameters ([`arrays`](crate::analysis::c_api::arrays)).
    pub arrays: std::collections::BTreeMap<String, String>,
    /// Renames from the config: Rust path → the name to use instead.
    pub rename: std::collections::BTreeMap<String, String>,
    /// Template instantiations from the config: template (qualified C++
    /// name) → argument lists (`"int"`, `"double, ns::Point"`).
    pub instantiate: std::collections::BTreeMap<String, Vec<String>>,
    /// Destroy functions from the config: C handle → function (qualified C++ names).
    pub destroy: std::collections::BTreeMap<String, String>,
    /// C functions whose `char*` result the caller frees (from the config).
    pub caller_frees: Vec<String>,
    /// `--strict` (or `strict = true` in the config): bind only what the
    /// types state. A binding that would rely on a convention read from a
    /// name is skipped as `assumed-by-name`, and facts read from names (a
    /// handle's destroy function, the library's free function, byte views,
    /// statuses, …) are not gathered: only the config states them.
    pub strict: bool,
    /// Declarations ([`decl_key`]) left out because the generated code
    /// failed with them: cxx rejected the bridge (set by the driver) or the
    /// crate did not compile (set by `coverage` and `generate --verify`).
    pub excluded: BTreeMap<String, Exclusion>,
}

/// Why a declaration was left out of a run after generation failed with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Exclusion {
    /// The generated crate did not compile with it: the first error line.
    BuildFailed(String),
    /// cxx-gen rejected the bridge over its items: cxx-gen's message.
    Internal(String),
}

impl Exclusion {
    fn skip(&self) -> Skip {
        Skip::new(match self {
            Exclusion::BuildFailed(e) => Why::BuildFailed {
                first_error: e.clone(),
            },
            Exclusion::Internal(m) => Why::Internal { message: m.clone() },
        })
    }
}

pub use crate::plan::decl_key;

impl AnalysisOptions {
    /// `Some(skip)` when the declaration is filtered out.
    pub fn filter(&self, qualified: &str, loc: &Loc) -> Option<Skip> {
        if let Some(e) = self.excluded.get(&decl_key(qualified, loc)) {
            return Some(e.skip());
        }
        if let Some(allow) = &self.allow {
            if !allow.is_match(qualified) {
                return Some(Skip::new(Why::NotAllowed));
            }
        }
        if let Some(block) = &self.block {
            if block.is_match(qualified) {
                return Some(Skip::new(Why::BlockMatched));
            }
        }
        None
    }

    /// The name the config gives the function or method whose Rust path
    /// would be `module::name`, or `name` itself.
    pub fn renamed(&self, path: &str, name: String) -> String {
        self.rename.get(path).cloned().unwrap_or(name)
    }

    /// How many entries of what the header cannot say the run was given:
    /// `allow`, `block`, each `nothrow` scope, rename, buffer size and destroy
    /// function (build flags such as include directories are not counted).
    pub fn config_entries(&self) -> usize {
        usize::from(self.allow.is_some())
            + usize::from(self.block.is_some())
            + self.nothrow.len()
            + self.rename.len()
            + self.buffers.len()
            + self.arrays.len()
            + self.destroy.len()
            + self.caller_frees.len()
            + self.instantiate.values().map(Vec::len).sum::<usize>()
    }

    /// True when the config declares `qualified` (or a scope of it) non-throwing.
    pub fn is_nothrow(&self, qualified: &str) -> bool {
        self.nothrow
            .iter()
            .any(|n| qualified == n || qualified.starts_with(&format!("{n}::")))
    }
}

/// Compiles a user regex anchored at both ends.
pub fn anchored(pattern: &str) -> Result<Regex, regex::Error> {
    Regex::new(&format!("^(?:{pattern})$"))
}
