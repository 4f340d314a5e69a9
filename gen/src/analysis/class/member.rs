//! One member function of a class decided: its call kind (method,
//! static, constructor, `Clone`, operator, conversion) and its plans, one
//! per arity its default arguments allow. [`super::record`] names and binds
//! them with their overloads.

use crate::analysis::context::Context;
use crate::analysis::core::signature::{
    borrowing_result, callable_result, can_call_directly, checks_buffers, class_path, defaults,
    lends_nothing, plan, plan_arities, refuse_assumed_forms, shared_result, Form,
};
use crate::analysis::core::types::ParamContext;
use crate::analysis::facts::Facts;
use crate::ir::{Method, MethodKind, Record, RefQualifier, Type};
use crate::plan::*;
use crate::plan::{ArgKind, CallKind, Convention, FnBinding, RetKind};
use crate::plan::{NoRustImpl, Skip, Why};

/// What deciding one member gave.
pub(crate) enum Outcome {
    /// Final: destructors, operators, the Rust-implementation constructor.
    Done(Status),
    /// Calls to bind once named, one per arity the default arguments allow,
    /// shortest first; `Via` is the shortest one's.
    Calls(Vec<FnBinding>, Via),
}

/// One member function being decided.
pub(crate) struct Member<'a> {
    pub(crate) class: ClassId,
    pub(crate) qualified: &'a str,
    pub(crate) record: &'a Record,
    pub(crate) method: &'a Method,
    pub(crate) decision: DecisionId,
    /// Why an abstract class gets no Rust implementation.
    pub(crate) no_trampoline: Option<&'a NoRustImpl>,
}

/// How deciding a member goes on once its kind is known.
enum Route {
    /// An ordinary call, planned by [`bind_call`].
    Call(CallKind, ParamContext),
    /// Decided already.
    Done(Outcome),
}

/// A method call on `class`, planned by [`bind_call`].
fn method_call(class: ClassId, mutable: bool) -> Route {
    Route::Call(CallKind::Method { class, mutable }, ParamContext::Call)
}

/// Decides member `mem`: skipped, final, or calls to bind once named.
pub(crate) fn decide_method(cx: &mut Context, mem: &Member) -> Result<Outcome, Skip> {
    let (qualified, m) = (mem.qualified, mem.method);
    let member = format!("{qualified}::{}", m.name);
    if let Some(s) = cx.facts.opts.filter(&member, &m.loc) {
        return Err(s);
    }
    if cx.facts.macros.contains(&m.name) {
        return Err(crate::analysis::core::function::macro_named(&m.name));
    }
    let c = cx.bindings().class(mem.class).clone();
    let type_path = class_path(cx.bindings(), mem.class);
    match route(cx, mem, &c, &type_path)? {
        Route::Call(call, ctx) => bind_call(cx, mem, call, ctx),
        Route::Done(outcome) => Ok(outcome),
    }
}

/// The skip of a member of a class Rust cannot own: its destructor is not
/// public, or a base or a member deletes it.
fn not_owned(facts: &Facts, qualified: &str) -> Skip {
    let class = qualified.to_string();
    Skip::new(match facts.undestructible.get(qualified) {
        Some(cause) => Why::NotDestructible {
            class,
            cause: cause.clone(),
        },
        None => Why::NotOwned { class },
    })
}

/// Where member `mem` of class `c` (whose Rust path is `type_path`) goes by its kind.
fn route(cx: &mut Context, mem: &Member, c: &ClassBinding, type_path: &str) -> Result<Route, Skip> {
    let (class, qualified, m) = (mem.class, mem.qualified, mem.method);
    match m.kind {
        MethodKind::Destructor { .. } => {
            if c.owned {
                Ok(Route::Done(Outcome::Done(Status::Bound {
                    via: Via::Drop,
                    rust_path: format!("{type_path}::drop"),
                })))
            } else {
                Err(not_owned(cx.facts, qualified))
            }
        }
        // Copy assignment: `a.assign_from(&b)` (Rust's own `=` moves the owner).
        // (Not for a class that borrows: the copy would take the source's borrows.)
        MethodKind::Operator { is_const: false }
            if c.owned
                && !c.borrows_mut
                && c.trampoline.is_none()
                && crate::analysis::ops::operators::is_copy_assignment(m, qualified) =>
        {
            Ok(method_call(class, true))
        }
        // Converting assignment (`attr = 42`, `value = "text"`): a method
        // `assign` (`assign_i32`, `assign_str` among overloads), like any
        // setter; copy and move assignment are not converting.
        MethodKind::Operator { is_const: false }
            if crate::analysis::ops::operators::is_converting_assignment(m, qualified)
                && m.ref_qualifier != RefQualifier::RValue
                && !m.is_volatile =>
        {
            Ok(method_call(class, true))
        }
        MethodKind::Operator { is_const } | MethodKind::Conversion { is_const }
            if (crate::analysis::ops::operators::as_method(&m.name, &params_of(m))
                || matches!(m.kind, MethodKind::Conversion { .. }))
                && m.ref_qualifier != RefQualifier::RValue
                && !m.is_volatile =>
        {
            // `()`, `++`, conversions …: a method named by `operators::method_name`.
            Ok(method_call(class, !is_const))
        }
        MethodKind::Conversion { .. } => Err(Skip::new(Why::QualifiedConversion)),
        MethodKind::Operator { is_const } => operator_route(cx, mem, c, is_const),
        MethodKind::Constructor { is_move: true, .. } => Err(Skip::new(Why::MoveConstructor)),
        MethodKind::Constructor { is_copy, .. } => {
            constructor_route(cx.facts, mem, c, type_path, is_copy)
        }
        _ if m.ref_qualifier == RefQualifier::RValue => Err(Skip::new(Why::RvalueQualified)),
        _ if m.is_volatile => Err(Skip::new(Why::VolatileMember)),
        MethodKind::Static => Ok(Route::Call(CallKind::Static { class }, ParamContext::Call)),
        MethodKind::Instance { is_const, .. } => Ok(method_call(class, !is_const)),
    }
}

/// A member operator bound as a trait item ([`crate::analysis::ops::operators::decide`]);
/// any other `[]` is the method `get`.
fn operator_route(
    cx: &mut Context,
    mem: &Member,
    c: &ClassBinding,
    is_const: bool,
) -> Result<Route, Skip> {
    let (class, m) = (mem.class, mem.method);
    if !c.owned {
        return Err(not_owned(cx.facts, mem.qualified));
    }
    let params = params_of(m);
    let const_twin = mem
        .record
        .methods
        .iter()
        .find(|o| {
            o.name == m.name
                && !o.deleted
                && matches!(o.kind, MethodKind::Operator { is_const: true })
                && params_of(o) == params
        })
        .map(|o| &o.sig.ret);
    let member = crate::analysis::ops::operators::Member {
        class,
        is_const,
        const_twin,
    };
    let op = crate::analysis::ops::operators::decide(
        cx,
        &m.name,
        Ok(member),
        &params,
        &m.sig.ret,
        mem.decision,
    );
    match op {
        // Any other `[]`: the method `get`, planned like any method
        // (a reference result borrows the object; keys may be strings).
        Err(_) if m.name == "operator[]" => Ok(method_call(class, !is_const)),
        other => other.map(|status| Route::Done(Outcome::Done(status))),
    }
}

/// A constructor other than a move constructor: `Clone`, an ordinary
/// constructor, or an abstract class's Rust implementation.
fn constructor_route(
    facts: &Facts,
    mem: &Member,
    c: &ClassBinding,
    type_path: &str,
    is_copy: bool,
) -> Result<Route, Skip> {
    let (class, qualified, m) = (mem.class, mem.qualified, mem.method);
    if !c.owned {
        return Err(not_owned(facts, qualified));
    }
    if mem.record.is_abstract {
        let uses = c.trampoline.as_ref().and_then(|t| t.ctor_decision) == Some(mem.decision);
        return if uses {
            Ok(Route::Done(Outcome::Done(Status::Bound {
                via: Via::RustSubclass,
                rust_path: format!("{type_path}::from_rust"),
            })))
        } else {
            let cause = mem
                .no_trampoline
                .cloned()
                .unwrap_or(NoRustImpl::OtherConstructor);
            Err(Skip::new(Why::Abstract {
                class: qualified.to_string(),
                cause,
            }))
        };
    }
    // `T(const T&)` is `Clone`; `T(T&)` is an ordinary constructor.
    if is_copy && crate::analysis::class::scan::is_clone_source(m) && c.borrows_mut {
        return Err(Skip::new(Why::CopyAliasesBorrow));
    }
    if is_copy && crate::analysis::class::scan::is_clone_source(m) {
        // A constructor: its argument is the class itself, never a view of bytes.
        Ok(Route::Call(
            CallKind::Clone { class },
            ParamContext::Constructor,
        ))
    } else {
        Ok(Route::Call(
            CallKind::Constructor { class },
            ParamContext::Constructor,
        ))
    }
}

/// The C++ parameter types of a method.
fn params_of(m: &Method) -> Vec<Type> {
    m.sig.params.iter().map(|p| p.ty.clone()).collect()
}

/// Plans an ordinary call of member `mem` (method, static, constructor, `Clone`).
fn bind_call(
    cx: &mut Context,
    mem: &Member,
    call: CallKind,
    ctx: ParamContext,
) -> Result<Outcome, Skip> {
    let (class, qualified, m) = (mem.class, mem.qualified, mem.method);
    let member = format!("{qualified}::{}", m.name);
    let c = cx.bindings().class(class).clone();
    crate::analysis::class::member_rules::check(mem.record, m, call)?;
    let is_method = matches!(call, CallKind::Method { .. });
    // Prefix `++`/`--` returning `*this` are bound returning nothing.
    let sig = crate::analysis::ops::operators::method_sig(m);
    let sig = crate::analysis::class::member_rules::view_sig(cx, class, m, sig);
    // One plan per arity the default arguments allow (`Clone` takes exactly one).
    let arities = match call {
        CallKind::Clone { .. } => vec![plan(&cx.env, &m.name, &sig, ctx, is_method)?],
        _ => plan_arities(
            &cx.env,
            &m.name,
            &sig,
            ctx,
            is_method,
            &member_hints(cx, qualified, m, call),
        )?,
    };
    // A static member lent nothing returns what borrows nothing (`'static`).
    let lent_nothing = matches!(call, CallKind::Static { .. })
        && arities.iter().all(|form| lends_nothing(&form.args));
    let own_lifetime = (is_method && c.has_lifetime()) || lent_nothing;
    if let Some(form) = arities.first() {
        if let Some(s) = borrowing_result(cx.bindings(), &form.ret, own_lifetime) {
            return Err(s);
        }
    }
    let throws = !m.sig.noexcept
        && !cx.facts.opts.is_nothrow(&member)
        && !matches!(call, CallKind::Clone { .. });
    let arities = crate::analysis::class::member_rules::drop_kept_string_forms(m, arities)?;
    let mut forms = Vec::new();
    for form in arities {
        let mut form = member_form(cx, mem, &c, call, throws, form)?;
        callable_result(&mut form)?;
        let has_receiver = matches!(call, CallKind::Method { .. });
        shared_result(cx.facts.parsed, cx.bindings(), &form, has_receiver)?;
        if !has_receiver {
            crate::analysis::core::signature::exchanged_borrows(cx.bindings(), &form)?;
        }
        forms.push(form);
    }
    let keeps_args =
        crate::analysis::class::member_rules::keep_stored(cx, mem.record, &c, m, call, &mut forms)?;
    let forms = refuse_assumed_forms(cx.facts.opts.strict, forms)?;
    let plans: Vec<FnBinding> = forms
        .into_iter()
        .map(|form| {
            let Form {
                arity,
                args,
                ret,
                assumes,
            } = form;
            // A `&`-qualified member has another member-pointer type, nested
            // classes are named through a `cxxbind` alias, and a call leaving
            // defaults to C++ does not have the full type cxx checks: those go
            // through shims.
            let direct = m.ref_qualifier == RefQualifier::None
                && c.nesting.is_empty()
                && !c.view
                && arity == m.sig.params.len()
                && can_call_directly(call, &c.cpp_scope, &m.name, &args, &ret);
            let throws = throws || checks_buffers(&args);
            let busy = crate::analysis::c_api::busy::marks(
                &m.name,
                &args,
                &m.sig.params,
                cx.facts.opts.strict,
            );
            FnBinding {
                decision: Some(mem.decision),
                cpp_name: crate::analysis::ops::operators::callee_name(m),
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
                defaults: defaults(&m.sig, arity),
                assumes,
                busy,
                keeps_args,
            }
        })
        .collect();
    // The shortest form is the one the report names.
    let via = match plans.first() {
        Some(p) if p.direct => Via::Direct,
        _ => Via::Shim,
    };
    Ok(Outcome::Calls(plans, via))
}

/// One planned form of member `mem` of class `c`, checked and adjusted
/// for what a member call can lend, keep and free.
fn member_form(
    cx: &Context,
    mem: &Member,
    c: &ClassBinding,
    call: CallKind,
    throws: bool,
    mut form: Form,
) -> Result<Form, Skip> {
    let (class, qualified, m) = (mem.class, mem.qualified, mem.method);
    crate::analysis::class::member_rules::adjust_result(
        cx,
        class,
        qualified,
        m,
        call,
        &mut form.ret,
        &mut form.assumes,
    );
    if c.has_lifetime() && crate::analysis::ops::operators::is_copy_assignment(m, qualified) {
        for a in &mut form.args {
            if let ArgKind::Object { class: source, .. } = a.kind {
                a.kind = ArgKind::SameBorrows { class: source };
            }
        }
    }
    if let (CallKind::Method { mutable: false, .. }, RetKind::Object { class: rc, .. }) =
        (call, &form.ret)
    {
        if c.borrows_mut && cx.bindings().class(*rc).has_lifetime() {
            return Err(Skip::new(Why::SharedCopyAliasesBorrow));
        }
    }
    crate::analysis::c_api::callbacks::decide(
        &m.name,
        &mut form.args,
        &mut form.assumes,
        cx.facts.opts.strict,
    )?;
    let method = crate::analysis::c_api::handles::HandleCall::method(&m.sig.params, throws);
    crate::analysis::c_api::handles::check(
        cx,
        &m.name,
        method,
        &mut form.args,
        &mut form.ret,
        &mut form.assumes,
    )?;
    if matches!(call, CallKind::Constructor { .. }) {
        crate::analysis::c_api::handles::check_constructor(&form.args)?;
    }
    if let Some((selected, freed)) = crate::analysis::class::scoped::selected_victim(cx, class, m)?
    {
        (form.args, form.ret) = (selected, freed);
        form.assume(Convention::FreesByName);
    }
    let params = &m.sig.params[..form.arity];
    crate::analysis::c_api::handles::check_c_api(&m.name, true, &form.args, params, &cx.env)?;
    if matches!(call, CallKind::Static { .. }) {
        crate::analysis::c_api::setters::global_setter(&m.name, params, &mut form)?;
    }
    crate::analysis::c_api::setters::registration(&m.name, &form)?;
    form.fold_args();
    Ok(form)
}

/// The hints for member `m` of class `qualified` called as `call`: the sizes
/// the config states for it, or for the base method it overrides.
fn member_hints(
    cx: &Context,
    qualified: &str,
    m: &crate::ir::Method,
    call: crate::plan::CallKind,
) -> crate::analysis::core::types::CallHints {
    let stated =
        cx.facts
            .overridden
            .for_method(&cx.facts.opts.buffers, qualified, &m.name, &m.sig.params);
    let mut hints = crate::analysis::core::types::CallHints::default();
    crate::analysis::c_api::sized::apply(
        stated,
        &m.sig.ret,
        call.receiver(cx.bindings()),
        &mut hints,
    );
    if !cx.facts.opts.strict {
        hints.outputs = crate::analysis::conventions::documented_outputs(m.doc.as_deref());
    }
    hints
}
