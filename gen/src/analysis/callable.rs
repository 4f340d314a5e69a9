//! Free functions (free operators go to [`super::operators`]).

use super::context::Context;
use super::model::*;
use super::naming;
use super::plan::{CallKind, FnBinding};
use super::reason::{Reason, Skip};
use super::signature::{borrowing_result, can_call_directly, defaults, plan, qualify_rust};
use super::types::ParamContext;
use crate::ir::{qualify, Function, Item};

/// Decides a free function.
pub fn decide_function(cx: &mut Context, item: &Item, f: &Function) {
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
        (DeclKind::Function, bind_function(cx, item, f, decision))
    };
    cx.push_decision(Decision {
        name: qualify(&item.scope, &item.name),
        kind,
        loc: item.loc.clone(),
        status: status.unwrap_or_else(Status::from),
    });
}

fn bind_function(
    cx: &mut Context,
    item: &Item,
    f: &Function,
    decision: DecisionId,
) -> Result<Status, Skip> {
    let qualified = item.qualified_name();
    if let Some(s) = cx.opts.filter(&qualified, &item.loc) {
        return Err(s);
    }
    if f.hidden_friend {
        return Err(Skip::new(
            Reason::UnsupportedDeclaration,
            "friend function declared only in a class body (found by argument-dependent lookup only)",
        ));
    }
    let (args, ret) = plan(&cx.env, &f.sig, ParamContext::Call, false)?;
    if let Some(s) = borrowing_result(&cx.b, &ret, false) {
        return Err(s);
    }
    let module = cx.names.module(&item.scope);
    let rust_name = cx.names.value(&module, &naming::snake(&item.name));
    let call = CallKind::Free;
    let direct = can_call_directly(call, &item.scope, &item.name, &args, &ret);
    let ffi_name = if direct {
        cx.names
            .ffi_value(&item.name, &naming::flat(&item.scope, &item.name))
    } else {
        cx.names.ffi_value(
            &format!("cxxbind_{}", naming::flat(&item.scope, &item.name)),
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
