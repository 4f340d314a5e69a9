//! The C++ spelling of an IR type.

use super::{TemplateArg, Type};

/// The C++ spelling of an IR type (canonical, fully qualified).
pub fn cpp_spelling(ty: &Type) -> String {
    match ty {
        Type::Void => "void".into(),
        Type::Bool => "bool".into(),
        Type::Char => "char".into(),
        Type::Int { kind, .. } => kind.cpp().into(),
        Type::Float => "float".into(),
        Type::Double => "double".into(),
        Type::Pointer { pointee, is_const } => {
            format!(
                "{}{}*",
                if *is_const { "const " } else { "" },
                cpp_spelling(pointee)
            )
        }
        Type::Ref { pointee, is_const } => {
            format!(
                "{}{}&",
                if *is_const { "const " } else { "" },
                cpp_spelling(pointee)
            )
        }
        Type::RvalueRef { pointee } => format!("{}&&", cpp_spelling(pointee)),
        Type::Record { name } | Type::Enum { name } | Type::StringToken { name, .. } => {
            format!("::{name}")
        }
        Type::StdString => "::std::string".into(),
        Type::StdStringView => "::std::string_view".into(),
        Type::StdByte => "::std::byte".into(),
        Type::StdVector { elem } => format!("::std::vector<{}>", cpp_spelling(elem)),
        Type::UniquePtr { pointee } => format!("::std::unique_ptr<{}>", cpp_spelling(pointee)),
        Type::StdOptional { inner } => format!("::std::optional<{}>", cpp_spelling(inner)),
        Type::Std(t) => t.spell("::std", &cpp_spelling),
        Type::VoidPointer => "void*".into(),
        Type::ConstVoidPointer => "const void*".into(),
        Type::FunctionPointer => "void(*)()".into(),
        Type::DestructorPointer => "void(*)(void*)".into(),
        Type::VaList => "va_list".into(),
        Type::Callback { ret, params } => {
            let ps: Vec<String> = params.iter().map(cpp_spelling).collect();
            format!("{}(*)({})", cpp_spelling(ret), ps.join(", "))
        }
        Type::TemplateParam { name, .. } => name.clone(),
        Type::Specialization { template, args } => {
            let args: Vec<String> = args
                .iter()
                .map(|a| match a {
                    TemplateArg::Type { ty, is_const } => {
                        format!(
                            "{}{}",
                            if *is_const { "const " } else { "" },
                            cpp_spelling(ty)
                        )
                    }
                    TemplateArg::Value(v) => v.cpp(),
                })
                .collect();
            format!("::{template}<{}>", args.join(", "))
        }
        Type::CurrentInstance { template } => format!("::{template}"),
        Type::Unsupported { spelling, .. } => spelling.clone(),
    }
}
