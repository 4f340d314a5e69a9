//! Free functions, methods, static methods and constructors.

use super::items::ModuleNames;
use super::model::*;
use super::naming;
use super::reason::{Reason, Skip};
use super::types::{self, ParamContext, TypeEnv};
use super::AnalysisOptions;
use crate::ir::{qualify, Function, Item, Signature};

/// Maps a signature's parameters and result, or says why it cannot be.
pub fn plan(
    env: &TypeEnv,
    sig: &Signature,
    ctx: ParamContext,
    is_method: bool,
) -> Result<(Vec<Arg>, RetKind), Skip> {
    if sig.variadic {
        return Err(Skip::new(Reason::Variadic, "C variadic arguments (`...`)"));
    }
    let args = types::map_params(&sig.params, env, ctx)?;
    let ret = types::map_ret(&sig.ret, env, &args, is_method)?;
    Ok((args, ret))
}

/// cxx can call the function itself: every type is one cxx checks exactly.
pub fn can_call_directly(
    kind: CallKind,
    scope: &[String],
    cpp_name: &str,
    args: &[Arg],
    ret: &RetKind,
) -> bool {
    let kind_ok = matches!(kind, CallKind::Free | CallKind::Method { .. });
    let args_ok = args.iter().all(|a| match &a.kind {
        ArgKind::Scalar(s) => s.exact,
        // cxx passes enums by value: a `const E&` parameter needs a shim.
        ArgKind::Enum { by_ref, .. } => !by_ref,
        ArgKind::StrRef => true,
        ArgKind::Object { pointer, .. } => !pointer,
        _ => false,
    });
    let ret_ok = match ret {
        RetKind::Void | RetKind::Enum { .. } => true,
        RetKind::Scalar(s) => s.exact,
        _ => false,
    };
    let names_ok = naming::cxx_can_name(cpp_name) && scope.iter().all(|s| naming::cxx_can_name(s));
    kind_ok && args_ok && ret_ok && names_ok
}

/// Decides a free function.
pub fn decide_function(
    b: &mut Bindings,
    env: &TypeEnv,
    names: &mut ModuleNames,
    item: &Item,
    f: &Function,
    opts: &AnalysisOptions,
) {
    if f.deleted {
        return; // `= delete` is not API
    }
    let qualified = item.qualified_name();
    let kind = if f.is_operator {
        DeclKind::Operator
    } else {
        DeclKind::Function
    };
    let decision = b.decisions.len();
    if f.is_operator {
        let status = match opts.filter(&qualified, &item.loc) {
            Some(s) => Err(s),
            None => {
                let params: Vec<_> = f.sig.params.iter().map(|p| p.ty.clone()).collect();
                super::operators::decide(b, env, names, &item.name, None, &params, &f.sig.ret)
            }
        };
        b.decisions.push(Decision {
            name: qualify(&item.scope, &item.name),
            kind,
            loc: item.loc.clone(),
            status: status.unwrap_or_else(Status::from),
        });
        return;
    }
    let skip = opts
        .filter(&qualified, &item.loc)
        .map(Err)
        .unwrap_or(Ok(()))
        .and_then(|_| {
            if f.hidden_friend && !f.is_operator {
                return Err(Skip::new(
                    Reason::UnsupportedDeclaration,
                    "friend function declared only in a class body (found by argument-dependent lookup only)",
                ));
            }
            let (args, ret) = plan(env, &f.sig, ParamContext::Call, false)?;
            match super::record::borrowing_result(b, &ret, false) {
                Some(s) => Err(s),
                None => Ok((args, ret)),
            }
        });
    let status = match skip {
        Err(s) => Status::from(s),
        Ok((args, ret)) => {
            let module = names.module(&item.scope);
            let rust_name = names.value(&module, &naming::snake(&item.name));
            let call = CallKind::Free;
            let direct = can_call_directly(call, &item.scope, &item.name, &args, &ret);
            let ffi_name = if direct {
                names.ffi_value(&item.name, &naming::flat(&item.scope, &item.name))
            } else {
                names.ffi_value(
                    &format!("cxxbind_{}", naming::flat(&item.scope, &item.name)),
                    "",
                )
            };
            let rust_path = qualify_rust(&module, &rust_name);
            b.functions.push(FnBinding {
                decision,
                cpp_name: item.name.clone(),
                cpp_scope: item.scope.clone(),
                class: None,
                kind: call,
                ffi_name,
                direct,
                args,
                ret,
                throws: !f.sig.noexcept && !opts.is_nothrow(&qualified),
                module,
                rust_name,
                doc: item.doc.clone(),
                defaults: defaults(&f.sig),
            });
            Status::Bound {
                via: if direct { Via::Direct } else { Via::Shim },
                rust_path,
            }
        }
    };
    b.decisions.push(Decision {
        name: qualify(&item.scope, &item.name),
        kind,
        loc: item.loc.clone(),
        status,
    });
}

/// `param = value` for every parameter with a C++ default argument.
pub fn defaults(sig: &Signature) -> Vec<String> {
    sig.params
        .iter()
        .filter(|p| p.has_default)
        .map(|p| match &p.default_value {
            Some(v) => format!("`{} = {v}`", naming::param(&p.name)),
            None => format!("`{}`", naming::param(&p.name)),
        })
        .collect()
}

/// `a::b::name` from a module path and a name.
pub fn qualify_rust(module: &[String], name: &str) -> String {
    let mut parts = module.to_vec();
    parts.push(name.to_string());
    parts.join("::")
}
