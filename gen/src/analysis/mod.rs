//! Analysis: decides, per declaration, how it is bound or why not.
//!
//! Two passes over the IR: first the types (classes, enums) so that every
//! function knows which types exist in Rust; then every declaration in
//! source order, producing one [`Decision`] each plus the plans emit reads.

pub mod arrays;
mod buffers;
mod c_text;
mod callable;
pub mod callbacks;
pub mod closure_set;
mod context;
mod endings;
mod fields;
pub mod handles;
mod inherit;
pub mod iovec;
mod items;
mod lengths;
mod member;
mod member_rules;
pub mod memory;
pub mod model;
pub mod naming;
mod operators;
pub mod opkind;
mod overloads;
mod parts;
pub mod plan;
pub mod pod;
pub mod reason;
mod record;
mod results;
mod roles;
mod scan;
mod scoped;
mod signature;
pub mod sized;
mod std_types;
pub mod templates;
mod trampoline;
pub mod types;
pub mod values;
pub mod vocab;

pub use handles::HandleBinding;
pub use model::*;
pub use plan::*;
pub use reason::{Reason, Skip};
pub use vocab::{CppFn, Piece, StdArg, StdRet};

use crate::ir::{Api, ItemKind, Loc};
use context::Context;
use regex::Regex;
use std::collections::BTreeSet;

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
    /// `qualified::Method.return` → a `char*` result's size ([`sized`]).
    pub buffers: std::collections::BTreeMap<String, String>,
    /// Arrays of strings from the config: `qualified::Function.param` → its
    /// number of entries, a C++ expression over the parameters ([`arrays`]).
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
    /// Declarations ([`decl_key`]) left out because the generated crate did
    /// not compile with them (set by `coverage` while isolating a failure).
    pub build_failed: BTreeSet<String>,
}

/// Identifies one declaration across runs on the same input: `name@file:line:column`.
pub fn decl_key(qualified: &str, loc: &Loc) -> String {
    format!("{qualified}@{}:{}:{}", loc.file, loc.line, loc.column)
}

impl AnalysisOptions {
    /// `Some(skip)` when the declaration is filtered out.
    pub fn filter(&self, qualified: &str, loc: &Loc) -> Option<Skip> {
        if self.build_failed.contains(&decl_key(qualified, loc)) {
            return Some(Skip::new(
                Reason::BuildFailed,
                "the generated crate did not compile with this declaration",
            ));
        }
        if let Some(allow) = &self.allow {
            if !allow.is_match(qualified) {
                return Some(Skip::new(Reason::Blocked, "not matched by --allow"));
            }
        }
        if let Some(block) = &self.block {
            if block.is_match(qualified) {
                return Some(Skip::new(Reason::Blocked, "matched by --block"));
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

/// Runs the analysis.
pub fn analyze(api: &Api, opts: &AnalysisOptions) -> Bindings {
    let instantiated = templates::instantiate(api, opts);
    let api = &instantiated.api;
    let mut cx = Context::new(opts, api.headers.clone());
    cx.instances = instantiated.names;
    cx.template_problems = instantiated.problems;
    // Modules are named in source order of their namespaces.
    for item in &api.items {
        cx.names.module(&item.scope);
    }
    cx.handles = handles::scan(api, &opts.destroy);
    cx.env.free_function = handles::free_function(api);
    cx.env.user_data = closure_set::accessors(api, &cx.handles.used);
    cx.env.strings_free = arrays::strings_free(api);
    cx.b.memory = memory::scan(api, cx.env.free_function.as_deref()).map(|mut m| {
        m.rust_name = cx.names.ty(&[], &m.rust_name);
        m.ffi_name = cx.names.ffi_type(&m.ffi_name, &m.ffi_name);
        m
    });
    cx.referenced = scan::referenced(api);
    cx.operands = pod::operands(api);
    cx.macros = api.macros.iter().cloned().collect();
    cx.value_names = api
        .items
        .iter()
        .filter(|it| matches!(it.kind, ItemKind::Function(_) | ItemKind::Variable { .. }))
        .map(|it| it.qualified_name())
        .collect();
    cx.siblings = c_text::Siblings::scan(api);
    cx.overridden = sized::Overridden::scan(api, &opts.buffers);
    // Pass 1: which classes and enums exist in Rust.
    for (idx, item) in api.items.iter().enumerate() {
        match &item.kind {
            ItemKind::Record(r) => record::declare(&mut cx, &[idx], item, r, &[]),
            ItemKind::Enum(e) => items::declare_enum(&mut cx, &[idx], item, e, &[]),
            ItemKind::Alias { .. } if handles::is_token(&cx, item) => {
                handles::declare_token(&mut cx, idx, item)
            }
            _ => {}
        }
    }
    inherit::link_bases(&mut cx, api);
    cx.free_plans = callable::plan_free_functions(&cx, api);
    // Pass 2: every declaration in source order.
    for (idx, item) in api.items.iter().enumerate() {
        cx.in_instances = idx >= instantiated.first_instance;
        match &item.kind {
            ItemKind::Record(r) => record::decide(&mut cx, &[idx], item, r),
            ItemKind::Enum(_) => items::decide_enum(&mut cx, &[idx], item),
            ItemKind::Function(f) => callable::decide_function(&mut cx, idx, item, f),
            ItemKind::Alias { .. } if handles::decide(&mut cx, idx, item) => {}
            _ => items::decide_other(&mut cx, item),
        }
    }
    cx.in_instances = false;
    arrays::report_freeing(&mut cx);
    cx.link_instances();
    // Pass 3: what derived classes inherit, now that every method is decided.
    inherit::inherit_methods(&mut cx);
    templates::merge(&mut cx.b);
    cx.b.config_entries = opts.config_entries();
    cx.b
}
