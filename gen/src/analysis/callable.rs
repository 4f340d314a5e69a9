//! Free functions (free operators go to [`super::operators`]).

use super::context::Context;
use super::model::*;
use super::naming;
use super::overloads::{self, Overload};
use super::plan::{Arg, CallKind, FnBinding, RetKind};
use super::reason::{Reason, Skip};
use super::signature::{borrowing_result, can_call_directly, defaults, plan, qualify_rust};
use super::types::ParamContext;
use crate::ir::{qualify, Api, Function, Item, ItemKind};
use std::collections::{BTreeMap, HashMap};

/// Names every bindable free function before any is decided, so that the
/// overloads of one name in one namespace are named knowing each other
/// ([`super::overloads`]). Keyed by IR item index.
pub fn name_free_functions(cx: &Context, api: &Api) -> HashMap<usize, String> {
    // (namespace, C++ name) → (item index, overload facts), in source order.
    type Sets = BTreeMap<(Vec<String>, String), Vec<(usize, Overload)>>;
    let mut groups = Sets::new();
    for (idx, item) in api.items.iter().enumerate() {
        let ItemKind::Function(f) = &item.kind else {
            continue;
        };
        if f.deleted || f.is_operator {
            continue;
        }
        if let Ok((args, _)) = free_plan(cx, item, f) {
            groups
                .entry((item.scope.clone(), item.name.clone()))
                .or_default()
                .push((idx, Overload::of(&cx.b, &args, false)));
        }
    }
    let mut out = HashMap::new();
    for ((_, name), members) in groups {
        let set: Vec<Overload> = members.iter().map(|(_, o)| o.clone()).collect();
        let names = overloads::names(&naming::snake(&name), &set, false);
        for ((idx, _), n) in members.into_iter().zip(names) {
            out.insert(idx, n);
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
            None => {
                let params: Vec<_> = f.sig.params.iter().map(|p| p.ty.clone()).collect();
                super::operators::decide(cx, &item.name, None, &params, &f.sig.ret, decision)
            }
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

/// The mapped signature of a free function, or why it is not bound. Pure:
/// naming calls it for every overload before any is decided.
fn free_plan(cx: &Context, item: &Item, f: &Function) -> Result<(Vec<Arg>, RetKind), Skip> {
    if let Some(s) = cx.opts.filter(&item.qualified_name(), &item.loc) {
        return Err(s);
    }
    if f.hidden_friend {
        return Err(Skip::new(
            Reason::UnsupportedDeclaration,
            "friend function declared only in a class body (found by argument-dependent lookup only)",
        ));
    }
    let (mut args, ret) = plan(&cx.env, &f.sig, ParamContext::Call, false)?;
    super::callbacks::decide(&item.name, &mut args)?;
    super::handles::check(&cx.b, &item.name, true, &args, &ret)?;
    super::handles::check_c_api(&item.name, &args, &f.sig.params)?;
    if let Some(s) = borrowing_result(&cx.b, &ret, false) {
        return Err(s);
    }
    Ok((args, ret))
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
    let (args, ret) = free_plan(cx, item, f)?;
    let module = cx.names.module(&item.scope);
    // `name_free_functions` named every function `free_plan` accepts (the
    // same pure call), so the fallback is never taken.
    let base = cx
        .free_names
        .get(&idx)
        .cloned()
        .unwrap_or_else(|| naming::snake(&item.name));
    let base = cx.opts.renamed(&qualify_rust(&module, &base), base);
    let rust_name = cx.names.value(&module, &base);
    let call = CallKind::Free;
    let direct = can_call_directly(call, &item.scope, &item.name, &args, &ret);
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
    cx.push_fn(FnBinding {
        decision: Some(decision),
        cpp_name: item.name.clone(),
        cpp_scope: item.scope.clone(),
        kind: call,
        ffi_name,
        direct,
        args,
        ret,
        throws: !f.sig.noexcept && !cx.opts.is_nothrow(&qualified),
        module,
        rust_name,
        doc: item.doc.clone(),
        defaults: defaults(&f.sig),
    });
    Ok(Status::Bound {
        via: if direct { Via::Direct } else { Via::Shim },
        rust_path,
    })
}
