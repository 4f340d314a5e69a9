//! Qualified names, C++ and Rust, joined in one place: [`CppPath`] for a
//! declaration the generated C++ names, [`RustPath`] for an item of the
//! safe layer. The free functions are the same joins for callers that hold
//! the parts as slices.

use std::fmt;

/// A C++ declaration's qualified name: the namespaces and classes enclosing
/// it, outermost first, then its own name.
///
/// It displays fully qualified from the global namespace, the way generated
/// C++ names a declaration so that no enclosing namespace can capture it:
/// `::ns::Outer::Name`, and `::Name` at global scope. [`CppPath::flat`]
/// makes an identifier of it (`ns_Outer_Name`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CppPath {
    scope: Vec<String>,
    name: String,
}

impl CppPath {
    /// `name` inside `scope` (namespaces, then any enclosing classes).
    pub fn new(scope: &[String], name: &str) -> Self {
        CppPath {
            scope: scope.to_vec(),
            name: name.to_string(),
        }
    }

    /// `name` inside the classes `nesting` (outermost first), inside the
    /// namespaces `scope`: how the plan keeps a nested type's parts.
    pub fn nested(scope: &[String], nesting: &[String], name: &str) -> Self {
        CppPath {
            scope: scope.iter().chain(nesting).cloned().collect(),
            name: name.to_string(),
        }
    }

    /// The enclosing namespaces and classes, outermost first.
    pub fn scope(&self) -> &[String] {
        &self.scope
    }

    /// The unqualified name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// A C++-identifier-safe flattening of the path (`ns_Outer_Name`; see [`flat`]).
    pub fn flat(&self) -> String {
        flat(&self.scope, &self.name)
    }
}

impl fmt::Display for CppPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for part in &self.scope {
            write!(f, "::{part}")?;
        }
        write!(f, "::{}", self.name)
    }
}

/// The path of a safe-layer item below the generated root: the modules
/// enclosing it (snake_case namespaces) and, for a method, its type, then
/// its name.
///
/// It displays relative to the root, the way the coverage report's
/// `rust_path` names safe items: `ns::compress`, `ns::Sink::append`, and
/// just `name` at the root.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RustPath {
    scope: Vec<String>,
    name: String,
}

impl RustPath {
    /// `name` in the module `module` (a list of module names, empty for the root).
    pub fn new(module: &[String], name: &str) -> Self {
        RustPath {
            scope: module.to_vec(),
            name: name.to_string(),
        }
    }

    /// `name` inside the item this path names (a method of a type: `ns::Sink` → `ns::Sink::append`).
    pub fn join(&self, name: &str) -> Self {
        let mut scope = self.scope.clone();
        scope.push(self.name.clone());
        RustPath {
            scope,
            name: name.to_string(),
        }
    }

    /// The enclosing modules (and type), outermost first.
    pub fn scope(&self) -> &[String] {
        &self.scope
    }

    /// The item's own name.
    pub fn name(&self) -> &str {
        &self.name
    }
}

impl fmt::Display for RustPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for part in &self.scope {
            write!(f, "{part}::")?;
        }
        f.write_str(&self.name)
    }
}

/// `::ns::Outer::Name` (a [`CppPath`] from its parts).
pub fn cpp_qualified(scope: &[String], nesting: &[String], name: &str) -> String {
    CppPath::nested(scope, nesting, name).to_string()
}

/// `a::b::name` from a module path and a name (a [`RustPath`] from its parts).
pub fn qualify_rust(module: &[String], name: &str) -> String {
    RustPath::new(module, name).to_string()
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

/// Joins identifier parts with `_`, never writing `__` (reserved in C++):
/// an escaped keyword (`fn_`) and a suffix make `fn_closure`, not `fn__closure`.
pub fn join(parts: &[&str]) -> String {
    let mut out = String::new();
    for part in parts
        .iter()
        .map(|p| p.trim_matches('_'))
        .filter(|p| !p.is_empty())
    {
        if !out.is_empty() {
            out.push('_');
        }
        for c in part.chars() {
            if !(c == '_' && out.ends_with('_')) {
                out.push(c);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{cpp_qualified, qualify_rust, CppPath, RustPath};

    fn strings(parts: &[&str]) -> Vec<String> {
        parts.iter().map(|p| p.to_string()).collect()
    }

    #[test]
    fn cpp_paths_are_qualified_from_the_global_namespace() {
        let ns = strings(&["ns"]);
        assert_eq!(CppPath::new(&[], "sqlite3").to_string(), "::sqlite3");
        assert_eq!(CppPath::new(&ns, "Name").to_string(), "::ns::Name");
        let nested = CppPath::nested(&strings(&["a", "b"]), &strings(&["Outer"]), "Name");
        assert_eq!(nested.to_string(), "::a::b::Outer::Name");
        assert_eq!(nested.scope(), strings(&["a", "b", "Outer"]).as_slice());
        assert_eq!(nested.name(), "Name");
        assert_eq!(nested, CppPath::new(&strings(&["a", "b", "Outer"]), "Name"));
        assert_eq!(
            CppPath::new(&ns, "Stack<int>").to_string(),
            "::ns::Stack<int>"
        );
        assert_eq!(
            cpp_qualified(&ns, &strings(&["Outer"]), "Name"),
            "::ns::Outer::Name"
        );
    }

    #[test]
    fn cpp_paths_flatten_to_identifiers() {
        let tpl = strings(&["tpl"]);
        assert_eq!(
            CppPath::nested(&strings(&["ns"]), &strings(&["Outer"]), "Name").flat(),
            "ns_Outer_Name"
        );
        assert_eq!(CppPath::new(&tpl, "Shift<-3>").flat(), "tpl_Shift_neg_3");
        assert_eq!(CppPath::new(&[], "_private").flat(), "private");
    }

    #[test]
    fn rust_paths_are_relative_to_the_root() {
        assert_eq!(RustPath::new(&[], "compress").to_string(), "compress");
        let module = strings(&["snappy", "io"]);
        let sink = RustPath::new(&module, "Sink");
        assert_eq!(sink.to_string(), "snappy::io::Sink");
        let append = sink.join("append");
        assert_eq!(append.to_string(), "snappy::io::Sink::append");
        assert_eq!(
            append.scope(),
            strings(&["snappy", "io", "Sink"]).as_slice()
        );
        assert_eq!(append.name(), "append");
        assert_eq!(
            RustPath::new(&[], "Sink").join("new").to_string(),
            "Sink::new"
        );
        assert_eq!(qualify_rust(&module, "f"), "snappy::io::f");
    }
}
