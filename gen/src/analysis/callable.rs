//! Free functions (free operators go to [`super::operators`]).

use super::context::Context;
use super::model::*;
use super::naming;
use super::overloads::{self, Overload};
use super::plan::{Arg, CallKind, FnBinding, RetKind};
use super::reason::{Reason, Skip};
use super::signature::{
    borrowing_result, can_call_directly, checks_buffers, defaults, plan_arities, qualify_rust,
};
use super::types::ParamContext;
use crate::ir::{qualify, Api, Function, Item, ItemKind};
use std::collections::{BTreeMap, HashMap};

/// Names every bindable free function (at every arity its default arguments
/// allow) before any is decided, so that the overloads of one name in one
/// namespace are named knowing each other ([`super::overloads`]). Keyed by
/// (IR item index, arity).
pub fn name_free_functions(cx: &Context, api: &Api) -> HashMap<(usize, usize), String> {
    // (namespace, C++ name) → ((item index, arity), overload facts), in source order.
    type Sets = BTreeMap<(Vec<String>, String), Vec<((usize, usize), Overload)>>;
    let mut groups = Sets::new();
    for (idx, item) in api.items.iter().enumerate() {
        let ItemKind::Function(f) = &item.kind else {
            continue;
        };
        if f.deleted || f.is_operator {
            continue;
        }
        for (arity, args, _) in free_plan(cx, item, f).unwrap_or_default() {
            groups
                .entry((item.scope.clone(), item.name.clone()))
                .or_default()
                .push(((idx, arity), Overload::of(&cx.b, &args, false)));
        }
    }
    let mut out = HashMap::new();
    for ((_, name), members) in groups {
        let set: Vec<Overload> = members.iter().map(|(_, o)| o.clone()).collect();
        let names = overloads::names(&naming::snake(&name), &set, false);
        for ((key, _), n) in members.into_iter().zip(names) {
            out.insert(key, n);
        }
    }
    out
}

/// Decides a free function.
pub fn decide_function(cx: &mut Context, idx: usize, item: &Item, f: &Function) {
    if f.deleted {
        return; // `= delete` is not API
    }
    let qualified = item.qualified_name();
    let decision = cx.next_decision();
    let (kind, status) = if f.is_operator {
        let status = match cx.opts.filter(&qualified, &item.loc) {
            Some(s) => Err(s),
            None => super::operators::decide_free(cx, item, f, decision),
        };
        (DeclKind::Operator, status)
    } else {
        (
            DeclKind::Function,
            bind_function(cx, idx, item, f, decision),
        )
    };
    cx.push_decision(Decision {
        name: qualify(&item.scope, &item.name),
        kind,
        loc: item.loc.clone(),
        status: status.unwrap_or_else(Status::from),
    });
}

/// The mapped signature of a free function at each arity that maps, or why
/// it is not bound. Pure: naming calls it for every overload before any is
/// decided.
fn free_plan(
    cx: &Context,
    item: &Item,
    f: &Function,
) -> Result<Vec<(usize, Vec<Arg>, RetKind)>, Skip> {
    if let Some(s) = cx.opts.filter(&item.qualified_name(), &item.loc) {
        return Err(s);
    }
    if f.hidden_friend {
        return Err(Skip::new(
            Reason::UnsupportedDeclaration,
            "friend function declared only in a class body (found by argument-dependent lookup only)",
        ));
    }
    let names: Vec<String> = f.sig.params.iter().map(|p| p.name.clone()).collect();
    let sized = cx.opts.sized_buffers(&item.qualified_name(), &names);
    let mut arities = plan_arities(&cx.env, &f.sig, ParamContext::Call, false, &sized)?;
    for (arity, args, ret) in &mut arities {
        super::callbacks::decide(&item.name, args)?;
        super::handles::check(&cx.b, &item.name, true, args, ret)?;
        super::handles::check_c_api(&item.name, args, &f.sig.params[..*arity])?;
        if let Some(s) = borrowing_result(&cx.b, ret, false) {
            return Err(s);
        }
    }
    Ok(arities)
}

fn bind_function(
    cx: &mut Context,
    idx: usize,
    item: &Item,
    f: &Function,
    decision: DecisionId,
) -> Result<Status, Skip> {
    let qualified = item.qualified_name();
    if let Some(ending) = super::handles::ending_status(cx, &qualified) {
        return ending;
    }
    let module = cx.names.module(&item.scope);
    let mut first: Option<(Via, String)> = None;
    for (arity, args, ret) in free_plan(cx, item, f)? {
        // `name_free_functions` named every arity `free_plan` accepts (the
        // same pure call), so the fallback is never taken.
        let base = cx
            .free_names
            .get(&(idx, arity))
            .cloned()
            .unwrap_or_else(|| naming::snake(&item.name));
        let base = cx.opts.renamed(&qualify_rust(&module, &base), base);
        let rust_name = cx.names.value(&module, &base);
        let call = CallKind::Free;
        // A call that leaves defaults to C++ needs a shim: cxx checks the full type.
        let direct = arity == f.sig.params.len()
            && can_call_directly(call, &item.scope, &item.name, &args, &ret);
        // A shim is named after the Rust name, so overloads keep their shims' names too.
        let ffi_name = if direct {
            cx.names
                .ffi_value(&item.name, &naming::flat(&item.scope, &item.name))
        } else {
            cx.names.ffi_value(
                &format!("cxxbind_{}", naming::flat(&item.scope, &rust_name)),
                "",
            )
        };
        let rust_path = qualify_rust(&module, &rust_name);
        let throws = (!f.sig.noexcept && !cx.opts.is_nothrow(&qualified)) || checks_buffers(&args);
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
        });
        let via = if direct { Via::Direct } else { Via::Shim };
        first.get_or_insert((via, rust_path));
    }
    // The shortest form is the declaration's path: the call written most often.
    let (via, rust_path) = first
        .ok_or_else(|| Skip::new(Reason::UnsupportedType, "no arity of the call maps to Rust"))?;
    Ok(Status::Bound { via, rust_path })
}
