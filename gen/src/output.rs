//! Writing the output where the user points, touching only what cxxbind
//! wrote (DESIGN: "Output paths are the user's").
//!
//! A directory cxxbind writes into gets a marker, [`MARKER`], listing the
//! files it wrote there. A directory holding the marker is cxxbind's: a new
//! run replaces the files the marker lists, removes the ones it no longer
//! writes and keeps everything else (`target/`, `Cargo.lock`, the user's own
//! files). Any other non-empty directory is refused unless forced, and so is
//! an existing file in place of a directory.
//!
//! Each file is written through a temporary sibling and a rename, and only
//! when its content changes, so an unchanged file keeps its modification
//! time and incremental builds stay incremental. Every new file is written
//! to its temporary before the first rename: a failed write leaves the
//! previous output as it was, and a directory cxxbind created for it is
//! removed again. No staging directory is ever made.

use std::collections::BTreeSet;
use std::io::Write as _;
use std::path::{Component, Path, PathBuf};

/// The marker file naming the files cxxbind wrote in a directory.
pub const MARKER: &str = ".cxxbind";

/// The marker's first line.
const MARKER_HEADER: &str = "# Files cxxbind wrote here; it replaces or removes these, and only these, when it writes here again.";

/// Why the output was not written.
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    /// The output directory is an existing file.
    #[error("{} is a file, not a directory: cxxbind writes into a directory and replaces no file it did not write", .0.display())]
    NotADirectory(PathBuf),
    /// A non-empty directory without the marker.
    #[error("{} is not empty and cxxbind did not write it (no {MARKER} file there): choose a new or empty directory, or pass --force to write into it (files of other names are kept)", .0.display())]
    Foreign(PathBuf),
    /// A file cxxbind would write is there and is not one it wrote.
    #[error("{} exists and cxxbind did not write it (not listed in {MARKER}): move it away, or pass --force to replace it", .0.display())]
    NotOurs(PathBuf),
    /// Reading or writing failed.
    #[error("{}: {source}", .path.display())]
    Io {
        /// The path concerned.
        path: PathBuf,
        /// What the OS said.
        source: std::io::Error,
    },
}

/// Attaches the path to an I/O error.
fn at(path: &Path) -> impl FnOnce(std::io::Error) -> OutputError + '_ {
    move |source| OutputError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Writes `files` (relative path, text) into `dir`, creating it if needed.
/// `force` writes into a non-empty directory cxxbind did not write, and
/// replaces files there of the same names as the ones it writes.
pub fn write_dir(dir: &Path, files: &[(String, String)], force: bool) -> Result<(), OutputError> {
    let previous = claim(dir, force)?;
    let mut created = Vec::new();
    let written = write_claimed(dir, files, &previous, force, &mut created);
    if written.is_err() {
        // A directory this run created holds only what this run wrote:
        // it goes, and so do the empty ancestors created for it.
        if created.iter().any(|d| d == dir) {
            let _ = std::fs::remove_dir_all(dir);
        }
        for d in created.iter().rev() {
            let _ = std::fs::remove_dir(d);
        }
    }
    written
}

/// Whether cxxbind may write into `dir` (see [`write_dir`]), checked before
/// the work of generating; [`write_dir`] checks again.
pub fn check_dir(dir: &Path, force: bool) -> Result<(), OutputError> {
    claim(dir, force).map(|_| ())
}

/// The files the marker of `dir` lists (none for a new or empty directory),
/// or why cxxbind may not write into `dir`.
fn claim(dir: &Path, force: bool) -> Result<BTreeSet<String>, OutputError> {
    let meta = match std::fs::metadata(dir) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(BTreeSet::new()),
        Err(e) => return Err(at(dir)(e)),
    };
    if !meta.is_dir() {
        return Err(OutputError::NotADirectory(dir.to_path_buf()));
    }
    let marker = dir.join(MARKER);
    if marker.exists() {
        let text = std::fs::read_to_string(&marker).map_err(at(&marker))?;
        return Ok(parse_marker(&text));
    }
    let empty = std::fs::read_dir(dir).map_err(at(dir))?.next().is_none();
    if empty || force {
        Ok(BTreeSet::new())
    } else {
        Err(OutputError::Foreign(dir.to_path_buf()))
    }
}

/// The relative paths a marker lists; anything else in it (comments, absolute
/// paths, `..`) is ignored, so no marker can make cxxbind touch a file outside
/// its directory.
fn parse_marker(text: &str) -> BTreeSet<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter(|l| is_plain_relative(l))
        .map(str::to_string)
        .collect()
}

/// A relative path made of plain names only.
fn is_plain_relative(path: &str) -> bool {
    let p = Path::new(path);
    p.components().next().is_some() && p.components().all(|c| matches!(c, Component::Normal(_)))
}

/// The marker's text for `files`.
fn marker_text(files: &BTreeSet<String>) -> String {
    let mut text = format!("{MARKER_HEADER}\n");
    for f in files {
        text.push_str(f);
        text.push('\n');
    }
    text
}

/// Writes into a directory cxxbind may write into: checks every target,
/// fills a temporary per changed file, then claims the union of old and new
/// files in the marker, renames, removes what it no longer writes, and
/// leaves the marker listing the new files.
fn write_claimed(
    dir: &Path,
    files: &[(String, String)],
    previous: &BTreeSet<String>,
    force: bool,
    created: &mut Vec<PathBuf>,
) -> Result<(), OutputError> {
    let mut staged = Vec::new();
    for (rel, text) in files {
        let path = dir.join(rel);
        let current = match std::fs::read(&path) {
            Ok(bytes) => Some(bytes),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(at(&path)(e)),
        };
        if current.is_some() && !force && !previous.contains(rel) {
            return Err(OutputError::NotOurs(path));
        }
        if current.as_deref() == Some(text.as_bytes()) {
            continue;
        }
        staged.push((stage(&path, text, created)?, path));
    }
    let now: BTreeSet<String> = files.iter().map(|(rel, _)| rel.clone()).collect();
    let marker = dir.join(MARKER);
    let claimed: BTreeSet<String> = previous.union(&now).cloned().collect();
    write_if_changed(&marker, &marker_text(&claimed), created)?;
    for (tmp, path) in staged {
        tmp.persist(&path).map_err(|e| at(&path)(e.error))?;
    }
    for rel in previous.difference(&now) {
        remove_written(dir, rel)?;
    }
    write_if_changed(&marker, &marker_text(&now), created)
}

/// Removes a file cxxbind wrote and no longer writes, then the directories
/// holding it that are left empty (up to `dir`, which stays).
fn remove_written(dir: &Path, rel: &str) -> Result<(), OutputError> {
    let path = dir.join(rel);
    match std::fs::symlink_metadata(&path) {
        Ok(m) if m.is_file() => std::fs::remove_file(&path).map_err(at(&path))?,
        _ => return Ok(()),
    }
    let mut parent = path.parent();
    while let Some(p) = parent.filter(|p| *p != dir) {
        if std::fs::remove_dir(p).is_err() {
            break;
        }
        parent = p.parent();
    }
    Ok(())
}

/// A temporary sibling of `path` holding `text`, creating (and recording)
/// the directories it needs.
fn stage(
    path: &Path,
    text: &str,
    created: &mut Vec<PathBuf>,
) -> Result<tempfile::NamedTempFile, OutputError> {
    let parent = parent_of(path);
    create_dirs(&parent, created)?;
    let mut tmp = umask_respecting(0o666)
        .prefix(".cxxbind-")
        .suffix(".tmp")
        .tempfile_in(&parent)
        .map_err(at(&parent))?;
    tmp.write_all(text.as_bytes()).map_err(at(tmp.path()))?;
    Ok(tmp)
}

/// Writes `path` atomically unless it already holds `text`.
fn write_if_changed(
    path: &Path,
    text: &str,
    created: &mut Vec<PathBuf>,
) -> Result<(), OutputError> {
    if std::fs::read(path).is_ok_and(|b| b == text.as_bytes()) {
        return Ok(());
    }
    let tmp = stage(path, text, created)?;
    tmp.persist(path).map_err(|e| at(path)(e.error))?;
    Ok(())
}

/// Creates `dir` and its missing ancestors (with the permissions the umask
/// allows), recording each one created, outermost first.
fn create_dirs(dir: &Path, created: &mut Vec<PathBuf>) -> Result<(), OutputError> {
    let missing: Vec<&Path> = dir
        .ancestors()
        .take_while(|a| !a.as_os_str().is_empty() && !a.exists())
        .collect();
    for d in missing.into_iter().rev() {
        match std::fs::create_dir(d) {
            Ok(()) => created.push(d.to_path_buf()),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(at(d)(e)),
        }
    }
    Ok(())
}

/// The directory holding `path` (`.` for a bare file name).
fn parent_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Writes each `(relative path, text)` under `dir`, creating directories
/// (for a scratch directory cxxbind owns outright, such as `coverage`'s).
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

/// A temporary file/directory builder creating with `mode` (`0o666` for
/// files, `0o777` for directories), which the OS narrows by the umask: the
/// result has the permissions a plain `create` would give (0644/0755 under
/// umask 022), not tempfile's private 0600/0700.
fn umask_respecting(mode: u32) -> tempfile::Builder<'static, 'static> {
    let mut b = tempfile::Builder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        b.permissions(std::fs::Permissions::from_mode(mode));
    }
    #[cfg(not(unix))]
    let _ = mode;
    b
}

/// Writes one file via a temporary sibling and a rename; the file gets the
/// permissions the umask allows, as with a plain write.
pub fn write_file_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    let parent = parent_of(path);
    std::fs::create_dir_all(&parent)?;
    let mut tmp = umask_respecting(0o666)
        .prefix(".cxxbind-")
        .tempfile_in(&parent)?;
    tmp.write_all(text.as_bytes())?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(p, t)| (p.to_string(), t.to_string()))
            .collect()
    }

    #[test]
    fn a_marker_names_only_paths_inside_its_directory() {
        let listed = parse_marker("# comment\nsrc/a.rs\n\n/etc/passwd\n../up.rs\n./b.rs\nc.rs\n");
        let listed: Vec<&str> = listed.iter().map(String::as_str).collect();
        assert_eq!(listed, ["c.rs", "src/a.rs"]);
    }

    #[test]
    fn a_file_no_longer_written_goes_with_its_emptied_directory() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("out");
        write_dir(&dir, &files(&[("a.rs", "a"), ("sub/b.rs", "b")]), false).unwrap();
        std::fs::write(dir.join("mine.txt"), "user").unwrap();
        write_dir(&dir, &files(&[("a.rs", "a2")]), false).unwrap();
        assert_eq!(std::fs::read_to_string(dir.join("a.rs")).unwrap(), "a2");
        assert!(!dir.join("sub").exists());
        assert_eq!(
            std::fs::read_to_string(dir.join("mine.txt")).unwrap(),
            "user"
        );
        let marker = std::fs::read_to_string(dir.join(MARKER)).unwrap();
        assert_eq!(marker, format!("{MARKER_HEADER}\na.rs\n"));
    }

    #[test]
    fn a_file_of_the_same_name_the_marker_does_not_list_is_refused() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("out");
        write_dir(&dir, &files(&[("a.rs", "a")]), false).unwrap();
        std::fs::write(dir.join("b.rs"), "user").unwrap();
        let err = write_dir(&dir, &files(&[("a.rs", "a2"), ("b.rs", "b")]), false).unwrap_err();
        assert!(
            matches!(&err, OutputError::NotOurs(p) if p.ends_with("b.rs")),
            "{err}"
        );
        // Nothing changed: the check comes before any write.
        assert_eq!(std::fs::read_to_string(dir.join("a.rs")).unwrap(), "a");
        assert_eq!(std::fs::read_to_string(dir.join("b.rs")).unwrap(), "user");
        write_dir(&dir, &files(&[("a.rs", "a2"), ("b.rs", "b")]), true).unwrap();
        assert_eq!(std::fs::read_to_string(dir.join("b.rs")).unwrap(), "b");
    }

    #[test]
    fn a_failed_write_leaves_no_directory_behind() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("new/out");
        // `x` is both a file and a directory: the second write fails.
        let err = write_dir(&dir, &files(&[("x", "file"), ("x/y.rs", "y")]), false);
        assert!(err.is_err());
        let left: Vec<_> = std::fs::read_dir(tmp.path()).unwrap().collect();
        assert!(left.is_empty(), "{left:?}");
    }
}
