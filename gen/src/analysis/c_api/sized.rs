//! Sizes the config states (`[buffers]`): how many bytes a `char*`
//! parameter the callee writes must hold (`"ns::F.param" = "expr"`), and how
//! many bytes a `char*` result lends (`"ns::C::M.return" = "expr"`). An
//! override with no entry of its own keeps its base method's: a virtual
//! method's contract is its base's.

use crate::analysis::core::types::{byte_like, CallHints};
use crate::ir::{Api, ItemKind, Param, Type};
use crate::plan::RetKind;
use crate::plan::SizeExpr;
use std::collections::{BTreeMap, HashMap};

/// The key part that names a result's size (`ns::C::M.return`); no C++
/// parameter can be named `return`.
const RETURN: &str = "return";

/// What the config states for one callable.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Stated {
    /// Buffer parameters (the callable's own C++ names) → their sizes.
    pub buffers: BTreeMap<String, SizeExpr>,
    /// The size of a `char*` result.
    pub ret: Option<SizeExpr>,
}

/// Config keys (`ns::Function.param`, or `ns::Function(a, b, param).param`
/// to pick one overload by its parameter names) that apply to `qualified`
/// with parameters named `params`.
pub fn stated(buffers: &BTreeMap<String, String>, qualified: &str, params: &[String]) -> Stated {
    let mut out = Stated::default();
    for (key, size) in buffers {
        let Some((function, param)) = key.rsplit_once('.') else {
            continue;
        };
        let matches = match function.split_once('(') {
            Some((name, list)) => {
                let names: Vec<&str> = list
                    .trim_end_matches(')')
                    .split(',')
                    .map(str::trim)
                    .filter(|n| !n.is_empty())
                    .collect();
                name == qualified && names == params
            }
            None => function == qualified,
        };
        let size = SizeExpr {
            expr: size.clone(),
            params: params.to_vec(),
        };
        if !matches {
            continue;
        }
        if param == RETURN {
            out.ret = Some(size);
        } else if params.iter().any(|p| p == param) {
            out.buffers.insert(param.to_string(), size);
        }
    }
    out
}

/// The methods the config states sizes for, and every class's bases: what
/// an override needs to find its base method's entries.
#[derive(Debug, Default)]
pub struct Overridden {
    /// Qualified class → its bases' qualified names.
    bases: HashMap<String, Vec<String>>,
    /// Qualified method → each declaration's parameters.
    methods: HashMap<String, Vec<Vec<Param>>>,
}

impl Overridden {
    /// Scans the classes of `api` (namespace scope) for `buffers`' methods.
    pub fn scan(api: &Api, buffers: &BTreeMap<String, String>) -> Self {
        let mut out = Overridden::default();
        if buffers.is_empty() {
            return out;
        }
        let named: Vec<&str> = buffers
            .keys()
            .filter_map(|k| k.rsplit_once('.'))
            .map(|(f, _)| f.split_once('(').map_or(f, |(n, _)| n))
            .collect();
        for item in &api.items {
            let ItemKind::Record(r) = &item.kind else {
                continue;
            };
            let class = item.qualified_name();
            let bases = r.bases.iter().filter(|b| b.public).map(|b| b.name.clone());
            out.bases.insert(class.clone(), bases.collect());
            for m in &r.methods {
                let q = format!("{class}::{}", m.name);
                if named.contains(&q.as_str()) {
                    out.methods.entry(q).or_default().push(m.sig.params.clone());
                }
            }
        }
        out
    }

    /// What the config states for method `name` of `class` taking `params`:
    /// its own entries, else the nearest base method's with the same name
    /// and parameter types (mapped to this declaration's parameters by
    /// position; the expression keeps the base's names).
    pub fn for_method(
        &self,
        buffers: &BTreeMap<String, String>,
        class: &str,
        name: &str,
        params: &[Param],
    ) -> Stated {
        let names: Vec<String> = params.iter().map(|p| p.name.clone()).collect();
        let own = stated(buffers, &format!("{class}::{name}"), &names);
        if own != Stated::default() {
            return own;
        }
        let mut queue: Vec<&str> = self
            .bases
            .get(class)
            .map(|b| b.iter().map(String::as_str).collect())
            .unwrap_or_default();
        let mut seen = Vec::new();
        while let Some(base) = queue.first().copied() {
            queue.remove(0);
            if seen.contains(&base) {
                continue;
            }
            seen.push(base);
            let q = format!("{base}::{name}");
            let same = self.methods.get(&q).and_then(|decls| {
                decls.iter().find(|d| {
                    d.len() == params.len() && d.iter().zip(params).all(|(a, b)| a.ty == b.ty)
                })
            });
            if let Some(decl) = same {
                let base_names: Vec<String> = decl.iter().map(|p| p.name.clone()).collect();
                let inherited = stated(buffers, &q, &base_names);
                let buffers = inherited
                    .buffers
                    .into_iter()
                    .filter_map(|(param, size)| {
                        let at = base_names.iter().position(|n| *n == param)?;
                        Some((names[at].clone(), size))
                    })
                    .collect();
                return Stated {
                    buffers,
                    ret: inherited.ret,
                };
            }
            if let Some(more) = self.bases.get(base) {
                queue.extend(more.iter().map(String::as_str));
            }
        }
        Stated::default()
    }
}

/// The hints for a call passing the first `arity` of `params` (C++ fills in
/// the rest with their default arguments): a size naming a parameter the
/// call leaves out, or a buffer it leaves out, is not stated for it, and a
/// stated result needs a receiver (`is_method`) or a remaining buffer to
/// borrow from.
pub fn at_arity(hints: &CallHints, params: &[Param], arity: usize, is_method: bool) -> CallHints {
    let mut out = hints.clone();
    let names_absent = |s: &SizeExpr| {
        let absent: Vec<&str> = s
            .params
            .iter()
            .skip(arity)
            .filter(|n| !n.is_empty())
            .map(String::as_str)
            .collect();
        s.expr
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .any(|word| absent.contains(&word))
    };
    let kept = |param: &String, size: &mut SizeExpr| {
        let at = params.iter().position(|p| p.name == *param);
        at.is_some_and(|at| at < arity) && !names_absent(size)
    };
    out.sized.retain(kept);
    out.arrays.retain(kept);
    if let Some(RetKind::SizedBytes { size, .. }) = &out.ret {
        if names_absent(size) || (!is_method && out.sized.is_empty()) {
            out.ret = None;
        }
    }
    out
}

/// Puts what the config states into a call's hints. A stated result size
/// applies to a byte-pointer result, and only when the result has something
/// to borrow from (a receiver or a stated buffer): it lends that many bytes,
/// `&'r mut [u8]` (`&'r [u8]` for a `const char*` or from a `const` member).
/// `receiver` is `Some(mutable)` for methods called on an object.
pub fn apply(stated: Stated, ret: &Type, receiver: Option<bool>, hints: &mut CallHints) {
    if let (Some(size), Type::Pointer { pointee, is_const }) = (stated.ret, ret) {
        if byte_like(pointee) && (receiver.is_some() || !stated.buffers.is_empty()) {
            hints.ret = Some(RetKind::SizedBytes {
                mutable: !is_const && receiver != Some(false),
                size,
            });
        }
    }
    hints.sized = stated.buffers;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::IntKind;

    fn size_t() -> Type {
        Type::Int {
            kind: IntKind::ULong,
            alias: Some("size_t".into()),
        }
    }

    fn char_ptr() -> Type {
        Type::Pointer {
            pointee: Box::new(Type::Char),
            is_const: false,
        }
    }

    fn config() -> BTreeMap<String, String> {
        [
            ("ns::Sink::Get.scratch", "length"),
            ("ns::Sink::Get.return", "length"),
            ("ns::F(a, out).out", "a"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
    }

    #[test]
    fn buffers_and_results_are_stated_per_declaration() {
        let names = |n: &[&str]| n.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let s = stated(&config(), "ns::Sink::Get", &names(&["length", "scratch"]));
        assert_eq!(s.buffers["scratch"].expr, "length");
        assert_eq!(s.ret.as_ref().map(|r| r.expr.as_str()), Some("length"));
        assert!(stated(&config(), "ns::F", &names(&["a", "out"]))
            .buffers
            .contains_key("out"));
        assert_eq!(
            stated(&config(), "ns::F", &names(&["b", "out"])),
            Stated::default()
        );
    }

    #[test]
    fn an_override_keeps_its_base_methods_sizes_by_position() {
        let base = vec![
            Param::new("length", size_t()),
            Param::new("scratch", char_ptr()),
        ];
        let o = Overridden {
            bases: [
                ("ns::Derived".to_string(), vec!["ns::Sink".to_string()]),
                ("ns::Sink".to_string(), Vec::new()),
            ]
            .into_iter()
            .collect(),
            methods: [("ns::Sink::Get".to_string(), vec![base])]
                .into_iter()
                .collect(),
        };
        let own = [Param::new("len", size_t()), Param::new("buf", char_ptr())];
        let s = o.for_method(&config(), "ns::Derived", "Get", &own);
        assert_eq!(s.buffers["buf"].params, vec!["length", "scratch"]);
        assert_eq!(s.ret.map(|r| r.expr), Some("length".to_string()));
        // Other parameter types: another method, nothing inherited.
        let other = [Param::new("len", Type::Bool), Param::new("buf", char_ptr())];
        assert_eq!(
            o.for_method(&config(), "ns::Derived", "Get", &other),
            Stated::default()
        );
    }

    #[test]
    fn a_shorter_arity_drops_sizes_it_cannot_evaluate() {
        let params = [Param::new("buf", char_ptr()), Param::new("n", size_t())];
        let size = SizeExpr {
            expr: "n + 1".into(),
            params: vec!["buf".into(), "n".into()],
        };
        let mut hints = CallHints::default();
        hints.sized.insert("buf".into(), size.clone());
        hints.ret = Some(RetKind::SizedBytes {
            mutable: true,
            size,
        });
        let full = at_arity(&hints, &params, 2, false);
        assert!(full.sized.contains_key("buf") && full.ret.is_some());
        let short = at_arity(&hints, &params, 1, false);
        assert!(short.sized.is_empty());
        // Nothing left to borrow the result from.
        assert!(short.ret.is_none());
    }
}
