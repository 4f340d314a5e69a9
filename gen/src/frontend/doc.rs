//! Doc comments: clang's raw comment text with the comment markers removed.

use crate::clang::Cursor;

/// The doc comment of `c`, one string, lines joined with `\n`.
pub fn of(c: &Cursor<'_>) -> Option<String> {
    let raw = c.raw_comment()?;
    let text = strip(&raw);
    (!text.is_empty()).then_some(text)
}

/// Removes `//`, `///`, `//!`, `/* */`, `/** */` and leading `*`.
pub fn strip(raw: &str) -> String {
    let mut lines = Vec::new();
    for line in raw.lines() {
        let mut l = line.trim();
        for prefix in [
            "///<", "//!<", "///", "//!", "//", "/**<", "/**", "/*!", "/*",
        ] {
            if let Some(rest) = l.strip_prefix(prefix) {
                l = rest;
                break;
            }
        }
        let l = l.strip_suffix("*/").unwrap_or(l).trim_end();
        let l = l
            .strip_prefix('*')
            .map(|r| r.strip_prefix(' ').unwrap_or(r))
            .unwrap_or(l);
        let l = l.strip_prefix(' ').unwrap_or(l);
        lines.push(l.trim_end().to_string());
    }
    while lines.first().is_some_and(|l| l.is_empty()) {
        lines.remove(0);
    }
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::strip;

    #[test]
    fn strips_markers() {
        assert_eq!(strip("/// Hello\n/// world"), "Hello\nworld");
        assert_eq!(strip("/**\n * A\n * B\n */"), "A\nB");
        assert_eq!(strip("// plain"), "plain");
        assert_eq!(strip("//!< trailing"), "trailing");
    }
}
