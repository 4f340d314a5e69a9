//! Templates through the CLI: an instance member whose body does not compile
//! for its arguments is isolated by `coverage` and left out with `--block`;
//! config instantiations that cannot be made say why.

use std::path::Path;
use std::process::{Command, Output};

fn cxxbind() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_cxxbind"));
    // Share one cached target dir for coverage builds across test runs.
    let cache = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/cxxbind-cache");
    c.env("CXXBIND_CACHE_DIR", cache);
    c
}

fn run(cmd: &mut Command) -> Output {
    cmd.output().expect("cxxbind runs")
}

/// `(name, reason code or "bound")` of every item.
fn statuses(report: &Path) -> Vec<(String, String)> {
    let r: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(report).unwrap()).unwrap();
    assert_eq!(r["compiled"], true);
    r["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            let code = i["reason_code"].as_str().unwrap_or("bound").to_string();
            (i["name"].as_str().unwrap().to_string(), code)
        })
        .collect()
}

const HEADER: &str = "#pragma once\nnamespace tt {\nstruct P { P() : x(0) {} int x; };\n\
template <typename T>\nstruct W {\n  W() : v() {}\n  T sum() const { return v + v; }\n  \
int size() const { return 1; }\n  T v;\n};\nW<P>* keep();\nint size_of(const W<P>& w);\n}\n";

#[test]
fn an_instance_member_that_does_not_compile_is_isolated_then_blocked() {
    let tmp = tempfile::tempdir().unwrap();
    let header = tmp.path().join("tt.h");
    std::fs::write(&header, HEADER).unwrap();
    let report = tmp.path().join("r.json");
    // `W<P>::sum` adds two `P`s: only building the shims finds out.
    let o = run(cxxbind()
        .arg("coverage")
        .arg(&header)
        .arg("-o")
        .arg(&report));
    let stderr = String::from_utf8_lossy(&o.stderr);
    // The rest compiles after one rebuild: the run succeeds, naming what it left out.
    assert_eq!(o.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("tt::W<::tt::P>::sum@"), "{stderr}");
    let r: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
    assert_eq!(r["builds"], 2);
    let status = statuses(&report);
    let of = |n: &str| {
        status
            .iter()
            .find(|(name, _)| name == n)
            .map(|(_, s)| s.clone())
    };
    assert_eq!(of("tt::W::sum").as_deref(), Some("build-failed"));
    assert_eq!(of("tt::W::size").as_deref(), Some("bound"));
    assert_eq!(of("tt::W").as_deref(), Some("bound"));
    assert_eq!(of("tt::size_of").as_deref(), Some("bound"));
    // Left out by name, the rest builds.
    let o = run(cxxbind()
        .arg("coverage")
        .arg(&header)
        .arg("--block")
        .arg("tt::W<::tt::P>::sum")
        .arg("-o")
        .arg(&report));
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let status = statuses(&report);
    assert!(status.contains(&("tt::W::sum".to_string(), "blocked".to_string())));
}

#[test]
fn config_instantiations_that_cannot_be_made_say_why() {
    let tmp = tempfile::tempdir().unwrap();
    let header = tmp.path().join("tf.h");
    std::fs::write(
        &header,
        "#pragma once\nnamespace tf {\ntemplate <typename T> T first(T a, T b) { return a; }\n\
         template <typename A, typename B> A pick(A a, B b) { return a; }\n}\n",
    )
    .unwrap();
    let config = tmp.path().join("c.toml");
    std::fs::write(
        &config,
        "[instantiate]\n\"tf::first\" = [\"int\", \"tf::Missing\"]\n\"tf::pick\" = [\"int\"]\n",
    )
    .unwrap();
    let report = tmp.path().join("r.json");
    let o = run(cxxbind()
        .arg("coverage")
        .arg(&header)
        .arg("--config")
        .arg(&config)
        .arg("--no-build")
        .arg("-o")
        .arg(&report));
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let r: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
    assert_eq!(r["config_entries"], 3);
    let items = r["items"].as_array().unwrap();
    // `first<int>` binds; the template counts once, bound.
    assert_eq!(items[0]["name"], "tf::first");
    assert_eq!(items[0]["status"], "bound");
    assert_eq!(items[0]["rust_path"], "tf::first_i32");
    // `pick` takes two arguments: its entry names one.
    assert_eq!(items[1]["name"], "tf::pick");
    assert_eq!(items[1]["reason_code"], "function-template");
    let reason = items[1]["reason"].as_str().unwrap();
    assert!(reason.contains("`tf::pick<int>`"), "{reason}");
    assert_eq!(items.len(), 2);
}
