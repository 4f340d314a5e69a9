//! The signature part of a callable's stable identity: its parameter types
//! and qualifiers, spelled the way a reader writes them (`(int, const
//! std::string&) const`), so overloads stay apart in the report's `id`
//! (`ns::f(int)` and `ns::f(double)`).
//!
//! Analysis spells it once, from the declaration as the header states it,
//! when it records the callable's [`Decision`](super::Decision)
//! ([`Decision::signature`](super::Decision::signature)); the report only
//! appends it to the decision's name. Types keep the spelling the header
//! used for standard integer typedefs (`size_t`, `uint32_t`), and template
//! parameters stay as written (`tpl::larger(T, T)`).

use crate::ir::{Method, MethodKind, RefQualifier, Signature, TemplateArg, Type};

/// A member function's parameter list and qualifiers: `(int) const`,
/// `() &&`, `(const T&)` (a member of a class template keeps the template's
/// parameters).
///
/// A conversion operator's `const` is not spelled: identities written
/// before this function existed leave it off, and `diff` matches on them.
pub fn method(m: &Method) -> String {
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

/// A free function's parameter list: `(int, const std::string&, ...)`.
pub fn params(sig: &Signature) -> String {
    let mut list: Vec<String> = sig.params.iter().map(|p| spell(&p.ty)).collect();
    if sig.variadic {
        list.push("...".into());
    }
    format!("({})", list.join(", "))
}

/// The C++ spelling of a parameter type, as a reader would write it (not
/// [`crate::ir::cpp_spelling`], which qualifies from the global namespace
/// and canonicalizes integer typedefs for generated code).
pub fn spell(ty: &Type) -> String {
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
        Type::Record { name } | Type::Enum { name } | Type::StringToken { name, .. } => {
            name.clone()
        }
        Type::StdString => "std::string".into(),
        Type::StdStringView => "std::string_view".into(),
        Type::StdByte => "std::byte".into(),
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
                    TemplateArg::Type { ty, is_const } => format!("{}{}", cv(*is_const), spell(ty)),
                    TemplateArg::Value(v) => v.cpp(),
                })
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Type::CurrentInstance { template } => template.clone(),
        Type::Unsupported { spelling, .. } => spelling.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::{method, params};
    use crate::ir::{
        IntKind, Loc, Method, MethodKind, Param, RefQualifier, Signature, TemplateArg, Type,
    };

    fn param(ty: Type) -> Param {
        Param {
            name: String::new(),
            ty,
            has_default: false,
            default_value: None,
            object_typedef: false,
        }
    }

    fn sig(tys: Vec<Type>) -> Signature {
        Signature {
            params: tys.into_iter().map(param).collect(),
            ret: Type::Void,
            noexcept: false,
            variadic: false,
        }
    }

    fn member(name: &str, kind: MethodKind, tys: Vec<Type>) -> Method {
        Method {
            name: name.into(),
            kind,
            sig: sig(tys),
            loc: Loc::default(),
            doc: None,
            deleted: false,
            ref_qualifier: RefQualifier::None,
            is_volatile: false,
        }
    }

    fn instance(is_const: bool) -> MethodKind {
        MethodKind::Instance {
            is_const,
            is_virtual: false,
            is_pure: false,
        }
    }

    fn const_ref(ty: Type) -> Type {
        Type::Ref {
            pointee: Box::new(ty),
            is_const: true,
        }
    }

    #[test]
    fn overloads_differ_by_their_parameter_types() {
        let int = Type::Int {
            kind: IntKind::Int,
            alias: None,
        };
        assert_eq!(params(&sig(vec![int.clone()])), "(int)");
        assert_eq!(params(&sig(vec![Type::Double])), "(double)");
        assert_eq!(
            params(&sig(vec![int, const_ref(Type::StdString)])),
            "(int, const std::string&)"
        );
        assert_eq!(params(&sig(vec![])), "()");
        let mut variadic = sig(vec![Type::Pointer {
            pointee: Box::new(Type::Char),
            is_const: true,
        }]);
        variadic.variadic = true;
        assert_eq!(params(&variadic), "(const char*, ...)");
    }

    #[test]
    fn integer_typedefs_keep_the_header_spelling() {
        let size = Type::Int {
            kind: IntKind::ULong,
            alias: Some("size_t".into()),
        };
        let out = Type::Pointer {
            pointee: Box::new(size.clone()),
            is_const: false,
        };
        assert_eq!(params(&sig(vec![size, out])), "(size_t, size_t*)");
    }

    #[test]
    fn member_qualifiers_follow_the_parameters() {
        assert_eq!(method(&member("get", instance(true), vec![])), "() const");
        assert_eq!(method(&member("get", instance(false), vec![])), "()");
        let mut run = member("run", instance(false), vec![]);
        run.ref_qualifier = RefQualifier::RValue;
        assert_eq!(method(&run), "() &&");
        run.ref_qualifier = RefQualifier::LValue;
        run.is_volatile = true;
        run.kind = instance(true);
        assert_eq!(method(&run), "() const volatile &");
        let eq = member(
            "operator==",
            MethodKind::Operator { is_const: true },
            vec![const_ref(Type::Record {
                name: "ns::C".into(),
            })],
        );
        assert_eq!(method(&eq), "(const ns::C&) const");
        let copy = member(
            "C",
            MethodKind::Constructor {
                is_copy: true,
                is_move: false,
            },
            vec![const_ref(Type::Record {
                name: "ns::C".into(),
            })],
        );
        assert_eq!(method(&copy), "(const ns::C&)");
        // Static members have no object to qualify.
        assert_eq!(method(&member("make", MethodKind::Static, vec![])), "()");
        // A conversion operator's `const` stays off, as reports always had it.
        let conversion = member(
            "operator bool",
            MethodKind::Conversion { is_const: true },
            vec![],
        );
        assert_eq!(method(&conversion), "()");
    }

    #[test]
    fn template_members_keep_the_template_parameters() {
        let t = Type::TemplateParam {
            depth: 0,
            index: 0,
            name: "T".into(),
        };
        let push = member("push", instance(false), vec![const_ref(t.clone())]);
        assert_eq!(method(&push), "(const T&)");
        let this = Type::CurrentInstance {
            template: "tpl::Stack".into(),
        };
        let assign = member(
            "operator=",
            MethodKind::Operator { is_const: false },
            vec![const_ref(this)],
        );
        assert_eq!(method(&assign), "(const tpl::Stack&)");
        let spec = Type::Specialization {
            template: "tpl::Pair".into(),
            args: vec![
                TemplateArg::Type {
                    ty: t,
                    is_const: true,
                },
                TemplateArg::Type {
                    ty: Type::Record {
                        name: "ns::Key".into(),
                    },
                    is_const: false,
                },
            ],
        };
        assert_eq!(params(&sig(vec![spec])), "(tpl::Pair<const T, ns::Key>)");
    }
}
