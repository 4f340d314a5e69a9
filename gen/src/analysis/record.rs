//! Classes: opaque types, their constructors, destructor, methods, upcasts
//! and Rust implementations of abstract classes.

use super::callable::{can_call_directly, plan, qualify_rust};
use super::items::ModuleNames;
use super::model::*;
use super::naming::{self, NameSet};
use super::reason::{Reason, Skip};
use super::types::{ParamContext, TypeEnv};
use super::AnalysisOptions;
use crate::ir::{Api, Item, ItemKind, Method, MethodKind, Record, RecordTag, RefQualifier, Type};
use std::collections::HashMap;

/// Facts carried from pass 1 to pass 2.
#[derive(Debug, Default)]
pub struct TypeState {
    /// Item index → class index.
    pub class_of_item: HashMap<usize, usize>,
    /// Item index → enum index.
    pub enum_of_item: HashMap<usize, usize>,
    /// Item index → why the type is skipped.
    pub skipped: HashMap<usize, Skip>,
    /// Class index → item index.
    pub item_of_class: Vec<usize>,
    /// Names taken so far.
    pub names: ModuleNames,
}

fn skip_of(r: &Record, item: &Item, opts: &AnalysisOptions) -> Option<Skip> {
    let qualified = item.qualified_name();
    if let Some(s) = opts.filter(&qualified, &item.loc) {
        return Some(s);
    }
    if r.nested {
        return Some(Skip::new(
            Reason::NestedType,
            "types nested in classes are not bound yet",
        ));
    }
    if r.tag == RecordTag::Union {
        return Some(Skip::new(
            Reason::Union,
            "unions have no safe Rust reading yet",
        ));
    }
    if !r.complete {
        return Some(Skip::new(
            Reason::IncompleteType,
            "only forward-declared in these headers",
        ));
    }
    if let Some(problem) = naming::type_name_problem(&item.scope, &item.name) {
        return Some(Skip::new(Reason::ReservedName, problem));
    }
    None
}

/// Pass 1: a record becomes an opaque class, or is skipped.
pub fn declare(
    b: &mut Bindings,
    env: &mut TypeEnv,
    state: &mut TypeState,
    idx: usize,
    item: &Item,
    r: &Record,
    opts: &AnalysisOptions,
) {
    let qualified = item.qualified_name();
    note_nested(env, r);
    if let Some(s) = skip_of(r, item, opts) {
        env.skipped.insert(qualified, s.reason);
        state.skipped.insert(idx, s);
        return;
    }
    let module = state.names.module(&item.scope);
    let (preferred, flat) = naming::ffi_type_candidates(&item.scope, &item.name);
    let ffi_name = state.names.ffi_type(&preferred, &flat);
    let rust_name = state.names.ty(&module, &naming::camel(&item.name));
    let class = b.classes.len();
    env.classes.insert(qualified, class);
    state.class_of_item.insert(idx, class);
    state.item_of_class.push(idx);
    b.classes.push(ClassBinding {
        decision: usize::MAX,
        cpp_name: item.name.clone(),
        cpp_scope: item.scope.clone(),
        ffi_name,
        rust_name,
        module,
        owned: r.destructor_public,
        borrows: constructors_may_keep_arguments(r),
        bases: Vec::new(),
        trampoline: None,
        no_trampoline: None,
        eq: None,
        ne: None,
        display: None,
        doc: item.doc.clone(),
    });
}

/// A public constructor takes something it may keep a pointer to (see
/// `docs/strategy.md`, "What the safe layer assumes"): the safe type then
/// carries a lifetime. Decided from the IR in pass 1, so that every function
/// returning the class knows it before it is decided.
fn constructors_may_keep_arguments(r: &Record) -> bool {
    fn keeps(t: &Type) -> bool {
        match t {
            Type::Pointer { .. } | Type::StdStringView => true,
            Type::Ref { pointee, .. } => {
                matches!(**pointee, Type::Record { .. } | Type::StdStringView)
            }
            _ => false,
        }
    }
    r.methods.iter().any(|m| {
        !m.deleted
            && matches!(
                m.kind,
                MethodKind::Constructor {
                    is_copy: false,
                    is_move: false
                }
            )
            && m.sig.params.iter().any(|p| keeps(&p.ty))
    })
}

/// The skip for returning, by value, a class that may keep borrowed pointers
/// when there is no lifetime to tie the result to.
pub fn borrowing_result(b: &Bindings, ret: &RetKind, own_lifetime: bool) -> Option<Skip> {
    match ret {
        RetKind::Object { class, cpp } if b.classes[*class].borrows && !own_lifetime => Some(Skip::new(
            Reason::ClassByValue,
            format!("result: `{cpp}` may keep pointers to what it was built from, and nothing here gives them a lifetime"),
        )),
        _ => None,
    }
}

/// Types nested in classes are not bound yet; say so when they are used.
fn note_nested(env: &mut TypeEnv, r: &Record) {
    for n in &r.nested_records {
        env.skipped.insert(n.qualified_name(), Reason::NestedType);
        if let ItemKind::Record(inner) = &n.kind {
            note_nested(env, inner);
        }
    }
}

/// Records the public bases that are bound (for upcasts).
pub fn link_bases(b: &mut Bindings, env: &TypeEnv, state: &TypeState, api: &Api) {
    for (class, &idx) in state.item_of_class.iter().enumerate() {
        if let ItemKind::Record(r) = &api.items[idx].kind {
            b.classes[class].bases = r
                .bases
                .iter()
                .filter(|base| base.public)
                .filter_map(|base| env.classes.get(&base.name).copied())
                .collect();
        }
    }
}

/// Pass 2: the record's decision, then one per member and nested declaration.
pub fn decide(
    b: &mut Bindings,
    env: &TypeEnv,
    state: &mut TypeState,
    idx: usize,
    item: &Item,
    r: &Record,
    opts: &AnalysisOptions,
) {
    let qualified = item.qualified_name();
    let decision = b.decisions.len();
    let class = state.class_of_item.get(&idx).copied();
    // Pass 1 said why an unbound record is skipped; its members share the reason.
    let skip = state
        .skipped
        .get(&idx)
        .cloned()
        .unwrap_or_else(|| Skip::new(Reason::UnsupportedType, "record"));
    let status = match class {
        Some(c) => {
            b.classes[c].decision = decision;
            Status::Bound {
                via: Via::Opaque,
                rust_path: qualify_rust(&b.classes[c].module, &b.classes[c].rust_name),
            }
        }
        None => Status::from(skip.clone()),
    };
    b.decisions.push(Decision {
        name: qualified.clone(),
        kind: DeclKind::Record,
        loc: item.loc.clone(),
        status,
    });
    match class {
        Some(c) => decide_members(b, env, &mut state.names, c, item, r, opts),
        None => skip_members(b, item, r, &skip),
    }
    for nested in &r.nested_records {
        skip_nested(b, nested);
    }
}

fn method_kind(m: &Method) -> DeclKind {
    match m.kind {
        MethodKind::Instance { .. } => DeclKind::Method,
        MethodKind::Static => DeclKind::StaticMethod,
        MethodKind::Constructor { .. } => DeclKind::Constructor,
        MethodKind::Destructor { .. } => DeclKind::Destructor,
        MethodKind::Operator { .. } | MethodKind::Conversion => DeclKind::Operator,
    }
}

fn skip_members(b: &mut Bindings, item: &Item, r: &Record, s: &Skip) {
    skip_methods(b, &item.qualified_name(), &r.methods, s);
}

/// One skipped decision per non-deleted method of `qualified`, for `s`'s reason.
pub fn skip_methods(b: &mut Bindings, qualified: &str, methods: &[Method], s: &Skip) {
    for m in methods.iter().filter(|m| !m.deleted) {
        b.decisions.push(Decision {
            name: format!("{qualified}::{}", m.name),
            kind: method_kind(m),
            loc: m.loc.clone(),
            status: Status::Skipped {
                reason: s.reason,
                message: format!("member of `{qualified}`: {}", s.message),
            },
        });
    }
}

fn skip_nested(b: &mut Bindings, nested: &Item) {
    let s = Skip::new(
        Reason::NestedType,
        "declared inside a class; nested declarations are not bound yet",
    );
    let (kind, record) = match &nested.kind {
        ItemKind::Record(r) => (DeclKind::Record, Some(r)),
        ItemKind::Enum(_) => (DeclKind::Enum, None),
        ItemKind::FunctionTemplate => (DeclKind::FunctionTemplate, None),
        ItemKind::ClassTemplate { .. } => (DeclKind::ClassTemplate, None),
        ItemKind::Alias { .. } => (DeclKind::Alias, None),
        ItemKind::Constant(_) => (DeclKind::Constant, None),
        ItemKind::Variable { .. } => (DeclKind::Variable, None),
        _ => (DeclKind::Other, None),
    };
    b.decisions.push(Decision {
        name: nested.qualified_name(),
        kind,
        loc: nested.loc.clone(),
        status: Status::Skipped {
            reason: s.reason,
            message: s.message.clone(),
        },
    });
    if let ItemKind::ClassTemplate { methods } = &nested.kind {
        skip_methods(b, &nested.qualified_name(), methods, &s);
    }
    if let Some(r) = record {
        skip_members(b, nested, r, &s);
        for n in &r.nested_records {
            skip_nested(b, n);
        }
    }
}

fn decide_members(
    b: &mut Bindings,
    env: &TypeEnv,
    names: &mut ModuleNames,
    class: usize,
    item: &Item,
    r: &Record,
    opts: &AnalysisOptions,
) {
    let qualified = item.qualified_name();
    // Names the safe type reserves for itself.
    let mut member_names = NameSet::default();
    for reserved in [
        "as_ffi",
        "pin_mut",
        "from_unique_ptr",
        "into_unique_ptr",
        "from_rust",
        "clone",
        "cxxbind_wrap",
    ] {
        member_names.claim(reserved);
    }
    let mut ffi_methods = NameSet::default();
    if r.is_abstract {
        let module = b.classes[class].module.clone();
        let base = format!("{}Impl", b.classes[class].rust_name);
        match super::trampoline::plan(env, r, b.decisions.len(), String::new()) {
            Ok(mut t) => {
                t.trait_name = names.ty(&module, &base);
                b.classes[class].trampoline = Some(t);
            }
            Err(why) => b.classes[class].no_trampoline = Some(why),
        }
    }
    for m in r.methods.iter().filter(|m| !m.deleted) {
        let decision = b.decisions.len();
        let member = format!("{qualified}::{}", m.name);
        let status = match decide_method(
            b,
            env,
            names,
            &mut member_names,
            &mut ffi_methods,
            class,
            item,
            r,
            m,
            opts,
            decision,
        ) {
            Ok(s) => s,
            Err(s) => Status::from(s),
        };
        b.decisions.push(Decision {
            name: member,
            kind: method_kind(m),
            loc: m.loc.clone(),
            status,
        });
    }
}

#[allow(clippy::too_many_arguments)]
fn decide_method(
    b: &mut Bindings,
    env: &TypeEnv,
    names: &mut ModuleNames,
    member_names: &mut NameSet,
    ffi_methods: &mut NameSet,
    class: usize,
    item: &Item,
    r: &Record,
    m: &Method,
    opts: &AnalysisOptions,
    decision: usize,
) -> Result<Status, Skip> {
    let qualified = item.qualified_name();
    let member = format!("{qualified}::{}", m.name);
    if let Some(s) = opts.filter(&member, &m.loc) {
        return Err(s);
    }
    let c = b.classes[class].clone();
    let type_path = qualify_rust(&c.module, &c.rust_name);
    let not_owned = || {
        Skip::new(
            Reason::NoPublicDestructor,
            format!("`{qualified}` has no public destructor, so Rust cannot own one"),
        )
    };
    let (call, ctx) = match m.kind {
        MethodKind::Destructor { .. } => {
            return if c.owned {
                Ok(Status::Bound {
                    via: Via::Drop,
                    rust_path: format!("{type_path}::drop"),
                })
            } else {
                Err(not_owned())
            };
        }
        MethodKind::Operator { is_const } => {
            if !c.owned {
                return Err(not_owned());
            }
            if !is_const {
                return Err(Skip::new(
                    Reason::Operator,
                    format!("`{}` is not a const member", m.name),
                ));
            }
            let params: Vec<_> = m.sig.params.iter().map(|p| p.ty.clone()).collect();
            return super::operators::decide(
                b,
                env,
                names,
                &m.name,
                Some(class),
                &params,
                &m.sig.ret,
            );
        }
        MethodKind::Conversion => {
            return Err(Skip::new(
                Reason::ConversionOperator,
                "conversion operators are not bound yet",
            ))
        }
        MethodKind::Constructor { is_move: true, .. } => {
            return Err(Skip::new(
                Reason::RvalueReference,
                "move constructor (Rust moves the owning pointer instead)",
            ))
        }
        MethodKind::Constructor { is_copy, .. } => {
            if !c.owned {
                return Err(not_owned());
            }
            if r.is_abstract {
                let uses = c.trampoline.as_ref().map(|t| t.ctor_decision) == Some(decision);
                return if uses {
                    Ok(Status::Bound {
                        via: Via::RustSubclass,
                        rust_path: format!("{type_path}::from_rust"),
                    })
                } else {
                    let why = c.no_trampoline.clone().unwrap_or_else(|| {
                        "only a public default constructor can start a Rust implementation".into()
                    });
                    Err(Skip::new(
                        Reason::AbstractClass,
                        format!("`{qualified}` is abstract and Rust cannot implement it: {why}"),
                    ))
                };
            }
            // `T(const T&)` is `Clone`; `T(T&)` is an ordinary constructor.
            let const_source = matches!(
                m.sig.params.first().map(|p| &p.ty),
                Some(Type::Ref { is_const: true, .. })
            );
            if is_copy && const_source {
                (CallKind::CopyConstructor, ParamContext::Call)
            } else {
                (CallKind::Constructor, ParamContext::Constructor)
            }
        }
        _ if m.ref_qualifier == RefQualifier::RValue => {
            return Err(Skip::new(
                Reason::RvalueReference,
                "`&&`-qualified member function",
            ))
        }
        _ if m.is_volatile => {
            return Err(Skip::new(
                Reason::UnsupportedType,
                "`volatile` member function",
            ))
        }
        MethodKind::Static => (CallKind::Static, ParamContext::Call),
        MethodKind::Instance { is_const, .. } => {
            (CallKind::Method { mutable: !is_const }, ParamContext::Call)
        }
    };
    if !c.owned {
        return Err(not_owned());
    }
    let is_method = matches!(call, CallKind::Method { .. });
    let (args, ret) = plan(env, &m.sig, ctx, is_method)?;
    let own_lifetime = is_method && (c.borrows || c.trampoline.is_some());
    if let Some(s) = borrowing_result(b, &ret, own_lifetime) {
        return Err(s);
    }
    let rust_name = match call {
        CallKind::Constructor => member_names.claim("new"),
        CallKind::CopyConstructor => "clone".to_string(),
        _ => member_names.claim(&naming::snake(&m.name)),
    };
    // A `&`-qualified member has another member-pointer type: call it through a shim.
    let direct = m.ref_qualifier == RefQualifier::None
        && can_call_directly(call, &c.cpp_scope, &m.name, &args, &ret);
    let ffi_name = if direct {
        ffi_methods.claim(&m.name)
    } else {
        let base = format!(
            "cxxbind_{}_{}",
            naming::flat(&c.cpp_scope, &c.cpp_name),
            shim_suffix(call, &m.name)
        );
        names.ffi_value(&base, "")
    };
    if call == CallKind::Constructor
        && args.iter().any(|a| {
            matches!(
                a.kind,
                ArgKind::Slice { .. }
                    | ArgKind::Object { .. }
                    | ArgKind::CStrRetained
                    | ArgKind::StrView
            )
        })
    {
        b.classes[class].borrows = true;
    }
    let via = if direct { Via::Direct } else { Via::Shim };
    b.functions.push(FnBinding {
        decision,
        cpp_name: m.name.clone(),
        cpp_scope: c.cpp_scope.clone(),
        class: Some(class),
        kind: call,
        ffi_name,
        direct,
        args,
        ret,
        throws: !m.sig.noexcept && !opts.is_nothrow(&member) && call != CallKind::CopyConstructor,
        module: c.module.clone(),
        rust_name: rust_name.clone(),
        doc: m.doc.clone(),
        defaults: super::callable::defaults(&m.sig),
    });
    Ok(Status::Bound {
        via,
        rust_path: format!("{type_path}::{rust_name}"),
    })
}

fn shim_suffix(call: CallKind, name: &str) -> String {
    match call {
        CallKind::Constructor => "new".to_string(),
        CallKind::CopyConstructor => "clone".to_string(),
        _ => name
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '_' {
                    c
                } else {
                    '_'
                }
            })
            .collect(),
    }
}
