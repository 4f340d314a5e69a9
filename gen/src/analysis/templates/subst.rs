//! Template types: arguments written in the config, substitution of a
//! template's parameters, and rewriting every type an item uses.

use crate::ir::cpp_spelling;
use crate::ir::{Item, ItemKind, Signature, TemplateArg, TemplateValue, Type};
use std::collections::BTreeMap;

/// Template arguments written in the config (`"int"`, `"const char"`,
/// `"double, ns::Point"`, `"int, 10"`): scalars by their C++ name,
/// `std::string`, the library's classes and enums by qualified name, and
/// values (integers, possibly negative, and `true`/`false`).
pub(crate) fn parse_args(
    list: &str,
    types: &BTreeMap<String, Type>,
) -> Result<Vec<TemplateArg>, String> {
    list.split(',')
        .map(|raw| {
            let raw = raw.trim();
            if let Some(value) = TemplateValue::parse(raw) {
                return Ok(TemplateArg::Value(value));
            }
            let (is_const, name) = match raw.strip_prefix("const ") {
                Some(rest) => (true, rest.trim()),
                None => (false, raw),
            };
            let name = name.trim_start_matches("::");
            let ty = scalar_named(name)
                .or_else(|| types.get(name).cloned())
                .ok_or_else(|| format!("unknown template argument `{raw}`"))?;
            Ok(TemplateArg::of_type(ty, is_const))
        })
        .collect()
}

fn scalar_named(name: &str) -> Option<Type> {
    use crate::ir::IntKind::*;
    let int = |kind, alias: Option<&str>| Type::Int {
        kind,
        alias: alias.map(str::to_string),
    };
    let name = name.trim_start_matches("std::");
    Some(match name {
        "bool" => Type::Bool,
        "char" => Type::Char,
        "float" => Type::Float,
        "double" => Type::Double,
        "string" => Type::StdString,
        "signed char" => int(SChar, None),
        "unsigned char" => int(UChar, None),
        "short" => int(Short, None),
        "unsigned short" => int(UShort, None),
        "int" => int(Int, None),
        "unsigned" | "unsigned int" => int(UInt, None),
        "long" => int(Long, None),
        "unsigned long" => int(ULong, None),
        "long long" => int(LongLong, None),
        "unsigned long long" => int(ULongLong, None),
        "int8_t" => int(SChar, Some(name)),
        "uint8_t" => int(UChar, Some(name)),
        "int16_t" => int(Short, Some(name)),
        "uint16_t" => int(UShort, Some(name)),
        "int32_t" => int(Int, Some(name)),
        "uint32_t" => int(UInt, Some(name)),
        "int64_t" => int(Long, Some(name)),
        "uint64_t" | "size_t" => int(ULong, Some(name)),
        _ => return None,
    })
}

/// The class instance being made: its template's qualified name and the
/// record that stands for the template's own name inside it.
pub(crate) type Current<'a> = Option<(&'a str, &'a Type)>;

/// `ty` with the outermost template's parameters replaced by `args` and,
/// inside a class instance, the template's own name (`CurrentInstance`) by
/// the instance's record.
pub(crate) fn substitute(ty: &Type, args: &[TemplateArg], current: Current<'_>) -> Type {
    match ty {
        Type::TemplateParam {
            depth: 0, index, ..
        } => match args.get(*index as usize) {
            Some(TemplateArg::Type { ty, .. }) => ty.clone(),
            _ => ty.clone(),
        },
        Type::CurrentInstance { template: t } => match current {
            Some((template, self_type)) if t == template => self_type.clone(),
            _ => ty.clone(),
        },
        Type::Pointer { pointee, is_const } => Type::Pointer {
            is_const: *is_const || param_is_const(pointee, args),
            pointee: Box::new(substitute(pointee, args, current)),
        },
        Type::Ref { pointee, is_const } => Type::Ref {
            is_const: *is_const || param_is_const(pointee, args),
            pointee: Box::new(substitute(pointee, args, current)),
        },
        Type::Specialization {
            template: t,
            args: a,
        } => Type::Specialization {
            template: t.clone(),
            args: a.iter().map(|x| substitute_arg(x, args, current)).collect(),
        },
        other => map_children(other, &mut |t| substitute(t, args, current)),
    }
}

/// A template argument (of a base or a specialization inside a template)
/// with `args` substituted; a value stays as it is.
pub(crate) fn substitute_arg(
    a: &TemplateArg,
    args: &[TemplateArg],
    current: Current<'_>,
) -> TemplateArg {
    match a {
        TemplateArg::Type { ty, is_const } => TemplateArg::of_type(
            substitute(ty, args, current),
            *is_const || param_is_const(ty, args),
        ),
        TemplateArg::Value(v) => TemplateArg::Value(*v),
    }
}

/// `T` where `T` is bound to a `const` argument.
fn param_is_const(ty: &Type, args: &[TemplateArg]) -> bool {
    matches!(ty, Type::TemplateParam { depth: 0, index, .. }
        if args.get(*index as usize).is_some_and(TemplateArg::is_const))
}

/// A signature with `f` applied to every type. A `T*` result whose `T` is
/// `char` points into data of unknown length (`Vector<char>::start()`), not
/// at a C string as a `char*` result written in a header is read: it is left
/// unsupported.
pub(crate) fn substitute_sig(sig: &Signature, f: &dyn Fn(&Type) -> Type) -> Signature {
    let mut out = sig.clone();
    for p in &mut out.params {
        p.ty = f(&p.ty);
    }
    out.ret = f(&sig.ret);
    let param_pointer = matches!(&sig.ret, Type::Pointer { pointee, .. }
        if matches!(**pointee, Type::TemplateParam { .. }));
    let char_pointer = matches!(&out.ret, Type::Pointer { pointee, .. } if **pointee == Type::Char);
    if param_pointer && char_pointer {
        out.ret = Type::Unsupported {
            spelling: cpp_spelling(&out.ret),
            what: "a `T*` result with `T` a `char`: data of unknown length, not a C string".into(),
        };
    }
    out
}

/// `f` applied bottom-up: to the children of `ty`, then to the result.
pub(crate) fn map_type(ty: &Type, f: &mut dyn FnMut(&Type) -> Type) -> Type {
    let inner = map_children(ty, &mut |t| map_type(t, f));
    f(&inner)
}

/// `ty` with `f` applied to each directly contained type.
fn map_children(ty: &Type, f: &mut dyn FnMut(&Type) -> Type) -> Type {
    let mut b = |t: &Type| Box::new(f(t));
    match ty {
        Type::Pointer { pointee, is_const } => Type::Pointer {
            pointee: b(pointee),
            is_const: *is_const,
        },
        Type::Ref { pointee, is_const } => Type::Ref {
            pointee: b(pointee),
            is_const: *is_const,
        },
        Type::RvalueRef { pointee } => Type::RvalueRef {
            pointee: b(pointee),
        },
        Type::StdVector { elem } => Type::StdVector { elem: b(elem) },
        Type::StdOptional { inner } => Type::StdOptional { inner: b(inner) },
        Type::Std(t) => Type::Std(Box::new(t.map(&mut *f))),
        Type::UniquePtr { pointee } => Type::UniquePtr {
            pointee: b(pointee),
        },
        Type::Callback { ret, params } => Type::Callback {
            ret: b(ret),
            params: params.iter().map(&mut *f).collect(),
        },
        other => other.clone(),
    }
}

/// Every type an item's API uses (public fields, bases), through `f` (bottom-up).
pub(crate) fn rewrite_item(item: &mut Item, f: &mut dyn FnMut(&Type) -> Type) {
    let sig = |s: &mut Signature, f: &mut dyn FnMut(&Type) -> Type| {
        for p in &mut s.params {
            p.ty = map_type(&p.ty, f);
        }
        s.ret = map_type(&s.ret, f);
    };
    match &mut item.kind {
        ItemKind::Function(func) => sig(&mut func.sig, f),
        ItemKind::Record(r) => {
            for m in &mut r.methods {
                sig(&mut m.sig, f);
            }
            // Private fields are not API: they instantiate nothing.
            for field in r.fields.iter_mut().filter(|field| field.public) {
                field.ty = map_type(&field.ty, f);
            }
            for base in r.bases.iter_mut().filter(|b| !b.args.is_empty()) {
                let spec = Type::Specialization {
                    template: base.name.clone(),
                    args: std::mem::take(&mut base.args),
                };
                match map_type(&spec, f) {
                    Type::Record { name } => base.name = name,
                    Type::Specialization { args, .. } => base.args = args,
                    // Not instantiated: a base no class binding has.
                    other => base.name = cpp_spelling(&other),
                }
            }
            for n in &mut r.nested_records {
                rewrite_item(n, f);
            }
        }
        ItemKind::Alias { target } => *target = map_type(target, f),
        ItemKind::Variable { ty } => *ty = map_type(ty, f),
        ItemKind::Constant(c) => c.ty = map_type(&c.ty, f),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::IntKind;

    #[test]
    fn config_arguments_read_scalars_const_and_library_types() {
        let mut types = BTreeMap::new();
        let point = Type::Record {
            name: "ns::Point".into(),
        };
        types.insert("ns::Point".to_string(), point.clone());
        let args = parse_args("double, const char, ::ns::Point, uint64_t", &types).unwrap();
        assert_eq!(args[0].ty(), Some(&Type::Double));
        assert!(args[1].is_const() && args[1].ty() == Some(&Type::Char));
        assert_eq!(args[2].ty(), Some(&point));
        assert!(matches!(
            args[3].ty(),
            Some(Type::Int {
                kind: IntKind::ULong,
                ..
            })
        ));
        assert!(parse_args("ns::Missing", &types).is_err());
        let values = parse_args("int, 10, -3, true", &types).unwrap();
        assert_eq!(values[1], TemplateArg::Value(TemplateValue::Int(10)));
        assert_eq!(values[2], TemplateArg::Value(TemplateValue::Int(-3)));
        assert_eq!(values[3], TemplateArg::Value(TemplateValue::Bool(true)));
        assert!(parse_args("1.5", &types).is_err());
    }

    #[test]
    fn substitution_keeps_the_constness_of_an_argument_behind_pointers() {
        let t = Type::TemplateParam {
            depth: 0,
            index: 0,
            name: "T".into(),
        };
        let ptr = Type::Pointer {
            pointee: Box::new(t),
            is_const: false,
        };
        let args = [TemplateArg::of_type(Type::Char, true)];
        assert_eq!(cpp_spelling(&substitute(&ptr, &args, None)), "const char*");
        let own = Type::CurrentInstance {
            template: "ns::V".into(),
        };
        let me = Type::Record {
            name: "ns::V<const char>".into(),
        };
        assert_eq!(substitute(&own, &args, Some(("ns::V", &me))), me);
    }
}
