//! Classes: opaque types, their constructors, destructor, methods and
//! operators, and Rust implementations of abstract classes. Upcasts and
//! inherited methods are in [`super::inherit`].

use crate::analysis::context::Context;
use crate::analysis::core::naming;
use crate::analysis::core::overloads::{self, Overload};
use crate::analysis::core::signature::class_path;
use crate::ir::{Item, ItemKind, Method, MethodKind, Record, RecordTag};
use crate::plan::*;
use crate::plan::{CallKind, FnBinding};
use crate::plan::{Skip, Why};

fn skip_of(cx: &Context, r: &Record, item: &Item) -> Option<Skip> {
    let qualified = item.qualified_name();
    if let Some(s) = cx.facts.opts.filter(&qualified, &item.loc) {
        return Some(s);
    }
    if r.tag == RecordTag::Union {
        return Some(Skip::new(Why::Union));
    }
    if !r.complete {
        return Some(Skip::new(Why::IncompleteType));
    }
    if cx.facts.instances.contains_key(&qualified) {
        return None; // named by `templates`
    }
    if cx.facts.value_names.contains(&qualified) {
        return Some(Skip::new(Why::HiddenRecord { name: qualified }));
    }
    if let Some(problem) = naming::type_name_problem(&item.scope, &item.name) {
        if !naming::aliasable(&item.scope, &item.name) {
            return Some(Skip::new(problem));
        }
    }
    None
}

/// Pass 1: a record becomes an opaque class, or is skipped; then its nested
/// classes and enums. `nesting` names the enclosing classes (outermost first).
pub fn declare(cx: &mut Context, path: &[usize], item: &Item, r: &Record, nesting: &[String]) {
    let qualified = item.qualified_name();
    if path.len() == 1
        && crate::analysis::c_api::handles::is_handle(cx, item)
        && cx.facts.opts.filter(&qualified, &item.loc).is_none()
    {
        return crate::analysis::c_api::handles::declare(cx, path[0], item);
    }
    declare_nested(cx, path, item, r, nesting);
    let destructible = cx.facts.destructible(&qualified, r);
    let macro_field = r.fields.iter().any(|f| cx.facts.macros.contains(&f.name));
    // A plain value is named by its own name; one cxx cannot spell stays opaque.
    let aliased = naming::aliasable(&item.scope, &item.name);
    if nesting.is_empty() && skip_of(cx, r, item).is_none() && !macro_field && !aliased {
        if let Some((fields, size, align)) =
            crate::analysis::class::pod::fields(item, r, destructible, &cx.facts.operands)
        {
            let id = crate::analysis::class::pod::declare(cx, item, fields, size, align);
            cx.pod_of_item.insert(path.to_vec(), id);
            return;
        }
    }
    if let Some(s) = skip_of(cx, r, item) {
        cx.env.skipped.insert(qualified, s.reason());
        cx.skipped.insert(path.to_vec(), s);
        return;
    }
    let module = cx.names.module(&item.scope);
    let (ffi_name, rust_name, instance) = if aliased {
        let plain = naming::join(&[&item.name]);
        let ffi = cx.names.ffi_type(&plain, "");
        (ffi, cx.names.ty(&module, &naming::camel(&plain)), false)
    } else {
        crate::analysis::templates::class_names(cx, &module, item, nesting)
    };
    let namespaces = item.scope[..item.scope.len() - nesting.len()].to_vec();
    let class = cx.push_class(
        path,
        ClassBinding {
            cpp_name: item.name.clone(),
            cpp_scope: namespaces,
            nesting: nesting.to_vec(),
            ffi_name,
            instance,
            aliased,
            decision: None,
            rust_name,
            module,
            owned: destructible,
            // A class whose constructors keep arguments carries a lifetime its
            // C++ type cannot: it stays an owning type only.
            view: !destructible
                || (cx.facts.referenced.contains(&qualified)
                    && !crate::analysis::class::scan::keeps_borrows(r)),
            borrows: crate::analysis::class::scan::keeps_borrows(r),
            borrows_mut: crate::analysis::class::scan::keeps_mutable_borrows(r),
            bases: Vec::new(),
            trampoline: None,
            status: None,
            value: (nesting.is_empty() && !instance)
                .then(|| crate::analysis::class::values::handle_value(r, destructible))
                .flatten(),
            doc: item.doc.clone(),
        },
    );
    if cx.bindings().class(class).value.is_some() {
        cx.env.values.insert(class);
    }
    // A handle value is never behind a pointer Rust owns.
    let boxed = cx.bindings().class(class).value.is_none();
    if destructible && !r.is_abstract && !cx.bindings().class(class).borrows && boxed {
        cx.env.movable.insert(class);
    }
    if destructible && !cx.bindings().class(class).borrows && boxed {
        cx.env.owned.insert(class);
    }
    // Roles read from member names (`data()`/`size()`, `ok()`): none in a
    // `--strict` run.
    if let Some(pointer) = crate::analysis::class::roles::byte_view_pointer(r, destructible) {
        if !cx.env.strict {
            cx.env.byte_views.insert(class, pointer);
        }
    }
    if crate::analysis::class::roles::is_status(r, destructible) && !cx.env.strict {
        cx.env.statuses.insert(class);
    }
    cx.env.classes.insert(qualified, class);
}

/// Pass 1 for the classes and enums declared inside `item`.
fn declare_nested(cx: &mut Context, path: &[usize], item: &Item, r: &Record, nesting: &[String]) {
    let mut inner = nesting.to_vec();
    inner.push(item.name.clone());
    for (i, n) in r.nested_records.iter().enumerate() {
        let mut p = path.to_vec();
        p.push(i);
        match &n.kind {
            ItemKind::Record(nr) => declare(cx, &p, n, nr, &inner),
            ItemKind::Enum(e) => crate::analysis::core::items::declare_enum(cx, &p, n, e, &inner),
            _ => {}
        }
    }
}

/// Pass 2: the record's decision, then one per member and nested declaration.
pub fn decide(cx: &mut Context, path: &[usize], item: &Item, r: &Record) {
    if path.len() == 1 && crate::analysis::c_api::handles::decide(cx, path[0], item) {
        return;
    }
    let qualified = item.qualified_name();
    if let Some(&pod) = cx.pod_of_item.get(path) {
        let p = cx.bindings().pod(pod);
        let rust_path = crate::plan::paths::qualify_rust(&p.module, &p.rust_name);
        cx.push_decision(Decision {
            name: qualified,
            kind: DeclKind::Record,
            loc: item.loc.clone(),
            signature: None,
            status: Status::Bound {
                via: Via::Value,
                rust_path,
            },
            assumes: Vec::new(),
        });
        return;
    }
    let class = cx.class_of_item.get(path).copied();
    // Pass 1 said why an unbound record is skipped; its members share the reason.
    let skip = cx
        .skipped
        .get(path)
        .cloned()
        .unwrap_or_else(|| Skip::new(Why::UndeclaredRecord));
    let status = match class {
        Some(c) => Status::Bound {
            via: Via::Opaque,
            rust_path: class_path(cx.bindings(), c),
        },
        None => Status::from(skip.clone()),
    };
    let id = cx.push_decision(Decision {
        name: qualified,
        kind: DeclKind::Record,
        loc: item.loc.clone(),
        signature: None,
        status,
        assumes: Vec::new(),
    });
    if let Some(c) = class {
        cx.set_class_decision(c, id);
    }
    match class {
        Some(c) => decide_members(cx, c, path, item, r),
        None => skip_members(cx, path, item, r, &skip),
    }
    for (i, nested) in r.nested_records.iter().enumerate() {
        let mut p = path.to_vec();
        p.push(i);
        match &nested.kind {
            ItemKind::Record(nr) => decide(cx, &p, nested, nr),
            ItemKind::Enum(_) => crate::analysis::core::items::decide_enum(cx, &p, nested),
            ItemKind::Function(_) => {}
            _ => crate::analysis::core::items::decide_other(cx, nested),
        }
    }
}

fn method_kind(m: &Method) -> DeclKind {
    match m.kind {
        MethodKind::Instance { .. } => DeclKind::Method,
        MethodKind::Static => DeclKind::StaticMethod,
        MethodKind::Constructor { .. } => DeclKind::Constructor,
        MethodKind::Destructor { .. } => DeclKind::Destructor,
        MethodKind::Operator { .. } | MethodKind::Conversion { .. } => DeclKind::Operator,
    }
}

fn skip_members(cx: &mut Context, path: &[usize], item: &Item, r: &Record, s: &Skip) {
    let signatures = parsed_signatures(cx, path);
    skip_methods(cx, &item.qualified_name(), &r.methods, &signatures, s);
}

/// The [`Decision::signature`]s of the methods of the record at `path`, in
/// order, spelled from the record as parsed. Empty for a template
/// instance's record; a method an `[instantiate]` entry added comes after
/// them and has none (both count through their template's decision).
fn parsed_signatures(cx: &Context, path: &[usize]) -> Vec<String> {
    match cx.parsed_item(path).map(|item| &item.kind) {
        Some(ItemKind::Record(r)) => r
            .methods
            .iter()
            .map(crate::plan::identity::method)
            .collect(),
        _ => Vec::new(),
    }
}

/// One skipped decision per non-deleted method of `qualified`, for `s`'s
/// reason; `signatures[i]` is method `i`'s [`Decision::signature`].
pub fn skip_methods(
    cx: &mut Context,
    qualified: &str,
    methods: &[Method],
    signatures: &[String],
    s: &Skip,
) {
    for (i, m) in methods.iter().enumerate().filter(|(_, m)| !m.deleted) {
        cx.push_decision(Decision {
            name: format!("{qualified}::{}", m.name),
            kind: method_kind(m),
            loc: m.loc.clone(),
            signature: signatures.get(i).cloned(),
            status: Status::from(Skip::new(Why::MemberOf {
                class: qualified.to_string(),
                inner: Box::new(s.why.clone()),
            })),
            assumes: Vec::new(),
        });
    }
}

fn decide_members(cx: &mut Context, class: ClassId, path: &[usize], item: &Item, r: &Record) {
    let qualified = item.qualified_name();
    let mut no_trampoline = None;
    let overridable = r.methods.iter().any(|m| {
        !m.deleted
            && matches!(
                m.kind,
                MethodKind::Instance {
                    is_virtual: true,
                    ..
                }
            )
    });
    if r.is_abstract || overridable {
        let module = cx.bindings().class(class).module.clone();
        let base = format!("{}Impl", cx.bindings().class(class).rust_name);
        match crate::analysis::class::trampoline::plan(
            &cx.env,
            cx.bindings(),
            r,
            cx.bindings().class(class).owned,
            cx.next_decision(),
            String::new(),
        ) {
            Ok(mut t) => {
                t.trait_name = cx.names.ty(&module, &base);
                cx.set_trampoline(class, t);
            }
            Err(why) => no_trampoline = Some(why),
        }
    }
    // Decide every member first, so that overloads are named knowing each other.
    let first = cx.next_decision().index();
    let live: Vec<&Method> = r.methods.iter().filter(|m| !m.deleted).collect();
    let parsed = parsed_signatures(cx, path);
    let signatures: Vec<Option<String>> = r
        .methods
        .iter()
        .enumerate()
        .filter(|(_, m)| !m.deleted)
        .map(|(i, _)| parsed.get(i).cloned())
        .collect();
    let mut outcomes: Vec<Result<Outcome, Skip>> = Vec::new();
    for (k, m) in live.iter().enumerate() {
        let member = Member {
            class,
            qualified: &qualified,
            record: r,
            method: m,
            decision: DecisionId::new(first + k),
            no_trampoline: no_trampoline.as_ref(),
        };
        outcomes.push(decide_method(cx, &member));
    }
    name_members(cx, &qualified, &mut outcomes);
    let type_path = class_path(cx.bindings(), class);
    let mut binder = Binder {
        class,
        type_path: &type_path,
        ffi_methods: naming::NameSet::default(),
    };
    // Leases bind first: the acquiring member's plan names its release's.
    let mut bound: Vec<Option<Status>> = vec![None; live.len()];
    let decided = Decided {
        live: &live,
        first,
        outcomes: &outcomes,
    };
    for lease in crate::analysis::class::scoped::leases(cx, &live) {
        bind_lease(cx, &mut binder, decided, lease, &mut bound);
    }
    for (((m, outcome), done), signature) in live.iter().zip(outcomes).zip(bound).zip(signatures) {
        let status = match (done, outcome) {
            (Some(status), _) => status,
            (None, Ok(Outcome::Done(status))) => status,
            (None, Ok(Outcome::Calls(plans, via))) => {
                let mut first_path = None;
                for mut f in plans {
                    let path = bind_member(cx, &mut binder, &mut f);
                    first_path.get_or_insert(path);
                    cx.push_fn(f);
                }
                match first_path {
                    Some(rust_path) => Status::Bound { via, rust_path },
                    None => Status::from(Skip::new(Why::NoArity)),
                }
            }
            (None, Err(s)) => Status::from(s),
        };
        // A Rust implementation relies on what its methods' plans rely on.
        let assumes = match (&status, &cx.bindings().class(class).trampoline) {
            (
                Status::Bound {
                    via: Via::RustSubclass,
                    ..
                },
                Some(t),
            ) => t.assumes.clone(),
            _ => Vec::new(),
        };
        cx.push_decision(Decision {
            name: format!("{qualified}::{}", m.name),
            kind: method_kind(m),
            loc: m.loc.clone(),
            signature,
            status,
            assumes,
        });
    }
    crate::analysis::class::fields::decide(cx, class, r);
    if cx.env.statuses.contains(&class) {
        let message = crate::analysis::class::roles::status_message(cx.bindings(), class);
        cx.set_status(class, message);
    }
}

/// What binding one class's member plans shares: the class, its Rust path,
/// and the bridge names its direct calls claimed.
struct Binder<'a> {
    class: ClassId,
    type_path: &'a str,
    ffi_methods: naming::NameSet,
}

/// A class's live members as decided: the members, the decision index of
/// the first, and each one's outcome.
#[derive(Clone, Copy)]
struct Decided<'a> {
    live: &'a [&'a Method],
    first: usize,
    outcomes: &'a [Result<Outcome, Skip>],
}

/// Binds an acquire/release pair ([`super::scoped`]) when the acquiring
/// member's plan can take the scoped form: the release's bridge function,
/// then the acquiring member's `with_<noun>`; both members' statuses name it.
fn bind_lease(
    cx: &mut Context,
    binder: &mut Binder,
    decided: Decided,
    lease: crate::analysis::class::scoped::Lease,
    bound: &mut [Option<Status>],
) {
    let Decided {
        live,
        first,
        outcomes,
    } = decided;
    let class = binder.class;
    // A lease is read from the members' names: none in a `--strict` run
    // (each member is then decided alone).
    if cx.facts.opts.strict {
        return;
    }
    let decision = DecisionId::new(first + lease.release);
    let Some(mut release) =
        crate::analysis::class::scoped::release_plan(cx, class, live[lease.release], decision)
    else {
        return;
    };
    let Ok(Outcome::Calls(plans, _)) = &outcomes[lease.acquire] else {
        return;
    };
    let [acquire] = plans.as_slice() else {
        return;
    };
    let mut acquire = acquire.clone();
    let release_id = FnId::new(cx.bindings().functions.len());
    if !crate::analysis::class::scoped::make_lease(&mut acquire, &release, release_id) {
        return;
    }
    bind_member(cx, binder, &mut release);
    let pushed = cx.push_fn(release);
    debug_assert_eq!(pushed, release_id);
    let path = bind_member(cx, binder, &mut acquire);
    cx.push_fn(acquire);
    let status = Status::Bound {
        via: Via::Shim,
        rust_path: path,
    };
    bound[lease.acquire] = Some(status.clone());
    bound[lease.release] = Some(status);
}

/// Claims a member plan's Rust name (after the config's renames) and names
/// its bridge function; returns its Rust path.
fn bind_member(cx: &mut Context, binder: &mut Binder, f: &mut FnBinding) -> String {
    let (class, type_path) = (binder.class, binder.type_path);
    if !matches!(f.kind, CallKind::Clone { .. }) {
        let name = std::mem::take(&mut f.rust_name);
        let name = cx.facts.opts.renamed(&format!("{type_path}::{name}"), name);
        f.rust_name = cx.members_mut(class).claim(&name);
    }
    // Direct calls keep the C++ name; shims take the Rust name.
    if f.direct {
        f.ffi_name = binder.ffi_methods.claim(&f.cpp_name);
    } else {
        let base = format!(
            "cxxbind_{}_{}",
            cx.bindings().class(class).flat_name(),
            crate::plan::paths::flat(&[], &f.rust_name)
        );
        f.ffi_name = cx.names.ffi_value(&base, "");
    }
    format!("{type_path}::{}", f.rust_name)
}

/// The base name of a member plan's overload set: `new` for constructors,
/// `clone` for `Clone`, a member template instance's name
/// ([`crate::analysis::templates`]), the snake_case C++ name otherwise.
fn base_name(cx: &Context, class: &str, f: &FnBinding) -> String {
    match f.kind {
        CallKind::Constructor { .. } => "new".to_string(),
        CallKind::Clone { .. } => "clone".to_string(),
        // Operators bound as methods: `call`, `inc`, `as_bool` …
        _ => crate::analysis::templates::member_name(cx, class, &f.cpp_name)
            .or_else(|| crate::analysis::ops::operators::method_name(cx.bindings(), f))
            .unwrap_or_else(|| naming::snake(&f.cpp_name)),
    }
}

/// Names every bound member call, overloads from what tells them apart
/// ([`crate::analysis::core::overloads`]); the class's name set resolves what is left.
fn name_members(cx: &Context, class: &str, outcomes: &mut [Result<Outcome, Skip>]) {
    let mut entries = Vec::new();
    for o in outcomes.iter() {
        if let Ok(Outcome::Calls(plans, _)) = o {
            for f in plans {
                let mutable = f.kind.receiver(cx.bindings()) == Some(true);
                let ctor = matches!(f.kind, CallKind::Constructor { .. });
                let overload = Overload {
                    is_static: matches!(f.kind, CallKind::Static { .. }),
                    ..Overload::of(cx.bindings(), &f.args, mutable)
                };
                entries.push((base_name(cx, class, f), overload, ctor));
            }
        }
    }
    let mut names = overloads::name_all(&entries).into_iter();
    for o in outcomes.iter_mut() {
        if let Ok(Outcome::Calls(plans, _)) = o {
            for f in plans {
                if let Some(name) = names.next() {
                    f.rust_name = name;
                }
            }
        }
    }
}

use crate::analysis::class::member::{decide_method, Member, Outcome};
