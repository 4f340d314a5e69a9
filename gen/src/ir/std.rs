//! Standard library vocabulary types beyond strings, vectors, optionals and
//! `std::unique_ptr`: `std::shared_ptr`, `std::array`, `std::pair` /
//! `std::tuple`, `std::map` / `std::unordered_map`, `std::set` /
//! `std::unordered_set`, `std::function`,
//! `std::span`.

use super::Type;
use serde::{Deserialize, Serialize};

/// One standard library template instance, with its arguments.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum StdType {
    /// `std::shared_ptr<T>`.
    SharedPtr {
        /// The shared type.
        pointee: Type,
    },
    /// `std::array<T, N>`.
    Array {
        /// The element type.
        elem: Type,
        /// `N`.
        len: u64,
    },
    /// `std::pair<A, B>` (`pair`) or `std::tuple<A…>`.
    Tuple {
        /// The element types in order.
        elems: Vec<Type>,
        /// Spelled `std::pair`.
        pair: bool,
    },
    /// `std::map<K, V>` (`ordered`) or `std::unordered_map<K, V>`, with the
    /// default comparison, hash and allocator.
    Map {
        /// The key type.
        key: Type,
        /// The mapped type.
        value: Type,
        /// `std::map` rather than `std::unordered_map`.
        ordered: bool,
    },
    /// `std::set<K>` (`ordered`) or `std::unordered_set<K>`, with the
    /// default comparison, hash and allocator.
    Set {
        /// The element type.
        elem: Type,
        /// `std::set` rather than `std::unordered_set`.
        ordered: bool,
    },
    /// `std::function<R(P…)>`.
    Function {
        /// `R`.
        ret: Type,
        /// `P…`.
        params: Vec<Type>,
    },
    /// `std::strong_ordering`, `std::weak_ordering`, `std::partial_ordering`:
    /// what `operator<=>` returns.
    Ordering(Ordering),
    /// `std::span<T>` with a dynamic extent.
    Span {
        /// The element type (`const T` keeps its `const`).
        elem: Type,
        /// `std::span<const T>`.
        is_const: bool,
    },
}

/// A comparison category (`<compare>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Ordering {
    /// `std::strong_ordering`: equivalent values are equal.
    Strong,
    /// `std::weak_ordering`: every two values compare, equivalent ones may differ.
    Weak,
    /// `std::partial_ordering`: two values may be unordered.
    Partial,
}

impl Ordering {
    /// Its name in namespace `std` (`strong_ordering`).
    pub fn name(self) -> &'static str {
        match self {
            Ordering::Strong => "strong_ordering",
            Ordering::Weak => "weak_ordering",
            Ordering::Partial => "partial_ordering",
        }
    }
}

impl StdType {
    /// The same template with `f` applied to each contained type.
    pub fn map(&self, f: &mut dyn FnMut(&Type) -> Type) -> StdType {
        match self {
            StdType::SharedPtr { pointee } => StdType::SharedPtr {
                pointee: f(pointee),
            },
            StdType::Array { elem, len } => StdType::Array {
                elem: f(elem),
                len: *len,
            },
            StdType::Tuple { elems, pair } => StdType::Tuple {
                elems: elems.iter().map(&mut *f).collect(),
                pair: *pair,
            },
            StdType::Map {
                key,
                value,
                ordered,
            } => StdType::Map {
                key: f(key),
                value: f(value),
                ordered: *ordered,
            },
            StdType::Set { elem, ordered } => StdType::Set {
                elem: f(elem),
                ordered: *ordered,
            },
            StdType::Function { ret, params } => StdType::Function {
                ret: f(ret),
                params: params.iter().map(&mut *f).collect(),
            },
            StdType::Span { elem, is_const } => StdType::Span {
                elem: f(elem),
                is_const: *is_const,
            },
            StdType::Ordering(o) => StdType::Ordering(*o),
        }
    }

    /// Its C++ spelling, with `spell` spelling the contained types
    /// (`std::map<int, std::string>`); `std_prefix` is `std` or `::std`.
    pub fn spell(&self, std_prefix: &str, spell: &dyn Fn(&Type) -> String) -> String {
        let list = |ts: &[Type]| ts.iter().map(spell).collect::<Vec<_>>().join(", ");
        match self {
            StdType::SharedPtr { pointee } => {
                format!("{std_prefix}::shared_ptr<{}>", spell(pointee))
            }
            StdType::Array { elem, len } => format!("{std_prefix}::array<{}, {len}>", spell(elem)),
            StdType::Tuple { elems, pair } => format!(
                "{std_prefix}::{}<{}>",
                if *pair { "pair" } else { "tuple" },
                list(elems)
            ),
            StdType::Map {
                key,
                value,
                ordered,
            } => format!(
                "{std_prefix}::{}<{}, {}>",
                if *ordered { "map" } else { "unordered_map" },
                spell(key),
                spell(value)
            ),
            StdType::Set { elem, ordered } => format!(
                "{std_prefix}::{}<{}>",
                if *ordered { "set" } else { "unordered_set" },
                spell(elem)
            ),
            StdType::Function { ret, params } => {
                format!("{std_prefix}::function<{}({})>", spell(ret), list(params))
            }
            StdType::Span { elem, is_const } => format!(
                "{std_prefix}::span<{}{}>",
                if *is_const { "const " } else { "" },
                spell(elem)
            ),
            StdType::Ordering(o) => format!("{std_prefix}::{}", o.name()),
        }
    }
}
