//! Member function templates the config lists
//! (`[instantiate] "ns::Parser::parse_as" = ["double"]`): one method per
//! instantiation, added to its class like a declared one.

use super::names::InstanceName;
use super::names::{arg_word, nameable, spell_args};
use super::subst::{substitute, substitute_sig};
use super::{all_types, instance_doc};
use crate::ir::{Api, ItemKind, Method, TemplateArg, Type};
use std::collections::HashMap;

/// The methods instantiating member template `template` (every overload
/// with as many type parameters) with `args`, each with the index of its
/// class among the top-level items; `Ok(None)` when no class of the library
/// declares such a template.
pub(crate) fn instantiate(
    api: &Api,
    template: &str,
    args: &[TemplateArg],
    names: &mut HashMap<String, InstanceName>,
) -> Result<Option<Vec<(usize, Method)>>, String> {
    let mut out = Vec::new();
    for (idx, item) in api.items.iter().enumerate() {
        let ItemKind::Record(r) = &item.kind else {
            continue;
        };
        let class = item.qualified_name();
        for nested in &r.nested_records {
            let ItemKind::FunctionTemplate {
                params,
                method: Some(m),
                ..
            } = &nested.kind
            else {
                continue;
            };
            if format!("{class}::{}", nested.name) != template
                || !all_types(params)
                || params.len() != args.len()
            {
                continue;
            }
            if !args.iter().all(nameable) {
                return Err("arguments must be scalars, strings, classes or enums".into());
            }
            let words: Option<Vec<String>> = args.iter().map(|a| arg_word(a, names)).collect();
            let words = words.ok_or("an argument has no Rust name")?;
            let name = format!("{}<{}>", m.name, spell_args(args));
            let rust = format!(
                "{}_{}",
                crate::analysis::core::naming::snake(&m.name),
                words.join("_")
            );
            let qualified = format!("{class}::{name}");
            let doc = instance_doc(&qualified, template, &m.doc);
            names.insert(qualified, InstanceName::Function(rust));
            let subst = |ty: &Type| substitute(ty, args, None);
            out.push((
                idx,
                Method {
                    name,
                    sig: substitute_sig(&m.sig, &subst),
                    doc,
                    ..m.clone()
                },
            ));
        }
    }
    Ok((!out.is_empty()).then_some(out))
}
