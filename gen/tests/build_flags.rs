//! The standard, defines and include directories a run is given reach every
//! compile of its output: `coverage`'s scratch crate and the `--crate`
//! output (from the command line or `compile_commands.json`), and the CMake
//! module's glue target. The header used only compiles as C++20, with a
//! define and an include directory.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn cxxbind() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_cxxbind"));
    c.env("CXXBIND_CACHE_DIR", cache());
    c
}

/// The coverage cache the other tests share (cxx is built once).
fn cache() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/cxxbind-cache")
}

fn run(c: &mut Command) -> Output {
    c.output().expect("runs")
}

fn ok(o: Output) -> Output {
    assert!(
        o.status.success(),
        "{}\n{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    o
}

/// A header only C++20 accepts, needing `C20_FLAG=7` and `inc/` on the
/// include path; returns (header, include dir).
fn cxx20_header(tmp: &Path) -> (PathBuf, PathBuf) {
    let inc = tmp.join("inc");
    std::fs::create_dir_all(inc.join("c20")).unwrap();
    std::fs::write(
        inc.join("c20/dep.h"),
        "#pragma once\ntypedef int c20_int;\n",
    )
    .unwrap();
    let header = tmp.join("c20.h");
    std::fs::write(
        &header,
        "#pragma once\n#include <concepts>\n#include <c20/dep.h>\n\
         #if !defined(C20_FLAG) || C20_FLAG != 7\n#error C20_FLAG=7 must be defined\n#endif\n\
         namespace c20 {\ntemplate <typename T> concept Number = std::integral<T>;\n\
         static_assert(Number<c20_int>);\nc20_int twice(c20_int x) noexcept;\n}\n",
    )
    .unwrap();
    (header, inc)
}

/// Configures a CMake project calling `cxxbind_add_bindings(c20 <args>)`
/// under `tmp/<label>`; builds its glue target when `build`.
fn cmake_bindings(tmp: &Path, label: &str, args: &str, build: bool) -> Output {
    let module = Path::new(env!("CARGO_MANIFEST_DIR")).join("../build-support/cmake/CxxBind.cmake");
    let src = tmp.join(label);
    std::fs::create_dir_all(&src).unwrap();
    std::fs::write(
        src.join("CMakeLists.txt"),
        format!(
            "cmake_minimum_required(VERSION 3.20)\nproject(c20 CXX)\n\
             set(CXXBIND_EXECUTABLE \"{}\")\ninclude(\"{}\")\n\
             cxxbind_add_bindings(c20 {args})\n",
            env!("CARGO_BIN_EXE_cxxbind"),
            module.display(),
        ),
    )
    .unwrap();
    let dir = src.join("build");
    let configured = run(Command::new("cmake")
        .arg("-S")
        .arg(&src)
        .arg("-B")
        .arg(&dir));
    if !build || !configured.status.success() {
        return configured;
    }
    let built = ok(run(Command::new("cmake")
        .arg("--build")
        .arg(&dir)
        .args(["--target", "c20_cxxbind"])));
    assert!(dir.join("libc20_cxxbind.a").exists());
    built
}

#[test]
fn cmake_module_compiles_the_glue_with_its_std_defines_and_includes() {
    let tmp = tempfile::tempdir().unwrap();
    let (header, inc) = cxx20_header(tmp.path());
    let (header, inc) = (header.display(), inc.display());
    let args = format!("HEADERS \"{header}\" INCLUDE_DIRS \"{inc}\" DEFINES C20_FLAG=7 STD c++20");
    cmake_bindings(tmp.path(), "direct", &args, true);
    // An unsupported standard is refused at configure time, not mis-compiled.
    let o = cmake_bindings(
        tmp.path(),
        "old",
        &args.replace("STD c++20", "STD c++14"),
        false,
    );
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("STD must be c++17 or c++20"));
}

#[test]
fn cmake_module_compiles_the_glue_with_flags_cxxbind_found_itself() {
    // Defines and include directory come from a config passed through
    // EXTRA_ARGS: CMake never sees them, the `.flags` file carries them.
    let tmp = tempfile::tempdir().unwrap();
    let (header, _) = cxx20_header(tmp.path());
    let config = tmp.path().join("c20.toml");
    std::fs::write(
        &config,
        "std = \"c++17\"\ndefines = [\"C20_FLAG=7\"]\ninclude_dirs = [\"inc\"]\n",
    )
    .unwrap();
    let args = format!(
        "HEADERS \"{}\" STD c++20 EXTRA_ARGS --config \"{}\"",
        header.display(),
        config.display()
    );
    cmake_bindings(tmp.path(), "config", &args, true);
    let flags =
        std::fs::read_to_string(tmp.path().join("config/build/cxxbind/c20/c20.flags")).unwrap();
    // STD wins over the config's `std`.
    assert!(flags.starts_with("\"-std=c++20\"\n"), "{flags}");
    assert!(flags.contains("\"-DC20_FLAG=7\"\n"), "{flags}");
    assert!(flags.contains("/inc\"\n"), "{flags}");
}

#[test]
fn compile_commands_flags_reach_the_coverage_build() {
    let tmp = tempfile::tempdir().unwrap();
    let (header, _) = cxx20_header(tmp.path());
    let db = serde_json::json!([{
        "directory": tmp.path(),
        "command": "c++ -Iinc -DC20_FLAG=7 -std=gnu++20 -c api.cc",
        "file": "api.cc"
    }]);
    std::fs::write(tmp.path().join("compile_commands.json"), db.to_string()).unwrap();
    let o = ok(cxxbind()
        .arg("coverage")
        .arg(&header)
        .arg("-p")
        .arg(tmp.path())
        .output()
        .unwrap());
    let r: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(r["compiled"], true);
    let twice = r["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["name"] == "c20::twice")
        .cloned();
    assert_eq!(
        twice.map(|i| i["status"].clone()),
        Some("bound".into()),
        "{r}"
    );
}

#[test]
fn coverage_builds_with_the_standard_defines_and_includes_it_parsed_with() {
    let tmp = tempfile::tempdir().unwrap();
    let (header, inc) = cxx20_header(tmp.path());
    let report = tmp.path().join("r.json");
    let o = run(cxxbind()
        .arg("coverage")
        .arg(&header)
        .args(["--std", "c++20", "-D", "C20_FLAG=7", "-I"])
        .arg(&inc)
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
    assert_eq!(r["compiled"], true);
    let twice = r["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["name"] == "c20::twice")
        .cloned()
        .unwrap();
    assert_eq!(twice["status"], "bound", "{twice}");
    // The same header is not C++17.
    let o = run(cxxbind()
        .arg("coverage")
        .arg(&header)
        .args(["--std", "c++17", "-D", "C20_FLAG=7", "-I"])
        .arg(&inc));
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn crate_mode_builds_with_the_flags_it_parsed_with() {
    let tmp = tempfile::tempdir().unwrap();
    let (header, inc) = cxx20_header(tmp.path());
    let dir = tmp.path().join("c20-bindings");
    let o = run(cxxbind()
        .arg("generate")
        .arg(&header)
        .args(["--std", "c++20", "-D", "C20_FLAG=7", "-I"])
        .arg(&inc)
        .arg("--crate")
        .arg(&dir));
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let build = std::fs::read_to_string(dir.join("build.rs")).unwrap();
    assert!(build.contains(".std(\"c++20\")"), "{build}");
    assert!(
        build.contains("b.define(\"C20_FLAG\", Some(\"7\"))"),
        "{build}"
    );
    // Build it, sharing the coverage cache's target dir and lockfile (cxx is built once).
    let cache = cache();
    if cache.join("Cargo.lock").exists() {
        std::fs::copy(cache.join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    }
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let o = run(Command::new(cargo)
        .args(["build", "--quiet"])
        .current_dir(&dir)
        .env("CARGO_TARGET_DIR", cache.join("target"))
        .env_remove("RUSTFLAGS"));
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}
