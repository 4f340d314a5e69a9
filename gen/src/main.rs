//! The `cxxbind` command line. See `cxxbind --help` and DESIGN's CLI contract.

use clap::{Args, Parser, Subcommand, ValueEnum};
use cxxbind::driver::{self, Error, Request};
use cxxbind::frontend::{self, FrontendError};
use cxxbind::{coverage, krate, output, report};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "cxxbind",
    version,
    about = "Safe Rust bindings (cxx bridges, C++ shims, idiomatic wrappers) from C++ headers"
)]
struct Cli {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Generate bindings into a directory (-o) or a ready Cargo crate (--crate).
    Generate {
        #[command(flatten)]
        common: Common,
        /// Output directory for the generated files.
        #[arg(
            short = 'o',
            long = "out",
            value_name = "OUT_DIR",
            required_unless_present = "krate",
            conflicts_with = "krate"
        )]
        out: Option<PathBuf>,
        /// Write a ready-to-build Cargo crate into this directory.
        #[arg(long = "crate", value_name = "DIR")]
        krate: Option<PathBuf>,
        /// The crate's package name (with --crate).
        #[arg(long, value_name = "NAME")]
        crate_name: Option<String>,
        /// Write into an existing non-empty directory cxxbind did not write
        /// (its other files are kept; files of the names cxxbind writes are replaced).
        #[arg(long)]
        force: bool,
        /// Build the generated code first (as `coverage` does, linking the
        /// --link libraries) and leave out the declarations it fails to
        /// compile with, so what is written builds.
        #[arg(long)]
        verify: bool,
    },
    /// Generate, build in a scratch crate, and report interop coverage.
    Coverage {
        #[command(flatten)]
        common: Common,
        /// Report format.
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
        /// Write the report here instead of standard output.
        #[arg(short = 'o', long = "out", value_name = "FILE")]
        out: Option<PathBuf>,
        /// Do not build: report what analysis decided (faster, less strict).
        #[arg(long)]
        no_build: bool,
    },
    /// Compare two JSON coverage reports: newly bound, newly skipped, changed reasons.
    Diff {
        /// The earlier report.
        old: PathBuf,
        /// The later report.
        new: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
        format: DiffFormat,
        /// Exit 1 when a declaration bound in OLD is skipped or gone in NEW.
        #[arg(long)]
        fail_on_regression: bool,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum DiffFormat {
    Text,
    Json,
    Md,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Json,
    Md,
    Html,
}

#[derive(Args)]
struct Common {
    /// Headers to bind.
    #[arg(required = true, value_name = "HEADER")]
    headers: Vec<PathBuf>,
    /// Add an include directory.
    #[arg(short = 'I', value_name = "DIR")]
    include: Vec<PathBuf>,
    /// Define a macro: NAME or NAME=VALUE.
    #[arg(short = 'D', value_name = "NAME[=VAL]")]
    define: Vec<String>,
    /// C++ standard: c++17 or c++20.
    #[arg(long = "std", value_name = "STD")]
    std: Option<String>,
    /// Reuse flags from DIR/compile_commands.json.
    #[arg(short = 'p', long = "compile-commands", value_name = "DIR")]
    compile_commands: Option<PathBuf>,
    /// Bind only qualified names matching REGEX (anchored).
    #[arg(long, value_name = "REGEX")]
    allow: Option<String>,
    /// Skip qualified names matching REGEX (anchored).
    #[arg(long, value_name = "REGEX")]
    block: Option<String>,
    /// Count the declarations of headers under DIR (repeatable; replaces the
    /// default scope: the selected header's directory or, when that directory
    /// is an include root, its same-stem siblings and the folders its own
    /// `#include` lines name).
    #[arg(long = "scope", value_name = "DIR")]
    scope: Vec<PathBuf>,
    /// Read options from a TOML file.
    #[arg(long, value_name = "FILE.toml")]
    config: Option<PathBuf>,
    /// Write a Makefile-style dependency file.
    #[arg(long, value_name = "FILE")]
    depfile: Option<PathBuf>,
    /// Libraries to link (a name, or a path to a library file).
    #[arg(long = "link", value_name = "LIB")]
    link: Vec<String>,
    /// Base name of the generated files.
    #[arg(long, value_name = "NAME")]
    name: Option<String>,
    /// Also write the IR as JSON to FILE.
    #[arg(long, value_name = "FILE")]
    dump_ir: Option<PathBuf>,
    /// Bind only what the types state: every binding that would rely on a
    /// convention read from a name (creates, frees, counts, …) is skipped
    /// as `assumed-by-name`.
    #[arg(long)]
    strict: bool,
    /// Print what is happening.
    #[arg(short = 'v', long)]
    verbose: bool,
    /// Arguments passed to clang as they are.
    #[arg(last = true, value_name = "CLANG_ARGS")]
    clang_args: Vec<String>,
}

impl Common {
    fn request(&self) -> Request {
        Request {
            headers: self.headers.clone(),
            include_dirs: self.include.clone(),
            defines: self.define.clone(),
            std: self.std.clone(),
            clang_args: self.clang_args.clone(),
            compile_commands: self.compile_commands.clone(),
            allow: self.allow.clone(),
            block: self.block.clone(),
            config: self.config.clone(),
            name: self.name.clone(),
            scope: self.scope.clone(),
            strict: self.strict,
        }
    }
}

fn fail(e: Error) -> ExitCode {
    match e {
        Error::Frontend(FrontendError::Parse { diagnostics }) => {
            eprintln!("{}", frontend::render_diagnostics(&diagnostics));
            eprintln!("error: the headers do not parse; nothing was written");
            ExitCode::from(1)
        }
        Error::Frontend(FrontendError::MissingHeader(h)) => {
            eprintln!("error: header not found: {h}");
            ExitCode::from(2)
        }
        Error::Emit(e) => {
            eprintln!("error: {e}");
            ExitCode::from(3)
        }
        Error::Link { message, log } => {
            eprintln!("{log}");
            eprintln!("error: the generated crate does not build or link: {message}");
            ExitCode::from(3)
        }
        other => {
            eprintln!("error: {other}");
            ExitCode::from(2)
        }
    }
}

/// Parses the headers (and writes `--dump-ir`): what both commands start with.
fn prepare(common: &Common) -> Result<driver::Prepared, ExitCode> {
    let prepared = driver::prepare(&common.request()).map_err(fail)?;
    if let Some(p) = &common.dump_ir {
        std::fs::write(p, frontend::to_json(&prepared.api)).map_err(|e| fail(e.into()))?;
    }
    Ok(prepared)
}

fn generate(common: &Common) -> Result<driver::Generated, ExitCode> {
    let g = prepare(common)?.generate().map_err(fail)?;
    if common.verbose {
        let r = report::build(&g.bindings, &g.libclang, false);
        eprintln!(
            "cxxbind: {} declarations, {} bound by analysis ({} callables of {})",
            r.summary.declarations,
            r.summary.bound,
            r.summary.callables.bound,
            r.summary.callables.total
        );
    }
    Ok(g)
}

/// `generate --verify`: builds the generated code, leaving out what it
/// fails to compile with; fails (exit 3) when it still does not build.
fn verified(common: &Common) -> Result<driver::Generated, ExitCode> {
    let mut prepared = prepare(common)?;
    let verbose = common.verbose;
    let progress = move |m: &str| {
        if verbose {
            eprintln!("cxxbind: {m}");
        }
    };
    let o = coverage::build_isolating(&mut prepared, &common.link, &progress).map_err(fail)?;
    for k in &o.failed {
        eprintln!("warning: left out as build-failed: {k}");
    }
    if !o.compiled {
        eprintln!("{}", o.log);
        eprintln!("error: the generated code does not build");
        return Err(ExitCode::from(3));
    }
    Ok(o.generated)
}

fn write_depfile(common: &Common, target: &Path, g: &driver::Generated) -> Result<(), ExitCode> {
    let Some(dep) = &common.depfile else {
        return Ok(());
    };
    let esc = |s: &str| s.replace(' ', "\\ ");
    let deps: Vec<String> = g.api.files.iter().map(|f| esc(f)).collect();
    let text = format!(
        "{}: {}\n",
        esc(&target.display().to_string()),
        deps.join(" \\\n  ")
    );
    std::fs::write(dep, text).map_err(|e| fail(e.into()))
}

/// `generate` into `dir`: the files (`-o`), or a crate named `krate_name`
/// (`--crate`). A directory cxxbind may not write into is refused before
/// anything is parsed.
fn generate_into(
    common: &Common,
    dir: &Path,
    krate_name: Option<&str>,
    force: bool,
    verify: bool,
) -> ExitCode {
    if let Err(e) = output::check_dir(dir, force) {
        eprintln!("error: {e}");
        return ExitCode::from(2);
    }
    let generated = if verify {
        verified(common)
    } else {
        generate(common)
    };
    let g = match generated {
        Ok(g) => g,
        Err(code) => return code,
    };
    let files = match krate_name {
        Some(name) => krate::files(&g, name, &common.link),
        None => {
            // The compile flags decided for this run, for build systems
            // compiling the glue themselves (`CxxBind.cmake`).
            let mut files = g.output.files.clone();
            let flags = format!("{}.flags", g.output.name);
            files.push((flags, g.flags.response_file()));
            files
        }
    };
    if let Err(e) = output::write_dir(dir, &files, force) {
        eprintln!("error: {e}");
        return ExitCode::from(2);
    }
    let target = dir.join(format!("{}.rs", g.output.name));
    if let Err(code) = write_depfile(common, &target, &g) {
        return code;
    }
    ExitCode::SUCCESS
}

/// `cxxbind coverage`.
fn coverage_command(
    common: &Common,
    format: Format,
    out: Option<PathBuf>,
    no_build: bool,
) -> ExitCode {
    let mut prepared = match prepare(common) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let mut code = ExitCode::SUCCESS;
    let mut builds = None;
    let g = if no_build {
        match prepared.generate() {
            Ok(g) => g,
            Err(e) => return fail(e),
        }
    } else {
        let verbose = common.verbose;
        let progress = move |m: &str| {
            if verbose {
                eprintln!("cxxbind: {m}");
            }
        };
        match coverage::build_isolating(&mut prepared, &common.link, &progress) {
            Ok(o) => {
                builds = Some(o.builds);
                if !o.compiled {
                    eprintln!("{}", o.log);
                    eprintln!(
                        "error: the generated crate failed to build, even without {} declaration(s) left out as build-failed",
                        o.failed.len()
                    );
                    code = ExitCode::from(3);
                } else if !o.failed.is_empty() {
                    if verbose {
                        eprintln!("{}", o.log);
                    }
                    eprintln!(
                        "warning: {} declaration(s) left out as build-failed (block them, or see the report's messages):",
                        o.failed.len()
                    );
                }
                for k in &o.failed {
                    eprintln!("  {k}");
                }
                o.generated
            }
            Err(e) => return fail(e),
        }
    };
    let mut r = report::build(&g.bindings, &g.libclang, !no_build);
    r.builds = builds;
    let text = match format {
        Format::Json => report::json(&r),
        Format::Md => report::markdown(&r),
        Format::Html => report::html(&r),
    };
    match out {
        Some(p) => {
            if let Err(e) = output::write_file_atomically(&p, &text) {
                return fail(e.into());
            }
        }
        None => print!("{text}"),
    }
    code
}

fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Cmd::Generate {
            common,
            out,
            krate: krate_dir,
            crate_name,
            force,
            verify,
        } => match (out, krate_dir) {
            (Some(dir), _) => generate_into(&common, &dir, None, force, verify),
            (None, Some(dir)) => {
                let name = crate_name.unwrap_or_else(|| {
                    dir.file_name()
                        .map(|n| n.to_string_lossy().replace('-', "_"))
                        .unwrap_or_else(|| "bindings".into())
                });
                generate_into(&common, &dir, Some(&name), force, verify)
            }
            (None, None) => ExitCode::from(2),
        },
        Cmd::Coverage {
            common,
            format,
            out,
            no_build,
        } => coverage_command(&common, format, out, no_build),
        Cmd::Diff {
            old,
            new,
            format,
            fail_on_regression,
        } => {
            let read = |p: &PathBuf| -> Result<report::Report, String> {
                let t = std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))?;
                serde_json::from_str(&t).map_err(|e| format!("{}: {e}", p.display()))
            };
            match (read(&old), read(&new)) {
                (Ok(o), Ok(n)) => {
                    let d = report::diff::compare(&o, &n);
                    print!(
                        "{}",
                        match format {
                            DiffFormat::Text => report::diff::text(&d),
                            DiffFormat::Json => report::diff::json(&d),
                            DiffFormat::Md => report::diff::markdown(&d),
                        }
                    );
                    if fail_on_regression && d.regressions > 0 {
                        eprintln!(
                            "error: {} declaration(s) bound before are not bound now",
                            d.regressions
                        );
                        return ExitCode::from(1);
                    }
                    ExitCode::SUCCESS
                }
                (Err(e), _) | (_, Err(e)) => {
                    eprintln!("error: {e}");
                    ExitCode::from(2)
                }
            }
        }
    }
}

fn main() -> ExitCode {
    run(Cli::parse())
}
