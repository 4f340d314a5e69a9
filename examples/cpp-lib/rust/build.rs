//! Two ways to get the bindings:
//!
//! * plain `cargo build`: cxxbind-build generates them from the header and
//!   compiles the library's own source alongside the glue;
//! * driven by the top-level CMake build: CMake has already run `cxxbind
//!   generate` and compiled the glue and the library, and passes
//!   `CXXBIND_INVENTORY_DIR` (generated files) and `CXXBIND_INVENTORY_LIBS`
//!   (`;`-separated static libraries to link).

use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-env-changed=CXXBIND_INVENTORY_DIR");
    println!("cargo:rerun-if-env-changed=CXXBIND_INVENTORY_LIBS");
    let rs = match std::env::var("CXXBIND_INVENTORY_DIR") {
        Ok(dir) => {
            let libs = std::env::var("CXXBIND_INVENTORY_LIBS").unwrap_or_default();
            for lib in libs.split(';').filter(|l| !l.is_empty()) {
                let p = Path::new(lib);
                let dir = p.parent().expect("library path has a directory");
                let stem = p.file_stem().expect("library file name").to_string_lossy();
                println!("cargo:rustc-link-search=native={}", dir.display());
                println!(
                    "cargo:rustc-link-lib=static={}",
                    stem.trim_start_matches("lib")
                );
                println!("cargo:rerun-if-changed={lib}");
            }
            PathBuf::from(dir).join("inventory.rs")
        }
        Err(_) => {
            let lib = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"))
                .join("..");
            let dir = cxxbind_build::Builder::new("inventory")
                .header(lib.join("include/inventory/inventory.h"))
                .include(lib.join("include"))
                .source(lib.join("src/inventory.cc"))
                .build()
                .unwrap_or_else(|e| panic!("cxxbind: {e}"));
            dir.join("inventory.rs")
        }
    };
    println!("cargo:rustc-env=INVENTORY_BINDINGS_RS={}", rs.display());
}
