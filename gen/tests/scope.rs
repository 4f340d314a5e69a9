//! Which headers are the library: umbrella headers, include roots (also the
//! compiler's multiarch directory), `--scope`, and a scope that holds nothing.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn cxxbind() -> Command {
    Command::new(env!("CARGO_BIN_EXE_cxxbind"))
}

fn cases() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../interop-tests/cases")
}

fn run(cmd: &mut Command) -> Output {
    cmd.output().expect("cxxbind runs")
}

/// Writes `text` at `root/rel`, creating directories.
fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn item_names(r: &serde_json::Value) -> Vec<String> {
    r["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["name"].as_str().unwrap().to_string())
        .collect()
}

/// `coverage --no-build` as JSON (status, parsed report, stderr).
fn coverage_json(args: &[&str]) -> (Option<i32>, serde_json::Value, String) {
    let o = run(cxxbind()
        .current_dir(cases())
        .args(["coverage", "--no-build"])
        .args(args));
    let stderr = String::from_utf8_lossy(&o.stderr).into_owned();
    let r = serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {stderr}"));
    (o.status.code(), r, stderr)
}

fn header_names(r: &serde_json::Value) -> Vec<String> {
    r["headers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn umbrella_header_counts_its_sub_headers_and_lists_them() {
    let (code, r, stderr) = coverage_json(&["umbrella/case.h", "-I", "."]);
    assert_eq!(code, Some(0), "{stderr}");
    // The umbrella declares nothing; the headers it includes from its own
    // folder (and below) are the library, listed after it by path.
    assert_eq!(
        header_names(&r),
        [
            "umbrella/case.h",
            "umbrella/parts/detail/box.h",
            "umbrella/parts/shape.h",
            "umbrella/parts/tools.h"
        ]
    );
    // Box's 4 members, detail_items, Shape's 3, Corner's 2, 2 functions.
    assert_eq!(r["summary"]["callables"]["total"], 12, "{}", r["summary"]);
    let item = |name: &str| {
        r["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["name"] == name)
            .unwrap_or_else(|| panic!("{name} missing"))
            .clone()
    };
    assert_eq!(item("cases::umbrella::total_area")["status"], "bound");
    assert_eq!(
        item("cases::umbrella::Box::get")["reason_code"],
        "class-template"
    );
    // Defined out of line, still nested: bound in a module named after the class.
    assert_eq!(
        item("cases::umbrella::Shape::Corner::index")["rust_path"],
        "cases::umbrella::shape::Corner::index"
    );
    // Byte-for-byte the same report on a second run.
    let (_, again, _) = coverage_json(&["umbrella/case.h", "-I", "."]);
    assert_eq!(r, again);
}

#[test]
fn double_conversion_umbrella_counts_the_library() {
    let (code, r, stderr) = coverage_json(&["/usr/include/double-conversion/double-conversion.h"]);
    assert_eq!(code, Some(0), "{stderr}");
    let callables = r["summary"]["callables"]["total"].as_u64().unwrap();
    assert!(callables >= 38, "{}", r["summary"]);
    let headers = header_names(&r);
    assert!(
        headers.contains(&"/usr/include/double-conversion/string-to-double.h".to_string()),
        "{headers:?}"
    );
}

#[test]
fn scope_narrows_the_library_to_a_folder() {
    let (code, r, stderr) = coverage_json(&[
        "umbrella/case.h",
        "-I",
        ".",
        "--scope",
        "umbrella/parts/detail",
    ]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(
        header_names(&r),
        ["umbrella/case.h", "umbrella/parts/detail/box.h"]
    );
    // Box's 4 members and detail_items.
    assert_eq!(r["summary"]["callables"]["total"], 5, "{}", r["summary"]);
}

#[test]
fn include_root_counts_same_stem_siblings_and_scope_widens_it() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("include");
    std::fs::create_dir_all(&root).unwrap();
    let write = |name: &str, text: &str| std::fs::write(root.join(name), text).unwrap();
    write(
        "mini.h",
        "#pragma once\n#include \"mini-extra.h\"\n#include \"other.h\"\nint mini(int);\n",
    );
    write("mini-extra.h", "#pragma once\nint mini_extra(int);\n");
    write("other.h", "#pragma once\nint other(int);\n");
    let header = root.join("mini.h").display().to_string();
    let root_dir = root.display().to_string();
    let names = item_names;
    // `include/` is an include root: only `mini-*.h` joins `mini.h`.
    let (code, r, stderr) = coverage_json(&[&header, "-I", &root_dir]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(names(&r), ["mini", "mini_extra"]);
    // `--scope` the whole root: `other.h` counts too.
    let (code, r, stderr) = coverage_json(&[&header, "-I", &root_dir, "--scope", &root_dir]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(names(&r), ["mini", "mini_extra", "other"]);
    assert_eq!(header_names(&r).len(), 3, "{:?}", header_names(&r));
}

/// `include/foo.h` only includes `"foo/a.h"` and `<foo/b.h>`; `include` is
/// an include root (`-I`). The folder the umbrella names is the library; a
/// folder only its sub-headers include from is not, nor is the same folder
/// name under another root.
#[test]
fn umbrella_in_an_include_root_brings_the_folder_it_includes() {
    let tmp = tempfile::tempdir().unwrap();
    let (inc, other) = (tmp.path().join("include"), tmp.path().join("other"));
    write(
        &inc,
        "foo.h",
        "#pragma once\n#include \"foo/a.h\"\n#include <foo/b.h>\n#include <bar/x.h>\n",
    );
    write(
        &inc,
        "foo/a.h",
        "#pragma once\n#include \"detail/c.h\"\n#include <dep/d.h>\nnamespace foo { int a(int); }\n",
    );
    write(
        &inc,
        "foo/b.h",
        "#pragma once\nnamespace foo { int b(int); }\n",
    );
    write(
        &inc,
        "foo/detail/c.h",
        "#pragma once\nnamespace foo { int c(int); }\n",
    );
    write(
        &inc,
        "dep/d.h",
        "#pragma once\nnamespace dep { int d(int); }\n",
    );
    write(
        &other,
        "bar/x.h",
        "#pragma once\nnamespace bar { int x(int); }\n",
    );
    let header = inc.join("foo.h").display().to_string();
    let (inc_s, other_s) = (inc.display().to_string(), other.display().to_string());
    let (code, r, stderr) = coverage_json(&[&header, "-I", &inc_s, "-I", &other_s]);
    assert_eq!(code, Some(0), "{stderr}");
    let under = |rel: &str| inc.join(rel).display().to_string();
    assert_eq!(
        header_names(&r),
        [
            header.clone(),
            under("foo/a.h"),
            under("foo/b.h"),
            under("foo/detail/c.h")
        ]
    );
    assert_eq!(item_names(&r), ["foo::a", "foo::b", "foo::c"]);
    // `--scope` still replaces the default.
    let dep = inc.join("dep").display().to_string();
    let (code, r, stderr) =
        coverage_json(&[&header, "-I", &inc_s, "-I", &other_s, "--scope", &dep]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(item_names(&r), ["dep::d"]);
}

/// The compiler's own multiarch directory (`<sysroot>/usr/include/<triple>`,
/// searched without any `-I`) is an include root like `/usr/include`, and
/// `--scope` on it counts its library headers, never its C library's.
#[test]
fn scope_on_the_multiarch_directory_counts_its_library_headers() {
    let triple = run(Command::new("cc").arg("-print-multiarch"));
    let triple = String::from_utf8_lossy(&triple.stdout).trim().to_string();
    assert!(!triple.is_empty(), "`cc -print-multiarch` names the target");
    let sysroot = tempfile::tempdir().unwrap();
    let multi = sysroot.path().join("usr/include").join(&triple);
    write(
        &multi,
        "tool.h",
        "#pragma once\n#include <toolconf.h>\n#include <sys/tool_sys.h>\nint tool(int);\n",
    );
    write(&multi, "toolconf.h", "#pragma once\nint toolconf(int);\n");
    write(
        &multi,
        "sys/tool_sys.h",
        "#pragma once\nint tool_sys(int);\n",
    );
    let header = multi.join("tool.h").display().to_string();
    let sysroot_arg = format!("--sysroot={}", sysroot.path().display());
    // A root: `tool.h` alone (no `tool-*.h` sibling).
    let (code, r, stderr) = coverage_json(&[&header, "--", &sysroot_arg]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(item_names(&r), ["tool"]);
    let multi_s = multi.display().to_string();
    let (code, r, stderr) = coverage_json(&[&header, "--scope", &multi_s, "--", &sysroot_arg]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(item_names(&r), ["tool", "toolconf"]);
    assert_eq!(
        header_names(&r),
        [
            header.clone(),
            multi.join("toolconf.h").display().to_string()
        ]
    );
}

/// A header that declares nothing and includes its library from outside
/// the scope: both commands exit 2, list the headers and suggest `--scope`,
/// and `generate` writes nothing.
#[test]
fn zero_declarations_in_scope_is_an_error_that_suggests_scope() {
    let tmp = tempfile::tempdir().unwrap();
    write(
        tmp.path(),
        "inc/real/api.h",
        "#pragma once\nint api(int);\n",
    );
    write(
        tmp.path(),
        "wrap/only.h",
        "#pragma once\n#include <real/api.h>\n",
    );
    let header = tmp.path().join("wrap/only.h");
    let inc = tmp.path().join("inc");
    let out = tmp.path().join("out");
    let generate = run(cxxbind()
        .arg("generate")
        .arg(&header)
        .arg("-I")
        .arg(&inc)
        .arg("-o")
        .arg(&out));
    let coverage = run(cxxbind()
        .args(["coverage", "--no-build"])
        .arg(&header)
        .arg("-I")
        .arg(&inc));
    for o in [&generate, &coverage] {
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{stderr}");
        assert!(o.stdout.is_empty(), "no report on nothing");
        assert!(stderr.contains("no declaration in scope"), "{stderr}");
        assert!(stderr.contains(&header.display().to_string()), "{stderr}");
        let api = inc.join("real/api.h").display().to_string();
        assert!(stderr.contains(&api), "{stderr}");
        let hint = format!("--scope {}", inc.join("real").display());
        assert!(stderr.contains(&hint), "{stderr}");
    }
    assert!(!out.exists());
    // The suggested scope works.
    let (code, r, stderr) = coverage_json(&[
        &header.display().to_string(),
        "-I",
        &inc.display().to_string(),
        "--scope",
        &inc.join("real").display().to_string(),
    ]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(item_names(&r), ["api"]);
}

#[test]
fn an_empty_header_is_an_error_too() {
    let tmp = tempfile::tempdir().unwrap();
    let header = tmp.path().join("empty.h");
    std::fs::write(&header, "#pragma once\n#include <string>\n").unwrap();
    let o = run(cxxbind().args(["coverage", "--no-build"]).arg(&header));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{stderr}");
    assert!(o.stdout.is_empty());
    assert!(stderr.contains(&header.display().to_string()), "{stderr}");
    // The standard library is not a library to suggest.
    assert!(
        stderr.contains("no other header of a library was read"),
        "{stderr}"
    );
    assert!(stderr.contains("--scope DIR"), "{stderr}");
}
