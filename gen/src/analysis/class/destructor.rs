//! Classes whose destructor cannot be called although their own is public
//! or implicit: C++ deletes an implicit (or `= default`) destructor when a
//! base's destructor is private or deleted, when a member's is not public or
//! deleted, and when a union member has a non-trivial destructor.
//! libclang's C API does not say whether an implicit destructor is deleted,
//! so the rule is computed here from the bases and members the IR records,
//! recursively. A friend declaration gives access (a class the base or
//! member befriends may call its private destructor); a type outside the IR
//! (the standard library's, another library's) is taken as destructible,
//! and as non-trivially destructible in a union. Reference and `const`
//! members do not delete the destructor.
//!
//! Such a class is like one with a private destructor: Rust never owns one
//! (no constructor, no `Drop`, no by-value result), while the methods of
//! objects C++ lends still bind.

use crate::ir::{Api, Item, ItemKind, Record, RecordTag, Type};
use crate::plan::DtorCause;
use std::collections::{HashMap, HashSet};

/// Qualified name → what deletes its destructor, for every record of `api`
/// (nested ones and template instances included) whose destructor cannot
/// be called because of a base or a member.
pub fn undestructible(api: &Api) -> HashMap<String, DtorCause> {
    let mut scan = Scan::default();
    collect(&api.items, &mut scan.records);
    let mut names: Vec<String> = scan.records.keys().cloned().collect();
    names.sort();
    let mut out = HashMap::new();
    for name in names {
        if let Some(cause) = scan.deleted(&name) {
            out.insert(name, cause);
        }
    }
    out
}

/// The records of `items` and of the records nested in them, by qualified name.
fn collect<'a>(items: &'a [Item], out: &mut HashMap<String, &'a Record>) {
    for item in items {
        if let ItemKind::Record(r) = &item.kind {
            if r.complete {
                out.insert(item.qualified_name(), r);
            }
            collect(&r.nested_records, out);
        }
    }
}

#[derive(Default)]
struct Scan<'a> {
    records: HashMap<String, &'a Record>,
    /// Decided records: what deletes the destructor, if anything.
    memo: HashMap<String, Option<DtorCause>>,
    /// Records being decided (a cycle, impossible in valid C++, ends here).
    busy: HashSet<String>,
}

impl<'a> Scan<'a> {
    fn record(&self, name: &str) -> Option<&'a Record> {
        self.records.get(name).copied()
    }

    /// What deletes the destructor of record `name` (its own access aside).
    fn deleted(&mut self, name: &str) -> Option<DtorCause> {
        if let Some(done) = self.memo.get(name) {
            return done.clone();
        }
        if !self.busy.insert(name.to_string()) {
            return None;
        }
        let cause = self.decide(name);
        self.busy.remove(name);
        self.memo.insert(name.to_string(), cause.clone());
        cause
    }

    fn decide(&mut self, name: &str) -> Option<DtorCause> {
        let r = self.record(name)?;
        for b in &r.bases {
            let Some(base) = self.record(&b.name) else {
                continue;
            };
            let reachable = base.destructor_public
                || base.destructor_protected
                || base.friends.iter().any(|f| f == name);
            if !reachable || self.deleted(&b.name).is_some() {
                return Some(DtorCause::Base {
                    name: b.name.clone(),
                });
            }
        }
        for f in &r.fields {
            let Type::Record { name: ty } = &f.ty else {
                continue;
            };
            let Some(member) = self.record(ty) else {
                continue;
            };
            let reachable = member.destructor_public || member.friends.iter().any(|f| f == name);
            if !reachable || self.deleted(ty).is_some() {
                return Some(DtorCause::Member {
                    name: f.name.clone(),
                    ty: ty.clone(),
                });
            }
        }
        if r.destructor_nontrivial {
            return None;
        }
        let variants: Vec<&Type> = if r.tag == RecordTag::Union {
            r.fields.iter().map(|f| &f.ty).collect()
        } else {
            r.variant_members.iter().collect()
        };
        variants
            .into_iter()
            .find(|t| self.nontrivial(t))
            .map(|t| DtorCause::Variant {
                ty: crate::plan::identity::spell(t),
            })
    }

    /// Destroying a `ty` runs code (a type outside the IR is assumed to).
    fn nontrivial(&mut self, ty: &Type) -> bool {
        match ty {
            Type::Void
            | Type::Bool
            | Type::Char
            | Type::Int { .. }
            | Type::Float
            | Type::Double
            | Type::Pointer { .. }
            | Type::Ref { .. }
            | Type::RvalueRef { .. }
            | Type::Enum { .. }
            | Type::StdStringView
            | Type::StdByte
            | Type::FunctionPointer
            | Type::VoidPointer
            | Type::ConstVoidPointer
            | Type::DestructorPointer
            | Type::Callback { .. }
            | Type::StringToken { .. } => false,
            Type::Record { name } => {
                let Some(r) = self.record(name) else {
                    return true;
                };
                if r.destructor_nontrivial || self.deleted(name).is_some() {
                    return true;
                }
                let bases: Vec<Type> = r
                    .bases
                    .iter()
                    .map(|b| Type::Record {
                        name: b.name.clone(),
                    })
                    .collect();
                if !self.busy.insert(name.clone()) {
                    return false;
                }
                let any = bases
                    .iter()
                    .chain(r.fields.iter().map(|f| &f.ty))
                    .any(|t| self.nontrivial(t));
                self.busy.remove(name.as_str());
                any
            }
            _ => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{Base, Field, Loc};

    fn record(name: &str, edit: impl FnOnce(&mut Record)) -> Item {
        let mut r = Record::empty(RecordTag::Class, true);
        edit(&mut r);
        Item {
            name: name.into(),
            scope: vec!["ns".into()],
            loc: Loc::default(),
            doc: None,
            kind: ItemKind::Record(r),
        }
    }

    fn base(name: &str) -> Base {
        Base {
            name: format!("ns::{name}"),
            public: true,
            is_virtual: false,
            args: Vec::new(),
        }
    }

    fn field(name: &str, ty: Type) -> Field {
        Field {
            name: name.into(),
            ty,
            is_const: false,
            public: false,
            offset_bits: None,
        }
    }

    fn rec(name: &str) -> Type {
        Type::Record {
            name: format!("ns::{name}"),
        }
    }

    fn scan(items: Vec<Item>) -> HashMap<String, DtorCause> {
        undestructible(&Api {
            items,
            ..Api::default()
        })
    }

    #[test]
    fn bases_and_members_that_cannot_be_destroyed_delete_the_destructor() {
        let causes = scan(vec![
            record("Private", |r| r.destructor_public = false),
            record("Protected", |r| {
                r.destructor_public = false;
                r.destructor_protected = true;
            }),
            record("Deleted", |r| r.destructor_public = false),
            record("Befriended", |r| {
                r.destructor_public = false;
                r.friends = vec!["ns::Friend".into()];
            }),
            record("FromPrivate", |r| r.bases = vec![base("Private")]),
            record("FromProtected", |r| r.bases = vec![base("Protected")]),
            record("Friend", |r| r.bases = vec![base("Befriended")]),
            record("HoldsProtected", |r| {
                r.fields = vec![field("p", rec("Protected"))]
            }),
            record("HoldsDeleted", |r| {
                r.fields = vec![field("d", rec("Deleted"))]
            }),
            record("Refers", |r| {
                let pointee = Box::new(rec("Deleted"));
                r.fields = vec![Field {
                    is_const: true,
                    ..field(
                        "d",
                        Type::Ref {
                            pointee,
                            is_const: true,
                        },
                    )
                }]
            }),
            record("Transitive", |r| r.bases = vec![base("FromPrivate")]),
        ]);
        let base_of = |n: &str| DtorCause::Base {
            name: format!("ns::{n}"),
        };
        assert_eq!(causes.get("ns::FromPrivate"), Some(&base_of("Private")));
        assert_eq!(causes.get("ns::Transitive"), Some(&base_of("FromPrivate")));
        assert_eq!(
            causes.get("ns::HoldsProtected"),
            Some(&DtorCause::Member {
                name: "p".into(),
                ty: "ns::Protected".into()
            })
        );
        assert!(causes.contains_key("ns::HoldsDeleted"));
        for fine in [
            "ns::FromProtected",
            "ns::Friend",
            "ns::Refers",
            "ns::Private",
        ] {
            assert!(!causes.contains_key(fine), "{fine}: {:?}", causes.get(fine));
        }
    }

    #[test]
    fn a_union_member_with_a_non_trivial_destructor_deletes_it() {
        let causes = scan(vec![
            record("Plain", |_| {}),
            record("Busy", |r| r.destructor_nontrivial = true),
            record("TextOrInt", |r| {
                r.variant_members = vec![Type::StdString, Type::Bool]
            }),
            record("PlainOrInt", |r| {
                r.variant_members = vec![rec("Plain"), Type::Bool]
            }),
            record("BusyOrInt", |r| r.variant_members = vec![rec("Busy")]),
            record("OwnDestructor", |r| {
                r.variant_members = vec![Type::StdString];
                r.destructor_nontrivial = true;
            }),
        ]);
        assert_eq!(
            causes.get("ns::TextOrInt"),
            Some(&DtorCause::Variant {
                ty: "std::string".into()
            })
        );
        assert!(causes.contains_key("ns::BusyOrInt"));
        assert!(!causes.contains_key("ns::PlainOrInt"));
        assert!(!causes.contains_key("ns::OwnDestructor"));
    }
}
