//! Which headers belong to the library (DESIGN: "What a library is").
//!
//! The selected headers always count. By default, so do the headers they
//! include from under a selected header's own directory; when that directory
//! is an include root (`/usr/include`, `/usr/local/include`, a directory
//! given to the parse with `-I`/`-isystem`/`-iquote`/`-idirafter`, the system
//! include directories), only the selected header's same-stem siblings
//! (`snappy.h` → `snappy-*.h`, `snappy_*.h`) do. `--scope DIR` replaces the
//! default with "under any of these directories". System and standard-library
//! headers never count.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// Directories that are include roots on every Unix system.
const SYSTEM_ROOTS: &[&str] = &["/usr/include", "/usr/local/include"];

/// Directories under `/usr/include` that belong to the C library or the kernel.
const LIBC_DIRS: &[&str] = &[
    "sys",
    "bits",
    "gnu",
    "linux",
    "asm",
    "asm-generic",
    "arpa",
    "net",
    "netinet",
    "rpc",
    "scsi",
];

/// C library headers directly under `/usr/include`.
const LIBC_HEADERS: &[&str] = &[
    "alloca.h",
    "assert.h",
    "complex.h",
    "ctype.h",
    "dirent.h",
    "dlfcn.h",
    "endian.h",
    "errno.h",
    "fcntl.h",
    "features.h",
    "features-time64.h",
    "fenv.h",
    "float.h",
    "inttypes.h",
    "limits.h",
    "locale.h",
    "malloc.h",
    "math.h",
    "memory.h",
    "poll.h",
    "pthread.h",
    "sched.h",
    "setjmp.h",
    "signal.h",
    "stdc-predef.h",
    "stdint.h",
    "stdio.h",
    "stdlib.h",
    "string.h",
    "strings.h",
    "time.h",
    "uchar.h",
    "unistd.h",
    "wchar.h",
    "wctype.h",
];

/// One way a header can belong to the library: under `dir` (canonical),
/// or, with a `stem`, directly in `dir` and named `stem-*` or `stem_*`.
/// Headers it admits are named through `spelled`, the user's spelling of
/// `dir`, so relative invocations give relative names.
#[derive(Debug)]
struct Rule {
    dir: PathBuf,
    spelled: PathBuf,
    stem: Option<String>,
}

impl Rule {
    fn new(spelled: &Path, stem: Option<String>) -> Rule {
        Rule {
            dir: canon(spelled),
            spelled: spelled.to_path_buf(),
            stem,
        }
    }

    /// The name of `path` (canonical) if this rule admits it.
    fn admit(&self, path: &Path) -> Option<String> {
        let rel = path.strip_prefix(&self.dir).ok()?;
        if let Some(stem) = &self.stem {
            let name = rel.to_str()?;
            let rest = name.strip_prefix(stem.as_str())?;
            if name.contains('/') || !(rest.starts_with('-') || rest.starts_with('_')) {
                return None;
            }
        }
        Some(self.spelled.join(rel).display().to_string())
    }
}

/// Decides, per file, whether its declarations count, and how it is named.
#[derive(Debug)]
pub(crate) struct Scope {
    /// Canonical path → the path as the user gave it.
    selected: HashMap<PathBuf, String>,
    rules: Vec<Rule>,
    /// Standard-library directories (the compiler's own headers).
    std_dirs: Vec<PathBuf>,
    /// File as libclang spells it → its name if in scope.
    cache: HashMap<PathBuf, Option<String>>,
}

impl Scope {
    /// `selected`: (canonical path, path as given); `scope_dirs`: `--scope`;
    /// `clang_args`: the parse's arguments (their include directories are roots).
    pub(crate) fn new(
        selected: &[(PathBuf, String)],
        scope_dirs: &[PathBuf],
        clang_args: &[String],
        builtin_include: Option<&str>,
    ) -> Scope {
        let std_dirs: Vec<PathBuf> = builtin_include.map(canon).into_iter().collect();
        let rules = if scope_dirs.is_empty() {
            let roots = include_roots(clang_args, &std_dirs);
            selected
                .iter()
                .filter_map(|(path, given)| {
                    let spelled = Path::new(given).parent()?;
                    let spelled = if spelled.as_os_str().is_empty() {
                        Path::new(".")
                    } else {
                        spelled
                    };
                    let stem = roots
                        .contains(path.parent()?)
                        .then(|| path.file_stem().map(|s| s.to_string_lossy().into_owned()))
                        .flatten();
                    Some(Rule::new(spelled, stem))
                })
                .collect()
        } else {
            scope_dirs.iter().map(|d| Rule::new(d, None)).collect()
        };
        Scope {
            selected: selected.iter().cloned().collect(),
            rules,
            std_dirs,
            cache: HashMap::new(),
        }
    }

    /// The name locations in `file` carry, when `file` belongs to the
    /// library: the path as given for a selected header, else its path under
    /// the directory that admits it, spelled as the user spelled that directory.
    pub(crate) fn name_of(&mut self, file: &Path) -> Option<String> {
        if let Some(hit) = self.cache.get(file) {
            return hit.clone();
        }
        let name = self.decide(file);
        self.cache.insert(file.to_path_buf(), name.clone());
        name
    }

    fn decide(&self, file: &Path) -> Option<String> {
        let path = std::fs::canonicalize(file).ok()?;
        if let Some(given) = self.selected.get(&path) {
            return Some(given.clone());
        }
        if self.is_system(&path) {
            return None;
        }
        self.rules.iter().find_map(|r| r.admit(&path))
    }

    /// Standard-library, C library and compiler headers.
    fn is_system(&self, path: &Path) -> bool {
        if self.std_dirs.iter().any(|d| path.starts_with(d)) {
            return true;
        }
        let s = path.display().to_string();
        if s.contains("/include/c++/") || s.starts_with("/usr/lib/gcc/") {
            return true;
        }
        let Ok(rel) = path.strip_prefix("/usr/include") else {
            return false;
        };
        let mut parts = rel.components().map(|c| c.as_os_str().to_string_lossy());
        match (parts.next(), parts.next()) {
            (Some(file), None) => LIBC_HEADERS.contains(&file.as_ref()),
            (Some(dir), Some(_)) => LIBC_DIRS.contains(&dir.as_ref()) || dir.contains("-linux-"),
            _ => false,
        }
    }
}

fn canon(p: impl AsRef<Path>) -> PathBuf {
    let p = p.as_ref();
    std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf())
}

/// Directories headers are found from: the system roots, the multiarch
/// directories under them, the compiler's own, and every include directory
/// in the parse's arguments.
fn include_roots(clang_args: &[String], std_dirs: &[PathBuf]) -> HashSet<PathBuf> {
    let mut roots: HashSet<PathBuf> = std_dirs.iter().cloned().collect();
    for r in SYSTEM_ROOTS {
        roots.insert(canon(r));
        if let Ok(entries) = std::fs::read_dir(r) {
            for e in entries.flatten() {
                if e.file_name().to_string_lossy().contains("-linux-") {
                    roots.insert(canon(e.path()));
                }
            }
        }
    }
    const FLAGS: &[&str] = &["-I", "-isystem", "-iquote", "-idirafter"];
    let mut args = clang_args.iter();
    while let Some(a) = args.next() {
        if FLAGS.contains(&a.as_str()) {
            if let Some(dir) = args.next() {
                roots.insert(canon(dir));
            }
        } else if let Some(dir) = FLAGS
            .iter()
            .find_map(|f| a.strip_prefix(f).filter(|d| !d.is_empty()))
        {
            roots.insert(canon(dir));
        }
    }
    roots
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scope_for(header: &Path, scope_dirs: &[PathBuf], args: &[String]) -> Scope {
        let c = canon(header);
        Scope::new(&[(c, header.display().to_string())], scope_dirs, args, None)
    }

    #[test]
    fn a_library_directory_counts_everything_under_it() {
        let tmp = tempfile::tempdir().unwrap();
        let lib = tmp.path().join("lib");
        std::fs::create_dir_all(lib.join("detail")).unwrap();
        for f in ["lib/lib.h", "lib/detail/a.h", "other.h"] {
            std::fs::write(tmp.path().join(f), "").unwrap();
        }
        let mut s = scope_for(&lib.join("lib.h"), &[], &[]);
        assert!(s.name_of(&lib.join("detail/a.h")).is_some());
        assert!(s.name_of(&tmp.path().join("other.h")).is_none());
        assert!(s.name_of(Path::new("/usr/include/stdio.h")).is_none());
    }

    #[test]
    fn an_include_root_counts_only_same_stem_siblings() {
        let tmp = tempfile::tempdir().unwrap();
        for f in ["snap.h", "snap-sink.h", "snap_x.h", "snapper.h", "other.h"] {
            std::fs::write(tmp.path().join(f), "").unwrap();
        }
        let args = vec!["-I".to_string(), tmp.path().display().to_string()];
        let mut s = scope_for(&tmp.path().join("snap.h"), &[], &args);
        let counted: Vec<&str> = ["snap-sink.h", "snap_x.h", "snapper.h", "other.h"]
            .into_iter()
            .filter(|f| s.name_of(&tmp.path().join(f)).is_some())
            .collect();
        assert_eq!(counted, ["snap-sink.h", "snap_x.h"]);
    }
}
