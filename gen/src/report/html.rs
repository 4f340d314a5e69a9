//! The HTML rendering: one self-contained page (no network). Headline
//! figures, tables by kind and by reason, and the skipped declarations
//! grouped under their reason are plain HTML; only the sorting and
//! filtering of the full item table uses a small inline script.

use super::Report;
use crate::text::Out;

const STYLE: &str = "body{font-family:system-ui,sans-serif;margin:2em;color:#222}\
table{border-collapse:collapse;margin:.5em 0 1.5em}\
td,th{border:1px solid #ccc;padding:2px 8px;text-align:left;vertical-align:top}\
th{background:#f4f4f4}td.n{text-align:right}\
.figures{display:flex;gap:1.5em;flex-wrap:wrap;margin:1em 0}\
.figure{border:1px solid #ccc;border-radius:6px;padding:.6em 1em;min-width:9em}\
.figure b{display:block;font-size:1.8em}\
tr.bound td:nth-child(4){color:#1b5e20}tr.skipped td:nth-child(4){color:#b35c00}\
th[data-col]{cursor:pointer}th[data-col]:after{content:' \\2195';color:#999}\
details{margin:.3em 0}summary{cursor:pointer;font-weight:600}";

/// Sorting and filtering for `#items`; the rest of the page needs no script.
const SCRIPT: &str = r#"(function () {
  var table = document.getElementById('items');
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var text = document.getElementById('filter');
  var status = document.getElementById('status');
  var shown = document.getElementById('shown');
  document.getElementById('controls').hidden = false;
  function apply() {
    var q = text.value.toLowerCase(), s = status.value, n = 0;
    rows.forEach(function (r) {
      var ok = (!q || r.textContent.toLowerCase().indexOf(q) >= 0) &&
               (!s || r.getAttribute('data-status') === s);
      r.hidden = !ok;
      if (ok) n++;
    });
    shown.textContent = n + ' of ' + rows.length + ' shown';
  }
  var order = {};
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, col) {
    th.setAttribute('data-col', col);
    th.addEventListener('click', function () {
      var dir = order[col] = -(order[col] || -1);
      rows.sort(function (a, b) {
        var x = a.cells[col].textContent, y = b.cells[col].textContent;
        return dir * x.localeCompare(y, undefined, {numeric: true});
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
  text.addEventListener('input', apply);
  status.addEventListener('change', apply);
  apply();
})();"#;

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn pct(bound: usize, total: usize) -> String {
    super::percent(super::Count { total, bound }.ratio())
}

fn figure(out: &mut Out, id: &str, value: &str, label: &str) {
    writeln!(
        out,
        "<div class=\"figure\"><b id=\"{id}\">{}</b>{}</div>",
        esc(value),
        esc(label)
    );
}

/// A self-contained HTML page.
pub fn html(r: &Report) -> String {
    let s = &r.summary;
    let title = format!("Interop coverage: {}", r.headers.join(", "));
    let mut out = Out::new();
    write!(
        out,
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>{}</title>\n<style>{STYLE}</style></head><body>\n<h1>{}</h1>\n",
        esc(&title),
        esc(&title)
    );
    writeln!(
        out,
        "<p>cxxbind {} · {} · {}</p>",
        esc(&r.version),
        esc(&r.libclang),
        if r.compiled {
            "generated crate compiled"
        } else {
            "not compiled"
        }
    );
    out.push_str("<section id=\"summary\"><h2>Summary</h2><div class=\"figures\">\n");
    figure(
        &mut out,
        "coverage",
        &pct(s.bound, s.declarations),
        &format!("of declarations bound ({}/{})", s.bound, s.declarations),
    );
    figure(
        &mut out,
        "callables",
        &pct(s.callables.bound, s.callables.total),
        &format!(
            "of callables bound ({}/{})",
            s.callables.bound, s.callables.total
        ),
    );
    figure(&mut out, "skipped", &s.skipped.to_string(), "skipped");
    out.push_str("</div></section>\n");

    out.push_str("<section id=\"by-kind\"><h2>By kind</h2>\n<table><thead><tr><th>kind</th><th>bound</th><th>total</th><th>coverage</th></tr></thead><tbody>\n");
    for (k, c) in &s.by_kind {
        writeln!(
            out,
            "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            esc(k),
            c.bound,
            c.total,
            pct(c.bound, c.total)
        );
    }
    out.push_str("</tbody></table></section>\n");

    out.push_str("<section id=\"by-reason\"><h2>By reason</h2>\n");
    if s.by_reason.is_empty() {
        out.push_str("<p>Nothing was skipped.</p>\n");
    } else {
        out.push_str("<table><thead><tr><th>reason</th><th>skipped</th></tr></thead><tbody>\n");
        for (k, n) in &s.by_reason {
            writeln!(
                out,
                "<tr><td><a href=\"#reason-{0}\"><code>{0}</code></a></td><td class=\"n\">{n}</td></tr>",
                esc(k)
            );
        }
        out.push_str("</tbody></table>\n");
    }
    out.push_str("</section>\n");

    out.push_str("<section id=\"by-convention\"><h2>Conventions relied on</h2>\n");
    let conventions = r.by_convention();
    if conventions.is_empty() {
        out.push_str("<p>No binding relies on a convention read from a name.</p>\n");
    } else {
        out.push_str("<table><thead><tr><th>convention</th><th>bound items relying on it</th></tr></thead><tbody>\n");
        for (code, n) in &conventions {
            writeln!(
                out,
                "<tr><td><code>{}</code></td><td class=\"n\">{n}</td></tr>",
                esc(code)
            );
        }
        out.push_str("</tbody></table>\n");
    }
    out.push_str("</section>\n");

    out.push_str("<section id=\"skipped-by-reason\"><h2>Skipped declarations by reason</h2>\n");
    for (code, items) in r.skipped_by_reason() {
        writeln!(
            out,
            "<details open id=\"reason-{0}\"><summary><code>{0}</code> ({1})</summary>\n<table><thead><tr><th>declaration</th><th>location</th><th>reason</th></tr></thead><tbody>",
            esc(code),
            items.len()
        );
        for i in items {
            writeln!(
                out,
                "<tr><td><code>{}</code></td><td>{}</td><td>{}</td></tr>",
                esc(i.id.as_deref().unwrap_or(&i.name)),
                esc(&i.location),
                esc(i.reason.as_deref().unwrap_or(""))
            );
        }
        out.push_str("</tbody></table></details>\n");
    }
    out.push_str("</section>\n");

    out.push_str("<section id=\"all\"><h2>All declarations</h2>\n<p id=\"controls\" hidden><input id=\"filter\" type=\"search\" placeholder=\"filter\"> <select id=\"status\"><option value=\"\">any status</option><option value=\"bound\">bound</option><option value=\"skipped\">skipped</option></select> <span id=\"shown\"></span></p>\n");
    out.push_str("<table id=\"items\"><thead><tr><th>declaration</th><th>kind</th><th>location</th><th>status</th><th>Rust path / reason</th><th>assumes</th></tr></thead><tbody>\n");
    for i in &r.items {
        let detail = match (&i.rust_path, &i.reason_code, &i.reason) {
            (Some(p), _, _) => format!(
                "<code>{}</code> ({})",
                esc(p),
                esc(i.via.as_deref().unwrap_or(""))
            ),
            (None, Some(c), Some(m)) => format!("<code>{}</code>: {}", esc(c), esc(m)),
            _ => String::new(),
        };
        let status = esc(&i.status);
        let assumes: Vec<String> = i
            .assumes
            .iter()
            .map(|c| format!("<code>{}</code>", esc(c)))
            .collect();
        writeln!(
            out,
            "<tr class=\"{status}\" data-status=\"{status}\"><td><code>{}</code></td><td>{}</td><td>{}</td><td>{status}</td><td>{detail}</td><td>{}</td></tr>",
            esc(i.id.as_deref().unwrap_or(&i.name)),
            esc(&i.kind),
            esc(&i.location),
            assumes.join(" "),
        );
    }
    write!(
        out,
        "</tbody></table></section>\n<script>\n{SCRIPT}\n</script>\n</body></html>\n"
    );
    out.into_string()
}
