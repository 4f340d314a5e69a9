//! Qualified names, C++ and Rust, joined in one place.

/// `::ns::Outer::Name`.
pub fn cpp_qualified(scope: &[String], nesting: &[String], name: &str) -> String {
    let mut s: String = scope
        .iter()
        .chain(nesting)
        .map(|p| format!("::{p}"))
        .collect();
    s.push_str("::");
    s.push_str(name);
    s
}

/// `a::b::name` from a module path and a name.
pub fn qualify_rust(module: &[String], name: &str) -> String {
    let mut parts = module.to_vec();
    parts.push(name.to_string());
    parts.join("::")
}

/// A C++-identifier-safe flattening of a qualified name (`a::B` → `a_B`;
/// a negative template value `Shift<-3>` → `Shift_neg_3`).
/// Never contains `__` (reserved in C++, rejected by cxx) nor starts with `_`.
pub fn flat(scope: &[String], name: &str) -> String {
    let mut parts: Vec<String> = scope.to_vec();
    parts.push(name.to_string());
    let joined = parts.join("_");
    let mut raw = String::new();
    let mut chars = joined.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '-' && chars.peek().is_some_and(char::is_ascii_digit) {
            raw.push_str("_neg_");
        } else if c.is_ascii_alphanumeric() {
            raw.push(c);
        } else {
            raw.push('_');
        }
    }
    let mut out = String::new();
    for c in raw.chars() {
        if c == '_' && (out.is_empty() || out.ends_with('_')) {
            continue;
        }
        out.push(c);
    }
    let out = out.trim_end_matches('_').to_string();
    if out.is_empty() {
        "unnamed".to_string()
    } else {
        out
    }
}
