//! `cxxbind coverage`: generate a crate in a scratch directory, build it
//! with cargo, and count as bound only what compiled.
//!
//! The target directory is cached (`$CXXBIND_CACHE_DIR`, else
//! `$XDG_CACHE_HOME/cxxbind`, else `~/.cache/cxxbind`) and the probe crate
//! always has the same name, so a second run rebuilds only the probe crate,
//! not cxx and its build dependencies.

use crate::analysis::decl_key;
use crate::driver::{Generated, Prepared};
use crate::plan::Status;
use std::collections::BTreeSet;
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

/// FNV-1a over the generated files, compile flags and link flags (stable across runs and platforms).
fn content_hash(g: &Generated, links: &[String]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for b in bytes.iter().chain(std::iter::once(&0u8)) {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    };
    for (path, text) in &g.output.files {
        eat(path.as_bytes());
        eat(text.as_bytes());
    }
    for a in g.flags.clang_args() {
        eat(a.as_bytes());
    }
    for l in links.iter().chain(g.config_links.iter()) {
        eat(l.as_bytes());
    }
    h
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
    // The probe crate is named after a hash of what it contains: cargo keys
    // build-script outputs by package name, and two different probes sharing
    // one could reuse each other's compiled glue. The same input maps to the
    // same name, so re-running on unchanged headers rebuilds nothing.
    let name = format!("cxxbind_probe_{:016x}", content_hash(g, links));
    let mut files = crate::krate::files(g, &name, links);
    // A binary linking the library: a missing or wrong `--link` fails the build.
    files.push((
        "src/main.rs".to_string(),
        format!("use {name} as _;\n\nfn main() {{}}\n"),
    ));
    crate::output::write_tree(scratch.path(), &files)?;
    let lock = cache.join("Cargo.lock");
    if lock.exists() {
        std::fs::copy(&lock, scratch.path().join("Cargo.lock"))?;
    }
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let out = Command::new(cargo)
        .args(["build", "--quiet"])
        .current_dir(scratch.path())
        .env("CARGO_TARGET_DIR", cache.join("target"))
        .env_remove("RUSTFLAGS")
        .output()?;
    let ok = out.status.success();
    if ok {
        // Other coverage runs may read the cached lockfile right now: replace it atomically.
        if let Ok(text) = std::fs::read_to_string(scratch.path().join("Cargo.lock")) {
            let _ = crate::output::write_file_atomically(&lock, &text);
        }
    }
    let log = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stderr),
        String::from_utf8_lossy(&out.stdout)
    );
    Ok(BuildResult { ok, log })
}

/// What `coverage` learned by building.
pub struct Outcome {
    /// The final generation (with failing declarations left out).
    pub generated: Generated,
    /// Keys ([`decl_key`]) of declarations the crate failed to compile with.
    pub failed: Vec<String>,
    /// cargo's output for the first failing build.
    pub log: String,
    /// The final crate compiled.
    pub compiled: bool,
}

/// Most builds spent isolating failures before giving up on the rest.
const MAX_ISOLATION_BUILDS: usize = 48;

/// Builds the generated crate; if it fails, finds the declarations it fails
/// with by bisection (each probe rebuilds with a subset enabled), leaves them
/// out as `build-failed`, and returns the largest set that compiles.
pub fn build_isolating(
    p: &mut Prepared,
    links: &[String],
    progress: &dyn Fn(&str),
) -> Result<Outcome, crate::driver::Error> {
    let g = p.generate()?;
    let first = build(&g, links)?;
    if first.ok {
        return Ok(Outcome {
            generated: g,
            failed: Vec::new(),
            log: String::new(),
            compiled: true,
        });
    }
    if let Some(message) = missing_library(&first.log) {
        return Err(crate::driver::Error::Link {
            message,
            log: first.log,
        });
    }
    let all = bound_keys(&g);
    let mut search = Search {
        p,
        links,
        all: all.clone(),
        good: Vec::new(),
        bad: Vec::new(),
        builds: 0,
        progress,
    };
    progress(&format!(
        "the generated crate failed to build; isolating among {} declarations",
        all.len()
    ));
    // If even nothing-bound fails, the environment is at fault (a missing
    // library, a broken compiler), not a declaration: no one is blamed.
    let environment_fails = all.is_empty() || !search.test(&[])?;
    if environment_fails {
        search.p.analysis.build_failed = Default::default();
        return Err(crate::driver::Error::Link {
            message: "the generated crate fails to build even with nothing bound".to_string(),
            log: first.log,
        });
    }
    search.run(all.clone())?;
    let failed = search.bad.clone();
    let p = search.p;
    p.analysis.build_failed = failed.iter().cloned().collect();
    finish(p, links, failed, first.log)
}

/// The linker's complaint when a library given to `--link` does not exist.
fn missing_library(log: &str) -> Option<String> {
    log.lines()
        .find(|l| {
            l.contains("cannot find -l")
                || l.contains("unable to find library")
                || l.contains("library not found for -l")
        })
        .map(|l| l.trim().trim_start_matches("= note: ").to_string())
}

fn finish(
    p: &mut Prepared,
    links: &[String],
    failed: Vec<String>,
    log: String,
) -> Result<Outcome, crate::driver::Error> {
    let generated = p.generate()?;
    let compiled = build(&generated, links)?.ok;
    Ok(Outcome {
        generated,
        failed,
        log,
        compiled,
    })
}

fn bound_keys(g: &Generated) -> Vec<String> {
    g.bindings
        .decisions
        .iter()
        .filter(|d| matches!(d.status, Status::Bound { .. }))
        .map(|d| decl_key(&d.name, &d.loc))
        .collect()
}

struct Search<'p> {
    p: &'p mut Prepared,
    links: &'p [String],
    all: Vec<String>,
    good: Vec<String>,
    bad: Vec<String>,
    builds: usize,
    progress: &'p dyn Fn(&str),
}

impl Search<'_> {
    /// Builds with `good ∪ extra` enabled and everything else left out.
    fn test(&mut self, extra: &[String]) -> Result<bool, crate::driver::Error> {
        self.builds += 1;
        let enabled: BTreeSet<&String> = self.good.iter().chain(extra.iter()).collect();
        self.p.analysis.build_failed = self
            .all
            .iter()
            .filter(|k| !enabled.contains(k))
            .cloned()
            .collect();
        let g = self.p.generate()?;
        Ok(build(&g, self.links)?.ok)
    }

    fn run(&mut self, set: Vec<String>) -> Result<(), crate::driver::Error> {
        if set.is_empty() {
            return Ok(());
        }
        if self.builds >= MAX_ISOLATION_BUILDS {
            (self.progress)(&format!(
                "giving up isolating; {} declarations left out",
                set.len()
            ));
            self.bad.extend(set);
            return Ok(());
        }
        if self.test(&set)? {
            self.good.extend(set);
        } else if set.len() == 1 {
            (self.progress)(&format!("fails to build: {}", set[0]));
            self.bad.extend(set);
        } else {
            let right = set[set.len() / 2..].to_vec();
            let left = set[..set.len() / 2].to_vec();
            self.run(left)?;
            self.run(right)?;
        }
        Ok(())
    }
}
