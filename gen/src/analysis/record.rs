//! Classes: opaque types, their constructors, destructor, methods and
//! operators, and Rust implementations of abstract classes. Upcasts and
//! inherited methods are in [`super::inherit`].

use super::context::Context;
use super::model::*;
use super::naming;
use super::overloads::{self, Overload};
use super::plan::{ArgKind, CallKind, FnBinding};
use super::reason::{Reason, Skip};
use super::signature::{borrowing_result, can_call_directly, class_path, defaults, plan};
use super::types::ParamContext;
use crate::ir::{Item, ItemKind, Method, MethodKind, Record, RecordTag, RefQualifier, Type};

fn skip_of(cx: &Context, r: &Record, item: &Item) -> Option<Skip> {
    let qualified = item.qualified_name();
    if let Some(s) = cx.opts.filter(&qualified, &item.loc) {
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
pub fn declare(cx: &mut Context, idx: usize, item: &Item, r: &Record) {
    let qualified = item.qualified_name();
    note_nested(cx, r);
    if !r.complete
        && super::handles::is_handle(cx, item)
        && cx.opts.filter(&qualified, &item.loc).is_none()
    {
        return super::handles::declare(cx, idx, item);
    }
    if let Some(s) = skip_of(cx, r, item) {
        cx.env.skipped.insert(qualified, s.reason);
        cx.skipped.insert(idx, s);
        return;
    }
    let module = cx.names.module(&item.scope);
    let (preferred, flat) = naming::ffi_type_candidates(&item.scope, &item.name);
    let ffi_name = cx.names.ffi_type(&preferred, &flat);
    let rust_name = cx.names.ty(&module, &naming::camel(&item.name));
    let class = cx.push_class(
        idx,
        ClassBinding {
            // Replaced in pass 2, when the record's decision is made.
            decision: DecisionId::new(usize::MAX),
            cpp_name: item.name.clone(),
            cpp_scope: item.scope.clone(),
            ffi_name,
            rust_name,
            module,
            owned: r.destructor_public,
            borrows: constructors_may_keep_arguments(r),
            bases: Vec::new(),
            trampoline: None,
            doc: item.doc.clone(),
        },
    );
    cx.env.classes.insert(qualified, class);
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

/// Types nested in classes are not bound yet; say so when they are used.
fn note_nested(cx: &mut Context, r: &Record) {
    for n in &r.nested_records {
        cx.env
            .skipped
            .insert(n.qualified_name(), Reason::NestedType);
        if let ItemKind::Record(inner) = &n.kind {
            note_nested(cx, inner);
        }
    }
}

/// Pass 2: the record's decision, then one per member and nested declaration.
pub fn decide(cx: &mut Context, idx: usize, item: &Item, r: &Record) {
    if super::handles::decide(cx, idx, item) {
        return;
    }
    let qualified = item.qualified_name();
    let decision = cx.next_decision();
    let class = cx.class_of_item.get(&idx).copied();
    // Pass 1 said why an unbound record is skipped; its members share the reason.
    let skip = cx
        .skipped
        .get(&idx)
        .cloned()
        .unwrap_or_else(|| Skip::new(Reason::UnsupportedType, "record"));
    let status = match class {
        Some(c) => {
            cx.class_mut(c).decision = decision;
            Status::Bound {
                via: Via::Opaque,
                rust_path: class_path(&cx.b, c),
            }
        }
        None => Status::from(skip.clone()),
    };
    cx.push_decision(Decision {
        name: qualified,
        kind: DeclKind::Record,
        loc: item.loc.clone(),
        status,
    });
    match class {
        Some(c) => decide_members(cx, c, item, r),
        None => skip_members(cx, item, r, &skip),
    }
    for nested in &r.nested_records {
        skip_nested(cx, nested);
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

fn skip_members(cx: &mut Context, item: &Item, r: &Record, s: &Skip) {
    skip_methods(cx, &item.qualified_name(), &r.methods, s);
}

/// One skipped decision per non-deleted method of `qualified`, for `s`'s reason.
pub fn skip_methods(cx: &mut Context, qualified: &str, methods: &[Method], s: &Skip) {
    for m in methods.iter().filter(|m| !m.deleted) {
        cx.push_decision(Decision {
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

fn skip_nested(cx: &mut Context, nested: &Item) {
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
    cx.push_decision(Decision {
        name: nested.qualified_name(),
        kind,
        loc: nested.loc.clone(),
        status: Status::from(s.clone()),
    });
    if let ItemKind::ClassTemplate { methods } = &nested.kind {
        skip_methods(cx, &nested.qualified_name(), methods, &s);
    }
    if let Some(r) = record {
        skip_members(cx, nested, r, &s);
        for n in &r.nested_records {
            skip_nested(cx, n);
        }
    }
}

fn decide_members(cx: &mut Context, class: ClassId, item: &Item, r: &Record) {
    let qualified = item.qualified_name();
    let mut no_trampoline = None;
    if r.is_abstract {
        let module = cx.b.class(class).module.clone();
        let base = format!("{}Impl", cx.b.class(class).rust_name);
        match super::trampoline::plan(&cx.env, &cx.b, r, cx.next_decision(), String::new()) {
            Ok(mut t) => {
                t.trait_name = cx.names.ty(&module, &base);
                cx.class_mut(class).trampoline = Some(t);
            }
            Err(why) => no_trampoline = Some(why),
        }
    }
    // Decide every member first, so that overloads are named knowing each other.
    let first = cx.next_decision().index();
    let mut ffi_methods = naming::NameSet::default();
    let live: Vec<&Method> = r.methods.iter().filter(|m| !m.deleted).collect();
    let mut outcomes: Vec<Result<Outcome, Skip>> = Vec::new();
    for (k, m) in live.iter().enumerate() {
        let member = Member {
            class,
            qualified: &qualified,
            record: r,
            method: m,
            decision: DecisionId::new(first + k),
            no_trampoline: no_trampoline.as_deref(),
        };
        outcomes.push(decide_method(cx, &member));
    }
    name_members(cx, &mut outcomes);
    let type_path = class_path(&cx.b, class);
    for (m, outcome) in live.iter().zip(outcomes) {
        let status = match outcome {
            Ok(Outcome::Done(status)) => status,
            Ok(Outcome::Call(mut f, via)) => {
                if !matches!(f.kind, CallKind::Clone { .. }) {
                    let name = std::mem::take(&mut f.rust_name);
                    let name = cx.opts.renamed(&format!("{type_path}::{name}"), name);
                    f.rust_name = cx.members_mut(class).claim(&name);
                }
                // Direct calls keep the C++ name; shims take the Rust name.
                if f.direct {
                    f.ffi_name = ffi_methods.claim(&f.cpp_name);
                } else {
                    let c = cx.b.class(class);
                    let base = format!(
                        "cxxbind_{}_{}",
                        naming::flat(&c.cpp_scope, &c.cpp_name),
                        naming::flat(&[], &f.rust_name)
                    );
                    f.ffi_name = cx.names.ffi_value(&base, "");
                }
                let rust_path = format!("{type_path}::{}", f.rust_name);
                cx.push_fn(*f);
                Status::Bound { via, rust_path }
            }
            Err(s) => Status::from(s),
        };
        cx.push_decision(Decision {
            name: format!("{qualified}::{}", m.name),
            kind: method_kind(m),
            loc: m.loc.clone(),
            status,
        });
    }
}

/// The base name of a member plan's overload set: `new` for constructors,
/// `clone` for `Clone`, the snake_case C++ name otherwise.
fn base_name(f: &FnBinding) -> String {
    match f.kind {
        CallKind::Constructor { .. } => "new".to_string(),
        CallKind::Clone { .. } => "clone".to_string(),
        _ => naming::snake(&f.cpp_name),
    }
}

/// Names every bound member call, overloads from what tells them apart
/// ([`super::overloads`]); the class's name set resolves what is left.
fn name_members(cx: &Context, outcomes: &mut [Result<Outcome, Skip>]) {
    let mut entries = Vec::new();
    for o in outcomes.iter() {
        if let Ok(Outcome::Call(f, _)) = o {
            let mutable = f.kind.receiver(&cx.b) == Some(true);
            let ctor = matches!(f.kind, CallKind::Constructor { .. });
            entries.push((base_name(f), Overload::of(&cx.b, &f.args, mutable), ctor));
        }
    }
    let mut names = overloads::name_all(&entries).into_iter();
    for o in outcomes.iter_mut() {
        if let Ok(Outcome::Call(f, _)) = o {
            if let Some(name) = names.next() {
                f.rust_name = name;
            }
        }
    }
}

/// What deciding one member gave.
enum Outcome {
    /// Final: destructors, operators, the Rust-implementation constructor.
    Done(Status),
    /// A call to bind once it is named (`rust_name` is set then).
    Call(Box<FnBinding>, Via),
}

/// One member function being decided.
struct Member<'a> {
    class: ClassId,
    qualified: &'a str,
    record: &'a Record,
    method: &'a Method,
    decision: DecisionId,
    /// Why an abstract class gets no Rust implementation.
    no_trampoline: Option<&'a str>,
}

fn decide_method(cx: &mut Context, mem: &Member) -> Result<Outcome, Skip> {
    let (class, qualified, m) = (mem.class, mem.qualified, mem.method);
    let member = format!("{qualified}::{}", m.name);
    if let Some(s) = cx.opts.filter(&member, &m.loc) {
        return Err(s);
    }
    let c = cx.b.class(class).clone();
    let type_path = class_path(&cx.b, class);
    let not_owned = || {
        Skip::new(
            Reason::NoPublicDestructor,
            format!("`{qualified}` has no public destructor, so Rust cannot own one"),
        )
    };
    let (call, ctx) = match m.kind {
        MethodKind::Destructor { .. } => {
            return if c.owned {
                Ok(Outcome::Done(Status::Bound {
                    via: Via::Drop,
                    rust_path: format!("{type_path}::drop"),
                }))
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
                cx,
                &m.name,
                Some(class),
                &params,
                &m.sig.ret,
                mem.decision,
            )
            .map(Outcome::Done);
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
            if mem.record.is_abstract {
                let uses = c.trampoline.as_ref().map(|t| t.ctor_decision) == Some(mem.decision);
                return if uses {
                    Ok(Outcome::Done(Status::Bound {
                        via: Via::RustSubclass,
                        rust_path: format!("{type_path}::from_rust"),
                    }))
                } else {
                    let why = mem.no_trampoline.unwrap_or(
                        "only a public default constructor can start a Rust implementation",
                    );
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
                (CallKind::Clone { class }, ParamContext::Call)
            } else {
                (CallKind::Constructor { class }, ParamContext::Constructor)
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
        MethodKind::Static => (CallKind::Static { class }, ParamContext::Call),
        MethodKind::Instance { is_const, .. } => (
            CallKind::Method {
                class,
                mutable: !is_const,
            },
            ParamContext::Call,
        ),
    };
    if !c.owned {
        return Err(not_owned());
    }
    let is_method = matches!(call, CallKind::Method { .. });
    let (mut args, ret) = plan(&cx.env, &m.sig, ctx, is_method)?;
    super::callbacks::decide(&m.name, &mut args)?;
    super::handles::check(&cx.b, &m.name, false, &args, &ret)?;
    if matches!(call, CallKind::Constructor { .. }) {
        super::handles::check_constructor(&args)?;
    }
    super::handles::check_c_api(&m.name, &args, &m.sig.params)?;
    let own_lifetime = is_method && c.has_lifetime();
    if let Some(s) = borrowing_result(&cx.b, &ret, own_lifetime) {
        return Err(s);
    }
    // A `&`-qualified member has another member-pointer type: call it through a shim.
    let direct = m.ref_qualifier == RefQualifier::None
        && can_call_directly(call, &c.cpp_scope, &m.name, &args, &ret);
    if matches!(call, CallKind::Constructor { .. })
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
        cx.class_mut(class).borrows = true;
    }
    let via = if direct { Via::Direct } else { Via::Shim };
    let throws =
        !m.sig.noexcept && !cx.opts.is_nothrow(&member) && !matches!(call, CallKind::Clone { .. });
    let plan = FnBinding {
        decision: Some(mem.decision),
        cpp_name: m.name.clone(),
        cpp_scope: c.cpp_scope.clone(),
        kind: call,
        // Named with its overloads, in `decide_members`.
        ffi_name: String::new(),
        direct,
        args,
        ret,
        throws,
        module: c.module.clone(),
        // Named with its overloads, in `decide_members`.
        rust_name: String::new(),
        doc: m.doc.clone(),
        defaults: defaults(&m.sig),
    };
    Ok(Outcome::Call(Box::new(plan), via))
}
