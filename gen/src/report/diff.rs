//! `cxxbind diff OLD.json NEW.json`: what changed between two runs.

use super::Report;
use std::collections::BTreeMap;
use std::fmt::Write;

/// Renders the change in coverage and every declaration whose status moved.
pub fn diff(old: &Report, new: &Report) -> String {
    let mut out = String::new();
    let (o, n) = (&old.summary, &new.summary);
    let _ = writeln!(
        out,
        "declarations: {}/{} ({}) -> {}/{} ({})",
        o.bound,
        o.declarations,
        super::percent(o.coverage),
        n.bound,
        n.declarations,
        super::percent(n.coverage)
    );
    let _ = writeln!(
        out,
        "callables:    {}/{} ({}) -> {}/{} ({})",
        o.callables.bound,
        o.callables.total,
        super::percent(o.callables.coverage),
        n.callables.bound,
        n.callables.total,
        super::percent(n.callables.coverage)
    );
    let key = |i: &super::ReportItem| format!("{} [{}]", i.name, i.kind);
    let olds: BTreeMap<String, &super::ReportItem> =
        old.items.iter().map(|i| (key(i), i)).collect();
    let news: BTreeMap<String, &super::ReportItem> =
        new.items.iter().map(|i| (key(i), i)).collect();
    for (k, ni) in &news {
        match olds.get(k) {
            None => {
                let _ = writeln!(out, "+ {k}: {}", describe(ni));
            }
            Some(oi) if oi.status != ni.status || oi.reason_code != ni.reason_code => {
                let _ = writeln!(out, "~ {k}: {} -> {}", describe(oi), describe(ni));
            }
            _ => {}
        }
    }
    for (k, oi) in &olds {
        if !news.contains_key(k) {
            let _ = writeln!(out, "- {k}: {}", describe(oi));
        }
    }
    out
}

fn describe(i: &super::ReportItem) -> String {
    match &i.reason_code {
        Some(c) => format!("skipped ({c})"),
        None => "bound".to_string(),
    }
}
