//! `-p DIR`: reuse the include paths, definitions and standard of a CMake
//! build from its `compile_commands.json`.

use serde::Deserialize;
use std::path::Path;

#[derive(Deserialize)]
struct Entry {
    directory: String,
    command: Option<String>,
    arguments: Option<Vec<String>>,
}

/// The `-I`, `-isystem`, `-D` and `-std=` flags of every entry (deduplicated,
/// in first-seen order), with relative include paths made absolute.
pub fn flags(dir: &Path) -> Result<Vec<String>, String> {
    let path = dir.join("compile_commands.json");
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let entries: Vec<Entry> =
        serde_json::from_str(&text).map_err(|e| format!("invalid {}: {e}", path.display()))?;
    let mut out: Vec<String> = Vec::new();
    let push = |f: String, out: &mut Vec<String>| {
        if !out.contains(&f) {
            out.push(f);
        }
    };
    for e in entries {
        let args = match (e.arguments, e.command) {
            (Some(a), _) => a,
            (None, Some(c)) => c.split_whitespace().map(str::to_string).collect(),
            _ => continue,
        };
        let mut it = args.into_iter().peekable();
        while let Some(a) = it.next() {
            let absolute = |p: &str| {
                let pb = Path::new(p);
                if pb.is_relative() {
                    Path::new(&e.directory).join(pb).display().to_string()
                } else {
                    p.to_string()
                }
            };
            if a == "-I" || a == "-isystem" {
                if let Some(p) = it.next() {
                    push(format!("-I{}", absolute(&p)), &mut out);
                }
            } else if let Some(p) = a.strip_prefix("-I") {
                push(format!("-I{}", absolute(p)), &mut out);
            } else if a.starts_with("-D") || a.starts_with("-std=") {
                push(a, &mut out);
            }
        }
    }
    Ok(out)
}
