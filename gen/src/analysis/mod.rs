//! Analysis: decides, per declaration, how it is bound or why not.
//!
//! Two passes over the IR: first the types (classes, enums) so that every
//! function knows which types exist in Rust; then every declaration in
//! source order, producing one [`Decision`](crate::plan::Decision) each plus the plans emit reads.

pub mod c_api;
pub mod class;
pub mod context;
pub mod conventions;
pub mod core;
pub mod facts;
pub mod ops;
pub mod options;
pub mod stdlib;
pub mod templates;

use self::core::{function, items};
use crate::ir::{Api, ItemKind};
use crate::plan::Bindings;
use c_api::{arrays, c_text, closure_set, handle_scan, handles, memory, sized};
use class::{inherit, record, scan};
use context::Context;
use facts::Facts;
pub use options::{anchored, decl_key, AnalysisOptions, Exclusion};

/// Runs the analysis: the facts, then pass 1 (which classes, enums and
/// handles exist in Rust), pass 2 (every declaration in source order) and
/// pass 3 (what derived classes inherit).
pub fn analyze(api: &Api, opts: &AnalysisOptions) -> Bindings {
    let parsed = api;
    let instantiated = templates::instantiate(api, opts);
    let api = &instantiated.api;
    let facts = Facts {
        opts,
        parsed,
        handles: handle_scan::scan(api, &opts.destroy, opts.strict),
        referenced: scan::referenced(api),
        instances: instantiated.names,
        template_problems: instantiated.problems,
        operands: scan::operands(api),
        siblings: c_text::Siblings::scan(api),
        overridden: sized::Overridden::scan(api, &opts.buffers),
        macros: api.macros.iter().cloned().collect(),
        undestructible: class::destructor::undestructible(api),
        value_names: api
            .items
            .iter()
            .filter(|it| matches!(it.kind, ItemKind::Function(_) | ItemKind::Variable { .. }))
            .map(|it| it.qualified_name())
            .collect(),
    };
    let mut cx = Context::new(&facts, api.headers.clone());
    // Modules are named in source order of their namespaces.
    for item in &api.items {
        cx.names.module(&item.scope);
    }
    // Facts read from names alone: none in a `--strict` run.
    cx.env.strict = opts.strict;
    if !opts.strict {
        cx.env.free_function = handle_scan::free_function(api);
        cx.env.user_data = closure_set::accessors(api, &facts.handles.used);
        cx.env.strings_free = arrays::strings_free(api);
    }
    let memory = memory::scan(api, cx.env.free_function.as_deref()).map(|mut m| {
        m.rust_name = cx.names.ty(&[], &m.rust_name);
        m.ffi_name = cx.names.ffi_type(&m.ffi_name, &m.ffi_name);
        m
    });
    cx.set_memory(memory);
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
    let mut free_plans = function::plan_free_functions(&cx, api);
    // Pass 2: every declaration in source order.
    for (idx, item) in api.items.iter().enumerate() {
        cx.in_instances = idx >= instantiated.first_instance;
        match &item.kind {
            ItemKind::Record(r) => record::decide(&mut cx, &[idx], item, r),
            ItemKind::Enum(_) => items::decide_enum(&mut cx, &[idx], item),
            ItemKind::Function(f) => {
                function::decide_function(&mut cx, &mut free_plans, idx, item, f)
            }
            ItemKind::Alias { .. } if handles::decide(&mut cx, idx, item) => {}
            _ => items::decide_other(&mut cx, item),
        }
    }
    cx.in_instances = false;
    arrays::report_freeing(&mut cx);
    cx.link_instances();
    // Pass 3: what derived classes inherit, now that every method is decided.
    inherit::inherit_methods(&mut cx);
    let mut b = cx.finish();
    templates::merge(&mut b);
    c_api::busy::settle(&mut b);
    b.config_entries = opts.config_entries();
    b
}
