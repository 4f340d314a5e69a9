//! Output paths are the user's: cxxbind writes into a directory it created
//! (marked by `.cxxbind`) or an empty one, refuses a file and a foreign
//! non-empty directory (unless `--force`), keeps every file it did not write
//! when it writes again, rewrites only files whose content changes, and
//! never leaves a staging directory or a partial output behind.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, SystemTime};

fn cxxbind() -> Command {
    Command::new(env!("CARGO_BIN_EXE_cxxbind"))
}

fn run(cmd: &mut Command) -> Output {
    cmd.output().expect("cxxbind runs")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A small library header in `dir`, declaring `functions`.
fn header(dir: &Path, functions: &[&str]) -> PathBuf {
    let path = dir.join("lib.h");
    let body: String = functions
        .iter()
        .map(|f| format!("int {f}(int);\n"))
        .collect();
    std::fs::write(&path, format!("#pragma once\nnamespace lib {{\n{body}}}\n")).unwrap();
    path
}

/// `generate HEADER <args>` (`-o DIR`, `--crate DIR`, …).
fn generate(header: &Path, args: &[&str], dir: &Path) -> Output {
    run(cxxbind().arg("generate").arg(header).args(args).arg(dir))
}

/// Every entry under `dir`, relative, sorted (directories end with `/`).
fn tree(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            let rel = p.strip_prefix(dir).unwrap().display().to_string();
            if p.is_dir() {
                out.push(format!("{rel}/"));
                stack.push(p);
            } else {
                out.push(rel);
            }
        }
    }
    out.sort();
    out
}

/// No temporary or staging entry anywhere under `dir`.
fn assert_no_leftovers(dir: &Path) {
    let left: Vec<String> = tree(dir)
        .into_iter()
        .filter(|e| {
            let name = e.trim_end_matches('/').rsplit('/').next().unwrap_or(e);
            name.starts_with(".cxxbind-")
        })
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn an_existing_file_as_output_is_refused_and_left_alone() {
    let tmp = tempfile::tempdir().unwrap();
    let h = header(tmp.path(), &["one"]);
    let file = tmp.path().join("taken");
    std::fs::write(&file, "the user's").unwrap();
    for flag in ["-o", "--crate"] {
        for force in [false, true] {
            let mut args = vec![flag];
            if force {
                args.insert(0, "--force");
            }
            let o = generate(&h, &args, &file);
            assert_eq!(o.status.code(), Some(2), "{flag}: {}", stderr(&o));
            assert!(
                stderr(&o).contains(&file.display().to_string()),
                "{}",
                stderr(&o)
            );
            assert!(stderr(&o).contains("is a file"), "{}", stderr(&o));
            assert_eq!(std::fs::read_to_string(&file).unwrap(), "the user's");
        }
    }
    assert_eq!(tree(tmp.path()), ["lib.h", "taken"]);
}

#[test]
fn a_foreign_non_empty_directory_needs_force() {
    let tmp = tempfile::tempdir().unwrap();
    let h = header(tmp.path(), &["one"]);
    let dir = tmp.path().join("mine");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("notes.txt"), "keep me").unwrap();
    let o = generate(&h, &["-o"], &dir);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains(&dir.display().to_string()),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).contains("--force"), "{}", stderr(&o));
    assert_eq!(tree(&dir), ["notes.txt"]);
    assert_no_leftovers(tmp.path());

    let o = generate(&h, &["--force", "-o"], &dir);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        std::fs::read_to_string(dir.join("notes.txt")).unwrap(),
        "keep me"
    );
    assert!(dir.join("bindings.rs").is_file());
    // Now it holds cxxbind's marker: the next run needs no --force.
    let marker = std::fs::read_to_string(dir.join(".cxxbind")).unwrap();
    assert!(marker.lines().any(|l| l == "bindings.rs"), "{marker}");
    assert!(!marker.contains("notes.txt"), "{marker}");
    let o = generate(&h, &["-o"], &dir);
    assert!(o.status.success(), "{}", stderr(&o));
    // An empty directory is anyone's.
    let empty = tmp.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let o = generate(&h, &["-o"], &empty);
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn regenerating_a_crate_keeps_target_lockfile_and_user_files() {
    let tmp = tempfile::tempdir().unwrap();
    let h = header(tmp.path(), &["one"]);
    let dir = tmp.path().join("lib-rs");
    let o = generate(&h, &["--name", "first", "--crate"], &dir);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(dir.join("src/first.rs").is_file());
    // What a build and the user add.
    std::fs::create_dir_all(dir.join("target/debug")).unwrap();
    std::fs::write(dir.join("target/debug/artifact"), "built").unwrap();
    std::fs::write(dir.join("Cargo.lock"), "# lock").unwrap();
    std::fs::write(dir.join("src/extra.rs"), "// mine").unwrap();
    std::fs::write(dir.join("README.md"), "mine").unwrap();

    // A new declaration, and new file names: the old `first.*` files go.
    let h = header(tmp.path(), &["one", "two"]);
    let o = generate(&h, &["--name", "second", "--crate"], &dir);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        std::fs::read_to_string(dir.join("target/debug/artifact")).unwrap(),
        "built"
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("Cargo.lock")).unwrap(),
        "# lock"
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("src/extra.rs")).unwrap(),
        "// mine"
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("README.md")).unwrap(),
        "mine"
    );
    let rs = std::fs::read_to_string(dir.join("src/second.rs")).unwrap();
    assert!(rs.contains("pub fn two("), "{rs}");
    let files = tree(&dir);
    assert!(!files.iter().any(|f| f.contains("first")), "{files:?}");
    assert_eq!(
        files,
        [
            ".cxxbind",
            "Cargo.lock",
            "Cargo.toml",
            "README.md",
            "build.rs",
            "src/",
            "src/extra.rs",
            "src/lib.rs",
            "src/rust/",
            "src/rust/cxx.h",
            "src/second.cxx.cc",
            "src/second.cxx.h",
            "src/second.rs",
            "src/second.shim.cc",
            "src/second.shim.h",
            "target/",
            "target/debug/",
            "target/debug/artifact",
        ]
    );
    assert_no_leftovers(tmp.path());
}

fn set_mtime(path: &Path, t: SystemTime) {
    let f = std::fs::File::options().write(true).open(path).unwrap();
    f.set_modified(t).unwrap();
}

fn mtime(path: &Path) -> SystemTime {
    std::fs::metadata(path).unwrap().modified().unwrap()
}

#[test]
fn unchanged_files_keep_their_modification_time() {
    let tmp = tempfile::tempdir().unwrap();
    let h = header(tmp.path(), &["one"]);
    let dir = tmp.path().join("out");
    assert!(generate(&h, &["-o"], &dir).status.success());
    let past = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000_000);
    let entries = [
        "bindings.rs",
        "bindings.shim.h",
        "rust/cxx.h",
        "bindings.flags",
    ];
    for f in entries {
        set_mtime(&dir.join(f), past);
    }
    // The same input: nothing is rewritten.
    assert!(generate(&h, &["-o"], &dir).status.success());
    for f in entries {
        assert_eq!(mtime(&dir.join(f)), past, "{f}");
    }
    // A new declaration: the files it changes are rewritten, the others kept.
    let h = header(tmp.path(), &["one", "two"]);
    assert!(generate(&h, &["-o"], &dir).status.success());
    assert_ne!(mtime(&dir.join("bindings.rs")), past);
    assert_eq!(mtime(&dir.join("rust/cxx.h")), past);
    assert_eq!(mtime(&dir.join("bindings.flags")), past);
}

#[test]
fn a_failed_generation_leaves_the_previous_output_as_it_was() {
    let tmp = tempfile::tempdir().unwrap();
    let h = header(tmp.path(), &["one"]);
    let dir = tmp.path().join("out");
    assert!(generate(&h, &["-o"], &dir).status.success());
    let before: Vec<(String, Vec<u8>)> = tree(&dir)
        .into_iter()
        .filter(|f| !f.ends_with('/'))
        .map(|f| (f.clone(), std::fs::read(dir.join(&f)).unwrap()))
        .collect();
    std::fs::write(&h, "#pragma once\nint broken(int x {\n").unwrap();
    let o = generate(&h, &["-o"], &dir);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let after: Vec<(String, Vec<u8>)> = tree(&dir)
        .into_iter()
        .filter(|f| !f.ends_with('/'))
        .map(|f| (f.clone(), std::fs::read(dir.join(&f)).unwrap()))
        .collect();
    assert_eq!(before, after);
    assert_no_leftovers(tmp.path());
}

/// `-o .` writes into the current directory like any other: accepted when
/// it is empty or cxxbind's, refused when it holds someone else's files.
#[test]
fn the_current_directory_is_an_output_like_any_other() {
    let tmp = tempfile::tempdir().unwrap();
    let h = header(tmp.path(), &["one"]);
    let here = tmp.path().join("here");
    std::fs::create_dir(&here).unwrap();
    for _ in 0..2 {
        let o = run(cxxbind()
            .current_dir(&here)
            .arg("generate")
            .arg(&h)
            .args(["-o", "."]));
        assert!(o.status.success(), "{}", stderr(&o));
    }
    assert!(here.join("bindings.rs").is_file() && here.join(".cxxbind").is_file());
    assert_no_leftovers(tmp.path());
    // The header's own directory is not cxxbind's.
    let o = run(cxxbind()
        .current_dir(tmp.path())
        .arg("generate")
        .arg(&h)
        .args(["-o", "."]));
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert_eq!(
        tree(tmp.path())
            .iter()
            .filter(|f| f.starts_with("bindings"))
            .count(),
        0
    );
}
