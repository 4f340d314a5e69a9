//! No function in `gen/src` is longer than 150 lines unless the line right
//! above it states why (`// Long: <reason>`): a function that long does
//! several jobs, and each job deserves a name (docs/architecture.md).

use std::path::Path;

/// The longest a function may be, in lines from `fn` to its closing brace.
const LIMIT: usize = 150;

/// `src` with comments, string and character literals blanked out (newlines
/// kept), so that braces are only the code's.
fn code_only(src: &str) -> String {
    let b = src.as_bytes();
    let mut out = String::with_capacity(src.len());
    let blank = |out: &mut String, s: &str| {
        out.extend(s.chars().map(|c| if c == '\n' { '\n' } else { ' ' }));
    };
    let mut i = 0;
    while i < b.len() {
        let rest = &src[i..];
        let prev_ident = i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_');
        let end = if rest.starts_with("//") {
            rest.find('\n').unwrap_or(rest.len())
        } else if rest.starts_with("/*") {
            rest.find("*/").map_or(rest.len(), |e| e + 2)
        } else if !prev_ident && (rest.starts_with("r#") || rest.starts_with("r\"")) {
            let hashes = rest[1..].bytes().take_while(|&c| c == b'#').count();
            let close = format!("\"{}", "#".repeat(hashes));
            let open = 1 + hashes + 1;
            rest[open..]
                .find(&close)
                .map_or(rest.len(), |e| open + e + close.len())
        } else if rest.starts_with('"') {
            let mut j = 1;
            while j < rest.len() && rest.as_bytes()[j] != b'"' {
                j += if rest.as_bytes()[j] == b'\\' { 2 } else { 1 };
            }
            (j + 1).min(rest.len())
        } else if let Some(after) = rest.strip_prefix('\'') {
            // A character literal ('x', '\n', '\u{1F600}'), not a lifetime ('a).
            let chars: Vec<char> = rest.chars().take(12).collect();
            match chars.as_slice() {
                ['\'', '\\', ..] => after.find('\'').map_or(1, |e| e + 2),
                ['\'', c, '\'', ..] => 2 + c.len_utf8(),
                _ => 1,
            }
        } else {
            0
        };
        if end == 0 {
            let c = rest.chars().next().expect("not at the end");
            out.push(c);
            i += c.len_utf8();
        } else {
            blank(&mut out, &rest[..end]);
            i += end;
        }
    }
    out
}

/// Functions longer than [`LIMIT`] lines with no stated reason: `(line, name, length)`.
fn too_long(src: &str) -> Vec<(usize, String, usize)> {
    let raw: Vec<&str> = src.lines().collect();
    let code = code_only(src);
    let lines: Vec<&str> = code.lines().collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let words: Vec<&str> = line.split_whitespace().collect();
        let Some(at) = words.iter().position(|w| *w == "fn") else {
            continue;
        };
        let head_ok = words[..at]
            .iter()
            .all(|w| w.starts_with("pub") || matches!(*w, "const" | "unsafe" | "async" | "extern"));
        let Some(name) = words.get(at + 1).filter(|_| head_ok) else {
            continue;
        };
        let name: String = name
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let (mut depth, mut opened) = (0i64, false);
        let mut end = None;
        for (j, l) in lines.iter().enumerate().skip(i) {
            if !opened && l.contains(';') && !l.contains('{') {
                break; // a declaration without a body
            }
            for c in l.chars() {
                match c {
                    '{' => {
                        depth += 1;
                        opened = true;
                    }
                    '}' => depth -= 1,
                    _ => {}
                }
            }
            if opened && depth <= 0 {
                end = Some(j);
                break;
            }
        }
        let Some(end) = end else { continue };
        let len = end - i + 1;
        let stated = i > 0 && raw[i - 1].trim_start().starts_with("// Long:");
        if len > LIMIT && !stated {
            out.push((i + 1, name, len));
        }
    }
    out
}

fn walk(dir: &Path, found: &mut Vec<String>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("gen/src is readable")
        .map(|e| e.expect("an entry").path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(&p, found);
        } else if p.extension().is_some_and(|e| e == "rs") {
            let src = std::fs::read_to_string(&p).expect("a readable file");
            for (line, name, len) in too_long(&src) {
                found.push(format!("{}:{line} `{name}`: {len} lines", p.display()));
            }
        }
    }
}

#[test]
fn no_function_is_longer_than_the_limit_without_a_reason() {
    let mut found = Vec::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut found,
    );
    assert!(
        found.is_empty(),
        "functions over {LIMIT} lines (split them, or state why on the line above: `// Long: …`):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_measure_counts_real_bodies() {
    let body: String = (0..LIMIT)
        .map(|i| format!("    let x{i} = \"}}\";\n"))
        .collect();
    let long = format!("pub fn long() {{\n{body}}}\nfn short() {{ }}\n");
    assert_eq!(too_long(&long), [(1, "long".to_string(), LIMIT + 2)]);
    let stated = format!("// Long: one table, read top to bottom.\n{long}");
    assert!(too_long(&stated).is_empty());
    let decl = "fn f(a: u8) -> u8;\nfn g<'a>(x: &'a str) -> char { '{' }\n";
    assert!(too_long(decl).is_empty());
}
