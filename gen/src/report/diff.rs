//! `cxxbind diff OLD.json NEW.json`: what changed between two runs.
//!
//! Items are matched by `kind` + `id` (see [`super::ReportItem::id`]), so
//! overloads of one function are told apart. When either report predates
//! `id`, items are matched by `kind` + `name` instead (overloads then pair
//! up in source order).

use super::{Report, ReportItem, Summary};
use crate::text::Out;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// One item whose status moved.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    /// The identity both reports agree on (`ns::f(double)`).
    pub id: String,
    /// `function`, `method`, …
    pub kind: String,
    /// Where it is declared now (or was, when removed).
    pub location: String,
    /// `bound`, `skipped`, or `absent` (not in the old report).
    pub old_status: String,
    /// `bound`, `skipped`, or `absent` (not in the new report).
    pub new_status: String,
    /// The old reason code, when skipped.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_reason_code: Option<String>,
    /// The new reason code, when skipped.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_reason_code: Option<String>,
    /// The new human reason, when skipped.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// Headline figures of one side.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Side {
    /// Counted declarations.
    pub declarations: usize,
    /// Bound ones.
    pub bound: usize,
    /// bound / declarations; `null` when nothing is declared.
    pub coverage: Option<f64>,
    /// Callables counted.
    pub callables: usize,
    /// Callables bound.
    pub callables_bound: usize,
}

impl From<&Summary> for Side {
    fn from(s: &Summary) -> Self {
        Side {
            declarations: s.declarations,
            bound: s.bound,
            coverage: s.coverage,
            callables: s.callables.total,
            callables_bound: s.callables.bound,
        }
    }
}

/// Everything that changed, grouped.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diff {
    /// The old report's figures.
    pub old: Side,
    /// The new report's figures.
    pub new: Side,
    /// Skipped (or absent) before, bound now.
    pub newly_bound: Vec<Change>,
    /// Bound (or absent) before, skipped now.
    pub newly_skipped: Vec<Change>,
    /// Skipped in both, for a different reason.
    pub reason_changed: Vec<Change>,
    /// In the old report only.
    pub removed: Vec<Change>,
    /// Items bound before that are skipped or gone now.
    pub regressions: usize,
}

fn status(i: Option<&ReportItem>) -> String {
    i.map_or_else(|| "absent".to_string(), |i| i.status.clone())
}

fn change(id: &str, old: Option<&ReportItem>, new: Option<&ReportItem>) -> Change {
    let any = new.or(old);
    Change {
        id: id.to_string(),
        kind: any.map(|i| i.kind.clone()).unwrap_or_default(),
        location: any.map(|i| i.location.clone()).unwrap_or_default(),
        old_status: status(old),
        new_status: status(new),
        old_reason_code: old.and_then(|i| i.reason_code.clone()),
        new_reason_code: new.and_then(|i| i.reason_code.clone()),
        reason: new.and_then(|i| i.reason.clone()),
    }
}

/// `(kind, identity)` → item, for one report.
fn index(r: &Report, by_id: bool) -> BTreeMap<(String, String), &ReportItem> {
    let mut out = BTreeMap::new();
    let mut seen: BTreeMap<(String, String), usize> = BTreeMap::new();
    for i in &r.items {
        let base = match (&i.id, by_id) {
            (Some(id), true) => id.clone(),
            _ => i.name.clone(),
        };
        let n = seen.entry((i.kind.clone(), base.clone())).or_default();
        *n += 1;
        let id = if *n > 1 && !by_id {
            format!("{base} #{n}")
        } else {
            base
        };
        out.insert((i.kind.clone(), id), i);
    }
    out
}

/// Compares two reports.
pub fn compare(old: &Report, new: &Report) -> Diff {
    let by_id = old.items.iter().chain(&new.items).all(|i| i.id.is_some());
    let (olds, news) = (index(old, by_id), index(new, by_id));
    let keys: BTreeSet<&(String, String)> = olds.keys().chain(news.keys()).collect();
    let mut d = Diff {
        old: (&old.summary).into(),
        new: (&new.summary).into(),
        newly_bound: Vec::new(),
        newly_skipped: Vec::new(),
        reason_changed: Vec::new(),
        removed: Vec::new(),
        regressions: 0,
    };
    let bound = |i: Option<&&ReportItem>| i.is_some_and(|i| i.status == "bound");
    for key in keys {
        let (o, n) = (olds.get(key), news.get(key));
        let c = || change(&key.1, o.copied(), n.copied());
        if bound(o) && !bound(n) {
            d.regressions += 1;
        }
        match (o, n) {
            (Some(_), None) => d.removed.push(c()),
            (_, Some(ni)) if ni.status == "bound" && !bound(o) => d.newly_bound.push(c()),
            (_, Some(ni)) if ni.status != "bound" => match o {
                Some(oi) if oi.status != "bound" => {
                    if oi.reason_code != ni.reason_code {
                        d.reason_changed.push(c());
                    }
                }
                _ => d.newly_skipped.push(c()),
            },
            _ => {}
        }
    }
    d
}

fn pct(x: Option<f64>) -> String {
    super::percent(x)
}

fn describe(status: &str, code: &Option<String>) -> String {
    match code {
        Some(c) => format!("{status} ({c})"),
        None => status.to_string(),
    }
}

fn groups(d: &Diff) -> [(&'static str, &Vec<Change>); 4] {
    [
        ("newly bound", &d.newly_bound),
        ("newly skipped", &d.newly_skipped),
        ("reason changed", &d.reason_changed),
        ("removed", &d.removed),
    ]
}

/// `bound/declarations (coverage)` of one side.
fn declarations(s: &Side) -> String {
    format!("{}/{} ({})", s.bound, s.declarations, pct(s.coverage))
}

/// `bound/total` callables of one side.
fn callables(s: &Side) -> String {
    format!("{}/{}", s.callables_bound, s.callables)
}

/// Plain text: the figures, then one line per change under its group.
pub fn text(d: &Diff) -> String {
    let mut out = Out::new();
    writeln!(
        out,
        "declarations: {} -> {}",
        declarations(&d.old),
        declarations(&d.new)
    );
    writeln!(
        out,
        "callables:    {} -> {}",
        callables(&d.old),
        callables(&d.new)
    );
    for (title, list) in groups(d) {
        writeln!(out, "{title}: {}", list.len());
        for c in list {
            writeln!(
                out,
                "  {} [{}] {}: {} -> {}",
                c.id,
                c.kind,
                c.location,
                describe(&c.old_status, &c.old_reason_code),
                describe(&c.new_status, &c.new_reason_code)
            );
        }
    }
    writeln!(out, "regressions: {}", d.regressions);
    out.into_string()
}

/// Markdown for CI comments: figures, counts, one table per non-empty group.
pub fn markdown(d: &Diff) -> String {
    let mut out = Out::from("# Interop coverage change\n\n| | before | after |\n|---|---:|---:|\n");
    writeln!(
        out,
        "| declarations bound | {} | {} |",
        declarations(&d.old),
        declarations(&d.new)
    );
    writeln!(
        out,
        "| callables bound | {} | {} |\n",
        callables(&d.old),
        callables(&d.new)
    );
    out.push_str("| change | count |\n|---|---:|\n");
    for (title, list) in groups(d) {
        writeln!(out, "| {title} | {} |", list.len());
    }
    writeln!(out, "| **regressions** | **{}** |", d.regressions);
    for (title, list) in groups(d) {
        if list.is_empty() {
            continue;
        }
        writeln!(
            out,
            "\n## {title} ({})\n\n| declaration | kind | location | before | after |\n|---|---|---|---|---|",
            list.len()
        );
        for c in list {
            writeln!(
                out,
                "| `{}` | {} | {} | {} | {} |",
                c.id.replace('|', "\\|"),
                c.kind,
                c.location,
                describe(&c.old_status, &c.old_reason_code),
                describe(&c.new_status, &c.new_reason_code)
            );
        }
    }
    out.into_string()
}

/// Pretty JSON with a trailing newline.
pub fn json(d: &Diff) -> String {
    let mut s = serde_json::to_string_pretty(d).unwrap_or_default();
    s.push('\n');
    s
}
