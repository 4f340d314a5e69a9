//! Each report item's stable identity (`id`): the qualified name, plus for
//! callables the parameter types and qualifiers, so overloads stay apart
//! (`ns::f(int)` and `ns::f(double)`).
//!
//! The parameter types come from the IR the decisions were made from,
//! matched by source location and name. Types keep the spelling the header
//! used for standard integer typedefs (`size_t`, `uint32_t`). Should two
//! items of one kind still share an identity (overloaded function
//! templates, whose parameters the IR does not model), the later ones get
//! ` #2`, ` #3`, … in source order.

use crate::ir::{
    Api, Item, ItemKind, Loc, Method, MethodKind, RefQualifier, Signature, TemplateArg, Type,
};
use crate::plan::Decision;
use std::collections::{BTreeMap, HashMap};

/// Hands out identities for one report.
pub(super) struct Ids {
    /// Callables declared at a location: (C++ name, parameter list + qualifiers), in order.
    callables: BTreeMap<Loc, Vec<(String, String)>>,
    /// How often each (kind, identity) was handed out.
    seen: HashMap<(String, String), usize>,
}

impl Ids {
    /// Indexes every callable of `api`.
    pub(super) fn new(api: &Api) -> Self {
        let mut callables = BTreeMap::new();
        index_items(&api.items, &mut callables);
        Ids {
            callables,
            seen: HashMap::new(),
        }
    }

    /// The identity of `d` (unique per kind within this report).
    pub(super) fn id(&mut self, d: &Decision) -> String {
        let mut id = d.name.clone();
        if d.kind.is_callable() {
            if let Some(list) = self.callables.get_mut(&d.loc) {
                if let Some(pos) = list.iter().position(|(n, _)| d.name.ends_with(n.as_str())) {
                    let (_, params) = list.remove(pos);
                    id.push_str(&params);
                }
            }
        }
        let kind = d.kind.code().to_string();
        let n = self.seen.entry((kind, id.clone())).or_default();
        *n += 1;
        if *n > 1 {
            id = format!("{id} #{n}");
        }
        id
    }
}

fn index_items(items: &[Item], out: &mut BTreeMap<Loc, Vec<(String, String)>>) {
    for item in items {
        match &item.kind {
            ItemKind::Function(f)
            | ItemKind::FunctionTemplate {
                function: Some(f), ..
            } => out
                .entry(item.loc.clone())
                .or_default()
                .push((item.name.clone(), params(&f.sig))),
            ItemKind::Record(r) => {
                index_methods(&r.methods, out);
                index_items(&r.nested_records, out);
            }
            ItemKind::ClassTemplate { methods, .. } => index_methods(methods, out),
            ItemKind::FunctionTemplate {
                method: Some(m), ..
            } => index_methods(std::slice::from_ref(m), out),
            _ => {}
        }
    }
}

fn index_methods(methods: &[Method], out: &mut BTreeMap<Loc, Vec<(String, String)>>) {
    for m in methods {
        out.entry(m.loc.clone())
            .or_default()
            .push((m.name.clone(), method(m)));
    }
}

fn method(m: &Method) -> String {
    let mut s = params(&m.sig);
    let is_const = match m.kind {
        MethodKind::Instance { is_const, .. } | MethodKind::Operator { is_const } => is_const,
        _ => false,
    };
    if is_const {
        s.push_str(" const");
    }
    if m.is_volatile {
        s.push_str(" volatile");
    }
    match m.ref_qualifier {
        RefQualifier::None => {}
        RefQualifier::LValue => s.push_str(" &"),
        RefQualifier::RValue => s.push_str(" &&"),
    }
    s
}

/// `(int, const std::string&, ...)`.
fn params(sig: &Signature) -> String {
    let mut list: Vec<String> = sig.params.iter().map(|p| spell(&p.ty)).collect();
    if sig.variadic {
        list.push("...".into());
    }
    format!("({})", list.join(", "))
}

/// The C++ spelling of a parameter type, as a reader would write it.
fn spell(ty: &Type) -> String {
    let cv = |is_const: bool| if is_const { "const " } else { "" };
    match ty {
        Type::Void => "void".into(),
        Type::Bool => "bool".into(),
        Type::Char => "char".into(),
        Type::Int { kind, alias } => alias.clone().unwrap_or_else(|| kind.cpp().to_string()),
        Type::Float => "float".into(),
        Type::Double => "double".into(),
        Type::Pointer { pointee, is_const } => format!("{}{}*", cv(*is_const), spell(pointee)),
        Type::Ref { pointee, is_const } => format!("{}{}&", cv(*is_const), spell(pointee)),
        Type::RvalueRef { pointee } => format!("{}&&", spell(pointee)),
        Type::Record { name } | Type::Enum { name } | Type::StringToken { name } => name.clone(),
        Type::StdString => "std::string".into(),
        Type::StdStringView => "std::string_view".into(),
        Type::StdVector { elem } => format!("std::vector<{}>", spell(elem)),
        Type::UniquePtr { pointee } => format!("std::unique_ptr<{}>", spell(pointee)),
        Type::StdOptional { inner } => format!("std::optional<{}>", spell(inner)),
        Type::Std(t) => t.spell("std", &spell),
        Type::FunctionPointer => "(*)(...)".into(),
        Type::VoidPointer => "void*".into(),
        Type::ConstVoidPointer => "const void*".into(),
        Type::DestructorPointer => "void (*)(void*)".into(),
        Type::VaList => "va_list".into(),
        Type::Callback { ret, params } => format!(
            "{} (*)({})",
            spell(ret),
            params.iter().map(spell).collect::<Vec<_>>().join(", ")
        ),
        Type::TemplateParam { name, .. } => name.clone(),
        Type::Specialization { template, args } => format!(
            "{template}<{}>",
            args.iter()
                .map(|a| match a {
                    TemplateArg::Type { ty, is_const } => {
                        format!("{}{}", if *is_const { "const " } else { "" }, spell(ty))
                    }
                    TemplateArg::Value(v) => v.cpp(),
                })
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Type::CurrentInstance { template } => template.clone(),
        Type::Unsupported { spelling, .. } => spelling.clone(),
    }
}
