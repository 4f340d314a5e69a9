//! Rust implementations of abstract C++ classes: which classes qualify and
//! what the generated subclass forwards.

use super::model::{Bindings, DecisionId};
use super::naming::{self, NameSet};
use super::overloads::{self, Overload};
use super::plan::{ArgKind, RetKind, Trampoline, VirtualMethod};
use super::signature::plan as plan_callable;
use super::types::{self, ParamContext, TypeEnv};
use crate::ir::{Method, MethodKind, Record};

/// A Rust implementation is possible when the class has a public virtual
/// destructor, a public default constructor, no bases, no non-public pure
/// virtual methods, and every pure virtual method takes scalars or byte
/// slices and returns a scalar or a `(const char*, size_t*)` buffer.
/// `Err` says which condition failed (it becomes the constructor's skip message).
pub fn plan(
    env: &TypeEnv,
    b: &Bindings,
    r: &Record,
    first_decision: DecisionId,
    trait_name: String,
) -> Result<Trampoline, String> {
    if !r.bases.is_empty() {
        return Err("it has base classes (Rust implementations of derived interfaces are not generated yet)".into());
    }
    if !r.destructor_public {
        return Err("its destructor is not public".into());
    }
    if r.has_nonpublic_pure_virtual {
        return Err("it has private or protected pure virtual methods".into());
    }
    let virtual_dtor = r
        .methods
        .iter()
        .any(|m| matches!(m.kind, MethodKind::Destructor { is_virtual: true }));
    if !virtual_dtor {
        return Err("its destructor is not virtual, so a Rust implementation could not be deleted through it".into());
    }
    let live: Vec<&Method> = r.methods.iter().filter(|m| !m.deleted).collect();
    let ctor_pos = live
        .iter()
        .position(|m| {
            matches!(
                m.kind,
                MethodKind::Constructor {
                    is_copy: false,
                    is_move: false
                }
            ) && m.sig.params.is_empty()
        })
        .ok_or("it has no public default constructor")?;
    let mut methods = Vec::new();
    for m in &live {
        let MethodKind::Instance {
            is_const,
            is_pure: true,
            ..
        } = m.kind
        else {
            continue;
        };
        let why = |what: &str| format!("pure virtual `{}`: {what}", m.name);
        if m.sig.variadic || !naming::cxx_can_name(&m.name) {
            return Err(why("its name or `...` cannot be forwarded"));
        }
        if m.ref_qualifier != crate::ir::RefQualifier::None || m.is_volatile {
            return Err(why("ref-qualified or volatile"));
        }
        let (args, ret) = plan_callable(env, &m.name, &m.sig, ParamContext::Call, true)
            .map_err(|s| why(&s.message))?;
        if let Some(a) = args.iter().find(|a| match &a.kind {
            ArgKind::Scalar(_) => false,
            ArgKind::Slice { mutable, elem, .. } => *mutable || elem.rust != "u8",
            ArgKind::OutScalar(_) => !matches!(ret, RetKind::BorrowedBytes { .. }),
            _ => true,
        }) {
            return Err(why(&format!(
                "parameter `{}` is not a scalar or a `(const char*, size_t)` pair",
                a.name
            )));
        }
        let ret_ok = match &ret {
            RetKind::Void | RetKind::Scalar(_) => true,
            RetKind::BorrowedBytes { mutable, .. } => !mutable && args.len() == 1,
            _ => false,
        };
        if !ret_ok {
            return Err(why(
                "its result is not a scalar or a `const char*` with a `size_t*` length",
            ));
        }
        methods.push(VirtualMethod {
            cpp_name: m.name.clone(),
            // Named below, with its overloads.
            rust_name: naming::snake(&m.name),
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
    let entries: Vec<_> = methods
        .iter()
        .map(|m| {
            let o = Overload::of(b, &m.args, !m.is_const);
            (m.rust_name.clone(), o, false)
        })
        .collect();
    let mut trait_names = NameSet::default();
    for (m, name) in methods.iter_mut().zip(overloads::name_all(&entries)) {
        m.rust_name = trait_names.claim(&name);
    }
    Ok(Trampoline {
        methods,
        ctor_decision: DecisionId::new(first_decision.index() + ctor_pos),
        trait_name,
    })
}
