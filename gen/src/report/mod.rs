//! Coverage reports: JSON (the contract, see `docs/coverage-report.md`),
//! Markdown and HTML renderings, and the diff between two JSON reports.

pub mod diff;
mod html;
mod identity;
mod markdown;

pub use html::html;
pub use markdown::markdown;

use crate::plan::{Bindings, DecisionId, Status};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A bound/total pair.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Count {
    /// How many declarations.
    pub total: usize,
    /// How many of them are bound.
    pub bound: usize,
}

impl Count {
    /// bound / total, rounded to 3 decimals; `None` when there is nothing
    /// to count (an empty denominator is not 100%).
    pub fn ratio(&self) -> Option<f64> {
        (self.total > 0).then(|| round3(self.bound as f64 / self.total as f64))
    }
}

/// A ratio as a percentage for the renderings (`80.8%`, or `n/a` when the
/// denominator is empty).
pub fn percent(ratio: Option<f64>) -> String {
    match ratio {
        Some(r) => format!("{:.1}%", r * 100.0),
        None => "n/a".to_string(),
    }
}

/// Aggregates.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// Every counted declaration.
    pub declarations: usize,
    /// Bound ones.
    pub bound: usize,
    /// Skipped ones.
    pub skipped: usize,
    /// bound / declarations, rounded to 3 decimals; `null` when nothing is declared.
    pub coverage: Option<f64>,
    /// Callables only (functions, methods, constructors, destructors, operators, function templates).
    pub callables: CallableSummary,
    /// Per kind.
    pub by_kind: BTreeMap<String, Count>,
    /// Skips per reason code.
    pub by_reason: BTreeMap<String, usize>,
}

/// The callable ratio corpus targets are stated in.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CallableSummary {
    /// Public callables declared.
    pub total: usize,
    /// Bound (and, for `coverage`, compiled).
    pub bound: usize,
    /// bound / total, rounded to 3 decimals; `null` when there are no callables.
    pub coverage: Option<f64>,
}

/// One declaration's line in the report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReportItem {
    /// Qualified C++ name.
    pub name: String,
    /// The stable identity `cxxbind diff` matches on: the qualified name,
    /// plus for callables the parameter types and qualifiers
    /// (`ns::f(int)`, `ns::C::get() const`). `kind` + `id` is unique within
    /// a report. Absent in reports written before it existed.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub id: Option<String>,
    /// `function`, `method`, `constructor`, …
    pub kind: String,
    /// `file.h:line`.
    pub location: String,
    /// `bound` or `skipped`.
    pub status: String,
    /// How it is bound.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub via: Option<String>,
    /// The safe Rust path.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub rust_path: Option<String>,
    /// Other safe Rust paths that call the same declaration: the longer forms
    /// of a call with default arguments, a base method inherited by derived
    /// types.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub also: Vec<String>,
    /// The stable reason code.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub reason_code: Option<String>,
    /// The human reason.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub reason: Option<String>,
    /// The codes of the conventions its binding relies on, sorted: guesses
    /// read from names, not stated by the types (`creates-by-name`, …; see
    /// docs/coverage-report.md). Absent when there are none.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub assumes: Vec<String>,
}

/// The whole report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Always `cxxbind`.
    pub tool: String,
    /// cxxbind's version.
    pub version: String,
    /// libclang's version string.
    pub libclang: String,
    /// The headers as given.
    pub headers: Vec<String>,
    /// True when the generated crate was built and only compiled items count as bound.
    pub compiled: bool,
    /// Entries of knowledge the headers do not state that the run was given
    /// (`--allow`/`--block` and the config's `nothrow`, `rename`, `buffers`,
    /// `destroy` entries). Absent in reports written before it existed.
    #[serde(default)]
    pub config_entries: usize,
    /// How many times `coverage` built the generated crate (1 when it
    /// compiled at once; absent with `--no-build` and in older reports).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub builds: Option<usize>,
    /// Aggregates.
    pub summary: Summary,
    /// Every declaration in source order.
    pub items: Vec<ReportItem>,
}

/// The codes of `conventions`, sorted.
fn sorted_codes(conventions: &[crate::plan::Convention]) -> Vec<String> {
    let mut codes: Vec<String> = conventions.iter().map(|c| c.code().to_string()).collect();
    codes.sort();
    codes.dedup();
    codes
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// Builds the report from the decisions alone (each item's `id` included).
pub fn build(b: &Bindings, libclang: &str, compiled: bool) -> Report {
    let mut ids = identity::Ids::default();
    let mut summary = Summary::default();
    let mut callables = Count::default();
    let mut items = Vec::new();
    // Every Rust path of each declaration, in plan order.
    let mut paths: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    for f in &b.functions {
        if let Some(d) = f.decision {
            let d = b.counted(d);
            let path = b.rust_path_of(f).to_string();
            paths.entry(d.index()).or_default().push(path);
        }
    }
    // Every bound instance of a template (a class instance has no plan).
    for (&instance, &template) in &b.instance_of {
        if let Status::Bound { rust_path, .. } = &b.decisions[instance.index()].status {
            let list = paths.entry(template.index()).or_default();
            if !list.contains(rust_path) {
                list.push(rust_path.clone());
            }
        }
    }
    for (index, d) in b.decisions.iter().enumerate() {
        // A template instance's decision counts through its template's.
        if b.instance_of.contains_key(&DecisionId::new(index)) {
            continue;
        }
        let kind = d.kind.code().to_string();
        let bound = matches!(d.status, Status::Bound { .. });
        let entry = summary.by_kind.entry(kind.clone()).or_default();
        entry.total += 1;
        summary.declarations += 1;
        if d.kind.is_callable() {
            callables.total += 1;
        }
        let mut item = ReportItem {
            name: d.name.clone(),
            id: Some(ids.id(d)),
            kind,
            location: d.loc.short(),
            status: String::new(),
            via: None,
            rust_path: None,
            also: Vec::new(),
            reason_code: None,
            reason: None,
            assumes: sorted_codes(&d.assumes),
        };
        if bound {
            entry.bound += 1;
            summary.bound += 1;
            if d.kind.is_callable() {
                callables.bound += 1;
            }
        }
        match &d.status {
            Status::Bound { via, rust_path } => {
                item.status = "bound".into();
                item.via = Some(via.code().to_string());
                item.rust_path = Some(rust_path.clone());
                item.also = paths
                    .remove(&index)
                    .unwrap_or_default()
                    .into_iter()
                    .filter(|p| p != rust_path)
                    .collect();
            }
            Status::Skipped { reason, message } => {
                item.status = "skipped".into();
                item.reason_code = Some(reason.code().to_string());
                item.reason = Some(message.clone());
                *summary
                    .by_reason
                    .entry(reason.code().to_string())
                    .or_default() += 1;
            }
        }
        items.push(item);
    }
    summary.skipped = summary.declarations - summary.bound;
    summary.coverage = Count {
        total: summary.declarations,
        bound: summary.bound,
    }
    .ratio();
    summary.callables = CallableSummary {
        total: callables.total,
        bound: callables.bound,
        coverage: callables.ratio(),
    };
    Report {
        tool: "cxxbind".into(),
        version: env!("CARGO_PKG_VERSION").into(),
        libclang: libclang.into(),
        headers: b.headers.clone(),
        compiled,
        config_entries: b.config_entries,
        builds: None,
        summary,
        items,
    }
}

impl Report {
    /// How many items rely on each convention (codes sorted), for the renderings.
    pub fn by_convention(&self) -> BTreeMap<&str, usize> {
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for i in &self.items {
            for code in &i.assumes {
                *counts.entry(code.as_str()).or_default() += 1;
            }
        }
        counts
    }

    /// Skipped items grouped by reason code (codes sorted), in source order within a group.
    pub fn skipped_by_reason(&self) -> BTreeMap<&str, Vec<&ReportItem>> {
        let mut groups: BTreeMap<&str, Vec<&ReportItem>> = BTreeMap::new();
        for i in &self.items {
            if let Some(code) = &i.reason_code {
                groups.entry(code.as_str()).or_default().push(i);
            }
        }
        groups
    }
}

/// Pretty JSON with a trailing newline.
pub fn json(r: &Report) -> String {
    let mut s = serde_json::to_string_pretty(r).unwrap_or_default();
    s.push('\n');
    s
}
