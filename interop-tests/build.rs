//! Generates bindings for every case under `cases/` (compiling the case's
//! C++ implementation alongside) and for the real libraries in the corpus.

use std::path::PathBuf;

fn main() {
    let root =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let cases = root.join("cases");
    // One directory per construct: `cases/<name>/case.h` + `case.cc`, and
    // `config.toml` when the case needs one (`src/lib.rs` includes
    // `<name>`'s bindings as module `<name>`).
    let mut names: Vec<String> = std::fs::read_dir(&cases)
        .expect("interop-tests/cases exists")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("case.h").exists())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    for case in &names {
        let dir = cases.join(case);
        let mut builder = cxxbind_build::Builder::new(case)
            .header(dir.join("case.h"))
            .include(&cases)
            .source(dir.join("case.cc"));
        if dir.join("config.toml").exists() {
            builder = builder.config(dir.join("config.toml"));
        }
        if let Err(e) = builder.build() {
            panic!("cxxbind failed on case {case}:\n{e}");
        }
    }
    // Real library: snappy, from its installed headers, no hand edits.
    if let Err(e) = cxxbind_build::Builder::new("snappy")
        .header("/usr/include/snappy.h")
        .header("/usr/include/snappy-sinksource.h")
        .config(root.join("configs/snappy.toml"))
        .link("snappy")
        .build()
    {
        panic!("cxxbind failed on snappy (apt-get install libsnappy-dev):\n{e}");
    }
    // Real C library: sqlite3 (opaque handles, destroy functions by name).
    if let Err(e) = cxxbind_build::Builder::new("sqlite3")
        .header("/usr/include/sqlite3.h")
        .config(root.join("configs/sqlite3.toml"))
        .link("sqlite3")
        .build()
    {
        panic!("cxxbind failed on sqlite3 (apt-get install libsqlite3-dev):\n{e}");
    }
    // Real C++ library behind an umbrella header: double-conversion.
    if let Err(e) = cxxbind_build::Builder::new("double_conversion")
        .header("/usr/include/double-conversion/double-conversion.h")
        .config(root.join("configs/double-conversion.toml"))
        .link("double-conversion")
        .build()
    {
        panic!(
            "cxxbind failed on double-conversion (apt-get install libdouble-conversion-dev):\n{e}"
        );
    }
    // Real C++ library whose objects C++ owns: tinyxml2 (nodes are owned by
    // their document and reached as borrows).
    if let Err(e) = cxxbind_build::Builder::new("tinyxml2")
        .header("/usr/include/tinyxml2.h")
        .config(root.join("configs/tinyxml2.toml"))
        .link("tinyxml2")
        .build()
    {
        panic!("cxxbind failed on tinyxml2 (apt-get install libtinyxml2-dev):\n{e}");
    }
    // Real C++ library with byte views, statuses, `T**` and factories: leveldb.
    if let Err(e) = cxxbind_build::Builder::new("leveldb")
        .header("/usr/include/leveldb/db.h")
        .header("/usr/include/leveldb/write_batch.h")
        .header("/usr/include/leveldb/comparator.h")
        .link("leveldb")
        .build()
    {
        panic!("cxxbind failed on leveldb (apt-get install libleveldb-dev):\n{e}");
    }
    println!("cargo:rerun-if-changed=cases");
    println!("cargo:rerun-if-changed=configs");
    println!("cargo:rerun-if-changed=build.rs");
}
