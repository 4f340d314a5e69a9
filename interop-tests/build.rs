//! Generates bindings for every case under `cases/` (compiling the case's
//! C++ implementation alongside) and for the real libraries in the corpus.

use std::path::PathBuf;

/// The constructs, one directory each: `cases/<name>/case.h` + `case.cc`.
const CASES: &[&str] = &[
    "namespaces",
    "scalars",
    "strings",
    "byte_slices",
    "out_params",
    "classes",
    "enums",
    "exceptions",
    "skipped",
];

fn main() {
    let root =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let cases = root.join("cases");
    for case in CASES {
        let dir = cases.join(case);
        if let Err(e) = cxxbind_build::Builder::new(case)
            .header(dir.join("case.h"))
            .include(&cases)
            .source(dir.join("case.cc"))
            .build()
        {
            panic!("cxxbind failed on case {case}:\n{e}");
        }
    }
    // Real library: snappy, from its installed headers, no hand edits.
    if let Err(e) = cxxbind_build::Builder::new("snappy")
        .header("/usr/include/snappy.h")
        .header("/usr/include/snappy-sinksource.h")
        .link("snappy")
        .build()
    {
        panic!("cxxbind failed on snappy (apt-get install libsnappy-dev):\n{e}");
    }
    println!("cargo:rerun-if-changed=cases");
    println!("cargo:rerun-if-changed=build.rs");
}
