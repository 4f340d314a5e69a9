//! The generator's module graph stays one-way: every file of `gen/src` is a
//! node, every path it names into another file (`use` trees and paths written
//! inline, `crate::…`, `super::…`, `self::…` or a child module's name) is an
//! arrow, and no circle of more than two files may form. Two files that call
//! each other are tolerated; three or more mean a room no newcomer can read
//! in any order (docs/architecture.md, "The one-way flow").

use proc_macro2::{Delimiter, TokenStream, TokenTree};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// One source file: its module path (`["analysis", "plan", "args"]`) and its text.
struct Module {
    path: Vec<String>,
    file: String,
    tokens: TokenStream,
}

fn collect(dir: &Path, root: &Path, out: &mut Vec<Module>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("gen/src is readable")
        .map(|e| e.expect("a directory entry").path())
        .collect();
    entries.sort();
    for entry in entries {
        if entry.is_dir() {
            collect(&entry, root, out);
        } else if entry.extension().is_some_and(|e| e == "rs") {
            let rel = entry.strip_prefix(root).expect("under gen/src");
            let mut path: Vec<String> = rel
                .with_extension("")
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            let last = path.last().cloned().unwrap_or_default();
            // `main.rs` keeps its own name: it is a second crate root, which
            // reaches the library as `cxxbind::…`.
            if last == "mod" || (path.len() == 1 && last == "lib") {
                path.pop();
            }
            let text = std::fs::read_to_string(&entry).expect("a readable source file");
            let tokens = TokenStream::from_str(&text).expect("the file tokenizes");
            out.push(Module {
                path,
                file: rel.to_string_lossy().into_owned(),
                tokens,
            });
        }
    }
}

/// Every path of at least two segments that starts with `crate`, `super`,
/// `self` or a name in `locals`, with use-tree groups expanded.
fn paths(tokens: TokenStream, locals: &BTreeSet<String>, out: &mut Vec<Vec<String>>) {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let mut i = 0;
    while i < trees.len() {
        match &trees[i] {
            TokenTree::Ident(id) => {
                let first = id.to_string();
                let starts = matches!(first.as_str(), "crate" | "cxxbind" | "super" | "self")
                    || locals.contains(&first);
                let after_colons = i >= 2 && is_colon(&trees[i - 1]) && is_colon(&trees[i - 2]);
                if starts && !after_colons {
                    i = read_path(&trees, i, Vec::new(), out);
                    continue;
                }
            }
            // An inline module (`mod tests { … }`): its `super` is this file.
            TokenTree::Group(g) if is_inline_mod(&trees[..i]) => {
                let mut inner = Vec::new();
                paths(g.stream(), &BTreeSet::new(), &mut inner);
                for mut segs in inner {
                    if segs[0] == "super" {
                        segs[0] = "self".into();
                        if segs.get(1).is_some_and(|s| s == "super") {
                            segs.remove(0);
                        }
                    }
                    out.push(segs);
                }
            }
            // Paths inside `quote!` are generated code, not imports.
            TokenTree::Group(g) if !is_quote(&trees[..i]) => paths(g.stream(), locals, out),
            _ => {}
        }
        i += 1;
    }
}

/// True when the tokens before a group are `mod name`.
fn is_inline_mod(before: &[TokenTree]) -> bool {
    matches!(before, [.., TokenTree::Ident(m), TokenTree::Ident(_)] if m == "mod")
}

/// True when the tokens before a group end with `quote!` (or a relative).
fn is_quote(before: &[TokenTree]) -> bool {
    match before {
        [.., TokenTree::Ident(name), TokenTree::Punct(bang)] => {
            bang.as_char() == '!' && name.to_string().ends_with("quote")
                || bang.as_char() == '!' && name == "quote_spanned"
        }
        _ => false,
    }
}

fn is_colon(t: &TokenTree) -> bool {
    matches!(t, TokenTree::Punct(p) if p.as_char() == ':')
}

/// Reads `a::b::c` (or `a::b::{c, d::e}`) from `trees[i]`, pushing every
/// complete path with `prefix` in front; returns the index after it.
fn read_path(
    trees: &[TokenTree],
    mut i: usize,
    prefix: Vec<String>,
    out: &mut Vec<Vec<String>>,
) -> usize {
    let mut segs = prefix;
    loop {
        match trees.get(i) {
            Some(TokenTree::Ident(id)) => {
                segs.push(id.to_string());
                i += 1;
            }
            Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Brace => {
                let inner: Vec<TokenTree> = g.stream().into_iter().collect();
                for part in inner.split(|t| matches!(t, TokenTree::Punct(p) if p.as_char() == ','))
                {
                    if !part.is_empty() {
                        read_path(part, 0, segs.clone(), out);
                    }
                }
                return i + 1;
            }
            _ => break,
        }
        if trees.get(i).is_some_and(is_colon) && trees.get(i + 1).is_some_and(is_colon) {
            i += 2;
        } else {
            break;
        }
    }
    if segs.len() >= 2 {
        out.push(segs);
    }
    i
}

/// The modules a file declares with `mod name;`.
fn children(tokens: &TokenStream) -> BTreeSet<String> {
    let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
    trees
        .windows(3)
        .filter_map(|w| match (&w[0], &w[1], &w[2]) {
            (TokenTree::Ident(m), TokenTree::Ident(name), TokenTree::Punct(semi))
                if m == "mod" && semi.as_char() == ';' =>
            {
                Some(name.to_string())
            }
            _ => None,
        })
        .collect()
}

/// What one file holds at its top level: the names it defines, the names
/// it re-exports (`pub use`: `None` for a glob) and the rest of its tokens.
struct Surface {
    defs: BTreeSet<String>,
    reexports: Vec<(Option<String>, Vec<String>)>,
    body: Vec<TokenTree>,
}

/// Splits a file's top level into definitions, re-exports and the rest. A
/// re-export is a facade, not a dependency of the file's own code: paths
/// through it are followed to the file that defines the name.
fn surface(m: &Module, locals: &BTreeSet<String>) -> Surface {
    let trees: Vec<TokenTree> = m.tokens.clone().into_iter().collect();
    let mut out = Surface {
        defs: BTreeSet::new(),
        reexports: Vec::new(),
        body: Vec::new(),
    };
    let mut i = 0;
    while i < trees.len() {
        let word = |k: usize| match trees.get(k) {
            Some(TokenTree::Ident(id)) => id.to_string(),
            _ => String::new(),
        };
        let w = word(i);
        let kinds = [
            "fn", "struct", "enum", "const", "static", "type", "trait", "mod", "union",
        ];
        if kinds.contains(&w.as_str()) && !word(i + 1).is_empty() {
            out.defs.insert(word(i + 1));
        }
        if w == "macro_rules" {
            out.defs.insert(word(i + 2));
        }
        if w == "pub" {
            let mut k = i + 1;
            if matches!(trees.get(k), Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Parenthesis)
            {
                k += 1;
            }
            if word(k) == "use" {
                let end = (k..trees.len())
                    .find(|&e| matches!(&trees[e], TokenTree::Punct(p) if p.as_char() == ';'))
                    .unwrap_or(trees.len());
                let mut found = Vec::new();
                read_path(&trees[k + 1..end], 0, Vec::new(), &mut found);
                for segs in found {
                    if let Some(abs) = absolute(&m.path, locals, &segs) {
                        let (name, target) = match abs.split_last() {
                            Some((last, init)) if last == "*" => (None, init.to_vec()),
                            Some((last, _)) => (Some(last.clone()), abs.clone()),
                            None => continue,
                        };
                        out.reexports.push((name, target));
                    }
                }
                i = end + 1;
                continue;
            }
        }
        out.body.push(trees[i].clone());
        i += 1;
    }
    out
}

/// The file that defines what `abs` names, and whether a definition was
/// found (else the deepest module on the path stands for it).
fn resolve(
    abs: &[String],
    files: &BTreeMap<Vec<String>, (String, Surface)>,
    depth: usize,
) -> Option<(String, bool)> {
    let n = (1..=abs.len())
        .rev()
        .find(|n| files.contains_key(&abs[..*n]))?;
    let (file, surface) = &files[&abs[..n]];
    let rest = &abs[n..];
    let Some(name) = rest.first() else {
        return Some((file.clone(), true));
    };
    if surface.defs.contains(name) || depth > 8 {
        return Some((file.clone(), surface.defs.contains(name)));
    }
    for (rname, target) in &surface.reexports {
        if rname.as_deref() == Some(name.as_str()) {
            let mut t = target.clone();
            t.extend(rest[1..].iter().cloned());
            return resolve(&t, files, depth + 1);
        }
    }
    for (rname, target) in &surface.reexports {
        if rname.is_none() {
            let mut t = target.clone();
            t.extend(rest.iter().cloned());
            if let Some(hit @ (_, true)) = resolve(&t, files, depth + 1) {
                return Some(hit);
            }
        }
    }
    Some((file.clone(), false))
}

/// The graph: file → files it names.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut modules = Vec::new();
    collect(&root, &root, &mut modules);
    let mut files: BTreeMap<Vec<String>, (String, Surface)> = BTreeMap::new();
    let mut bodies = Vec::new();
    for m in &modules {
        let locals = children(&m.tokens);
        let s = surface(m, &locals);
        bodies.push((m, locals, s.body.iter().cloned().collect::<TokenStream>()));
        files.insert(m.path.clone(), (m.file.clone(), s));
    }
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (m, locals, body) in bodies {
        let mut found = Vec::new();
        paths(body, &locals, &mut found);
        let targets = edges.entry(m.file.clone()).or_default();
        for segs in found {
            let Some(abs) = absolute(&m.path, &locals, &segs) else {
                continue;
            };
            if let Some((t, _)) = resolve(&abs, &files, 0) {
                if t != m.file {
                    targets.insert(t);
                }
            }
        }
    }
    edges
}

/// `segs` as a path from the crate root, seen from module `here`.
fn absolute(here: &[String], locals: &BTreeSet<String>, segs: &[String]) -> Option<Vec<String>> {
    let mut base: Vec<String> = here.to_vec();
    let mut rest = segs;
    match segs.first().map(String::as_str) {
        Some("crate" | "cxxbind") => {
            base.clear();
            rest = &segs[1..];
        }
        Some("self") => rest = &segs[1..],
        Some("super") => {
            while rest.first().is_some_and(|s| s == "super") {
                base.pop()?;
                rest = &rest[1..];
            }
        }
        Some(first) if locals.contains(first) => {}
        _ => return None,
    }
    base.extend(rest.iter().cloned());
    Some(base)
}

/// Strongly connected components (Tarjan), each sorted, in a stable order.
fn circles(edges: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct State<'a> {
        edges: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        out: Vec<Vec<String>>,
    }
    fn visit<'a>(s: &mut State<'a>, v: &'a str) {
        let n = s.index.len();
        s.index.insert(v, n);
        s.low.insert(v, n);
        s.stack.push(v);
        s.on_stack.insert(v);
        let edges = s.edges;
        for w in edges.get(v).into_iter().flatten() {
            let w = w.as_str();
            if !s.index.contains_key(w) {
                visit(s, w);
                let lw = s.low[w];
                let lv = s.low.get_mut(v).expect("visited");
                *lv = (*lv).min(lw);
            } else if s.on_stack.contains(w) {
                let iw = s.index[w];
                let lv = s.low.get_mut(v).expect("visited");
                *lv = (*lv).min(iw);
            }
        }
        if s.low[v] == s.index[v] {
            let mut comp = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack.remove(w);
                comp.push(w.to_string());
                if w == v {
                    break;
                }
            }
            comp.sort();
            s.out.push(comp);
        }
    }
    let mut s = State {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        out: Vec::new(),
    };
    for v in edges.keys() {
        if !s.index.contains_key(v.as_str()) {
            visit(&mut s, v);
        }
    }
    s.out.sort();
    s.out
}

#[test]
fn no_import_circle_of_more_than_two_files() {
    let edges = graph();
    let bad: Vec<String> = circles(&edges)
        .into_iter()
        .filter(|c| c.len() > 2)
        .map(|c| {
            let members: BTreeSet<&String> = c.iter().collect();
            let arrows: Vec<String> = c
                .iter()
                .flat_map(|from| {
                    edges[from]
                        .iter()
                        .filter(|to| members.contains(to))
                        .map(move |to| format!("    {from} -> {to}"))
                })
                .collect();
            format!("{} files: {}\n{}", c.len(), c.join(", "), arrows.join("\n"))
        })
        .collect();
    assert!(bad.is_empty(), "import circles:\n{}", bad.join("\n\n"));
}

#[test]
fn the_graph_reader_sees_real_arrows() {
    // The check above must not pass because the reader sees nothing.
    let edges = graph();
    assert!(
        edges["main.rs"].contains("driver.rs"),
        "{:?}",
        edges["main.rs"]
    );
    let arrows: usize = edges.values().map(BTreeSet::len).sum();
    assert!(arrows > 100, "only {arrows} arrows read");
}

#[test]
fn circles_are_found() {
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (a, b) in [("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")] {
        edges.entry(a.into()).or_default().insert(b.into());
        edges.entry(b.into()).or_default();
    }
    let found = circles(&edges);
    assert!(found.contains(&vec!["a".to_string(), "b".into(), "c".into()]));
    let mut locals = BTreeSet::new();
    locals.insert("plan".to_string());
    let mut out = Vec::new();
    paths(
        TokenStream::from_str("use super::{a::{B, c}, d}; fn f() { plan::x(); crate::e::F }")
            .expect("tokens"),
        &locals,
        &mut out,
    );
    let got: Vec<String> = out.iter().map(|p| p.join("::")).collect();
    assert_eq!(
        got,
        [
            "super::a::B",
            "super::a::c",
            "super::d",
            "plan::x",
            "crate::e::F"
        ]
    );
}
