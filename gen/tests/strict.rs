//! `--strict`: a run binds only what the types state. Every binding that
//! would rely on a convention read from a name is skipped as
//! `assumed-by-name`, what is left builds, and the config states what the
//! names only suggested.

use std::path::{Path, PathBuf};
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

/// A small C library whose bindings rely on conventions read from names
/// (creating and destroy functions, a length named `len`) next to calls the
/// types state alone.
const STRICT_HEADER: &str =
    "#pragma once\n#include <stddef.h>\n#ifdef __cplusplus\nextern \"C\" {\n#endif\n\
typedef struct st_db st_db;\n\
st_db* st_open(const char* path);\n\
void st_close(st_db* db);\n\
int st_write(st_db* db, const char* data, int len);\n\
int st_write_n(st_db* db, const char* data, size_t n);\n\
int st_count(const st_db* db);\n\
int add(int a, int b);\n\
#ifdef __cplusplus\n}\n#endif\n";

/// Each item's id → (status or reason code, the conventions it relies on).
fn statuses(report: &Path) -> std::collections::BTreeMap<String, (String, Vec<String>)> {
    let r: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(report).unwrap()).unwrap();
    r["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            let status = i["reason_code"].as_str().unwrap_or("bound").to_string();
            let assumes = i["assumes"]
                .as_array()
                .map(|a| a.iter().map(|c| c.as_str().unwrap().to_string()).collect())
                .unwrap_or_default();
            (i["id"].as_str().unwrap().to_string(), (status, assumes))
        })
        .collect()
}

#[test]
fn strict_binds_only_what_the_types_state() {
    let tmp = tempfile::tempdir().unwrap();
    let header = tmp.path().join("st.h");
    std::fs::write(&header, STRICT_HEADER).unwrap();
    let report = |name: &str, args: &[&str]| -> PathBuf {
        let path = tmp.path().join(name);
        let o = run(cxxbind()
            .arg("coverage")
            .arg(&header)
            .args(args)
            .arg("-o")
            .arg(&path));
        assert_eq!(
            o.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
        path
    };
    let s = |status: &str, assumes: &[&str]| {
        (
            status.to_string(),
            assumes.iter().map(|c| c.to_string()).collect::<Vec<_>>(),
        )
    };
    // By default, each binding lists the conventions it relies on.
    let guessed = statuses(&report("default.json", &["--no-build"]));
    assert_eq!(
        guessed["st_open(const char*)"],
        s("bound", &["creates-by-name", "destroys-by-name"])
    );
    assert_eq!(
        guessed["st_close(st_db*)"],
        s("bound", &["destroys-by-name"])
    );
    assert_eq!(guessed["st_db"], s("bound", &["destroys-by-name"]));
    assert_eq!(
        guessed["st_write(st_db*, const char*, int)"],
        s("bound", &["length-by-name"])
    );
    assert_eq!(
        guessed["st_write_n(st_db*, const char*, size_t)"],
        s("bound", &[])
    );
    assert_eq!(guessed["add(int, int)"], s("bound", &[]));

    // `--strict` skips them, and what is left builds.
    let strict_path = report("strict.json", &["--strict"]);
    let r: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&strict_path).unwrap()).unwrap();
    assert_eq!(r["compiled"], true);
    let strict = statuses(&strict_path);
    assert!(strict.values().all(|(_, a)| a.is_empty()), "{strict:?}");
    assert_eq!(
        strict["st_write(st_db*, const char*, int)"].0,
        "assumed-by-name"
    );
    let write = r["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["name"] == "st_write")
        .unwrap();
    assert!(
        write["reason"]
            .as_str()
            .unwrap()
            .contains("relies on what names say (length-by-name)"),
        "{write}"
    );
    // No destroy function is known without its name: the handle is
    // borrow-only, nothing creates one, and nothing ends one.
    assert_eq!(strict["st_open(const char*)"].0, "no-destroy-function");
    assert_eq!(strict["st_close(st_db*)"].0, "destroys-handle");
    assert_eq!(strict["st_db"].0, "bound");
    for stated in [
        "st_write_n(st_db*, const char*, size_t)",
        "st_count(const st_db*)",
        "add(int, int)",
    ] {
        assert_eq!(strict[stated], s("bound", &[]), "{stated}");
    }

    // The config states what the names only suggested, and `strict = true`
    // there is `--strict`.
    let config = tmp.path().join("st.toml");
    std::fs::write(
        &config,
        "strict = true\ncaller_frees = [\"st_open\"]\n[destroy]\n\"st_db\" = \"st_close\"\n",
    )
    .unwrap();
    let config_arg = config.to_str().unwrap();
    let stated = statuses(&report(
        "stated.json",
        &["--no-build", "--config", config_arg],
    ));
    assert_eq!(stated["st_open(const char*)"], s("bound", &[]));
    assert_eq!(stated["st_close(st_db*)"], s("bound", &[]));
    assert_eq!(
        stated["st_write(st_db*, const char*, int)"].0,
        "assumed-by-name"
    );

    // `generate --strict` writes only what the types state.
    let out = tmp.path().join("out");
    let o = run(cxxbind()
        .arg("generate")
        .arg(&header)
        .arg("--strict")
        .arg("-o")
        .arg(&out));
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let rs = std::fs::read_to_string(out.join("bindings.rs")).unwrap();
    assert!(rs.contains("pub fn st_write_n(") && !rs.contains("pub fn st_write("));
}
