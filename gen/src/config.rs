//! `--config FILE.toml`: choices that do not fit on a command line.
//!
//! ```toml
//! allow = "snappy::.*"            # anchored regex over qualified C++ names
//! block = "snappy::Raw.*"
//! nothrow = ["snappy"]            # namespaces/functions that never throw
//! include_dirs = ["include"]      # relative to the config file
//! defines = ["NDEBUG"]
//! std = "c++17"
//! link = ["snappy"]
//! name = "bindings"               # base name of generated files
//!
//! [buffers]                       # output buffer → its size, a C++ expression
//! "snappy::RawCompress.compressed" = "snappy::MaxCompressedLength(input_length)"
//! "snappy::Sink::GetAppendBuffer.scratch" = "length"
//! "snappy::Sink::GetAppendBuffer.return" = "length"   # a `char*` result's size
//!
//! [arrays]                        # array of C strings → its number of entries
//! "sqlite3_get_table.pazResult" = "(*pnRow + 1) * *pnColumn"  # `char***`, after the call
//! "sqlite3_create_filename.azParam" = "2 * nParam"            # `const char**`, checked before
//!
//! [rename]                        # Rust path (as the report prints it) → new name
//! "snappy::compress_source" = "compress_stream"
//!
//! caller_frees = ["sqlite3_expanded_sql"]  # what the call hands out (a `char*`, a handle), the caller frees
//! strict = true                   # bind only what the types state (as --strict)
//!
//! [destroy]                       # C handle → its destroy function
//! "sqlite3_backup" = "sqlite3_backup_finish"
//!
//! [instantiate]                   # template → argument lists to bind
//! "ns::larger" = ["int", "double"]
//! "ns::Vector" = ["const char"]
//! ```

use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The parsed config file.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Only these qualified names are bound.
    pub allow: Option<String>,
    /// These qualified names are skipped.
    pub block: Option<String>,
    /// Namespaces or functions declared non-throwing.
    #[serde(default)]
    pub nothrow: Vec<String>,
    /// Extra include directories (relative to the config file).
    #[serde(default)]
    pub include_dirs: Vec<PathBuf>,
    /// Extra preprocessor definitions.
    #[serde(default)]
    pub defines: Vec<String>,
    /// `c++17` or `c++20`.
    pub std: Option<String>,
    /// Libraries to link.
    #[serde(default)]
    pub link: Vec<String>,
    /// Base name of the generated files.
    pub name: Option<String>,
    /// Renames: a function's or method's Rust path (`snappy::compress_source`,
    /// `ns::Type::with_name`) → the name to use instead.
    #[serde(default)]
    pub rename: BTreeMap<String, String>,
    /// Output buffers: `qualified::Function.param` → the number of bytes the
    /// callee may write, a C++ expression over the function's parameters;
    /// `qualified::Method.return` → the number of bytes a `char*` result
    /// lends. Overrides without entries of their own keep their base method's.
    #[serde(default)]
    pub buffers: BTreeMap<String, String>,
    /// Arrays of C strings: `qualified::Function.param` → its number of
    /// entries, a C++ expression over the function's parameters (after the
    /// call for a `char***` table the callee allocates, before it for a
    /// `const char**` input array).
    #[serde(default)]
    pub arrays: BTreeMap<String, String>,
    /// Destroy functions of C handles the naming convention misses: handle
    /// (qualified C name) → the function taking just its `T*`.
    #[serde(default)]
    pub destroy: BTreeMap<String, String>,
    /// C functions that make what they hand out although their name does
    /// not say so: a `char*` result the caller frees with the library's
    /// `*_free(void*)` (`sqlite3_expanded_sql`), or a handle (result or
    /// `T**` out-parameter) Rust owns and drops with its destroy function
    /// (`sqlite3_snapshot_get`).
    #[serde(default)]
    pub caller_frees: Vec<String>,
    /// Template instantiations to bind: a function template's or class
    /// template's qualified name → argument lists (`"int"`, `"double, ns::Point"`).
    #[serde(default)]
    pub instantiate: BTreeMap<String, Vec<String>>,
    /// Bind only what the types state (as `--strict`): a binding that would
    /// rely on a convention read from a name is skipped as `assumed-by-name`.
    #[serde(default)]
    pub strict: bool,
}

impl Config {
    /// Reads and validates a config file; relative paths resolve against its directory.
    pub fn load(path: &Path) -> Result<Config, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read config {}: {e}", path.display()))?;
        let mut cfg: Config =
            toml::from_str(&text).map_err(|e| format!("invalid config {}: {e}", path.display()))?;
        let base = path.parent().unwrap_or(Path::new("."));
        for d in &mut cfg.include_dirs {
            if d.is_relative() {
                *d = base.join(&*d);
            }
        }
        Ok(cfg)
    }
}
