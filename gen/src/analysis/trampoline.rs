//! Rust implementations of abstract C++ classes: which classes qualify and
//! what the generated subclass forwards.

use super::callable::plan as plan_callable;
use super::model::*;
use super::naming::{self, NameSet};
use super::types::{self, ParamContext, TypeEnv};
use crate::ir::{Method, MethodKind, Record};

/// A Rust implementation is possible when the class has a public virtual
/// destructor, a public default constructor, no bases, and every pure
/// virtual method takes and returns only what the trampoline can forward.
pub fn plan(env: &TypeEnv, r: &Record, first_decision: usize) -> Option<Trampoline> {
    if !r.is_abstract || !r.bases.is_empty() || !r.destructor_public {
        return None;
    }
    let virtual_dtor = r
        .methods
        .iter()
        .any(|m| matches!(m.kind, MethodKind::Destructor { is_virtual: true }));
    if !virtual_dtor {
        return None;
    }
    let live: Vec<&Method> = r.methods.iter().filter(|m| !m.deleted).collect();
    let ctor_pos = live.iter().position(|m| {
        matches!(
            m.kind,
            MethodKind::Constructor {
                is_copy: false,
                is_move: false
            }
        ) && m.sig.params.is_empty()
    })?;
    let mut methods = Vec::new();
    let mut trait_names = NameSet::default();
    for m in &live {
        let MethodKind::Instance {
            is_const,
            is_pure: true,
            ..
        } = m.kind
        else {
            continue;
        };
        if m.sig.variadic || !naming::is_plain_ident(&m.name) {
            return None;
        }
        let (args, ret) = plan_callable(env, &m.sig, ParamContext::Call, true).ok()?;
        let args_ok = args.iter().all(|a| match &a.kind {
            ArgKind::Scalar(_) => true,
            ArgKind::Slice { mutable, elem, .. } => !mutable && elem.rust == "u8",
            ArgKind::OutScalar(_) => matches!(ret, RetKind::BorrowedBytes { .. }),
            _ => false,
        });
        let ret_ok = match &ret {
            RetKind::Void | RetKind::Scalar(_) => true,
            RetKind::BorrowedBytes { mutable, .. } => !mutable && args.len() == 1,
            _ => false,
        };
        if !args_ok || !ret_ok {
            return None;
        }
        methods.push(VirtualMethod {
            cpp_name: m.name.clone(),
            rust_name: trait_names.claim(&naming::snake(&m.name)),
            is_const,
            noexcept: m.sig.noexcept,
            cpp_params: m
                .sig
                .params
                .iter()
                .map(|p| types::cpp_spelling(&p.ty))
                .collect(),
            cpp_ret: types::cpp_spelling(&m.sig.ret),
            args,
            ret,
            doc: m.doc.clone(),
        });
    }
    Some(Trampoline {
        methods,
        ctor_decision: first_decision + ctor_pos,
    })
}
