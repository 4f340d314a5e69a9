//! C++ text every writer shares: calls of library functions by name, and
//! config-stated sizes as C++ expressions over a shim's parameters.

use crate::plan::{ArgKind, FnBinding, SizeExpr};

/// A call of the library's function `qualified` (no leading `::`) by its
/// name in parentheses: a function-like macro of the same name (zlib's
/// `gzgetc`) does not expand.
pub fn call_by_name(qualified: &str, args: &str) -> String {
    format!("(::{qualified})({args})")
}

/// A size the config states, evaluated in a lambda whose parameters carry the
/// names the expression was written with (so it reads as the header does,
/// and no name refers to itself), as a value of C++ type `ty`. An
/// out-parameter is its pointer, as in the header (`*pnRow`).
pub fn size_value(f: &FnBinding, size: &SizeExpr, ty: &str) -> String {
    let mut names = Vec::new();
    let mut values = Vec::new();
    for a in &f.args {
        let n = &a.name;
        let at = |j: usize| size.params.get(a.cpp_index + j).map_or("", String::as_str);
        let pairs: Vec<(&str, String)> = match &a.kind {
            ArgKind::Scalar(_) | ArgKind::Enum { .. } | ArgKind::StrRef | ArgKind::StrValue => {
                vec![(at(0), n.clone())]
            }
            ArgKind::CStr => vec![(at(0), format!("{n}.c_str()"))],
            ArgKind::OutScalar(_) => {
                vec![(at(0), format!("reinterpret_cast<{}>(&{n})", a.cpp_type))]
            }
            ArgKind::Slice {
                cpp_ptr, len_first, ..
            } if a.cpp_count == 2 => {
                let (p, len) = if *len_first {
                    (at(1), at(0))
                } else {
                    (at(0), at(1))
                };
                vec![
                    (p, format!("reinterpret_cast<{cpp_ptr}>({n}.data())")),
                    (len, format!("{n}.size()")),
                ]
            }
            _ => Vec::new(),
        };
        for (name, value) in pairs.into_iter().filter(|(c, _)| !c.is_empty()) {
            names.push(format!("[[maybe_unused]] const auto& {name}"));
            values.push(value);
        }
    }
    format!(
        "[]({}) -> {ty} {{ return static_cast<{ty}>({}); }}({})",
        names.join(", "),
        size.expr,
        values.join(", ")
    )
}
