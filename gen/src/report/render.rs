//! Human renderings of a report.

use super::Report;
use std::fmt::Write;

/// A Markdown summary plus one table row per declaration.
pub fn markdown(r: &Report) -> String {
    let s = &r.summary;
    let mut out = String::new();
    let _ = writeln!(out, "# Interop coverage: {}\n", r.headers.join(", "));
    let _ = writeln!(
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
    let _ = writeln!(
        out,
        "- declarations: **{}/{} bound ({})**\n- callables: **{}/{} bound ({})**\n",
        s.bound,
        s.declarations,
        super::percent(s.coverage),
        s.callables.bound,
        s.callables.total,
        super::percent(s.callables.coverage)
    );
    out.push_str("| kind | bound | total |\n|---|---:|---:|\n");
    for (k, c) in &s.by_kind {
        let _ = writeln!(out, "| {k} | {} | {} |", c.bound, c.total);
    }
    if !s.by_reason.is_empty() {
        out.push_str("\n| skip reason | count |\n|---|---:|\n");
        for (k, n) in &s.by_reason {
            let _ = writeln!(out, "| `{k}` | {n} |");
        }
    }
    out.push_str("\n| declaration | kind | location | status | Rust path / reason |\n|---|---|---|---|---|\n");
    for i in &r.items {
        let detail = match (&i.rust_path, &i.reason_code, &i.reason) {
            (Some(p), _, _) => format!("`{p}` ({})", i.via.as_deref().unwrap_or("")),
            (None, Some(c), Some(m)) => format!("`{c}`: {}", m.replace('|', "\\|")),
            _ => String::new(),
        };
        let _ = writeln!(
            out,
            "| `{}` | {} | {} | {} | {} |",
            i.name, i.kind, i.location, i.status, detail
        );
    }
    out
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A self-contained HTML page.
pub fn html(r: &Report) -> String {
    let s = &r.summary;
    let mut out = String::from(
        "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>cxxbind coverage</title>\n<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 8px;text-align:left}.bound{background:#e8f5e9}.skipped{background:#fff3e0}</style></head><body>\n",
    );
    let _ = writeln!(
        out,
        "<h1>Interop coverage: {}</h1>",
        esc(&r.headers.join(", "))
    );
    let _ = writeln!(
        out,
        "<p>Declarations: <b>{}/{}</b> ({}). Callables: <b>{}/{}</b> ({}).</p>",
        s.bound,
        s.declarations,
        super::percent(s.coverage),
        s.callables.bound,
        s.callables.total,
        super::percent(s.callables.coverage)
    );
    out.push_str("<table><tr><th>declaration</th><th>kind</th><th>location</th><th>status</th><th>Rust path / reason</th></tr>\n");
    for i in &r.items {
        let detail = match (&i.rust_path, &i.reason_code, &i.reason) {
            (Some(p), _, _) => format!("<code>{}</code>", esc(p)),
            (None, Some(c), Some(m)) => format!("<code>{}</code>: {}", esc(c), esc(m)),
            _ => String::new(),
        };
        let _ = writeln!(
            out,
            "<tr class=\"{}\"><td><code>{}</code></td><td>{}</td><td>{}</td><td>{}</td><td>{detail}</td></tr>",
            i.status,
            esc(&i.name),
            i.kind,
            esc(&i.location),
            i.status
        );
    }
    out.push_str("</table></body></html>\n");
    out
}
