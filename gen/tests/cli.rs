//! The CLI contract: exit codes, atomic and deterministic output, clang's
//! diagnostics, skip reasons, `coverage` building what it reports, `diff`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn cxxbind() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_cxxbind"));
    // Share one cached target dir for coverage builds across test runs.
    let cache = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/cxxbind-cache");
    c.env("CXXBIND_CACHE_DIR", cache);
    c
}

fn cases() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../interop-tests/cases")
}

fn run(cmd: &mut Command) -> Output {
    cmd.output().expect("cxxbind runs")
}

fn read_dir_sorted(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let rel = p.strip_prefix(dir).unwrap().display().to_string();
                out.push((rel, std::fs::read(&p).unwrap()));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn generate_is_byte_for_byte_deterministic() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    for out in [&a, &b] {
        let o = run(cxxbind()
            .args([
                "generate",
                "/usr/include/snappy.h",
                "/usr/include/snappy-sinksource.h",
                "-o",
            ])
            .arg(out));
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    let (fa, fb) = (read_dir_sorted(&a), read_dir_sorted(&b));
    let names: Vec<_> = fa.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(
        names,
        [
            ".cxxbind",
            "bindings.cxx.cc",
            "bindings.cxx.h",
            "bindings.flags",
            "bindings.rs",
            "bindings.shim.cc",
            "bindings.shim.h",
            "rust/cxx.h"
        ]
    );
    assert_eq!(fa, fb);
}

#[test]
fn syntax_error_exits_1_with_diagnostics_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let header = tmp.path().join("broken.h");
    std::fs::write(&header, "int ok(int);\nint broken(int x {\n").unwrap();
    let out = tmp.path().join("out");
    let o = run(cxxbind().arg("generate").arg(&header).arg("-o").arg(&out));
    assert_eq!(o.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("broken.h:2:"), "{stderr}");
    assert!(stderr.contains("error:"), "{stderr}");
    assert!(!out.exists(), "no output directory after a parse failure");
    let leftovers: Vec<_> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers.len(), 1, "only the header remains: {leftovers:?}");
}

#[test]
fn template_next_to_plain_function_still_generates() {
    let tmp = tempfile::tempdir().unwrap();
    let header = tmp.path().join("mixed.h");
    std::fs::write(
        &header,
        "#pragma once\nnamespace m {\ntemplate <typename T> T twice(T x) { return x + x; }\nint plain(int x);\n}\n",
    )
    .unwrap();
    let out = tmp.path().join("out");
    let o = run(cxxbind().arg("generate").arg(&header).arg("-o").arg(&out));
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let rs = std::fs::read_to_string(out.join("bindings.rs")).unwrap();
    assert!(rs.contains("pub fn plain(x: i32)"), "{rs}");
    assert!(!rs.contains("twice"), "{rs}");
    let report_path = tmp.path().join("r.json");
    let o = run(cxxbind()
        .arg("coverage")
        .arg(&header)
        .args(["--format", "json", "-o"])
        .arg(&report_path));
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let r: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&report_path).unwrap()).unwrap();
    let items = r["items"].as_array().unwrap();
    let find = |name: &str| items.iter().find(|i| i["name"] == name).unwrap().clone();
    assert_eq!(find("m::plain")["status"], "bound");
    assert_eq!(find("m::plain")["rust_path"], "m::plain");
    let t = find("m::twice");
    assert_eq!(t["status"], "skipped");
    assert_eq!(t["kind"], "function_template");
    assert_eq!(t["reason_code"], "function-template");
    assert_eq!(t["location"], "mixed.h:3");
    assert_eq!(r["compiled"], true);
}

#[test]
fn snappy_coverage_builds_and_meets_the_bar() {
    let tmp = tempfile::tempdir().unwrap();
    let report = tmp.path().join("r.json");
    let o = run(cxxbind()
        .args([
            "coverage",
            "/usr/include/snappy.h",
            "/usr/include/snappy-sinksource.h",
            "--link",
            "snappy",
        ])
        .args(["--format", "json", "-o"])
        .arg(&report));
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let r: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
    let callables = &r["summary"]["callables"];
    // Every public callable in the two headers: 15 functions in snappy.h,
    // 23 constructors, destructors and methods in snappy-sinksource.h.
    assert_eq!(callables["total"], 38);
    assert!(
        callables["coverage"].as_f64().unwrap() >= 0.70,
        "{callables}"
    );
    let items = r["items"].as_array().unwrap();
    assert_eq!(
        items.len() as u64,
        r["summary"]["declarations"].as_u64().unwrap()
    );
    for i in items {
        if i["status"] == "skipped" {
            assert!(
                i["reason_code"].is_string()
                    && i["reason"].is_string()
                    && i["location"].is_string(),
                "{i}"
            );
        } else {
            assert!(i["rust_path"].is_string(), "{i}");
        }
    }
}

#[test]
fn usage_errors_exit_2() {
    let o = run(cxxbind().args([
        "generate",
        "/nonexistent/header.h",
        "-o",
        "/tmp/never-written",
    ]));
    assert_eq!(o.status.code(), Some(2));
    assert!(!Path::new("/tmp/never-written").exists());
    let o = run(cxxbind().args([
        "generate",
        "/usr/include/snappy.h",
        "--std",
        "c++98",
        "-o",
        "/tmp/x",
    ]));
    assert_eq!(o.status.code(), Some(2));
    let o = run(cxxbind().args(["generate", "/usr/include/snappy.h"]));
    assert_eq!(o.status.code(), Some(2), "missing -o/--crate");
    let o = run(cxxbind().args(["coverage", "/usr/include/snappy.h", "--allow", "("]));
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn block_and_allow_filter_by_qualified_name() {
    let header = cases().join("scalars/case.h");
    let o = run(cxxbind().arg("coverage").arg(&header).args([
        "--no-build",
        "--block",
        "cases::scalars::id_.*",
        "--format",
        "json",
    ]));
    assert!(o.status.success());
    let r: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    for i in r["items"].as_array().unwrap() {
        let blocked = i["name"]
            .as_str()
            .unwrap()
            .starts_with("cases::scalars::id_");
        assert_eq!(i["reason_code"] == "blocked", blocked, "{i}");
    }
    let o = run(cxxbind().arg("coverage").arg(&header).args([
        "--no-build",
        "--allow",
        "cases::scalars::add",
        "--format",
        "json",
    ]));
    let r: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(r["summary"]["bound"], 1);
}

#[test]
fn depfile_lists_the_headers_and_their_includes() {
    let tmp = tempfile::tempdir().unwrap();
    let dep = tmp.path().join("b.d");
    let o = run(cxxbind()
        .args(["generate", "/usr/include/snappy.h", "-o"])
        .arg(tmp.path().join("out"))
        .arg("--depfile")
        .arg(&dep));
    assert!(o.status.success());
    let text = std::fs::read_to_string(&dep).unwrap();
    assert!(
        text.starts_with(&format!(
            "{}:",
            tmp.path().join("out/bindings.rs").display()
        )),
        "{text}"
    );
    assert!(text.contains("/usr/include/snappy.h"), "{text}");
    assert!(text.contains("snappy-stubs-public.h"), "{text}");
}

#[test]
fn crate_mode_writes_a_cargo_crate() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("snappy-sys-safe");
    let o = run(cxxbind()
        .args(["generate", "/usr/include/snappy.h", "--crate"])
        .arg(&dir)
        .args(["--link", "snappy"]));
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let toml = std::fs::read_to_string(dir.join("Cargo.toml")).unwrap();
    assert!(toml.contains("name = \"snappy_sys_safe\""), "{toml}");
    let build = std::fs::read_to_string(dir.join("build.rs")).unwrap();
    assert!(build.contains("cargo:rustc-link-lib=snappy"), "{build}");
    assert!(dir.join("src/bindings.rs").exists() && dir.join("src/rust/cxx.h").exists());
}

fn line_with<'t>(text: &'t str, needle: &str) -> &'t str {
    text.lines()
        .find(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("no line with {needle:?} in:\n{text}"))
}

#[test]
fn diff_reports_status_changes() {
    let tmp = tempfile::tempdir().unwrap();
    let header = cases().join("scalars/case.h");
    let (old, new) = (tmp.path().join("old.json"), tmp.path().join("new.json"));
    for (path, block) in [(&old, "cases::scalars::add"), (&new, "cases::scalars::mul")] {
        let o = run(cxxbind()
            .arg("coverage")
            .arg(&header)
            .args(["--no-build", "--block", block, "-o"])
            .arg(path));
        assert!(o.status.success());
    }
    let o = run(cxxbind().arg("diff").arg(&old).arg(&new));
    assert!(o.status.success());
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.contains("newly bound: 1\n"), "{text}");
    assert!(text.contains("newly skipped: 1\n"), "{text}");
    assert!(
        line_with(&text, "cases::scalars::add(double, double) [function]")
            .ends_with("skipped (blocked) -> bound"),
        "{text}"
    );
    assert!(
        line_with(&text, "cases::scalars::mul(int32_t, int32_t) [function]")
            .ends_with("bound -> skipped (blocked)"),
        "{text}"
    );
    // A regression (mul) fails the gate; the same diff without the flag does not.
    let o = run(cxxbind()
        .arg("diff")
        .arg(&old)
        .arg(&new)
        .arg("--fail-on-regression"));
    assert_eq!(o.status.code(), Some(1));
    let o = run(cxxbind()
        .arg("diff")
        .arg(&new)
        .arg(&new)
        .arg("--fail-on-regression"));
    assert_eq!(o.status.code(), Some(0));
}

/// Two coverage reports of `ov::f`: the old header has `f(int)` and
/// `f(double)`, the new one only `f(int)`.
fn overload_reports(tmp: &Path) -> (PathBuf, PathBuf) {
    let (old, new) = (tmp.join("old.json"), tmp.join("new.json"));
    for (path, text) in [
        (&old, "int f(int x);\nint f(double x);\n"),
        (&new, "int f(int x);\n"),
    ] {
        let header = tmp.join("ov.h");
        std::fs::write(
            &header,
            format!("#pragma once\nnamespace ov {{\n{text}}}\n"),
        )
        .unwrap();
        let o = run(cxxbind()
            .arg("coverage")
            .arg(&header)
            .args(["--no-build", "-o"])
            .arg(path));
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    (old, new)
}

#[test]
fn diff_tells_overloads_apart_and_gates_on_regressions() {
    let tmp = tempfile::tempdir().unwrap();
    let (old, new) = overload_reports(tmp.path());
    let r: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&old).unwrap()).unwrap();
    let ids: Vec<&str> = r["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["ov::f(int)", "ov::f(double)"]);

    let o = run(cxxbind()
        .arg("diff")
        .arg(&old)
        .arg(&new)
        .args(["--format", "json"]));
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let d: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let ids = |group: &str| -> Vec<String> {
        d[group]
            .as_array()
            .unwrap_or_else(|| panic!("{group} in {d}"))
            .iter()
            .map(|c| c["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(ids("removed"), ["ov::f(double)"], "{d}");
    assert!(ids("newly_bound").is_empty(), "{d}");
    assert!(ids("newly_skipped").is_empty(), "{d}");
    assert!(ids("reason_changed").is_empty(), "{d}");
    assert_eq!(d["regressions"], 1);
    assert_eq!(d["removed"][0]["old_status"], "bound");

    let o = run(cxxbind().arg("diff").arg(&old).arg(&new));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(
        text.contains("removed: 1\n  ov::f(double) [function]"),
        "{text}"
    );
    assert!(!text.contains("ov::f(int)"), "{text}");

    let o = run(cxxbind()
        .arg("diff")
        .arg(&old)
        .arg(&new)
        .args(["--format", "md"]));
    let md = String::from_utf8_lossy(&o.stdout);
    assert!(md.contains("| removed | 1 |"), "{md}");
    assert!(md.contains("| `ov::f(double)` | function |"), "{md}");

    let o = run(cxxbind()
        .arg("diff")
        .arg(&old)
        .arg(&new)
        .arg("--fail-on-regression"));
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("1 declaration(s) bound before"));
}

#[test]
fn diff_reads_reports_written_before_ids() {
    let tmp = tempfile::tempdir().unwrap();
    let (old, new) = overload_reports(tmp.path());
    // An old report: the same items without `id`.
    let mut r: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&old).unwrap()).unwrap();
    for i in r["items"].as_array_mut().unwrap() {
        i.as_object_mut().unwrap().remove("id");
    }
    std::fs::write(&old, r.to_string()).unwrap();
    let o = run(cxxbind()
        .arg("diff")
        .arg(&old)
        .arg(&new)
        .args(["--format", "json"]));
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let d: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    // Matched by name in source order: the second `ov::f` is the one gone.
    assert_eq!(d["removed"][0]["id"], "ov::f #2", "{d}");
    assert_eq!(d["regressions"], 1);
}

#[test]
fn coverage_isolates_declarations_that_fail_to_build() {
    // clang sees declarations that g++ (which compiles the glue) does not:
    // only those are reported as build-failed, the rest stays bound, found
    // from g++'s errors in one rebuild, and the run succeeds.
    let tmp = tempfile::tempdir().unwrap();
    let header = tmp.path().join("cc.h");
    std::fs::write(
        &header,
        "#pragma once\nnamespace cc {\n#if defined(__clang__)\nint only_in_clang(int x);\n\
         struct ClangOnly { ClangOnly(); int get() const; };\n#endif\nint everywhere(int x);\n}\n",
    )
    .unwrap();
    let report = tmp.path().join("r.json");
    let o = run(cxxbind()
        .arg("coverage")
        .arg(&header)
        .arg("-o")
        .arg(&report));
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("cc::only_in_clang@"), "{stderr}");
    assert!(stderr.contains("left out as build-failed"), "{stderr}");
    let r: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
    let status: Vec<(String, String)> = r["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            let code = i["reason_code"].as_str().unwrap_or("bound").to_string();
            (i["name"].as_str().unwrap().to_string(), code)
        })
        .collect();
    let expect = |n: &str, s: &str| (n.to_string(), s.to_string());
    assert_eq!(
        status,
        [
            expect("cc::only_in_clang", "build-failed"),
            expect("cc::ClangOnly", "build-failed"),
            expect("cc::ClangOnly::ClangOnly", "build-failed"),
            expect("cc::ClangOnly::get", "build-failed"),
            expect("cc::everywhere", "bound"),
        ]
    );
    assert_eq!(r["compiled"], true);
    // The first build fails; the second, without what its errors point at, compiles.
    assert_eq!(r["builds"], 2);
    let only = r["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["name"] == "cc::only_in_clang")
        .unwrap();
    let message = only["reason"].as_str().unwrap();
    assert!(
        message.contains("error: 'only_in_clang' is not a member of 'cc'"),
        "{message}"
    );
}

#[test]
fn generate_verify_writes_only_what_builds() {
    let tmp = tempfile::tempdir().unwrap();
    let header = tmp.path().join("vv.h");
    std::fs::write(
        &header,
        "#pragma once\nnamespace vv {\n#if defined(__clang__)\nint only_in_clang(int x);\n#endif\n\
         int everywhere(int x);\n}\n",
    )
    .unwrap();
    let out = tmp.path().join("crate");
    let o = run(cxxbind()
        .args(["generate", "--verify"])
        .arg(&header)
        .arg("--crate")
        .arg(&out));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{stderr}");
    assert!(
        stderr.contains("left out as build-failed: vv::only_in_clang@"),
        "{stderr}"
    );
    let rs = std::fs::read_to_string(out.join("src/bindings.rs")).unwrap();
    assert!(rs.contains("pub fn everywhere(") && !rs.contains("only_in_clang"));
}

#[test]
fn compile_commands_supply_include_dirs_and_defines() {
    let tmp = tempfile::tempdir().unwrap();
    let inc = tmp.path().join("inc");
    std::fs::create_dir_all(inc.join("lib")).unwrap();
    std::fs::write(
        inc.join("lib/dep.h"),
        "#pragma once\ntypedef int lib_int;\n",
    )
    .unwrap();
    let header = tmp.path().join("api.h");
    std::fs::write(
        &header,
        "#pragma once\n#include <lib/dep.h>\n#ifndef API_ENABLED\n#error API_ENABLED must be defined\n#endif\nlib_int api(lib_int x);\n",
    )
    .unwrap();
    let db = serde_json::json!([{
        "directory": tmp.path(),
        "command": "c++ -Iinc -DAPI_ENABLED=1 -std=c++17 -c api.cc",
        "file": "api.cc"
    }]);
    std::fs::write(tmp.path().join("compile_commands.json"), db.to_string()).unwrap();
    // Without the build's flags the header does not parse ...
    let o = run(cxxbind()
        .arg("generate")
        .arg(&header)
        .arg("-o")
        .arg(tmp.path().join("a")));
    assert_eq!(o.status.code(), Some(1));
    // ... with them it does.
    let o = run(cxxbind()
        .arg("generate")
        .arg(&header)
        .arg("-p")
        .arg(tmp.path())
        .arg("-o")
        .arg(tmp.path().join("b")));
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let rs = std::fs::read_to_string(tmp.path().join("b/bindings.rs")).unwrap();
    assert!(rs.contains("pub fn api(x: i32)"), "{rs}");
}

#[test]
fn config_declares_namespaces_non_throwing() {
    let tmp = tempfile::tempdir().unwrap();
    let config = tmp.path().join("cxxbind.toml");
    std::fs::write(
        &config,
        "nothrow = [\"cases::scalars\"]\nblock = \"cases::scalars::id_.*\"\n",
    )
    .unwrap();
    let o = run(cxxbind()
        .arg("generate")
        .arg(cases().join("scalars/case.h"))
        .arg("--config")
        .arg(&config)
        .arg("-o")
        .arg(tmp.path().join("out")));
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let rs = std::fs::read_to_string(tmp.path().join("out/bindings.rs")).unwrap();
    assert!(rs.contains("pub fn add(a: f64, b: f64) -> f64"), "{rs}");
    assert!(!rs.contains("pub fn id_i32"), "blocked by the config");
    std::fs::write(&config, "unknown_key = 1\n").unwrap();
    let o = run(cxxbind()
        .arg("generate")
        .arg(cases().join("scalars/case.h"))
        .arg("--config")
        .arg(&config)
        .arg("-o")
        .arg(tmp.path().join("out2")));
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("unknown_key"));
}

/// An `[arrays]` entry that names no array parameter is a usage error that
/// says which entry and why, not an entry silently ignored.
#[test]
fn config_arrays_must_name_an_array_parameter() {
    let tmp = tempfile::tempdir().unwrap();
    let config = tmp.path().join("cxxbind.toml");
    for (entry, why) in [
        (
            "\"kv_table.nope\" = \"1\"",
            "the function has no such parameter",
        ),
        ("\"kv_nothing.table\" = \"1\"", "no function of the headers"),
        (
            "\"kv_table.rows\" = \"1\"",
            "neither `char***` nor `const char**`",
        ),
        ("\"kv_table\" = \"1\"", "expected `function.parameter`"),
    ] {
        std::fs::write(&config, format!("[arrays]\n{entry}\n")).unwrap();
        let o = run(cxxbind()
            .arg("generate")
            .arg(cases().join("c_handles/case.h"))
            .arg("--config")
            .arg(&config)
            .arg("-o")
            .arg(tmp.path().join("out")));
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{entry}: {stderr}");
        assert!(
            stderr.contains("[arrays]") && stderr.contains(why),
            "{entry}: {stderr}"
        );
        assert!(!tmp.path().join("out").exists());
    }
}

#[test]
fn missing_libclang_names_the_package_and_the_variable() {
    let empty = tempfile::tempdir().unwrap();
    let o = run(cxxbind()
        .env("LIBCLANG_PATH", empty.path())
        .args(["generate", "/usr/include/snappy.h", "-o"])
        .arg(empty.path().join("out")));
    assert_eq!(o.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        stderr.contains("libclang-dev") && stderr.contains("LIBCLANG_PATH"),
        "{stderr}"
    );
    assert!(!empty.path().join("out").exists());
}

/// Overloads are named from their signatures: adding one renames none of the
/// others, and the config can rename any of them by Rust path.
#[test]
fn overload_names_follow_signatures_and_survive_new_overloads() {
    let tmp = tempfile::tempdir().unwrap();
    let header = tmp.path().join("fmt.h");
    let gen = |text: &str, config: Option<&str>, out: &str| -> String {
        std::fs::write(&header, text).unwrap();
        let mut cmd = cxxbind();
        cmd.arg("generate")
            .arg(&header)
            .arg("-o")
            .arg(tmp.path().join(out));
        if let Some(c) = config {
            let path = tmp.path().join(format!("{out}.toml"));
            std::fs::write(&path, c).unwrap();
            cmd.arg("--config").arg(path);
        }
        let o = run(&mut cmd);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let rs = std::fs::read_to_string(tmp.path().join(out).join("bindings.rs")).unwrap();
        // Whitespace-free, so line wrapping does not matter.
        rs.split_whitespace().collect::<String>()
    };
    let v1 = "#pragma once\n#include <string>\nnamespace fmt {\n\
              std::string to_str(int v);\nstd::string to_str(double v);\n}\n";
    let v2 = "#pragma once\n#include <string>\nnamespace fmt {\n\
              std::string to_str(int v);\nstd::string to_str(double v);\n\
              std::string to_str(double v, int precision);\n}\n";
    let rs1 = gen(v1, None, "v1");
    let rs2 = gen(v2, None, "v2");
    for rs in [&rs1, &rs2] {
        assert!(rs.contains("pubfnto_str(v:i32"), "{rs}");
        assert!(rs.contains("pubfnto_str_f64(v:f64"), "{rs}");
        assert!(!rs.contains("to_str_1"), "no source-order numbers: {rs}");
    }
    assert!(
        rs2.contains("pubfnto_str_f64_i32(v:f64,precision:i32"),
        "{rs2}"
    );
    let renamed = gen(
        v2,
        Some("[rename]\n\"fmt::to_str_f64\" = \"to_str_double\"\n"),
        "v3",
    );
    assert!(renamed.contains("pubfnto_str_double(v:f64"), "{renamed}");
    std::fs::write(
        tmp.path().join("bad.toml"),
        "[rename]\n\"fmt::to_str\" = \"not ok\"\n",
    )
    .unwrap();
    let o = run(cxxbind()
        .arg("generate")
        .arg(&header)
        .arg("--config")
        .arg(tmp.path().join("bad.toml"))
        .arg("-o")
        .arg(tmp.path().join("v4")));
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn missing_library_fails_with_the_linkers_message_and_blames_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let header = tmp.path().join("lib.h");
    std::fs::write(&header, "#pragma once\nint twice(int x);\n").unwrap();
    let report = tmp.path().join("r.json");
    let o = run(cxxbind()
        .arg("coverage")
        .arg(&header)
        .args(["--link", "nosuchlib", "-o"])
        .arg(&report));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(3), "{stderr}");
    assert!(
        stderr.contains("cannot find -lnosuchlib") || stderr.contains("unable to find library"),
        "{stderr}"
    );
    assert!(!stderr.contains("build-failed"), "{stderr}");
    assert!(!report.exists());
}
