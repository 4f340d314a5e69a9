//! Templates: the class-template instantiations the API uses and the
//! function-template instantiations the config lists become ordinary
//! records and functions, appended to a copy of the IR, so every other
//! decider binds them like hand-written ones.
//!
//! An instance keeps its template's location, and so do its members: after
//! pass 2 each instance decision is linked to the template decision at that
//! location ([`Bindings::instance_of`]), which counts once and is bound when
//! at least one instance binds it ([`merge`]). Member function templates the
//! config lists become methods of their class (`members.rs`).

mod members;
pub mod names;
mod subst;

use crate::analysis::core::naming;
use crate::analysis::options::AnalysisOptions;
use crate::ir::{
    Api, Function, Item, ItemKind, Method, Record, TemplateArg, TemplateParam, TemplateParamKind,
    Type,
};
use crate::plan::*;
pub use names::InstanceName;
use names::{arg_word, class_name, fits, instance_key, nameable, spell_args};
use std::collections::{BTreeMap, HashMap, HashSet};
use subst::{map_type, parse_args, rewrite_item, substitute, substitute_arg, substitute_sig};

/// At most this many class instances per run (a template whose members name
/// ever longer instances, `Foo<T>` → `Foo<Foo<T>>`, stops here).
const MAX_INSTANCES: usize = 64;

/// The IR with its instances, and what the deciders need to know about them.
pub struct Instantiated {
    /// The input's items, then one record per class instance and one function
    /// per listed function instance; every specialization type names its
    /// instance's record (or is unsupported when none was made).
    pub api: Api,
    /// Index of the first instance in `api.items`.
    pub first_instance: usize,
    /// Instance qualified C++ name (`tpl::Stack<int>`, `tpl::larger<double>`) → its names.
    pub names: HashMap<String, InstanceName>,
    /// Template qualified name → why it (or a config entry for it) was not
    /// instantiated.
    pub problems: BTreeMap<String, String>,
}

struct ClassTemplate<'a> {
    item: &'a Item,
    methods: &'a [Method],
    record: &'a Record,
}

struct Instantiator<'a> {
    templates: BTreeMap<String, ClassTemplate<'a>>,
    /// Namespace-scope aliases of a specialization, by its instance name (first one wins).
    alias_names: BTreeMap<String, String>,
    /// Instance qualified name → (template, arguments), in discovery order.
    queue: Vec<(String, String, Vec<TemplateArg>)>,
    names: HashMap<String, InstanceName>,
    /// Top-level records and enums by qualified name (config arguments name them).
    types: BTreeMap<String, Type>,
    /// Function instances the library specializes explicitly (`ns::parse<int>`).
    specialized: HashSet<String>,
}

/// Makes the instances of `api` (see the module docs).
pub fn instantiate(api: &Api, opts: &AnalysisOptions) -> Instantiated {
    let mut ins = Instantiator {
        templates: BTreeMap::new(),
        alias_names: BTreeMap::new(),
        queue: Vec::new(),
        names: HashMap::new(),
        types: BTreeMap::new(),
        specialized: HashSet::new(),
    };
    for item in &api.items {
        match &item.kind {
            ItemKind::ClassTemplate {
                methods,
                params,
                record: Some(record),
            } if !params.is_empty()
                && !params.iter().any(|p| p.kind == TemplateParamKind::Template)
                && !record.nested =>
            {
                ins.templates.insert(
                    item.qualified_name(),
                    ClassTemplate {
                        item,
                        methods,
                        record,
                    },
                );
            }
            ItemKind::Record(_) => {
                let name = item.qualified_name();
                ins.types.insert(name.clone(), Type::Record { name });
            }
            ItemKind::Enum(_) => {
                let name = item.qualified_name();
                ins.types.insert(name.clone(), Type::Enum { name });
            }
            _ => {}
        }
    }
    // A template with a partial or explicit specialization in the library
    // (an item of its name without parameters) is not instantiated from its
    // primary definition: an instance might need the specialization.
    let mut problems = BTreeMap::new();
    for item in &api.items {
        if let ItemKind::ClassTemplate { params, .. } = &item.kind {
            let name = item.qualified_name();
            if params.is_empty() && ins.templates.remove(&name).is_some() {
                problems.insert(
                    name,
                    "it has a partial or explicit specialization in the library, which an instance might need: not instantiated".to_string(),
                );
            }
        }
    }
    for item in &api.items {
        if let ItemKind::Alias {
            target: Type::Specialization { template, args },
        } = &item.kind
        {
            let same_scope = ins
                .templates
                .get(template)
                .is_some_and(|t| t.item.scope == item.scope);
            if same_scope {
                let key = instance_key(template, args);
                ins.alias_names.entry(key).or_insert(item.name.clone());
            }
        }
    }
    let mut out = api.clone();
    // The API's own uses, in source order.
    for item in &mut out.items {
        rewrite_item(item, &mut |t| ins.resolve(t));
    }
    ins.specialized = name_specializations(&mut out, &mut ins.names);
    let mut functions = Vec::new();
    for (template, lists) in &opts.instantiate {
        for list in lists {
            match ins.config_instance(api, template, list) {
                Ok(Made::Functions(made)) => functions.extend(made),
                Ok(Made::Methods(made)) => {
                    for (idx, mut method) in made {
                        for p in &mut method.sig.params {
                            p.ty = map_type(&p.ty, &mut |t| ins.resolve(t));
                        }
                        method.sig.ret = map_type(&method.sig.ret, &mut |t| ins.resolve(t));
                        // `idx` is a record's index (`members::instantiate`).
                        if let ItemKind::Record(r) = &mut out.items[idx].kind {
                            r.methods.push(method);
                        }
                    }
                }
                Err(e) => {
                    problems
                        .entry(template.clone())
                        .or_insert(format!("config `[instantiate]`: {e}"));
                }
            }
        }
    }
    let first_instance = out.items.len();
    let mut done = 0;
    while done < ins.queue.len() {
        let (qualified, template, args) = ins.queue[done].clone();
        done += 1;
        let mut item = ins.class_instance(&qualified, &template, &args);
        rewrite_item(&mut item, &mut |t| ins.resolve(t));
        out.items.push(item);
    }
    out.items.extend(functions);
    Instantiated {
        api: out,
        first_instance,
        names: ins.names,
        problems,
    }
}

pub(crate) fn all_types(params: &[TemplateParam]) -> bool {
    !params.is_empty() && params.iter().all(|p| p.kind == TemplateParamKind::Type)
}

impl Instantiator<'_> {
    /// A type with every specialization replaced by its instance's record
    /// (made on first use) or, when it cannot be made, an unsupported type.
    fn resolve(&mut self, ty: &Type) -> Type {
        let Type::Specialization { template, args } = ty else {
            return ty.clone();
        };
        let args: Vec<TemplateArg> = args.iter().map(|a| self.resolve_arg(a)).collect();
        match self.class(template, &args) {
            Ok(name) => Type::Record { name },
            Err(what) => Type::Unsupported {
                spelling: instance_key(template, &args),
                what,
            },
        }
    }

    /// A type argument with its specializations resolved; a value as it is.
    fn resolve_arg(&mut self, a: &TemplateArg) -> TemplateArg {
        match a {
            TemplateArg::Type { ty, is_const } => {
                TemplateArg::of_type(map_type(ty, &mut |t| self.resolve(t)), *is_const)
            }
            TemplateArg::Value(v) => TemplateArg::Value(*v),
        }
    }

    /// The instance of class template `template` for `args`, queued on first use.
    fn class(&mut self, template: &str, args: &[TemplateArg]) -> Result<String, String> {
        let key = instance_key(template, args);
        if self.names.contains_key(&key) {
            return Ok(key);
        }
        let Some(t) = self.templates.get(template) else {
            return Err("class template instance (the template is not instantiated: declared outside the library, specialized, or with template template parameters)".into());
        };
        let params: &[TemplateParam] = match &t.item.kind {
            ItemKind::ClassTemplate { params, .. } => params,
            _ => &[],
        };
        if params.len() != args.len() || !args.iter().all(nameable) {
            return Err(
                "class template instance with arguments cxxbind does not instantiate".into(),
            );
        }
        for (p, a) in params.iter().zip(args) {
            fits(p, a).map_err(|e| format!("class template instance `{key}`: {e}"))?;
        }
        if self.queue.len() >= MAX_INSTANCES {
            return Err(format!(
                "class template instance beyond the first {MAX_INSTANCES}"
            ));
        }
        let words: Option<Vec<String>> = args.iter().map(|a| arg_word(a, &self.names)).collect();
        let words = words.ok_or("class template instance with an argument Rust cannot name")?;
        let names = class_name(&t.item.name, &words, self.alias_names.get(&key));
        self.names.insert(key.clone(), names);
        self.queue
            .push((key.clone(), template.to_string(), args.to_vec()));
        Ok(key)
    }

    /// The record of one class instance, its members' types substituted.
    fn class_instance(&self, qualified: &str, template: &str, args: &[TemplateArg]) -> Item {
        let t = &self.templates[template];
        let self_type = Type::Record {
            name: qualified.to_string(),
        };
        let subst = |ty: &Type| substitute(ty, args, Some((template, &self_type)));
        let mut record = t.record.clone();
        record.methods = t
            .methods
            .iter()
            .map(|m| Method {
                sig: substitute_sig(&m.sig, &subst),
                ..m.clone()
            })
            .collect();
        for f in &mut record.fields {
            f.ty = subst(&f.ty);
        }
        for b in &mut record.bases {
            for a in &mut b.args {
                *a = substitute_arg(a, args, Some((template, &self_type)));
            }
        }
        let doc = instance_doc(qualified, template, &t.item.doc);
        Item {
            name: format!("{}<{}>", t.item.name, spell_args(args)),
            scope: t.item.scope.clone(),
            loc: t.item.loc.clone(),
            doc,
            kind: ItemKind::Record(record),
        }
    }

    /// One `[instantiate]` entry: the function instances to append or the
    /// methods to add (one per overload of the template taking that many
    /// parameters; class instances are queued), or why it cannot be made.
    fn config_instance(&mut self, api: &Api, template: &str, list: &str) -> Result<Made, String> {
        let args = parse_args(list, &self.types)?;
        if self.templates.contains_key(template) {
            let args = args.iter().map(|a| self.resolve_arg(a)).collect::<Vec<_>>();
            return self
                .class(template, &args)
                .map(|_| Made::Functions(Vec::new()));
        }
        if args.iter().any(|a| a.ty().is_none()) {
            return Err(format!(
                "`{template}<{list}>`: value arguments are instantiated for class templates only"
            ));
        }
        if let Some(methods) = members::instantiate(api, template, &args, &mut self.names)? {
            return Ok(Made::Methods(methods));
        }
        let overloads: Vec<(&Item, &Function)> = api
            .items
            .iter()
            .filter_map(|item| match &item.kind {
                ItemKind::FunctionTemplate {
                    params,
                    function: Some(f),
                    ..
                } if item.qualified_name() == template
                    && all_types(params)
                    && params.len() == args.len() =>
                {
                    Some((item, f))
                }
                _ => None,
            })
            .collect();
        if overloads.is_empty() {
            return Err(format!(
                "`{template}<{list}>`: not a class template or namespace-scope function template of the library with {} type parameters",
                args.len()
            ));
        }
        if !args.iter().all(nameable) {
            return Err(format!(
                "`{template}<{list}>`: arguments must be scalars, strings, classes or enums"
            ));
        }
        let words: Option<Vec<String>> = args.iter().map(|a| arg_word(a, &self.names)).collect();
        let words = words.ok_or_else(|| format!("`{list}` has no Rust name"))?;
        let mut out = Vec::new();
        for (item, f) in overloads {
            let name = format!("{}<{}>", item.name, spell_args(&args));
            let qualified = crate::ir::qualify(&item.scope, &name);
            // The library's explicit specialization binds this instance.
            if self.specialized.contains(&qualified) {
                continue;
            }
            let rust = format!("{}_{}", naming::snake(&item.name), words.join("_"));
            self.names
                .insert(qualified.clone(), InstanceName::Function(rust));
            let subst = |ty: &Type| substitute(ty, &args, None);
            let mut instance = Item {
                name,
                scope: item.scope.clone(),
                loc: item.loc.clone(),
                doc: instance_doc(&qualified, template, &item.doc),
                kind: ItemKind::Function(Function {
                    sig: substitute_sig(&f.sig, &subst),
                    ..f.clone()
                }),
            };
            rewrite_item(&mut instance, &mut |t| self.resolve(t));
            out.push(instance);
        }
        Ok(Made::Functions(out))
    }
}

/// Explicit specializations of function templates
/// (`template <> int parse<int>(const char*)`) are instances of their
/// template the library made: each is named like a config instance
/// (`parse<int>`, Rust `parse_i32`), so its shim calls `parse<int>(…)`
/// rather than an ambiguous `parse(…)`. One whose arguments have no Rust
/// name is an unsupported declaration. Returns the instances named.
fn name_specializations(
    api: &mut Api,
    names: &mut HashMap<String, InstanceName>,
) -> HashSet<String> {
    let mut named = HashSet::new();
    for item in &mut api.items {
        let ItemKind::Function(f) = &item.kind else {
            continue;
        };
        let Some(args) = f.specializes.clone() else {
            continue;
        };
        let words: Option<Vec<String>> = (!args.is_empty() && args.iter().all(nameable))
            .then(|| args.iter().map(|a| arg_word(a, names)).collect())
            .flatten();
        let Some(words) = words else {
            item.kind = ItemKind::Unsupported {
                what: "explicit specialization of a function template whose arguments have no Rust name"
                    .into(),
            };
            continue;
        };
        let name = format!("{}<{}>", item.name, spell_args(&args));
        let rust = format!("{}_{}", naming::snake(&item.name), words.join("_"));
        let qualified = crate::ir::qualify(&item.scope, &name);
        names.insert(qualified.clone(), InstanceName::Function(rust));
        named.insert(qualified);
        item.name = name;
    }
    named
}

/// What one config entry made.
enum Made {
    /// Function instances, appended after every other item.
    Functions(Vec<Item>),
    /// Methods, each with the index of the class they join.
    Methods(Vec<(usize, Method)>),
}

/// The base name of member `cpp_name` of `class` when it instantiates a
/// member function template (`apply<double>` → `apply_f64`).
pub(crate) fn member_name(
    cx: &crate::analysis::context::Context,
    class: &str,
    cpp_name: &str,
) -> Option<String> {
    let instance = cx.facts.instances.get(&format!("{class}::{cpp_name}"))?;
    Some(instance.rust().to_string())
}

/// An instance's doc comment: what it instantiates, then the template's own.
pub(crate) fn instance_doc(instance: &str, template: &str, doc: &Option<String>) -> Option<String> {
    let head = format!("`{instance}`: an instance of C++ template `{template}`.");
    Some(match doc {
        Some(d) => format!("{head}\n\n{d}"),
        None => head,
    })
}

/// The bridge identifier and safe type name of class `item`, and whether it
/// is a template instance (named by [`InstanceName::Class`]).
pub(crate) fn class_names(
    cx: &mut crate::analysis::context::Context,
    module: &[String],
    item: &Item,
    nesting: &[String],
) -> (String, String, bool) {
    match cx.facts.instances.get(&item.qualified_name()).cloned() {
        Some(InstanceName::Class { rust, ffi }) => (
            cx.names
                .ffi_type(&ffi, &crate::plan::paths::flat(&item.scope, &ffi)),
            cx.names.ty(module, &rust),
            true,
        ),
        _ => {
            let (ffi, rust) = cx
                .names
                .type_names(module, &item.scope, nesting, &item.name);
            (ffi, rust, false)
        }
    }
}

/// After pass 3: each template decision takes the status of its first bound
/// instance, else the first instance's reason (when it has one of its own).
pub fn merge(b: &mut Bindings) {
    let mut settled: BTreeMap<DecisionId, bool> = BTreeMap::new();
    let pairs: Vec<(DecisionId, DecisionId)> =
        b.instance_of.iter().map(|(&i, &t)| (i, t)).collect();
    for (instance, template) in pairs {
        let status = b.decisions[instance.index()].status.clone();
        let bound = matches!(status, Status::Bound { .. });
        match settled.get(&template) {
            Some(true) => continue,
            Some(false) if !bound => continue,
            _ => {}
        }
        let status = match status {
            Status::Skipped { reason, message } => Status::Skipped {
                reason,
                message: format!(
                    "in `{}`: {message}",
                    instance_class(&b.decisions[instance.index()].name)
                ),
            },
            bound => bound,
        };
        b.decisions[template.index()].status = status;
        settled.insert(template, bound);
    }
}

/// `ns::Stack<int>` from `ns::Stack<int>::push`.
fn instance_class(name: &str) -> &str {
    match name.rfind('>') {
        Some(end) => &name[..=end],
        None => name,
    }
}

#[cfg(test)]
mod tests;
