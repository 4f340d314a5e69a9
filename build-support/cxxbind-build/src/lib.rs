//! `cxxbind-build`: generate safe bindings from a `build.rs`.
//!
//! In `build.rs`:
//!
//! ```no_run
//! cxxbind_build::Builder::new("snappy")
//!     .header("/usr/include/snappy.h")
//!     .link("snappy")
//!     .build()
//!     .unwrap();
//! ```
//!
//! and in `src/lib.rs`:
//! `include!(concat!(env!("OUT_DIR"), "/cxxbind/snappy/snappy.rs"));`
//!
//! The generated files go to `$OUT_DIR/cxxbind/<name>/`; the C++ shims and
//! cxx glue are compiled with the `cc` crate and linked, and cargo is told
//! to rerun when any included header changes.

use cxxbind::driver::{self, Request};
use std::path::{Path, PathBuf};

/// Configures one set of bindings.
#[derive(Debug, Clone)]
pub struct Builder {
    name: String,
    request: Request,
    links: Vec<String>,
    sources: Vec<PathBuf>,
    flags: Vec<String>,
}

/// Why generation failed; its `Display` includes clang's diagnostics.
#[derive(Debug)]
pub struct Error(String);

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl Builder {
    /// Bindings named `name`: files `<name>.rs`, `<name>.shim.h`, … under `$OUT_DIR/cxxbind/<name>/`.
    pub fn new(name: &str) -> Self {
        Builder {
            name: name.to_string(),
            request: Request {
                name: Some(name.to_string()),
                ..Default::default()
            },
            links: Vec::new(),
            sources: Vec::new(),
            flags: Vec::new(),
        }
    }

    /// A header whose declarations are bound.
    pub fn header(mut self, path: impl AsRef<Path>) -> Self {
        self.request.headers.push(path.as_ref().to_path_buf());
        self
    }

    /// An include directory (for clang and for compiling the glue).
    pub fn include(mut self, dir: impl AsRef<Path>) -> Self {
        self.request.include_dirs.push(dir.as_ref().to_path_buf());
        self
    }

    /// `-D NAME[=VALUE]`.
    pub fn define(mut self, def: &str) -> Self {
        self.request.defines.push(def.to_string());
        self
    }

    /// `c++17` (default) or `c++20`.
    pub fn std(mut self, std: &str) -> Self {
        self.request.std = Some(std.to_string());
        self
    }

    /// Reuse flags from `dir/compile_commands.json`.
    pub fn compile_commands(mut self, dir: impl AsRef<Path>) -> Self {
        self.request.compile_commands = Some(dir.as_ref().to_path_buf());
        self
    }

    /// Bind only qualified names matching `regex`.
    pub fn allow(mut self, regex: &str) -> Self {
        self.request.allow = Some(regex.to_string());
        self
    }

    /// Skip qualified names matching `regex`.
    pub fn block(mut self, regex: &str) -> Self {
        self.request.block = Some(regex.to_string());
        self
    }

    /// Read options from a TOML config.
    pub fn config(mut self, path: impl AsRef<Path>) -> Self {
        self.request.config = Some(path.as_ref().to_path_buf());
        self
    }

    /// Link a library (a name, or a path to a library file).
    pub fn link(mut self, lib: &str) -> Self {
        self.links.push(lib.to_string());
        self
    }

    /// Also compile this C++ source into the glue library (the library's own implementation, say).
    pub fn source(mut self, path: impl AsRef<Path>) -> Self {
        self.sources.push(path.as_ref().to_path_buf());
        self
    }

    /// An extra flag for compiling the C++ glue.
    pub fn flag(mut self, flag: &str) -> Self {
        self.flags.push(flag.to_string());
        self
    }

    /// Generates, compiles and links. Returns the directory holding the files.
    pub fn build(self) -> Result<PathBuf, Error> {
        let out_dir = std::env::var_os("OUT_DIR")
            .map(PathBuf::from)
            .ok_or_else(|| Error("OUT_DIR is not set: call this from build.rs".into()))?;
        let dir = out_dir.join("cxxbind").join(&self.name);
        let g = driver::run(&self.request).map_err(|e| match e {
            driver::Error::Frontend(cxxbind::frontend::FrontendError::Parse { diagnostics }) => {
                Error(format!(
                    "{}\nthe headers do not parse",
                    cxxbind::frontend::render_diagnostics(&diagnostics)
                ))
            }
            other => Error(other.to_string()),
        })?;
        // `OUT_DIR/cxxbind/<name>` is this builder's own: forced, so a
        // directory an older cxxbind wrote (without its marker) is written too.
        cxxbind::output::write_dir(&dir, &g.output.files, true)
            .map_err(|e| Error(e.to_string()))?;
        let mut cc = cc::Build::new();
        // The standard, include directories and defines clang parsed with
        // (decided once, in `driver::CompileFlags`).
        cc.cpp(true)
            .std(&g.flags.std)
            .include(&dir)
            .file(dir.join(format!("{}.cxx.cc", self.name)))
            .file(dir.join(format!("{}.shim.cc", self.name)));
        for d in &g.flags.include_dirs {
            cc.include(d);
        }
        for (k, v) in g.flags.define_pairs() {
            cc.define(&k, v.as_deref());
        }
        for s in &self.sources {
            cc.file(s);
            println!("cargo:rerun-if-changed={}", s.display());
        }
        for f in &self.flags {
            cc.flag(f);
        }
        cc.compile(&format!("cxxbind_{}", self.name));
        for l in self.links.iter().chain(g.config_links.iter()) {
            let link = cxxbind::krate::parse_link(l);
            if let Some(s) = link.search {
                println!("cargo:rustc-link-search=native={}", s.display());
            }
            println!("cargo:rustc-link-lib={}", link.lib);
        }
        for f in &g.api.files {
            println!("cargo:rerun-if-changed={f}");
        }
        if let Some(c) = &self.request.config {
            println!("cargo:rerun-if-changed={}", c.display());
        }
        Ok(dir)
    }
}
