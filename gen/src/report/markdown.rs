//! The Markdown rendering: headline figures, tables by kind and by reason,
//! skipped declarations grouped under their reason, then every declaration.

use super::Report;
use crate::text::Out;

fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

fn pct(bound: usize, total: usize) -> String {
    super::percent(super::Count { total, bound }.ratio())
}

/// A Markdown page with the same sections as the HTML report.
pub fn markdown(r: &Report) -> String {
    let s = &r.summary;
    let mut out = Out::new();
    writeln!(out, "# Interop coverage: {}\n", r.headers.join(", "));
    writeln!(
        out,
        "cxxbind {} · {} · {}\n",
        r.version,
        r.libclang,
        if r.compiled {
            "generated crate compiled"
        } else {
            "not compiled"
        }
    );
    out.push_str("## Summary\n\n");
    writeln!(
        out,
        "- declarations: **{}/{} bound ({})**\n- callables: **{}/{} bound ({})**\n- skipped: **{}**\n",
        s.bound,
        s.declarations,
        pct(s.bound, s.declarations),
        s.callables.bound,
        s.callables.total,
        pct(s.callables.bound, s.callables.total),
        s.skipped
    );
    out.push_str("## By kind\n\n| kind | bound | total | coverage |\n|---|---:|---:|---:|\n");
    for (k, c) in &s.by_kind {
        writeln!(
            out,
            "| {k} | {} | {} | {} |",
            c.bound,
            c.total,
            pct(c.bound, c.total)
        );
    }
    out.push_str("\n## By reason\n\n");
    if s.by_reason.is_empty() {
        out.push_str("Nothing was skipped.\n");
    } else {
        out.push_str("| reason | skipped |\n|---|---:|\n");
        for (k, n) in &s.by_reason {
            writeln!(out, "| `{k}` | {n} |");
        }
    }
    out.push_str("\n## Conventions relied on\n\n");
    let conventions = r.by_convention();
    if conventions.is_empty() {
        out.push_str("No binding relies on a convention read from a name.\n");
    } else {
        out.push_str("| convention | bound items relying on it |\n|---|---:|\n");
        for (code, n) in &conventions {
            writeln!(out, "| `{code}` | {n} |");
        }
    }
    out.push_str("\n## Skipped declarations by reason\n");
    for (code, items) in r.skipped_by_reason() {
        writeln!(
            out,
            "\n### `{code}` ({})\n\n| declaration | location | reason |\n|---|---|---|",
            items.len()
        );
        for i in items {
            writeln!(
                out,
                "| `{}` | {} | {} |",
                cell(i.id.as_deref().unwrap_or(&i.name)),
                cell(&i.location),
                cell(i.reason.as_deref().unwrap_or(""))
            );
        }
    }
    out.push_str("\n## All declarations\n\n| declaration | kind | location | status | Rust path / reason | assumes |\n|---|---|---|---|---|---|\n");
    for i in &r.items {
        let detail = match (&i.rust_path, &i.reason_code, &i.reason) {
            (Some(p), _, _) => format!("`{p}` ({})", i.via.as_deref().unwrap_or("")),
            (None, Some(c), Some(m)) => format!("`{c}`: {}", cell(m)),
            _ => String::new(),
        };
        let assumes: Vec<String> = i.assumes.iter().map(|c| format!("`{c}`")).collect();
        writeln!(
            out,
            "| `{}` | {} | {} | {} | {} | {} |",
            cell(i.id.as_deref().unwrap_or(&i.name)),
            i.kind,
            cell(&i.location),
            i.status,
            detail,
            assumes.join(", ")
        );
    }
    out.into_string()
}
