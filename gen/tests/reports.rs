//! The human reports as people see them: the HTML page rendered by headless
//! Chromium (with and without JavaScript), the Markdown sections, and report
//! files written with the permissions the umask allows.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn cxxbind() -> Command {
    Command::new(env!("CARGO_BIN_EXE_cxxbind"))
}

fn skipped_case() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../interop-tests/cases/skipped/case.h")
}

fn ok(o: Output) -> Output {
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    o
}

/// `coverage --no-build` of the `skipped` case in `format` (stdout).
fn report(format: &str) -> String {
    let o = ok(cxxbind()
        .arg("coverage")
        .arg(skipped_case())
        .args(["--no-build", "--format", format])
        .output()
        .unwrap());
    String::from_utf8(o.stdout).unwrap()
}

/// Chromium's DOM of `page` after load and scripts.
fn rendered_dom(page: &Path) -> String {
    let profile = tempfile::tempdir().unwrap();
    let o = Command::new("chromium")
        .args(["--headless", "--no-sandbox", "--disable-gpu"])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs (scripts/install-deps.sh installs it)");
    String::from_utf8_lossy(&ok(o).stdout).into_owned()
}

/// The text of the first element with `id` (tags stripped).
fn text_of(dom: &str, id: &str) -> String {
    let start = dom
        .find(&format!("id=\"{id}\""))
        .unwrap_or_else(|| panic!("no #{id} in:\n{dom}"));
    let open_end = start + dom[start..].find('>').unwrap() + 1;
    let close = open_end + dom[open_end..].find("</").unwrap();
    dom[open_end..close].to_string()
}

/// Appended to a copy of the page: measures what a reader sees and writes
/// it into the DOM (`#probe`) for `--dump-dom`: the summary is laid out, in
/// the first screen and on top at its centre; how many item rows show.
const VISIBILITY_PROBE: &str = r#"<script>
(function () {
  var out = {};
  var s = document.getElementById('summary');
  var r = s.getBoundingClientRect();
  var st = getComputedStyle(s);
  var hit = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height, 40) / 2);
  out.summaryVisible = r.width > 0 && r.height > 0 && st.display !== 'none' &&
    st.visibility !== 'hidden' && r.top < window.innerHeight && s.contains(hit);
  var rows = Array.prototype.slice.call(document.getElementById('items').tBodies[0].rows);
  out.shownRows = rows.filter(function (r) { return r.getClientRects().length > 0; }).length;
  var p = document.createElement('pre');
  p.id = 'probe';
  p.textContent = JSON.stringify(out);
  document.body.appendChild(p);
})();
</script>"#;

/// Drives the item table's status filter and sort, after the page's own script.
const INTERACTION_PROBE: &str = r#"<script>
(function () {
  var out = {};
  var status = document.getElementById('status');
  status.value = 'skipped';
  status.dispatchEvent(new Event('change'));
  var rows = Array.prototype.slice.call(document.getElementById('items').tBodies[0].rows);
  out.shownSkipped = rows.filter(function (r) { return !r.hidden; }).length;
  document.getElementById('items').tHead.rows[0].cells[0].click();
  var sorted = Array.prototype.slice.call(document.getElementById('items').tBodies[0].rows)
    .map(function (r) { return r.cells[0].textContent; });
  var copy = sorted.slice().sort(function (a, b) { return a.localeCompare(b, undefined, {numeric: true}); });
  out.sorted = JSON.stringify(sorted) === JSON.stringify(copy);
  var p = document.createElement('pre');
  p.id = 'interaction';
  p.textContent = JSON.stringify(out);
  document.body.appendChild(p);
})();
</script>"#;

#[test]
fn html_report_renders_its_summary_in_chromium() {
    let json: serde_json::Value = serde_json::from_str(&report("json")).unwrap();
    let summary = &json["summary"];
    let (bound, total) = (
        summary["bound"].as_u64().unwrap(),
        summary["declarations"].as_u64().unwrap(),
    );
    let skipped = summary["skipped"].as_u64().unwrap();
    assert!(skipped >= 5 && bound >= 1, "{summary}");
    let html = report("html");
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "self-contained"
    );

    let tmp = tempfile::tempdir().unwrap();
    let page = tmp.path().join("report.html");
    let probes = format!("{VISIBILITY_PROBE}{INTERACTION_PROBE}</body>");
    std::fs::write(&page, html.replace("</body>", &probes)).unwrap();
    let dom = rendered_dom(&page);
    let expected = format!("{:.1}%", bound as f64 * 100.0 / total as f64);
    assert_eq!(text_of(&dom, "coverage"), expected);
    assert_eq!(text_of(&dom, "skipped"), skipped.to_string());
    let probe: serde_json::Value = serde_json::from_str(&text_of(&dom, "probe")).unwrap();
    assert_eq!(probe["summaryVisible"], true, "{probe}");
    assert_eq!(probe["shownRows"], total, "{probe}");
    let driven: serde_json::Value = serde_json::from_str(&text_of(&dom, "interaction")).unwrap();
    assert_eq!(driven["shownSkipped"], skipped, "{driven}");
    assert_eq!(driven["sorted"], true, "{driven}");
    assert_eq!(
        text_of(&dom, "shown"),
        format!("{skipped} of {total} shown")
    );

    // Every reason has its group, with its count, in the rendered page.
    for (code, n) in summary["by_reason"].as_object().unwrap() {
        let group = format!("id=\"reason-{code}\"");
        assert!(dom.contains(&group), "{group}");
        assert!(
            dom.contains(&format!("<summary><code>{code}</code> ({n})</summary>")),
            "{code}"
        );
    }
    for kind in summary["by_kind"].as_object().unwrap().keys() {
        assert!(dom.contains(&format!("<tr><td>{kind}</td>")), "{kind}");
    }
}

#[test]
fn html_report_summary_needs_no_javascript() {
    let json: serde_json::Value = serde_json::from_str(&report("json")).unwrap();
    let total = json["summary"]["declarations"].as_u64().unwrap();
    // The page as a browser without JavaScript has it: its script never runs.
    let html = report("html");
    let (start, end) = (
        html.find("<script>").unwrap(),
        html.find("</script>").unwrap() + "</script>".len(),
    );
    let no_js = format!("{}{}", &html[..start], &html[end..]);
    assert!(!no_js.contains("<script"), "one script only");
    let tmp = tempfile::tempdir().unwrap();
    let page = tmp.path().join("report.html");
    std::fs::write(
        &page,
        no_js.replace("</body>", &format!("{VISIBILITY_PROBE}</body>")),
    )
    .unwrap();
    let dom = rendered_dom(&page);
    let probe: serde_json::Value = serde_json::from_str(&text_of(&dom, "probe")).unwrap();
    assert_eq!(probe["summaryVisible"], true, "{probe}");
    assert!(text_of(&dom, "coverage").ends_with('%'), "{dom}");
    assert!(dom.contains("id=\"by-kind\"") && dom.contains("id=\"by-reason\""));
    // Every row shows, and the controls that need the script stay hidden.
    assert_eq!(probe["shownRows"], total, "{probe}");
    assert!(dom.contains("<p id=\"controls\" hidden=\"\">"), "{dom}");
}

#[test]
fn markdown_report_has_the_same_sections() {
    let md = report("md");
    let json: serde_json::Value = serde_json::from_str(&report("json")).unwrap();
    let mut at = 0;
    for heading in [
        "## Summary",
        "## By kind",
        "## By reason",
        "## Conventions relied on",
        "## Skipped declarations by reason",
        "## All declarations",
    ] {
        let pos = md[at..]
            .find(heading)
            .unwrap_or_else(|| panic!("{heading} in order:\n{md}"));
        at += pos;
    }
    for (code, n) in json["summary"]["by_reason"].as_object().unwrap() {
        assert!(md.contains(&format!("| `{code}` | {n} |")), "{code}");
        assert!(md.contains(&format!("### `{code}` ({n})")), "{code}");
    }
}

/// `coverage --no-build` of the `c_handles` case (a C library whose
/// bindings rely on conventions) in `format`.
fn handles_report(format: &str) -> String {
    let case = Path::new(env!("CARGO_MANIFEST_DIR")).join("../interop-tests/cases");
    let o = ok(cxxbind()
        .arg("coverage")
        .arg(case.join("c_handles/case.h"))
        .arg("-I")
        .arg(&case)
        .arg("--config")
        .arg(case.join("c_handles/config.toml"))
        .args(["--no-build", "--format", format])
        .output()
        .unwrap());
    String::from_utf8(o.stdout).unwrap()
}

#[test]
fn markdown_and_html_show_the_conventions_each_binding_relies_on() {
    let json: serde_json::Value = serde_json::from_str(&handles_report("json")).unwrap();
    let md = handles_report("md");
    let html = handles_report("html");
    let mut counts = std::collections::BTreeMap::<String, usize>::new();
    let mut relying = 0;
    for item in json["items"].as_array().unwrap() {
        let Some(assumes) = item["assumes"].as_array() else {
            continue;
        };
        // Only bound items rely on a convention, each listed once, sorted.
        assert_eq!(item["status"], "bound", "{item}");
        let codes: Vec<&str> = assumes.iter().map(|c| c.as_str().unwrap()).collect();
        let mut sorted = codes.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(codes, sorted, "{item}");
        for c in &codes {
            *counts.entry(c.to_string()).or_default() += 1;
        }
        relying += 1;
        // The item's row lists them, in both renderings.
        let id = item["id"].as_str().unwrap();
        let listed: Vec<String> = codes.iter().map(|c| format!("`{c}`")).collect();
        let row = md
            .lines()
            .find(|l| l.starts_with(&format!("| `{id}` |")) && l.contains("| bound |"))
            .unwrap_or_else(|| panic!("no row for {id}"));
        assert!(
            row.ends_with(&format!("| {} |", listed.join(", "))),
            "{row}"
        );
        let cells: Vec<String> = codes.iter().map(|c| format!("<code>{c}</code>")).collect();
        assert!(
            html.contains(&format!("<td>{}</td></tr>", cells.join(" "))),
            "{id}"
        );
    }
    assert!(
        relying > 5 && counts.contains_key("creates-by-name"),
        "{counts:?}"
    );
    for (code, n) in &counts {
        assert!(md.contains(&format!("| `{code}` | {n} |")), "{code}");
        assert!(
            html.contains(&format!(
                "<tr><td><code>{code}</code></td><td class=\"n\">{n}</td></tr>"
            )),
            "{code}"
        );
    }
    assert!(html.contains("<section id=\"by-convention\">"));
}

/// The mode bits of `p`.
#[cfg(unix)]
fn mode(p: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

#[cfg(unix)]
#[test]
fn written_files_respect_the_umask() {
    let tmp = tempfile::tempdir().unwrap();
    for (umask, file, dir) in [("022", 0o644, 0o755), ("027", 0o640, 0o750)] {
        let report = tmp.path().join(format!("r{umask}.html"));
        let out = tmp.path().join(format!("out{umask}"));
        let script = format!(
            "umask {umask} && \"$0\" coverage \"$1\" --no-build --format html -o \"$2\" && \
             \"$0\" generate \"$1\" -o \"$3\""
        );
        ok(Command::new("sh")
            .arg("-c")
            .arg(script)
            .arg(env!("CARGO_BIN_EXE_cxxbind"))
            .arg(skipped_case())
            .arg(&report)
            .arg(&out)
            .output()
            .unwrap());
        assert_eq!(mode(&report), file, "report under umask {umask}");
        assert_eq!(mode(&out), dir, "output directory under umask {umask}");
        assert_eq!(mode(&out.join("bindings.rs")), file, "umask {umask}");
    }
}

/// The report counts the config entries a run needed (what the headers could
/// not say), and says 0 for a run without any.
#[test]
fn report_counts_config_entries() {
    let count = |config: Option<&str>| -> u64 {
        let tmp = tempfile::tempdir().unwrap();
        let mut cmd = cxxbind();
        cmd.arg("coverage")
            .arg(skipped_case())
            .args(["--no-build", "--format", "json"]);
        if let Some(text) = config {
            let path = tmp.path().join("cxxbind.toml");
            std::fs::write(&path, text).unwrap();
            cmd.arg("--config").arg(path);
        }
        let o = ok(cmd.output().unwrap());
        let r: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        r["config_entries"].as_u64().expect("config_entries")
    };
    assert_eq!(count(None), 0);
    let config = "nothrow = [\"cases::skipped\"]\nblock = \"cases::skipped::takes_.*\"\n\
                  include_dirs = [\".\"]\n\
                  [rename]\n\"cases::skipped::plain\" = \"plain_value\"\n";
    // nothrow ×1, block, rename ×1; include directories are build flags, not counted.
    assert_eq!(count(Some(config)), 3);
}
