//! Rust names for C++ declarations, decided once, here.
//!
//! * modules: namespaces in snake_case;
//! * types: UpperCamelCase; functions and methods: snake_case;
//!   constants: SCREAMING_SNAKE_CASE;
//! * a name that is a Rust keyword gets a trailing `_` (`type` → `type_`);
//! * overloads: named from what tells them apart (`super::overloads`,
//!   `docs/naming.md`); [`NameSet::claim`] numbers only what is still taken
//!   (`f_1`), deterministically.

use crate::plan::paths::flat;
use crate::plan::Why;
use heck::{ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};
use std::collections::HashMap;

const KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
    "self", "Self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where",
    "while", "async", "await", "dyn", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen",
];

/// C++ keywords a snake_case parameter name could collide with.
const CPP_KEYWORDS: &[&str] = &[
    "auto",
    "bool",
    "case",
    "catch",
    "char",
    "class",
    "default",
    "delete",
    "double",
    "explicit",
    "float",
    "friend",
    "goto",
    "inline",
    "int",
    "long",
    "namespace",
    "new",
    "operator",
    "private",
    "protected",
    "public",
    "register",
    "short",
    "signed",
    "sizeof",
    "switch",
    "template",
    "this",
    "throw",
    "typedef",
    "typename",
    "union",
    "unsigned",
    "using",
    "void",
    "volatile",
    "and",
    "or",
    "not",
    "xor",
    "bitand",
    "bitor",
    "compl",
    "export",
    "mutable",
    "noexcept",
    "nullptr",
    "private",
    "char8_t",
    "concept",
    "requires",
    "decltype",
    "alignas",
    "alignof",
    "asm",
];

/// A parameter name safe in both Rust and C++ (`type` → `type_`, `default` → `default_`).
pub fn param(name: &str) -> String {
    let s = snake(name);
    if CPP_KEYWORDS.contains(&s.as_str()) || s == "obj" || s.starts_with("cxxbind") {
        format!("{s}_")
    } else {
        s
    }
}

fn escape(name: String) -> String {
    let name = if name.is_empty() {
        "unnamed".to_string()
    } else {
        name
    };
    let name = if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("_{name}")
    } else {
        name
    };
    if KEYWORDS.contains(&name.as_str()) {
        format!("{name}_")
    } else {
        name
    }
}

/// The words of a name, as its snake_case spells them
/// (`ReleaseSnapshot` → `release`, `snapshot`).
pub fn words(name: &str) -> Vec<String> {
    snake(name)
        .split('_')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// snake_case, keyword-safe (`GetUncompressedLength` → `get_uncompressed_length`).
pub fn snake(name: &str) -> String {
    let lead = name.len() - name.trim_start_matches('_').len();
    let s = name.to_snake_case();
    escape(if lead > 0 && !s.is_empty() {
        format!("{}{s}", "_".repeat(lead.min(1)))
    } else {
        s
    })
}

/// UpperCamelCase, keyword-safe (`XMLDocument` → `XmlDocument`).
pub fn camel(name: &str) -> String {
    escape(name.to_upper_camel_case())
}

/// UpperCamelCase of several parts, joined without separator except for a
/// `_` between two digits (`["DynArray", "i32", "10"]` → `DynArrayI32_10`,
/// `["MemPoolT", "32"]` → `MemPoolT32`).
pub fn camel_words(parts: &[&str]) -> String {
    let mut out = String::new();
    for part in parts {
        let word = part.to_upper_camel_case();
        let digits = out.ends_with(|c: char| c.is_ascii_digit())
            && word.starts_with(|c: char| c.is_ascii_digit());
        if digits {
            out.push('_');
        }
        out.push_str(&word);
    }
    escape(out)
}

/// SCREAMING_SNAKE_CASE (`kBlockLog` → `K_BLOCK_LOG`).
pub fn screaming(name: &str) -> String {
    escape(name.to_shouty_snake_case())
}

pub use crate::plan::paths::join;

/// True when `name` is usable verbatim as a Rust identifier in the bridge.
pub fn is_plain_ident(name: &str) -> bool {
    !name.is_empty()
        && !KEYWORDS.contains(&name)
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !name.starts_with(|c: char| c.is_ascii_digit())
        && name != "_"
}

/// A set of names in one Rust namespace; claims add `_k` suffixes on clashes.
#[derive(Debug, Default, Clone)]
pub struct NameSet {
    used: HashMap<String, usize>,
}

impl NameSet {
    /// Takes `name` exactly, or returns false when it is taken.
    pub fn try_claim(&mut self, name: &str) -> bool {
        if self.used.contains_key(name) {
            return false;
        }
        self.used.insert(name.to_string(), 0);
        true
    }

    /// Claims `base`, or `base_1`, `base_2`, … when taken.
    pub fn claim(&mut self, base: &str) -> String {
        if !self.used.contains_key(base) {
            self.used.insert(base.to_string(), 0);
            return base.to_string();
        }
        let mut k = self.used[base];
        loop {
            k += 1;
            let candidate = format!("{base}_{k}");
            if !self.used.contains_key(&candidate) {
                self.used.insert(base.to_string(), k);
                self.used.insert(candidate.clone(), 0);
                return candidate;
            }
        }
    }
}

/// Names taken per safe-layer module, and in the bridge.
#[derive(Debug, Default)]
pub struct ModuleNames {
    values: HashMap<Vec<String>, NameSet>,
    types: HashMap<Vec<String>, NameSet>,
    ffi_values: NameSet,
    ffi_types: NameSet,
    /// C++ namespace path → Rust module path (`NS` and `ns` get distinct modules).
    modules: HashMap<Vec<String>, Vec<String>>,
    /// Module names taken under each parent module.
    module_names: HashMap<Vec<String>, NameSet>,
}

impl ModuleNames {
    /// The Rust module for a C++ namespace path: snake_case, and distinct for
    /// distinct namespaces (`NS` → `ns`, then `ns` → `ns_1`, in source order).
    pub fn module(&mut self, scope: &[String]) -> Vec<String> {
        if let Some(m) = self.modules.get(scope) {
            return m.clone();
        }
        let mut path: Vec<String> = Vec::new();
        for depth in 1..=scope.len() {
            let prefix = &scope[..depth];
            if let Some(m) = self.modules.get(prefix) {
                path = m.clone();
                continue;
            }
            let base = module(&scope[depth - 1]);
            let name = self
                .module_names
                .entry(path.clone())
                .or_default()
                .claim(&base);
            path.push(name);
            self.modules.insert(prefix.to_vec(), path.clone());
        }
        path
    }

    /// Claims a function or constant name in `module`.
    pub fn value(&mut self, module: &[String], base: &str) -> String {
        self.values.entry(module.to_vec()).or_default().claim(base)
    }

    /// Claims a type or trait name in `module`.
    pub fn ty(&mut self, module: &[String], base: &str) -> String {
        self.types.entry(module.to_vec()).or_default().claim(base)
    }

    /// Claims a bridge function identifier: `preferred`, else `fallback` (suffixed).
    pub fn ffi_value(&mut self, preferred: &str, fallback: &str) -> String {
        claim_preferred(&mut self.ffi_values, preferred, fallback)
    }

    /// Claims a type's bridge identifier and its safe-layer name in `module`.
    /// A type nested in classes (`nesting`) is named in the bridge through a
    /// `cxxbind` alias, `Outer_Inner`.
    pub fn type_names(
        &mut self,
        module: &[String],
        scope: &[String],
        nesting: &[String],
        name: &str,
    ) -> (String, String) {
        let (preferred, flat) = ffi_type_candidates(scope, name);
        let preferred = if nesting.is_empty() {
            preferred
        } else {
            crate::plan::paths::flat(nesting, name)
        };
        let ffi = self.ffi_type(&preferred, &flat);
        (ffi, self.ty(module, &camel(name)))
    }

    /// Claims a bridge type identifier.
    pub fn ffi_type(&mut self, preferred: &str, fallback: &str) -> String {
        claim_preferred(&mut self.ffi_types, preferred, fallback)
    }
}

fn claim_preferred(set: &mut NameSet, preferred: &str, fallback: &str) -> String {
    let got = set.claim(preferred);
    if got == preferred || fallback.is_empty() {
        got
    } else {
        set.claim(fallback)
    }
}

/// Identifiers cxx gives a meaning of its own inside a bridge.
const CXX_RESERVED: &[&str] = &[
    "UniquePtr",
    "SharedPtr",
    "WeakPtr",
    "CxxString",
    "CxxVector",
    "Box",
    "Vec",
    "String",
    "Result",
    "Pin",
    "Fn",
    "Str",
    "Slice",
    "RustString",
    "RustVec",
    "c_char",
    "str",
    "Self",
    "ffi",
    "cxx",
    "AsCpp",
    "AsCppMut",
    "Tied",
];

/// True when a C++ name can appear verbatim in a cxx bridge (as a type, a
/// `cxx_name` or a namespace segment): an identifier without `__`.
pub fn cxx_can_name(name: &str) -> bool {
    is_plain_ident(name) && !name.contains("__")
}

/// A type whose own name cxx cannot spell (`__mpz_struct`, reserved in C++
/// but fixed by a C library's ABI) in namespaces it can: the bridge names it
/// through a `cxxbind` alias instead (`mpz_struct`).
pub fn aliasable(scope: &[String], name: &str) -> bool {
    is_plain_ident(name)
        && !cxx_can_name(name)
        && !join(&[name]).is_empty()
        && scope.iter().all(|s| cxx_can_name(s))
}

/// Why a type named `name` in `scope` cannot appear in the bridge, if it cannot.
pub fn type_name_problem(scope: &[String], name: &str) -> Option<Why> {
    if !is_plain_ident(name) {
        return Some(Why::NotIdentifier);
    }
    std::iter::once(name)
        .chain(scope.iter().map(String::as_str))
        .find(|n| !cxx_can_name(n))
        .map(|bad| Why::ReservedIdent {
            ident: bad.to_string(),
        })
}

/// The bridge identifier to ask for, then the fallback, for a C++ type:
/// its own name unless cxx reserves it (`String`, `Vec`, …).
pub fn ffi_type_candidates(scope: &[String], name: &str) -> (String, String) {
    let flat = flat(scope, name);
    let preferred = if is_cxx_reserved(name) {
        format!("{flat}_cpp")
    } else {
        name.to_string()
    };
    (preferred, flat)
}

/// True when the name cannot be a bridge type identifier as is.
pub fn is_cxx_reserved(name: &str) -> bool {
    CXX_RESERVED.contains(&name)
}

/// Module names the generated root already uses (`ffi`, `cxx`, …) or that
/// would shadow crates the generated code names.
pub fn module(name: &str) -> String {
    let m = snake(name);
    if matches!(m.as_str(), "ffi" | "cpp" | "cxx" | "core" | "std" | "alloc") {
        format!("{m}_")
    } else {
        m
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instance_names_separate_digits_and_spell_negative_values() {
        assert_eq!(camel_words(&["DynArray", "i32", "10"]), "DynArrayI32_10");
        assert_eq!(camel_words(&["MemPoolT", "32"]), "MemPoolT32");
        assert_eq!(camel_words(&["Entry", "i32", "f64"]), "EntryI32F64");
        assert_eq!(camel_words(&["Shift", "neg3"]), "ShiftNeg3");
        let scope = ["tpl".to_string()];
        assert_eq!(flat(&scope, "Shift<-3>"), "tpl_Shift_neg_3");
        assert_eq!(flat(&scope, "Shift<3>"), "tpl_Shift_3");
        assert_eq!(flat(&scope, "operator-"), "tpl_operator");
    }

    #[test]
    fn cases_and_keywords() {
        assert_eq!(snake("GetUncompressedLength"), "get_uncompressed_length");
        assert_eq!(snake("type"), "type_");
        assert_eq!(snake("Self"), "self_");
        assert_eq!(camel("XMLDocument"), "XmlDocument");
        assert_eq!(screaming("kBlockLog"), "K_BLOCK_LOG");
        assert_eq!(param("default"), "default_");
        assert_eq!(param("obj"), "obj_");
        assert_eq!(param("cxxbind_r"), "cxxbind_r_");
    }

    #[test]
    fn overloads_get_source_order_suffixes() {
        let mut set = NameSet::default();
        assert_eq!(set.claim("compress"), "compress");
        assert_eq!(set.claim("compress"), "compress_1");
        assert_eq!(set.claim("compress_1"), "compress_1_1");
        assert_eq!(set.claim("compress"), "compress_2");
    }

    #[test]
    fn joined_names_never_hold_a_double_underscore() {
        assert_eq!(
            join(&["cxxbind_f", "fn_", "closure"]),
            "cxxbind_f_fn_closure"
        );
        assert_eq!(join(&["cxxbind_", "type_", "0"]), "cxxbind_type_0");
        assert_eq!(join(&["a__b", "_c"]), "a_b_c");
        assert_eq!(join(&["x", "", "y"]), "x_y");
    }

    #[test]
    fn plain_idents() {
        assert!(is_plain_ident("Foo_1"));
        assert!(!is_plain_ident("operator+"));
        assert!(!is_plain_ident("match"));
        assert!(!is_plain_ident("1abc"));
    }
}
