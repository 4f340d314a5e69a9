//! Classes, structs and unions: bases, fields, member functions.

use super::{function, types, Importer};
use crate::clang::{Access, Cursor, CursorKind};
use crate::ir::{Base, Field, Item, ItemKind, Method, MethodKind, Record, RecordTag};

/// Imports a record definition (or a forward declaration, `complete: false`)
/// declared in `scope`, with its public members and nested declarations.
pub fn import(imp: &mut Importer, c: &Cursor<'_>, scope: &[String], nested: bool) -> Record {
    let nested_items = import_nested(imp, c, scope);
    let mut record = import_body(imp, c, nested);
    record.nested_records = nested_items;
    record
}

/// A record's own facts and members, without nested declarations.
fn import_body(imp: &mut Importer, c: &Cursor<'_>, nested: bool) -> Record {
    let tag = match c.kind() {
        CursorKind::StructDecl => RecordTag::Struct,
        CursorKind::UnionDecl => RecordTag::Union,
        _ => RecordTag::Class,
    };
    let complete = c.is_definition();
    let ty = c.ty();
    let mut record = Record {
        is_abstract: complete && c.is_abstract(),
        size: if complete { ty.size_of() } else { None },
        align: if complete { ty.align_of() } else { None },
        nested,
        ..Record::empty(tag, complete)
    };
    if !complete {
        return record;
    }
    for m in c.children() {
        let public = m.access() == Access::Public;
        match m.kind() {
            CursorKind::BaseSpecifier => {
                let decl = m.ty().canonical().declaration();
                let args = match types::convert(m.ty()) {
                    crate::ir::Type::Specialization { args, .. } => args,
                    _ => Vec::new(),
                };
                record.bases.push(Base {
                    name: types::qualified_name(&decl),
                    public,
                    is_virtual: m.is_virtual_base(),
                    args,
                });
                if decl.definition().is_some_and(|d| has_virtual(&d)) {
                    record.is_polymorphic = true;
                }
            }
            CursorKind::FieldDecl => record.fields.push(Field {
                name: m.spelling(),
                ty: types::convert(m.ty()),
                is_const: m.ty().is_const() || m.ty().canonical().is_const(),
                public,
                offset_bits: m.field_offset_bits(),
            }),
            CursorKind::Destructor => {
                record.destructor_public = public && !m.is_deleted();
                record.destructor_protected = m.access() == Access::Protected && !m.is_deleted();
                record.destructor_nontrivial =
                    !m.is_deleted() && (!m.is_defaulted() || m.is_virtual_method());
                if m.is_virtual_method() {
                    record.is_polymorphic = true;
                }
                if public {
                    record
                        .methods
                        .push(method(&m, imp.scope_loc(&m).unwrap_or_default()));
                }
            }
            CursorKind::Method | CursorKind::Constructor | CursorKind::ConversionFunction => {
                if m.is_virtual_method() {
                    record.is_polymorphic = true;
                }
                if !public && m.is_pure_virtual() {
                    record.has_nonpublic_pure_virtual = true;
                }
                if m.kind() == CursorKind::Constructor {
                    record.user_constructors = true;
                    let copies = m.is_copy_constructor() || m.is_move_constructor();
                    if copies && (!public || m.is_deleted()) {
                        record.copy_hidden = true;
                    }
                }
                if public {
                    record
                        .methods
                        .push(method(&m, imp.scope_loc(&m).unwrap_or_default()));
                }
            }
            CursorKind::FriendDecl => record.friends.extend(friend_class(&m)),
            // `union { std::string s; int n; };`: its members are variant members.
            CursorKind::UnionDecl if m.is_anonymous() => record.variant_members.extend(
                m.children()
                    .iter()
                    .filter(|f| f.kind() == CursorKind::FieldDecl)
                    .map(|f| types::convert(f.ty())),
            ),
            _ => {}
        }
    }
    record
}

/// The class a `friend class X;` declaration names (qualified).
fn friend_class(friend: &Cursor<'_>) -> Option<String> {
    friend.children().iter().find_map(|c| match c.kind() {
        CursorKind::ClassDecl | CursorKind::StructDecl | CursorKind::TypeRef => {
            let decl = c.ty().canonical().declaration();
            (!decl.is_null()).then(|| types::qualified_name(&decl))
        }
        _ => None,
    })
}

/// A class template (or a partial or explicit specialization): its
/// parameters, public member functions and — for a primary template with a
/// definition — its bases, fields and destructor access, from which analysis
/// instantiates it.
pub fn class_template(imp: &mut Importer, c: &Cursor<'_>) -> ItemKind {
    let methods = template_methods(imp, c);
    let params = if c.kind() == CursorKind::ClassTemplate {
        super::function::template_params(c)
    } else {
        Vec::new()
    };
    let record = match c.definition() {
        Some(def) if c.kind() == CursorKind::ClassTemplate => {
            let mut r = import_body(imp, &def, false);
            r.methods.clear();
            r.nested = matches!(
                c.semantic_parent().kind(),
                CursorKind::ClassDecl | CursorKind::StructDecl | CursorKind::ClassTemplate
            );
            Some(Box::new(r))
        }
        _ => None,
    };
    ItemKind::ClassTemplate {
        methods,
        params,
        record,
    }
}

/// The public, user-declared member functions of a class template (or a
/// specialization): counted with the template, bound per instantiation.
pub fn template_methods(imp: &mut Importer, c: &Cursor<'_>) -> Vec<Method> {
    let mut out = Vec::new();
    let def = c.definition();
    for m in def.as_ref().unwrap_or(c).children() {
        // A member function template is a template of its own, counted as one.
        let member = matches!(
            m.kind(),
            CursorKind::Method
                | CursorKind::Constructor
                | CursorKind::Destructor
                | CursorKind::ConversionFunction
        );
        if member && m.access() == Access::Public {
            let loc = imp.scope_loc(&m).unwrap_or_default();
            let mut method = method(&m, loc);
            // libclang spells a template's constructor `Box<T>`.
            match method.kind {
                MethodKind::Constructor { .. } => method.name = c.spelling(),
                MethodKind::Destructor { .. } => method.name = format!("~{}", c.spelling()),
                _ => {}
            }
            out.push(method);
        }
    }
    out
}

fn has_virtual(c: &Cursor<'_>) -> bool {
    c.children().iter().any(|m| {
        matches!(m.kind(), CursorKind::Method | CursorKind::Destructor) && m.is_virtual_method()
    })
}

fn method(m: &Cursor<'_>, loc: crate::ir::Loc) -> Method {
    let name = m.spelling();
    let kind = match m.kind() {
        CursorKind::Constructor => MethodKind::Constructor {
            is_copy: m.is_copy_constructor(),
            is_move: m.is_move_constructor(),
        },
        CursorKind::Destructor => MethodKind::Destructor {
            is_virtual: m.is_virtual_method(),
        },
        CursorKind::ConversionFunction => MethodKind::Conversion {
            is_const: m.is_const_method(),
        },
        _ if m.is_static_method() => MethodKind::Static,
        _ if function::is_operator_name(&name) => MethodKind::Operator {
            is_const: m.is_const_method(),
        },
        _ => MethodKind::Instance {
            is_const: m.is_const_method(),
            is_virtual: m.is_virtual_method(),
            is_pure: m.is_pure_virtual(),
        },
    };
    let mut sig = function::signature(m);
    if matches!(kind, MethodKind::Destructor { .. }) {
        sig.noexcept = true; // destructors are implicitly noexcept
    }
    Method {
        name,
        kind,
        sig,
        loc,
        doc: super::doc::of(m),
        deleted: m.is_deleted(),
        ref_qualifier: m.ty().ref_qualifier(),
        is_volatile: m.ty().spelling().contains(") volatile"),
    }
}

/// Public nested declarations (types, member templates): counted, bound later.
fn import_nested(imp: &mut Importer, c: &Cursor<'_>, scope: &[String]) -> Vec<Item> {
    let mut out = Vec::new();
    if !c.is_definition() {
        return out;
    }
    let mut inner = scope.to_vec();
    inner.push(c.spelling());
    // A member class declared first and defined later in the class is one record.
    let mut records_seen = std::collections::HashSet::new();
    for m in c.children() {
        if m.kind() == CursorKind::FriendDecl {
            imp.note_friend(&m, scope);
            continue;
        }
        if m.access() != Access::Public {
            continue;
        }
        // `class Inner;` defined out of line (`class Outer::Inner { … };`):
        // the definition is the nested record.
        let m = match m.kind() {
            CursorKind::ClassDecl | CursorKind::StructDecl | CursorKind::UnionDecl
                if !m.is_definition() =>
            {
                match m.definition() {
                    Some(def) if def.semantic_parent().usr() == c.usr() => def,
                    _ => continue,
                }
            }
            _ => m,
        };
        if matches!(
            m.kind(),
            CursorKind::ClassDecl | CursorKind::StructDecl | CursorKind::UnionDecl
        ) && !records_seen.insert(m.usr())
        {
            continue;
        }
        let Some(loc) = imp.scope_loc(&m) else {
            continue;
        };
        let kind = match m.kind() {
            CursorKind::ClassDecl | CursorKind::StructDecl | CursorKind::UnionDecl
                if !m.spelling().is_empty() && m.is_definition() && !m.is_anonymous() =>
            {
                ItemKind::Record(import(imp, &m, &inner, true))
            }
            CursorKind::EnumDecl if !m.spelling().is_empty() => {
                ItemKind::Enum(super::var::import_enum(&m))
            }
            CursorKind::FunctionTemplate => function::import_member_template(&m, loc.clone()),
            CursorKind::ClassTemplate => class_template(imp, &m),
            CursorKind::TypedefDecl | CursorKind::TypeAliasDecl => ItemKind::Alias {
                target: types::convert(m.typedef_underlying()),
            },
            CursorKind::VarDecl => super::var::import_var(&m),
            _ => continue,
        };
        out.push(Item {
            name: m.spelling(),
            scope: inner.clone(),
            loc,
            doc: super::doc::of(&m),
            kind,
        });
    }
    out
}
