//! Free functions (free operators go to [`crate::analysis::ops::operators`]).

use crate::analysis::context::Context;
use crate::analysis::core::naming;
use crate::analysis::core::overloads::{self, Overload};
use crate::analysis::core::signature::{
    borrowing_result, callable_result, can_call_directly, checks_buffers, defaults,
    exchanged_borrows, lends_nothing, plan_arities, refuse_assumed_forms, shared_result, Form,
};
use crate::analysis::core::types::ParamContext;
use crate::ir::{qualify, Api, Function, Item, ItemKind};
use crate::plan::paths::qualify_rust;
use crate::plan::*;
use crate::plan::{CallKind, Convention, FnBinding};
use crate::plan::{Skip, Why};
use std::collections::{BTreeMap, HashMap};

/// One form of a free function: the call at one arity its default arguments
/// allow, mapped and named.
pub struct FreeForm {
    form: Form,
    name: String,
}

/// A call mapped at each arity it can be written with.
type Arities = Vec<Form>;

/// Every free function planned once, before any is decided: its forms with
/// their names (overloads of one name in one namespace are named knowing each
/// other, [`super::overloads`]), or why it is not bound. Keyed by IR item index.
pub type FreePlans = HashMap<usize, Result<Vec<FreeForm>, Skip>>;

/// Plans and names every free function that is not an operator or deleted.
pub fn plan_free_functions(cx: &Context, api: &Api) -> FreePlans {
    let mut planned: Vec<(usize, &Item, Result<Arities, Skip>)> = Vec::new();
    for (idx, item) in api.items.iter().enumerate() {
        if let ItemKind::Function(f) = &item.kind {
            if !f.deleted && !f.is_operator {
                planned.push((idx, item, free_plan(cx, item, f)));
            }
        }
    }
    // (namespace, C++ name) → ((item index, arity), overload facts), in source order.
    type Sets = BTreeMap<(Vec<String>, String), Vec<((usize, usize), Overload)>>;
    let mut groups = Sets::new();
    for (idx, item, forms) in &planned {
        for form in forms.iter().flatten() {
            groups
                .entry((item.scope.clone(), item.name.clone()))
                .or_default()
                .push((
                    (*idx, form.arity),
                    Overload::of(cx.bindings(), &form.args, false),
                ));
        }
    }
    let mut names: HashMap<(usize, usize), String> = HashMap::new();
    for ((scope, name), members) in groups {
        let set: Vec<Overload> = members.iter().map(|(_, o)| o.clone()).collect();
        let base = match cx.facts.instances.get(&qualify(&scope, &name)) {
            Some(instance) => instance.rust().to_string(),
            None => naming::snake(&name),
        };
        let named = overloads::names(&base, &set, false);
        names.extend(members.into_iter().map(|(key, _)| key).zip(named));
    }
    planned
        .into_iter()
        .map(|(idx, _, forms)| {
            let forms = forms.map(|forms| {
                forms
                    .into_iter()
                    .filter_map(|form| {
                        let name = names.remove(&(idx, form.arity))?;
                        Some(FreeForm { form, name })
                    })
                    .collect()
            });
            (idx, forms)
        })
        .collect()
}

/// Decides a free function.
pub fn decide_function(
    cx: &mut Context,
    plans: &mut FreePlans,
    idx: usize,
    item: &Item,
    f: &Function,
) {
    if f.deleted {
        return; // `= delete` is not API
    }
    let qualified = item.qualified_name();
    let decision = cx.next_decision();
    let (kind, status) = if f.is_operator {
        let status = match cx.facts.opts.filter(&qualified, &item.loc) {
            Some(s) => Err(s),
            None => crate::analysis::ops::operators::decide_free(cx, item, f, decision)
                .map(|status| (status, Vec::new())),
        };
        (DeclKind::Operator, status)
    } else {
        // `plan_free_functions` planned every function that is not deleted or
        // an operator, the ones that reach this branch.
        let status = match plans.remove(&idx) {
            Some(forms) => bind_function(cx, item, f, decision, forms),
            None => Err(Skip::new(Why::FunctionNotPlanned)),
        };
        (DeclKind::Function, status)
    };
    // A function template instance has no parsed declaration of its own.
    let signature = match cx.parsed_item(&[idx]).map(|parsed| &parsed.kind) {
        Some(ItemKind::Function(parsed)) => Some(crate::plan::identity::params(&parsed.sig)),
        _ => None,
    };
    let (status, assumes) = status.unwrap_or_else(|s| (Status::from(s), Vec::new()));
    cx.push_decision(Decision {
        name: qualify(&item.scope, &item.name),
        kind,
        loc: item.loc.clone(),
        signature,
        status,
        assumes,
    });
}

/// The mapped signature of a free function at each arity that maps, or why
/// it is not bound.
fn free_plan(cx: &Context, item: &Item, f: &Function) -> Result<Arities, Skip> {
    if let Some(s) = cx.facts.opts.filter(&item.qualified_name(), &item.loc) {
        return Err(s);
    }
    if cx.facts.macros.contains(&item.name) {
        return Err(macro_named(&item.name));
    }
    if cx
        .env
        .user_data
        .values()
        .any(|a| *a == item.qualified_name())
    {
        return Err(Skip::new(Why::UserDataResult).in_result());
    }
    if f.hidden_friend {
        return Err(Skip::new(Why::HiddenFriend));
    }
    if let Some((args, ret)) =
        crate::analysis::c_api::memory::plan(cx.bindings().memory.as_ref(), &item.name, f)
    {
        // The allocator family and its free function, both by name.
        let form = Form {
            arity: f.sig.params.len(),
            args,
            ret,
            assumes: vec![Convention::FreeFunctionByName, Convention::AllocatorByName],
        };
        form.refuse_assumed(cx.facts.opts.strict)?;
        return Ok(vec![form]);
    }
    let names: Vec<String> = f.sig.params.iter().map(|p| p.name.clone()).collect();
    let free = cx.env.free_function.as_deref();
    let caller_frees = cx.facts.opts.caller_frees.contains(&item.qualified_name());
    let mut hints =
        crate::analysis::c_api::c_text::hints(&cx.facts.siblings, item, f, free, caller_frees);
    let stated = crate::analysis::c_api::sized::stated(
        &cx.facts.opts.buffers,
        &item.qualified_name(),
        &names,
    );
    crate::analysis::c_api::sized::apply(stated, &f.sig.ret, None, &mut hints);
    if !cx.facts.opts.strict {
        hints.outputs = crate::analysis::conventions::documented_outputs(item.doc.as_deref());
    }
    hints.arrays = crate::analysis::c_api::arrays::stated(
        &cx.facts.opts.arrays,
        &item.qualified_name(),
        &names,
    );
    let mut arities = plan_arities(
        &cx.env,
        &item.name,
        &f.sig,
        ParamContext::Call,
        false,
        &hints,
    )?;
    for form in &mut arities {
        let params = &f.sig.params[..form.arity];
        crate::analysis::c_api::callbacks::decide(
            &item.name,
            &mut form.args,
            &mut form.assumes,
            cx.facts.opts.strict,
        )?;
        let call = crate::analysis::c_api::handles::HandleCall {
            params: &f.sig.params,
            is_free: true,
            throws: throws(cx, item, f),
            caller_frees,
        };
        crate::analysis::c_api::handles::check(
            cx,
            &item.name,
            call,
            &mut form.args,
            &mut form.ret,
            &mut form.assumes,
        )?;
        crate::analysis::c_api::c_text::counted_out_strings(&mut form.args, params);
        crate::analysis::c_api::handles::check_c_api(
            &item.name, false, &form.args, params, &cx.env,
        )?;
        crate::analysis::c_api::setters::global_setter(&item.name, params, form)?;
        crate::analysis::c_api::setters::registration(&item.name, form)?;
        crate::analysis::c_api::c_text::check(&form.args, &form.ret)?;
        if let Some(s) = borrowing_result(cx.bindings(), &form.ret, lends_nothing(&form.args)) {
            return Err(s);
        }
        callable_result(form)?;
        shared_result(cx.facts.parsed, cx.bindings(), form, false)?;
        exchanged_borrows(cx.bindings(), form)?;
        form.fold_args();
    }
    refuse_assumed_forms(cx.facts.opts.strict, arities)
}

/// The call may throw: not `noexcept`, not C linkage, not declared non-throwing.
fn throws(cx: &Context, item: &Item, f: &Function) -> bool {
    !f.sig.noexcept && !cx.facts.opts.is_nothrow(&item.qualified_name())
}

fn bind_function(
    cx: &mut Context,
    item: &Item,
    f: &Function,
    decision: DecisionId,
    forms: Result<Vec<FreeForm>, Skip>,
) -> Result<(Status, Vec<Convention>), Skip> {
    use crate::analysis::c_api::endings;
    let qualified = item.qualified_name();
    // The library's free function is the allocator family's `Drop`.
    if let Some(m) = cx
        .bindings()
        .memory
        .as_ref()
        .filter(|m| m.free == qualified)
    {
        let status = Status::Bound {
            via: Via::Drop,
            rust_path: format!("{}::drop", m.rust_name),
        };
        let assumes = vec![Convention::FreeFunctionByName, Convention::AllocatorByName];
        return Ok((status, assumes));
    }
    let mut forms = match forms {
        Ok(forms) => forms,
        Err(s) => return endings::ending_status(cx, &qualified).unwrap_or(Err(s)),
    };
    // An ending function other than the destroy function takes the owner by
    // value in every form; otherwise it is skipped (or is the `Drop`).
    let given = forms
        .iter_mut()
        .all(|f| endings::give_owner(cx, &qualified, &mut f.form.args));
    if !given || forms.is_empty() {
        if let Some(ending) = endings::ending_status(cx, &qualified) {
            return ending;
        }
    }
    if given && cx.facts.handles.ending.contains_key(&qualified) {
        for f in &mut forms {
            f.form.assume(Convention::EndsByName);
            f.form.refuse_assumed(cx.facts.opts.strict)?;
        }
    }
    let module = cx.names.module(&item.scope);
    let mut first: Option<(Via, String)> = None;
    for FreeForm {
        form:
            Form {
                arity,
                args,
                ret,
                assumes,
            },
        name: base,
    } in forms
    {
        let base = cx.facts.opts.renamed(&qualify_rust(&module, &base), base);
        let rust_name = cx.names.value(&module, &base);
        let call = CallKind::Free;
        // A call that leaves defaults to C++ needs a shim: cxx checks the full type.
        let direct = arity == f.sig.params.len()
            && can_call_directly(call, &item.scope, &item.name, &args, &ret);
        // A shim is named after the Rust name, so overloads keep their shims' names too.
        let ffi_name = if direct {
            cx.names.ffi_value(
                &item.name,
                &crate::plan::paths::flat(&item.scope, &item.name),
            )
        } else {
            cx.names.ffi_value(
                &format!(
                    "cxxbind_{}",
                    crate::plan::paths::flat(&item.scope, &rust_name)
                ),
                "",
            )
        };
        let rust_path = qualify_rust(&module, &rust_name);
        let throws = throws(cx, item, f) || checks_buffers(&args);
        let busy = crate::analysis::c_api::busy::marks(
            &item.name,
            &args,
            &f.sig.params,
            cx.facts.opts.strict,
        );
        cx.push_fn(FnBinding {
            decision: Some(decision),
            cpp_name: item.name.clone(),
            cpp_scope: item.scope.clone(),
            kind: call,
            ffi_name,
            direct,
            args,
            ret,
            throws,
            module: module.clone(),
            rust_name,
            doc: item.doc.clone(),
            defaults: defaults(&f.sig, arity),
            assumes,
            busy,
            keeps_args: false,
        });
        let via = if direct { Via::Direct } else { Via::Shim };
        first.get_or_insert((via, rust_path));
    }
    // The shortest form is the declaration's path: the call written most often.
    let (via, rust_path) = first.ok_or_else(|| Skip::new(Why::NoArity))?;
    // The plans recorded state what the decision relies on.
    Ok((Status::Bound { via, rust_path }, Vec::new()))
}

/// A declaration named like an object-like macro: C++ cannot name it (the
/// macro expands: libxml2's `#define xmlFree (*xmlFree_ptr())`-style
/// globals).
pub(crate) fn macro_named(name: &str) -> Skip {
    Skip::new(Why::MacroNamed {
        name: name.to_string(),
    })
}
