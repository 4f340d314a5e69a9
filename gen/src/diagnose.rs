//! Traces the errors of a generated crate's build back to the declarations
//! whose code they point at, so one rebuild without those declarations
//! compiles (no bisection over the whole library).
//!
//! A location names a line of a generated file; the line's owner is found by
//! what precedes it: an origin comment before each shim and safe function
//! ([`crate::emit::core::origin`]), a `fn`/`type` line in the bridge module,
//! cxx's symbol (`ns$cxxbridge1$…$name`) in its glue, or a bound class's
//! qualified C++ name on the line itself. g++'s context lines (`required
//! from here`) count when the error itself is in a header outside the
//! crate; rustc's `--> file:line:col` follows its `error[…]` line.

use crate::emit::core::origin::PREFIX;
use crate::plan::{Bindings, CallKind};
use std::collections::BTreeMap;

/// Declaration key → the first error line pointing at its code.
pub type Blame = BTreeMap<String, String>;

/// The declarations `log`'s errors point at, in the generated `files`
/// (paths relative to the crate's `src/`, as emit names them).
pub fn blame(b: &Bindings, files: &[(String, String)], log: &str) -> Blame {
    let tables = Tables::new(b);
    let owners: BTreeMap<&str, Vec<Option<String>>> = files
        .iter()
        .filter(|(path, _)| !path.contains('/'))
        .map(|(path, text)| (path.as_str(), owners_of(path, text, &tables)))
        .collect();
    let owner_at = |loc: &Location| -> Option<String> {
        let file = loc.path.rsplit('/').next()?;
        owners.get(file)?.get(loc.line.checked_sub(1)?)?.clone()
    };
    let mut out = Blame::new();
    let mut context: Vec<Location> = Vec::new();
    let mut rust_error: Option<String> = None;
    for raw in log.lines() {
        let line = strip_prefixes(raw);
        if line.starts_with("error") && !line.starts_with("error: could not compile") {
            rust_error = Some(line.to_string());
            continue;
        }
        if line.starts_with("warning") {
            rust_error = None;
            continue;
        }
        if let Some(loc) = line.trim_start().strip_prefix("--> ").and_then(location) {
            if let (Some(e), Some(owner)) = (rust_error.take(), owner_at(&loc.0)) {
                out.entry(owner)
                    .or_insert_with(|| format!("{}: {e}", loc.0));
            }
            continue;
        }
        let Some((loc, rest)) = location(line) else {
            continue;
        };
        let rest = rest.trim_start();
        if rest.starts_with("error:") || rest.starts_with("fatal error:") {
            let here = owner_at(&loc);
            let blamed: Vec<String> = match here {
                Some(o) => vec![o],
                None => context.iter().filter_map(&owner_at).collect(),
            };
            for o in blamed {
                out.entry(o).or_insert_with(|| format!("{loc}: {rest}"));
            }
            context.clear();
        } else if rest.starts_with("required from") || rest.starts_with("in ") {
            context.push(loc);
        }
    }
    out
}

/// The first compiler error of a build log (`file:line: error: …`, or
/// rustc's `error[…]: …`), for a message when no declaration is traced.
pub fn first_error(log: &str) -> Option<String> {
    log.lines().map(strip_prefixes).find_map(|line| {
        if line.starts_with("error[") {
            return Some(line.to_string());
        }
        let (loc, rest) = location(line)?;
        let rest = rest.trim_start();
        rest.starts_with("error:").then(|| format!("{loc}: {rest}"))
    })
}

/// `path:line` of a diagnostic.
#[derive(Debug, Clone)]
struct Location {
    path: String,
    line: usize,
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let file = self.path.rsplit('/').next().unwrap_or(&self.path);
        write!(f, "{file}:{}", self.line)
    }
}

/// Drops what cargo and cc put before a compiler's line.
fn strip_prefixes(raw: &str) -> &str {
    let s = raw.trim_start();
    let s = s.strip_prefix("cargo:warning=").unwrap_or(s);
    // `warning: crate@0.1.0: src/x.cc:1:2: error: …`
    match s.strip_prefix("warning: ").and_then(|r| r.split_once(": ")) {
        Some((krate, rest)) if krate.contains('@') => rest,
        _ => s,
    }
}

/// `path:line:col` (or `path:line`) at the start of `s`, and what follows.
fn location(s: &str) -> Option<(Location, &str)> {
    let mut parts = s.splitn(4, ':');
    let path = parts.next()?.trim();
    let line: usize = parts.next()?.trim().parse().ok()?;
    if path.is_empty() || path.contains(' ') {
        return None;
    }
    let rest = match parts.next() {
        Some(col) if col.trim().parse::<usize>().is_ok() => parts.next().unwrap_or(""),
        Some(other) => other,
        None => "",
    };
    Some((
        Location {
            path: path.to_string(),
            line,
        },
        rest,
    ))
}

/// What names point at declarations: bridge identifiers and qualified C++ names.
struct Tables {
    /// Bridge function identifier → keys (methods of several classes may share one).
    functions: BTreeMap<String, Vec<(Option<String>, String)>>,
    /// Bridge type identifier → key.
    types: BTreeMap<String, String>,
    /// `::ns::Class` → key.
    classes: BTreeMap<String, String>,
}

impl Tables {
    fn new(b: &Bindings) -> Self {
        let mut t = Tables {
            functions: BTreeMap::new(),
            types: BTreeMap::new(),
            classes: BTreeMap::new(),
        };
        for c in &b.classes {
            let Some(d) = c.decision else { continue };
            let key = b.decision(d).key();
            let plain = c.cpp_qualified();
            t.types.insert(c.ffi_name.clone(), key.clone());
            t.classes
                .insert(format!("::{}", plain.trim_start_matches("::")), key);
        }
        for f in &b.functions {
            let (Some(d), true) = (f.decision, f.kind.has_bridge_fn()) else {
                continue;
            };
            let receiver = match f.kind {
                CallKind::Method { class, .. } => Some(b.class(class).ffi_name.clone()),
                _ => None,
            };
            t.functions
                .entry(f.ffi_name.clone())
                .or_default()
                .push((receiver, b.decision(d).key()));
        }
        t
    }

    /// The key of bridge function `name` (called on `receiver`, if given).
    fn function(&self, receiver: Option<&str>, name: &str) -> Option<String> {
        let all = self.functions.get(name)?;
        let pick = all
            .iter()
            .find(|(r, _)| receiver.is_some() && r.as_deref() == receiver)
            .or_else(|| (all.len() == 1).then(|| &all[0]))?;
        Some(pick.1.clone())
    }

    /// The key of a bound class this line names by its qualified C++ name.
    fn class_on(&self, line: &str) -> Option<String> {
        let mut at = 0;
        while let Some(i) = line[at..].find("::") {
            let start = at + i;
            let rest = &line[start..];
            let end = rest
                .char_indices()
                .find(|&(_, c)| !(c.is_ascii_alphanumeric() || c == '_' || c == ':'))
                .map_or(rest.len(), |(e, _)| e);
            let name = rest[..end].trim_end_matches(':');
            if let Some(k) = self.classes.get(name) {
                return Some(k.clone());
            }
            at = start + end.max(2);
        }
        None
    }
}

/// The owner of every line of one generated file.
fn owners_of(path: &str, text: &str, t: &Tables) -> Vec<Option<String>> {
    let glue = path.ends_with(".cxx.cc") || path.ends_with(".cxx.h");
    let rust = path.ends_with(".rs");
    let mut owner: Option<String> = None;
    let mut out = Vec::new();
    for line in text.lines() {
        if let Some(k) = line.trim_start().strip_prefix(PREFIX) {
            owner = Some(k.to_string());
        } else if glue {
            if let Some(o) = glue_symbol(line, t) {
                owner = Some(o);
            }
        } else if rust {
            if let Some(o) = bridge_item(line, t) {
                owner = Some(o);
            }
        }
        let here = if glue {
            t.class_on(line).or_else(|| owner.clone())
        } else {
            owner.clone()
        };
        out.push(here);
        // A C++ definition ends at a closing brace in the first column.
        if !rust && line == "}" {
            owner = None;
        }
    }
    out
}

/// The declaration a cxx glue symbol (`ns$cxxbridge1$205$Class$method`) belongs to.
fn glue_symbol(line: &str, t: &Tables) -> Option<String> {
    let at = line.find("cxxbridge1$")?;
    let tail = &line[at + "cxxbridge1$".len()..];
    let end = tail
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '$'))
        .unwrap_or(tail.len());
    let segments: Vec<&str> = tail[..end]
        .split('$')
        .filter(|s| !s.is_empty() && !s.chars().all(|c| c.is_ascii_digit()))
        .collect();
    match segments.as_slice() {
        [name] => t.function(None, name),
        [receiver, name] => t
            .function(Some(receiver), name)
            .or_else(|| t.types.get(*receiver).cloned()),
        // `unique_ptr$ns$Class$drop`, `std$vector$ns$Class$size`, …
        [.., cls, _op] => t
            .classes
            .iter()
            .find(|(q, _)| q.rsplit("::").next() == Some(cls))
            .map(|(_, k)| k.clone()),
        _ => None,
    }
}

/// The declaration a bridge line (`fn name(`, `type Name;`) belongs to.
fn bridge_item(line: &str, t: &Tables) -> Option<String> {
    let s = line.trim_start();
    let s = s.strip_prefix("pub ").unwrap_or(s);
    let s = s.strip_prefix("unsafe ").unwrap_or(s);
    if let Some(rest) = s.strip_prefix("fn ") {
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        return t.function(None, &name);
    }
    let rest = s.strip_prefix("type ")?;
    let name: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    t.types.get(&name).cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations_and_prefixes() {
        let l = "  cargo:warning=src/bindings.shim.h:63:32: error: 'X' is not a member of 'cc'";
        let (loc, rest) = location(strip_prefixes(l)).unwrap();
        assert_eq!((loc.path.as_str(), loc.line), ("src/bindings.shim.h", 63));
        assert_eq!(rest.trim(), "error: 'X' is not a member of 'cc'");
        let w = "warning: probe@0.1.0: src/bindings.cxx.cc:9:1:   required from here";
        let (loc, rest) = location(strip_prefixes(w)).unwrap();
        assert_eq!(loc.line, 9);
        assert!(rest.trim_start().starts_with("required from"));
        assert!(location("error: could not compile").is_none());
        assert!(location("In file included from src/a.h:3,").is_none());
    }

    #[test]
    fn the_first_error_of_a_log() {
        let log = "note: x\n  cargo:warning=src/a.cc:3:1: warning: unused\n  cargo:warning=src/b.h:7:2: error: boom\n";
        assert_eq!(first_error(log).as_deref(), Some("b.h:7: error: boom"));
        assert_eq!(
            first_error("error[E0106]: missing lifetime specifier\n").as_deref(),
            Some("error[E0106]: missing lifetime specifier")
        );
        assert!(first_error("all fine\n").is_none());
    }
}
