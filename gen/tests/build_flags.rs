//! The standard, defines and include directories a run is given reach every
//! compile of its output: the CMake module's glue target, and `coverage`'s
//! scratch crate when the flags come from `compile_commands.json`.
//! (`cli.rs` covers `--std`/`-D`/`-I` through `coverage` and `--crate`.)

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

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

#[test]
fn cmake_module_compiles_the_glue_with_its_std_defines_and_includes() {
    let tmp = tempfile::tempdir().unwrap();
    let (header, inc) = cxx20_header(tmp.path());
    let module = Path::new(env!("CARGO_MANIFEST_DIR")).join("../build-support/cmake/CxxBind.cmake");
    let src = tmp.path().join("project");
    std::fs::create_dir_all(&src).unwrap();
    std::fs::write(
        src.join("CMakeLists.txt"),
        format!(
            "cmake_minimum_required(VERSION 3.20)\nproject(c20 CXX)\n\
             set(CXXBIND_EXECUTABLE \"{}\")\ninclude(\"{}\")\n\
             cxxbind_add_bindings(c20 HEADERS \"{}\" INCLUDE_DIRS \"{}\" DEFINES C20_FLAG=7 STD c++20)\n",
            env!("CARGO_BIN_EXE_cxxbind"),
            module.display(),
            header.display(),
            inc.display()
        ),
    )
    .unwrap();
    let build = tmp.path().join("build");
    ok(Command::new("cmake")
        .arg("-S")
        .arg(&src)
        .arg("-B")
        .arg(&build)
        .output()
        .expect("cmake runs"));
    ok(Command::new("cmake")
        .arg("--build")
        .arg(&build)
        .args(["--target", "c20_cxxbind"])
        .output()
        .unwrap());
    assert!(build.join("libc20_cxxbind.a").exists());
    // An unsupported standard is refused at configure time, not mis-compiled.
    let text = std::fs::read_to_string(src.join("CMakeLists.txt")).unwrap();
    std::fs::write(
        src.join("CMakeLists.txt"),
        text.replace("STD c++20", "STD c++14"),
    )
    .unwrap();
    let o = Command::new("cmake")
        .arg("-S")
        .arg(&src)
        .arg("-B")
        .arg(tmp.path().join("build14"))
        .output()
        .unwrap();
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("STD must be c++17 or c++20"));
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
    let cache = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/cxxbind-cache");
    let o = ok(Command::new(env!("CARGO_BIN_EXE_cxxbind"))
        .env("CXXBIND_CACHE_DIR", cache)
        .arg("coverage")
        .arg(&header)
        .arg("-p")
        .arg(tmp.path())
        .output()
        .unwrap());
    let r: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(r["compiled"], true);
    assert_eq!(r["summary"]["bound"], 1, "{r}");
}
