//! `cxxbind coverage`: generate a crate in a scratch directory, build it
//! with cargo, and count as bound only what compiled.
//!
//! The target directory is cached (`$CXXBIND_CACHE_DIR`, else
//! `$XDG_CACHE_HOME/cxxbind`, else `~/.cache/cxxbind`) and the probe crate
//! always has the same name, so a second run rebuilds only the probe crate,
//! not cxx and its build dependencies.

use crate::analysis::{Reason, Status};
use crate::driver::Generated;
use std::path::PathBuf;
use std::process::Command;

/// The cache directory for coverage builds.
pub fn cache_dir() -> PathBuf {
    if let Some(d) = std::env::var_os("CXXBIND_CACHE_DIR") {
        return PathBuf::from(d);
    }
    if let Some(d) = std::env::var_os("XDG_CACHE_HOME") {
        return PathBuf::from(d).join("cxxbind");
    }
    if let Some(h) = std::env::var_os("HOME") {
        return PathBuf::from(h).join(".cache").join("cxxbind");
    }
    std::env::temp_dir().join("cxxbind-cache")
}

/// The outcome of building the probe crate.
pub struct BuildResult {
    /// cargo succeeded.
    pub ok: bool,
    /// cargo's output (stderr then stdout).
    pub log: String,
}

/// Builds the generated code as a crate linking `links`.
pub fn build(g: &Generated, links: &[String]) -> std::io::Result<BuildResult> {
    let cache = cache_dir();
    std::fs::create_dir_all(&cache)?;
    let scratch = tempfile::Builder::new()
        .prefix("cxxbind-coverage-")
        .tempdir()?;
    for (rel, text) in crate::krate::files(g, "cxxbind_coverage_probe", links) {
        let path = scratch.path().join(rel);
        if let Some(p) = path.parent() {
            std::fs::create_dir_all(p)?;
        }
        std::fs::write(path, text)?;
    }
    let lock = cache.join("Cargo.lock");
    if lock.exists() {
        std::fs::copy(&lock, scratch.path().join("Cargo.lock"))?;
    }
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let out = Command::new(cargo)
        .args(["build", "--quiet", "--message-format", "short"])
        .current_dir(scratch.path())
        .env("CARGO_TARGET_DIR", cache.join("target"))
        .env_remove("RUSTFLAGS")
        .output()?;
    let ok = out.status.success();
    if ok {
        let _ = std::fs::copy(scratch.path().join("Cargo.lock"), &lock);
    }
    let log = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stderr),
        String::from_utf8_lossy(&out.stdout)
    );
    Ok(BuildResult { ok, log })
}

/// After a failed build nothing generated is known to compile: every bound
/// declaration is reported as `build-failed`.
pub fn demote_all(g: &mut Generated) {
    for d in &mut g.bindings.decisions {
        if let Status::Bound { .. } = d.status {
            d.status = Status::Skipped {
                reason: Reason::BuildFailed,
                message: "the generated crate did not compile".into(),
            };
        }
    }
}
