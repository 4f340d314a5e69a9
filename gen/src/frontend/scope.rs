//! Which headers belong to the library (DESIGN: "What a library is").
//!
//! The selected headers always count. By default, so do the headers they
//! include from under a selected header's own directory. When that directory
//! is an include root, two rules replace that one:
//!
//! - the selected header's same-stem siblings count (`snappy.h` →
//!   `snappy-*.h`, `snappy_*.h`);
//! - so does every folder of that root the selected header's own `#include`
//!   lines name (`lzma.h` including `"lzma/base.h"` → everything under
//!   `lzma/`), when the include was found there.
//!
//! `--scope DIR` replaces the default with "under any of these directories".
//! System and standard-library headers never count.
//!
//! Include roots: `/usr/include`, `/usr/local/include`, clang's own include
//! directory, the directories given to the parse with `-I`/`-isystem`/
//! `-iquote`/`-idirafter`, and every directory of the compiler's search path
//! an `#include` of the parse was found in (such as the multiarch
//! `/usr/include/x86_64-linux-gnu`, whatever the target).

use crate::clang::{Cursor, CursorKind};
use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::{Component, Path, PathBuf};

/// Directories that are include roots on every Unix system.
const SYSTEM_ROOTS: &[&str] = &["/usr/include", "/usr/local/include"];

/// Directories of a C library root (`/usr/include`, the compiler's system
/// directories) that belong to the C library, the kernel or the C++ library.
const LIBC_DIRS: &[&str] = &[
    "c++",
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

/// C library headers directly in a C library root.
const LIBC_HEADERS: &[&str] = &[
    "a.out.h",
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
    "fpu_control.h",
    "ieee754.h",
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

/// One `#include` the parse followed.
#[derive(Debug, Clone)]
pub(crate) struct Inclusion {
    /// The file holding the directive, as libclang spells it.
    pub from: PathBuf,
    /// The name between the quotes or angle brackets.
    pub spelled: String,
    /// `#include <…>`: looked up on the search path only.
    pub angled: bool,
    /// The file it was found as, as libclang spells it.
    pub file: PathBuf,
}

impl Inclusion {
    /// Every `#include` directive of the translation unit under `root`.
    pub(crate) fn all(root: &Cursor<'_>) -> Vec<Inclusion> {
        root.children()
            .into_iter()
            .filter(|c| c.kind() == CursorKind::InclusionDirective)
            .filter_map(|c| {
                Some(Inclusion {
                    from: c.location().file?,
                    file: c.included_file()?,
                    // `#`, `include`, then `<` or the quoted name.
                    angled: c.tokens().get(2).is_some_and(|t| t == "<"),
                    spelled: c.spelling(),
                })
            })
            .collect()
    }

    /// The directory the name was looked up in: the found file without the
    /// name's components. None for an absolute name or one with `.`/`..`.
    fn lookup_dir(&self) -> Option<&Path> {
        let spelled = Path::new(&self.spelled);
        let n = spelled.components().count();
        let plain = spelled
            .components()
            .all(|c| matches!(c, Component::Normal(_)));
        if n == 0 || !plain || !self.file.ends_with(spelled) {
            return None;
        }
        self.file.ancestors().nth(n)
    }

    /// The search-path directory the header was found in (canonical): any
    /// `<…>` include's, and a `"…"` include's when it was not found next to
    /// the file including it.
    fn search_dir(&self) -> Option<PathBuf> {
        let dir = canon(self.lookup_dir()?);
        let beside = self.from.parent().map(canon);
        (self.angled || beside.as_ref() != Some(&dir)).then_some(dir)
    }
}

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
    /// Roots whose C library directories and headers are system headers:
    /// `/usr/include` and the compiler's own search directories.
    libc_roots: Vec<PathBuf>,
    /// File as libclang spells it → its name if in scope.
    cache: HashMap<PathBuf, Option<String>>,
}

/// What the parse tells the scope: its arguments (their include directories
/// are roots), clang's own include directory and the `#include`s it followed.
#[derive(Debug, Default)]
pub(crate) struct ParseFacts<'a> {
    /// The parse's arguments.
    pub clang_args: &'a [String],
    /// clang's resource `include` directory.
    pub builtin_include: Option<&'a str>,
    /// Every `#include` of the translation unit.
    pub inclusions: &'a [Inclusion],
}

impl Scope {
    /// `selected`: (canonical path, path as given); `scope_dirs`: `--scope`.
    pub(crate) fn new(
        selected: &[(PathBuf, String)],
        scope_dirs: &[PathBuf],
        parse: &ParseFacts<'_>,
    ) -> Scope {
        let std_dirs: Vec<PathBuf> = parse.builtin_include.map(canon).into_iter().collect();
        let flagged = flag_dirs(parse.clang_args);
        let searched: BTreeSet<PathBuf> = parse
            .inclusions
            .iter()
            .filter_map(Inclusion::search_dir)
            .collect();
        let mut libc_roots = vec![canon("/usr/include")];
        libc_roots.extend(searched.iter().filter(|d| !flagged.contains(*d)).cloned());
        let rules = if scope_dirs.is_empty() {
            let mut roots: HashSet<PathBuf> = SYSTEM_ROOTS.iter().map(canon).collect();
            roots.extend(std_dirs.iter().cloned());
            roots.extend(flagged);
            roots.extend(searched);
            selected
                .iter()
                .flat_map(|(path, given)| default_rules(path, given, &roots, parse.inclusions))
                .collect()
        } else {
            scope_dirs.iter().map(|d| Rule::new(d, None)).collect()
        };
        Scope {
            selected: selected.iter().cloned().collect(),
            rules,
            std_dirs,
            libc_roots,
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

    /// Standard-library, C library and compiler headers (`path` canonical).
    pub(crate) fn is_system(&self, path: &Path) -> bool {
        if self.std_dirs.iter().any(|d| path.starts_with(d)) {
            return true;
        }
        let s = path.display().to_string();
        if s.contains("/include/c++/") || s.starts_with("/usr/lib/gcc/") || in_clang_resources(path)
        {
            return true;
        }
        self.libc_roots.iter().any(|root| is_libc(path, root))
    }
}

/// The default rules for one selected header (`path` canonical, `given` as
/// the user spelled it): everything under its directory, or, when that
/// directory is an include root, its same-stem siblings and the folders of
/// the root its own `#include` lines name.
fn default_rules(
    path: &Path,
    given: &str,
    roots: &HashSet<PathBuf>,
    inclusions: &[Inclusion],
) -> Vec<Rule> {
    let (Some(dir), Some(spelled)) = (path.parent(), Path::new(given).parent()) else {
        return Vec::new();
    };
    let spelled = if spelled.as_os_str().is_empty() {
        Path::new(".")
    } else {
        spelled
    };
    if !roots.contains(dir) {
        return vec![Rule::new(spelled, None)];
    }
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned());
    let mut rules = vec![Rule::new(spelled, stem)];
    for folder in named_folders(path, dir, inclusions) {
        rules.push(Rule::new(&spelled.join(folder), None));
    }
    rules
}

/// The folders of `root` that `header`'s own `#include` lines name and the
/// includes were found in: `"foo/a.h"` or `<foo/b.h>` found as `root/foo/…`
/// names `foo`. Nothing else: not the folders of the headers those include,
/// not a `foo/` found under another root.
fn named_folders(header: &Path, root: &Path, inclusions: &[Inclusion]) -> BTreeSet<String> {
    inclusions
        .iter()
        .filter(|i| canon(&i.from) == header)
        .filter_map(|i| {
            let mut parts = Path::new(&i.spelled).components();
            let (Some(Component::Normal(first)), Some(_)) = (parts.next(), parts.next()) else {
                return None;
            };
            let folder = canon(root.join(first));
            let inside = folder.is_dir() && canon(&i.file).starts_with(&folder);
            inside.then(|| first.to_string_lossy().into_owned())
        })
        .collect()
}

/// A header of a clang installation's own `…/lib/clang/<version>/include`
/// (found even when the loaded libclang does not say where it is).
fn in_clang_resources(path: &Path) -> bool {
    let parts: Vec<_> = path.components().map(|c| c.as_os_str()).collect();
    parts.windows(4).any(|w| {
        matches!(w[0].to_str(), Some("lib" | "lib64")) && w[1] == "clang" && w[3] == "include"
    })
}

/// A C library or kernel header of `root`: one of the C library's headers
/// directly in it, or any header in one of its C library directories.
fn is_libc(path: &Path, root: &Path) -> bool {
    let Ok(rel) = path.strip_prefix(root) else {
        return false;
    };
    let mut parts = rel.components().map(|c| c.as_os_str().to_string_lossy());
    match (parts.next(), parts.next()) {
        (Some(file), None) => LIBC_HEADERS.contains(&file.as_ref()),
        (Some(dir), Some(_)) => LIBC_DIRS.contains(&dir.as_ref()),
        _ => false,
    }
}

fn canon(p: impl AsRef<Path>) -> PathBuf {
    let p = p.as_ref();
    std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf())
}

/// The include directories in the parse's arguments (canonical).
fn flag_dirs(clang_args: &[String]) -> HashSet<PathBuf> {
    const FLAGS: &[&str] = &["-I", "-isystem", "-iquote", "-idirafter"];
    let mut dirs = HashSet::new();
    let mut args = clang_args.iter();
    while let Some(a) = args.next() {
        if FLAGS.contains(&a.as_str()) {
            if let Some(dir) = args.next() {
                dirs.insert(canon(dir));
            }
        } else if let Some(dir) = FLAGS
            .iter()
            .find_map(|f| a.strip_prefix(f).filter(|d| !d.is_empty()))
        {
            dirs.insert(canon(dir));
        }
    }
    dirs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scope_for(header: &Path, scope_dirs: &[PathBuf], args: &[String]) -> Scope {
        let c = canon(header);
        let parse = ParseFacts {
            clang_args: args,
            ..Default::default()
        };
        Scope::new(&[(c, header.display().to_string())], scope_dirs, &parse)
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

    fn include(from: &Path, spelled: &str, angled: bool, file: &Path) -> Inclusion {
        Inclusion {
            from: from.to_path_buf(),
            spelled: spelled.to_string(),
            angled,
            file: file.to_path_buf(),
        }
    }

    /// Writes empty files under `root`.
    fn touch(root: &Path, files: &[&str]) {
        for f in files {
            let path = root.join(f);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "").unwrap();
        }
    }

    #[test]
    fn an_umbrella_in_an_include_root_counts_the_folders_it_includes_from() {
        let tmp = tempfile::tempdir().unwrap();
        let (root, other) = (tmp.path().join("inc"), tmp.path().join("other"));
        touch(
            &root,
            &[
                "foo.h",
                "foo/a.h",
                "foo/sub/b.h",
                "bar/c.h",
                "baz/d.h",
                "top.h",
            ],
        );
        touch(&other, &["qux/e.h"]);
        let header = root.join("foo.h");
        let a = root.join("foo/a.h");
        let inclusions = [
            include(&header, "foo/a.h", false, &a),
            // Found under another root: its folder is not the library's.
            include(&header, "qux/e.h", true, &other.join("qux/e.h")),
            include(&header, "top.h", false, &root.join("top.h")),
            // Included by a.h, not by the umbrella itself.
            include(&a, "bar/c.h", true, &root.join("bar/c.h")),
        ];
        let args = vec![
            format!("-I{}", root.display()),
            format!("-I{}", other.display()),
        ];
        let parse = ParseFacts {
            clang_args: &args,
            builtin_include: None,
            inclusions: &inclusions,
        };
        let given = header.display().to_string();
        let mut s = Scope::new(&[(canon(&header), given)], &[], &parse);
        let counted: Vec<&str> = ["foo/a.h", "foo/sub/b.h", "bar/c.h", "baz/d.h", "top.h"]
            .into_iter()
            .filter(|f| s.name_of(&root.join(f)).is_some())
            .collect();
        assert_eq!(counted, ["foo/a.h", "foo/sub/b.h"]);
        assert!(s.name_of(&other.join("qux/e.h")).is_none());
        assert_eq!(
            s.name_of(&root.join("foo/sub/b.h")),
            Some(root.join("foo/sub/b.h").display().to_string())
        );
    }

    #[test]
    fn search_path_directories_are_roots_and_keep_their_c_library_apart() {
        let tmp = tempfile::tempdir().unwrap();
        // A compiler's search directory (not given with -I), as the
        // multiarch `/usr/include/<triple>` is.
        let multi = tmp.path().join("multiarch");
        touch(
            &multi,
            &["lib.h", "lib-extra.h", "libconf.h", "sys/types.h"],
        );
        let lib = multi.join("lib.h");
        let inclusions = [
            include(&lib, "libconf.h", true, &multi.join("libconf.h")),
            include(&lib, "sys/types.h", true, &multi.join("sys/types.h")),
        ];
        let parse = ParseFacts {
            inclusions: &inclusions,
            ..Default::default()
        };
        let selected = [(canon(&lib), lib.display().to_string())];
        // A root: the same-stem sibling only.
        let mut s = Scope::new(&selected, &[], &parse);
        assert!(s.name_of(&multi.join("lib-extra.h")).is_some());
        assert!(s.name_of(&multi.join("libconf.h")).is_none());
        // `--scope` on it: its library headers, never its C library.
        let mut s = Scope::new(&selected, std::slice::from_ref(&multi), &parse);
        assert!(s.name_of(&multi.join("libconf.h")).is_some());
        assert!(s.name_of(&multi.join("sys/types.h")).is_none());
    }

    #[test]
    fn an_include_found_beside_its_includer_names_no_root() {
        let tmp = tempfile::tempdir().unwrap();
        touch(tmp.path(), &["lib/a.h", "lib/b.h", "lib/detail/c.h"]);
        let (a, lib) = (tmp.path().join("lib/a.h"), canon(tmp.path().join("lib")));
        let beside = include(&a, "b.h", false, &tmp.path().join("lib/b.h"));
        assert_eq!(beside.search_dir(), None);
        let angled = include(&a, "b.h", true, &tmp.path().join("lib/b.h"));
        assert_eq!(angled.search_dir(), Some(lib.clone()));
        let searched = include(&a, "lib/b.h", false, &tmp.path().join("lib/b.h"));
        assert_eq!(searched.search_dir(), Some(canon(tmp.path())));
        let parent = include(&a, "../lib/b.h", true, &tmp.path().join("lib/b.h"));
        assert_eq!(parent.search_dir(), None);
    }

    #[test]
    fn the_multiarch_c_library_is_system_and_its_other_headers_are_not() {
        let multi = Path::new("/usr/include/x86_64-linux-gnu");
        let from = Path::new("/usr/include/stdio.h");
        let inclusions = [include(
            from,
            "bits/types.h",
            true,
            &multi.join("bits/types.h"),
        )];
        let parse = ParseFacts {
            inclusions: &inclusions,
            ..Default::default()
        };
        let s = Scope::new(&[], &[], &parse);
        for system in [
            "bits/types.h",
            "sys/cdefs.h",
            "asm/errno.h",
            "fpu_control.h",
        ] {
            assert!(s.is_system(&multi.join(system)), "{system}");
        }
        let builtin = Path::new("/usr/lib/llvm-14/lib/clang/14.0.6/include/stddef.h");
        assert!(s.is_system(builtin));
        for library in ["ffi.h", "openssl/opensslconf.h", "gmp.h"] {
            assert!(!s.is_system(&multi.join(library)), "{library}");
        }
    }
}
