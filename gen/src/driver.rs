//! The whole pipeline behind one call, shared by the CLI and `cxxbind-build`.

use crate::analysis::{self, AnalysisOptions};
use crate::config::Config;
use crate::emit::{self, EmitOptions, Output};
use crate::frontend::{self, FrontendError, ParseOptions};
use crate::ir::Api;
use crate::plan::Bindings;
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
    /// `--strict`: bind only what the types state, never a guess read from
    /// a name (also `strict = true` in the config).
    pub strict: bool,
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
    /// The standard, include directories and defines every compile of the output uses.
    pub flags: CompileFlags,
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
    /// Analysis options; `excluded` may be filled in between runs.
    pub analysis: AnalysisOptions,
    /// Emit options.
    pub emit: EmitOptions,
    /// The standard, include directories and defines in effect.
    pub flags: CompileFlags,
    /// Libraries the config asks to link.
    pub config_links: Vec<String>,
    /// libclang's version string.
    pub libclang: String,
}

impl Prepared {
    /// Analysis and emit. Declarations whose items cxx rejects are left
    /// out as `internal` ([`crate::isolate`]), so the rest of the library
    /// still binds; they stay in `analysis.excluded`, so a later run (a
    /// rebuild in `coverage`) does not search for them again.
    pub fn generate(&mut self) -> Result<Generated, Error> {
        let (bindings, output) =
            crate::isolate::generate(&self.api, &mut self.analysis, &self.emit)?;
        Ok(Generated {
            api: self.api.clone(),
            bindings,
            output,
            libclang: self.libclang.clone(),
            flags: self.flags.clone(),
            config_links: self.config_links.clone(),
        })
    }
}

/// The language standard, include directories and macro definitions of a
/// run, decided once (in [`prepare`]) from the command line, the config and
/// `compile_commands.json`. clang parses with them, and every compile of the
/// output uses the same: the `coverage` scratch crate and `--crate` output
/// (`krate.rs`), `cxxbind-build`, and the CMake module (which passes its
/// own `STD`/`DEFINES`/`INCLUDE_DIRS` both to `cxxbind` and to the glue target).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CompileFlags {
    /// `c++17` or `c++20`.
    pub std: String,
    /// `-I` directories, in search order: command line, config, compile commands, `--` arguments.
    pub include_dirs: Vec<PathBuf>,
    /// `NAME` or `NAME=VALUE`; a later one wins: compile commands, `--` arguments, config, command line.
    pub defines: Vec<String>,
}

/// The standards the generated code (cxx) supports, and how compile
/// databases and clang arguments may spell them.
fn normalize_std(s: &str) -> Option<&'static str> {
    let s = s.strip_prefix("-std=").unwrap_or(s);
    match s.trim_start_matches("gnu").trim_start_matches("c") {
        "++17" | "++1z" => Some("c++17"),
        "++20" | "++2a" => Some("c++20"),
        _ => None,
    }
}

impl CompileFlags {
    /// Decides the flags; returns them and the clang arguments left over
    /// (the ones that only matter to parsing, passed to clang as they are).
    ///
    /// The standard is the first of: `--std`, the config's `std`, a `-std=`
    /// after `--`, the compile database's, `c++17`. `--std` and the config
    /// must say `c++17` or `c++20`; other spellings elsewhere are ignored.
    pub fn decide(req: &Request, cfg: &Config) -> Result<(Self, Vec<String>), Error> {
        let explicit = req.std.clone().or(cfg.std.clone());
        if let Some(std) = &explicit {
            if !matches!(std.as_str(), "c++17" | "c++20") {
                return Err(Error::Usage(format!(
                    "--std must be c++17 or c++20, not {std}"
                )));
            }
        }
        let database = match &req.compile_commands {
            Some(dir) => crate::compile_commands::flags(dir).map_err(Error::Usage)?,
            None => Vec::new(),
        };
        let mut flags = CompileFlags {
            std: String::new(),
            include_dirs: req.include_dirs.clone(),
            defines: Vec::new(),
        };
        flags.include_dirs.extend(cfg.include_dirs.iter().cloned());
        // Later definitions win: the build's, then `--`, the config, the command line.
        let mut defines = Vec::new();
        let (mut database_std, mut args_std) = (None, None);
        let mut extra = Vec::new();
        for (from_db, list) in [(true, &database), (false, &req.clang_args)] {
            let mut it = list.iter();
            while let Some(f) = it.next() {
                let mut value = |prefix: &str| -> Option<String> {
                    let rest = f.strip_prefix(prefix)?;
                    if rest.is_empty() {
                        it.next().cloned()
                    } else {
                        Some(rest.to_string())
                    }
                };
                if f.starts_with("-std=") {
                    let slot = if from_db {
                        &mut database_std
                    } else {
                        &mut args_std
                    };
                    *slot = normalize_std(f).or(*slot);
                } else if let Some(p) = value("-I").or_else(|| value("-isystem")) {
                    flags.include_dirs.push(PathBuf::from(p));
                } else if let Some(d) = value("-D") {
                    defines.push(d);
                } else if !from_db {
                    extra.push(f.clone());
                }
            }
        }
        defines.extend(cfg.defines.iter().cloned());
        defines.extend(req.defines.iter().cloned());
        flags.defines = defines;
        flags.std = explicit
            .or(args_std.map(str::to_string))
            .or(database_std.map(str::to_string))
            .unwrap_or_else(|| "c++17".into());
        let mut unique = std::collections::BTreeSet::new();
        flags.include_dirs.retain(|d| unique.insert(d.clone()));
        let mut unique = std::collections::BTreeSet::new();
        flags.defines.retain(|d| unique.insert(d.clone()));
        Ok((flags, extra))
    }

    /// `-std=…`, `-I…` and `-D…` for clang (and any GCC-like compiler).
    pub fn clang_args(&self) -> Vec<String> {
        let mut args = vec![format!("-std={}", self.std)];
        args.extend(
            self.include_dirs
                .iter()
                .map(|d| format!("-I{}", d.display())),
        );
        args.extend(self.defines.iter().map(|d| format!("-D{d}")));
        args
    }

    /// The flags as a GCC/Clang response file (`@FILE`): one quoted
    /// argument per line, include directories made absolute. `generate -o`
    /// writes it as `<name>.flags`; the CMake module compiles the glue with it.
    pub fn response_file(&self) -> String {
        let quote = |a: &str| format!("\"{}\"\n", a.replace('\\', "\\\\").replace('"', "\\\""));
        let mut out = quote(&format!("-std={}", self.std));
        for d in &self.include_dirs {
            let abs = std::fs::canonicalize(d).unwrap_or_else(|_| d.clone());
            out.push_str(&quote(&format!("-I{}", abs.display())));
        }
        for d in &self.defines {
            out.push_str(&quote(&format!("-D{d}")));
        }
        out
    }

    /// Each define as `(name, value)`, the shape `cc::Build::define` takes.
    pub fn define_pairs(&self) -> Vec<(String, Option<String>)> {
        self.defines
            .iter()
            .map(|d| match d.split_once('=') {
                Some((k, v)) => (k.to_string(), Some(v.to_string())),
                None => (d.clone(), None),
            })
            .collect()
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
        buffers: cfg.buffers.clone(),
        arrays: cfg.arrays.clone(),
        instantiate: cfg.instantiate.clone(),
        destroy: cfg.destroy.clone(),
        caller_frees: cfg.caller_frees.clone(),
        strict: req.strict || cfg.strict,
        excluded: Default::default(),
    };
    if let Some((path, bad)) = cfg
        .rename
        .iter()
        .find(|(_, n)| !crate::analysis::core::naming::is_plain_ident(n))
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
    if !crate::analysis::core::naming::is_plain_ident(&name) {
        return Err(Error::Usage(format!(
            "--name must be an identifier, not {name:?}"
        )));
    }
    let (flags, extra) = CompileFlags::decide(req, &cfg)?;
    let mut args = flags.clang_args();
    args.extend(extra);
    let api = frontend::parse(&ParseOptions {
        headers: req.headers.clone(),
        clang_args: args,
        scope: req.scope.clone(),
    })?;
    analysis::c_api::arrays::validate(&api, &analysis.arrays).map_err(Error::Usage)?;
    let includes = req
        .headers
        .iter()
        .map(|h| include_spelling(h, &flags.include_dirs))
        .collect();
    Ok(Prepared {
        api,
        analysis,
        emit: EmitOptions { name, includes },
        flags,
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

#[cfg(test)]
mod tests {
    use super::*;

    fn decide(req: &Request, cfg: &Config) -> (CompileFlags, Vec<String>) {
        CompileFlags::decide(req, cfg).unwrap()
    }

    #[test]
    fn the_standard_comes_from_the_first_place_that_says_it() {
        let mut req = Request::default();
        assert_eq!(decide(&req, &Config::default()).0.std, "c++17");
        req.clang_args = vec!["-std=gnu++2a".into()];
        assert_eq!(decide(&req, &Config::default()).0.std, "c++20");
        let cfg = Config {
            std: Some("c++17".into()),
            ..Default::default()
        };
        assert_eq!(decide(&req, &cfg).0.std, "c++17");
        req.std = Some("c++20".into());
        assert_eq!(decide(&req, &cfg).0.std, "c++20");
        req.std = Some("c++14".into());
        assert!(CompileFlags::decide(&req, &cfg).is_err());
    }

    #[test]
    fn clang_arguments_that_compiles_need_join_the_flags() {
        let req = Request {
            include_dirs: vec!["cli".into()],
            defines: vec!["A=2".into()],
            clang_args: vec![
                "-I".into(),
                "sep".into(),
                "-Ijoined".into(),
                "-isystem".into(),
                "sys".into(),
                "-D".into(),
                "A=1".into(),
                "-DB".into(),
                "-Wno-everything".into(),
            ],
            ..Default::default()
        };
        let (flags, extra) = decide(&req, &Config::default());
        let dirs: Vec<String> = flags
            .include_dirs
            .iter()
            .map(|d| d.display().to_string())
            .collect();
        assert_eq!(dirs, ["cli", "sep", "joined", "sys"]);
        // The command line's definition comes last, so it wins.
        assert_eq!(flags.defines, ["A=1", "B", "A=2"]);
        assert_eq!(extra, ["-Wno-everything"]);
        assert_eq!(
            flags.define_pairs(),
            [
                ("A".to_string(), Some("1".to_string())),
                ("B".to_string(), None),
                ("A".to_string(), Some("2".to_string()))
            ]
        );
        assert_eq!(
            flags.clang_args(),
            [
                "-std=c++17",
                "-Icli",
                "-Isep",
                "-Ijoined",
                "-Isys",
                "-DA=1",
                "-DB",
                "-DA=2"
            ]
        );
        assert!(flags.response_file().starts_with("\"-std=c++17\"\n\"-I"));
    }
}
