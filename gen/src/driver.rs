//! The whole pipeline behind one call, shared by the CLI and `cxxbind-build`.

use crate::analysis::{self, AnalysisOptions, Bindings};
use crate::config::Config;
use crate::emit::{self, EmitOptions, Output};
use crate::frontend::{self, FrontendError, ParseOptions};
use crate::ir::Api;
use std::path::{Path, PathBuf};

/// What to bind and how to parse it.
#[derive(Debug, Clone, Default)]
pub struct Request {
    /// Headers whose declarations are bound.
    pub headers: Vec<PathBuf>,
    /// `-I` directories.
    pub include_dirs: Vec<PathBuf>,
    /// `-D NAME[=VALUE]`.
    pub defines: Vec<String>,
    /// `c++17` or `c++20` (default `c++17`).
    pub std: Option<String>,
    /// Arguments after `--`, passed to clang verbatim.
    pub clang_args: Vec<String>,
    /// A directory holding `compile_commands.json`.
    pub compile_commands: Option<PathBuf>,
    /// `--allow REGEX`.
    pub allow: Option<String>,
    /// `--block REGEX`.
    pub block: Option<String>,
    /// `--config FILE.toml`.
    pub config: Option<PathBuf>,
    /// Base name of the generated files (default `bindings`).
    pub name: Option<String>,
    /// `--scope DIR`: the library is the selected headers plus the headers
    /// they include from under these directories (default: see DESIGN).
    pub scope: Vec<PathBuf>,
}

/// Why the pipeline stopped.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Bad arguments or config (exit 2).
    #[error("{0}")]
    Usage(String),
    /// libclang or the headers failed (exit 1 for parse errors).
    #[error(transparent)]
    Frontend(#[from] FrontendError),
    /// Generating code failed: a cxxbind bug (exit 3).
    #[error(transparent)]
    Emit(#[from] emit::EmitError),
    /// The generated crate does not build or link even with nothing bound
    /// (e.g. a `--link` library that does not exist): no declaration is at
    /// fault (exit 3).
    #[error("{message}")]
    Link {
        /// What went wrong, e.g. the linker's `cannot find -lfoo`.
        message: String,
        /// cargo's output.
        log: String,
    },
    /// Writing files failed.
    #[error("i/o error: {0}")]
    Io(#[from] std::io::Error),
}

/// Everything one run produced.
pub struct Generated {
    /// The IR.
    pub api: Api,
    /// The decisions.
    pub bindings: Bindings,
    /// The files.
    pub output: Output,
    /// libclang's version string.
    pub libclang: String,
    /// Include directories in effect (for building the output).
    pub include_dirs: Vec<PathBuf>,
    /// Libraries the config asks to link.
    pub config_links: Vec<String>,
}

/// Runs front end → analysis → emit.
pub fn run(req: &Request) -> Result<Generated, Error> {
    prepare(req)?.generate()
}

/// The parsed headers plus every option analysis and emit need, so the
/// later stages can run again (e.g. with declarations excluded).
pub struct Prepared {
    /// The IR.
    pub api: Api,
    /// Analysis options; `build_failed` may be filled in between runs.
    pub analysis: AnalysisOptions,
    /// Emit options.
    pub emit: EmitOptions,
    /// Include directories in effect.
    pub include_dirs: Vec<PathBuf>,
    /// Libraries the config asks to link.
    pub config_links: Vec<String>,
    /// libclang's version string.
    pub libclang: String,
}

impl Prepared {
    /// Analysis and emit.
    pub fn generate(&self) -> Result<Generated, Error> {
        let bindings = analysis::analyze(&self.api, &self.analysis);
        let output = emit::emit(&bindings, &self.emit)?;
        Ok(Generated {
            api: self.api.clone(),
            bindings,
            output,
            libclang: self.libclang.clone(),
            include_dirs: self.include_dirs.clone(),
            config_links: self.config_links.clone(),
        })
    }
}

/// Front end, plus validating every option.
pub fn prepare(req: &Request) -> Result<Prepared, Error> {
    let cfg = match &req.config {
        Some(p) => Config::load(p).map_err(Error::Usage)?,
        None => Config::default(),
    };
    if req.headers.is_empty() {
        return Err(Error::Usage("no header given".into()));
    }
    let std = req
        .std
        .clone()
        .or(cfg.std.clone())
        .unwrap_or_else(|| "c++17".into());
    if !matches!(std.as_str(), "c++17" | "c++20") {
        return Err(Error::Usage(format!(
            "--std must be c++17 or c++20, not {std}"
        )));
    }
    let regex = |p: &Option<String>, flag: &str| -> Result<_, Error> {
        p.as_deref()
            .map(|s| analysis::anchored(s).map_err(|e| Error::Usage(format!("{flag}: {e}"))))
            .transpose()
    };
    let analysis = AnalysisOptions {
        allow: regex(&req.allow.clone().or(cfg.allow.clone()), "--allow")?,
        block: regex(&req.block.clone().or(cfg.block.clone()), "--block")?,
        nothrow: cfg.nothrow.clone(),
        rename: cfg.rename.clone(),
        destroy: cfg.destroy.clone(),
        build_failed: Default::default(),
    };
    if let Some((path, bad)) = cfg
        .rename
        .iter()
        .find(|(_, n)| !crate::analysis::naming::is_plain_ident(n))
    {
        return Err(Error::Usage(format!(
            "config: rename of {path} must be an identifier, not {bad:?}"
        )));
    }
    let name = req
        .name
        .clone()
        .or(cfg.name.clone())
        .unwrap_or_else(|| "bindings".into());
    if !crate::analysis::naming::is_plain_ident(&name) {
        return Err(Error::Usage(format!(
            "--name must be an identifier, not {name:?}"
        )));
    }
    let mut include_dirs: Vec<PathBuf> = req.include_dirs.clone();
    include_dirs.extend(cfg.include_dirs.iter().cloned());
    let mut args = vec![format!("-std={std}")];
    if let Some(dir) = &req.compile_commands {
        for f in crate::compile_commands::flags(dir).map_err(Error::Usage)? {
            if f.starts_with("-std=") {
                continue; // --std wins
            }
            if let Some(p) = f.strip_prefix("-I") {
                include_dirs.push(PathBuf::from(p));
            } else {
                args.push(f);
            }
        }
    }
    for d in &include_dirs {
        args.push(format!("-I{}", d.display()));
    }
    for d in req.defines.iter().chain(cfg.defines.iter()) {
        args.push(format!("-D{d}"));
    }
    args.extend(req.clang_args.iter().cloned());
    let api = frontend::parse(&ParseOptions {
        headers: req.headers.clone(),
        clang_args: args,
        scope: req.scope.clone(),
    })?;
    let includes = req
        .headers
        .iter()
        .map(|h| include_spelling(h, &include_dirs))
        .collect();
    Ok(Prepared {
        api,
        analysis,
        emit: EmitOptions { name, includes },
        include_dirs,
        config_links: cfg.link.clone(),
        libclang: crate::clang::version(),
    })
}

/// How the shim includes a header: relative to an `-I` directory when it is
/// under one, `<…>` under the system include directories, else absolute.
pub fn include_spelling(header: &Path, include_dirs: &[PathBuf]) -> String {
    let abs = std::fs::canonicalize(header).unwrap_or_else(|_| header.to_path_buf());
    let mut best: Option<String> = None;
    for d in include_dirs {
        if let Ok(d) = std::fs::canonicalize(d) {
            if let Ok(rel) = abs.strip_prefix(&d) {
                let s = rel.display().to_string();
                if best.as_ref().is_none_or(|b| s.len() < b.len()) {
                    best = Some(s);
                }
            }
        }
    }
    if let Some(rel) = best {
        return format!("\"{rel}\"");
    }
    for sys in ["/usr/include", "/usr/local/include"] {
        if let Ok(rel) = abs.strip_prefix(sys) {
            return format!("<{}>", rel.display());
        }
    }
    format!("\"{}\"", abs.display())
}

/// Writes the files into `dir` all at once: a sibling temporary directory is
/// filled, then renamed over `dir`, so no partial output is ever left.
pub fn write_atomically(dir: &Path, files: &[(String, String)]) -> std::io::Result<()> {
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent)?;
    let staging = tempfile::Builder::new()
        .prefix(".cxxbind-staging-")
        .tempdir_in(&parent)?;
    write_tree(staging.path(), files)?;
    let staged = staging.keep();
    if dir.exists() {
        let old = tempfile::Builder::new()
            .prefix(".cxxbind-old-")
            .tempdir_in(&parent)?
            .keep();
        std::fs::remove_dir(&old)?;
        std::fs::rename(dir, &old)?;
        let moved = std::fs::rename(&staged, dir);
        if moved.is_err() {
            std::fs::rename(&old, dir)?;
        } else {
            std::fs::remove_dir_all(&old)?;
        }
        moved
    } else {
        std::fs::rename(&staged, dir)
    }
}

/// Writes each `(relative path, text)` under `dir`, creating directories.
pub fn write_tree(dir: &Path, files: &[(String, String)]) -> std::io::Result<()> {
    for (rel, text) in files {
        let path = dir.join(rel);
        if let Some(p) = path.parent() {
            std::fs::create_dir_all(p)?;
        }
        std::fs::write(path, text)?;
    }
    Ok(())
}

/// Writes one file via a temporary sibling and a rename.
pub fn write_file_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent)?;
    let mut tmp = tempfile::NamedTempFile::new_in(&parent)?;
    std::io::Write::write_all(&mut tmp, text.as_bytes())?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}
