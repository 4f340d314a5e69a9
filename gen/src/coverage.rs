//! `cxxbind coverage`: generate a crate in a scratch directory, build it
//! with cargo, and count as bound only what compiled.
//!
//! The target directory is cached (`$CXXBIND_CACHE_DIR`, else
//! `$XDG_CACHE_HOME/cxxbind`, else `~/.cache/cxxbind`) and the probe crate
//! always has the same name, so a second run rebuilds only the probe crate,
//! not cxx and its build dependencies.

use crate::analysis::Exclusion;
use crate::driver::{Generated, Prepared};
use std::collections::{BTreeMap, BTreeSet};
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
    /// Keys ([`crate::plan::decl_key`]) of declarations the crate failed to compile with.
    pub failed: Vec<String>,
    /// cargo's output for the first failing build.
    pub log: String,
    /// The final crate compiled.
    pub compiled: bool,
    /// How many times the generated crate was built.
    pub builds: usize,
}

/// Rebuilds that leave out what the previous build's errors point at,
/// before falling back to bisection.
const MAX_TRACED_REBUILDS: usize = 4;

/// Most builds spent bisecting what errors could not be traced.
const MAX_ISOLATION_BUILDS: usize = 48;

/// Builds the generated crate; while it fails, leaves out the declarations
/// its errors point at ([`crate::diagnose`]) as `build-failed` and
/// rebuilds. Only errors that point at no declaration are isolated by
/// bisection (each probe rebuilds with a subset enabled).
pub fn build_isolating(
    p: &mut Prepared,
    links: &[String],
    progress: &dyn Fn(&str),
) -> Result<Outcome, crate::driver::Error> {
    let mut builds = 0;
    let mut first_log: Option<String> = None;
    let mut failed: Vec<String> = Vec::new();
    // What the last build had bound: bisection starts from it.
    let mut bound = Vec::new();
    for round in 0..=MAX_TRACED_REBUILDS {
        let g = p.generate()?;
        if round > 0 {
            progress(&format!(
                "rebuilding without {} declaration(s) the errors point at",
                failed.len()
            ));
        }
        let result = build(&g, links)?;
        builds += 1;
        if result.ok {
            return Ok(Outcome {
                generated: g,
                failed,
                log: first_log.unwrap_or_default(),
                compiled: true,
                builds,
            });
        }
        if let Some(message) = missing_library(&result.log) {
            return Err(crate::driver::Error::Link {
                message,
                log: result.log,
            });
        }
        let blamed = crate::diagnose::blame(&g.bindings, &g.output.files, &result.log);
        let fresh: Vec<(String, String)> = blamed
            .into_iter()
            .filter(|(k, _)| !p.analysis.excluded.contains_key(k))
            .collect();
        first_log.get_or_insert(result.log);
        if fresh.is_empty() || round == MAX_TRACED_REBUILDS {
            bound = g.bindings.bound_keys();
            break;
        }
        for (key, error) in fresh {
            progress(&format!("fails to build: {key}: {error}"));
            failed.push(key.clone());
            p.analysis
                .excluded
                .insert(key, Exclusion::BuildFailed(error));
        }
    }
    let log = first_log.unwrap_or_default();
    bisect(p, links, progress, bound, failed, log, builds)
}

/// The last resort: bisects `all`, the declarations still bound.
fn bisect(
    p: &mut Prepared,
    links: &[String],
    progress: &dyn Fn(&str),
    all: Vec<String>,
    traced: Vec<String>,
    log: String,
    builds: usize,
) -> Result<Outcome, crate::driver::Error> {
    let first_error =
        crate::diagnose::first_error(&log).unwrap_or_else(|| "the build failed".to_string());
    let kept = p.analysis.excluded.clone();
    let mut search = Search {
        p,
        links,
        all: all.clone(),
        kept,
        first_error,
        good: Vec::new(),
        bad: Vec::new(),
        builds,
        progress,
    };
    progress(&format!(
        "the generated crate failed to build; bisecting among {} declarations",
        all.len()
    ));
    // If even nothing-bound fails, the environment is at fault (a missing
    // library, a broken compiler), not a declaration: no one is blamed.
    let environment_fails = all.is_empty() || !search.test(&[])?;
    if environment_fails {
        search.p.analysis.excluded = search.kept.clone();
        return Err(crate::driver::Error::Link {
            message: "the generated crate fails to build even with nothing bound".to_string(),
            log,
        });
    }
    search.run(all.clone())?;
    let mut failed = traced;
    failed.extend(search.bad.iter().cloned());
    let mut excluded = search.kept.clone();
    for k in &search.bad {
        excluded.insert(
            k.clone(),
            Exclusion::BuildFailed(search.first_error.clone()),
        );
    }
    let builds = search.builds;
    p.analysis.excluded = excluded;
    let generated = p.generate()?;
    let compiled = build(&generated, links)?.ok;
    Ok(Outcome {
        generated,
        failed,
        log,
        compiled,
        builds: builds + 1,
    })
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

struct Search<'p> {
    p: &'p mut Prepared,
    links: &'p [String],
    all: Vec<String>,
    /// Left out before bisecting (traced errors, cxx rejections).
    kept: BTreeMap<String, Exclusion>,
    first_error: String,
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
        let mut excluded = self.kept.clone();
        for k in self.all.iter().filter(|k| !enabled.contains(k)) {
            excluded.insert(k.clone(), Exclusion::BuildFailed(self.first_error.clone()));
        }
        self.p.analysis.excluded = excluded;
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
