//! Rust implementations of abstract C++ classes: which classes qualify and
//! what the generated subclass forwards.

use crate::analysis::core::naming::{self, NameSet};
use crate::analysis::core::overloads::{self, Overload};
use crate::analysis::core::signature::plan as plan_callable;
use crate::analysis::core::types::{ParamContext, TypeEnv};
use crate::ir::{Method, MethodKind, Record};
use crate::plan::{ArgKind, NoRustImpl, RetKind, Trampoline, VirtualMethod, VirtualProblem};
use crate::plan::{Bindings, DecisionId};

/// A Rust implementation is possible when the class has a public virtual
/// destructor, a public default constructor, no bases, no non-public pure
/// virtual methods, and every virtual method takes scalars, bytes (slices,
/// byte views), `const` objects by reference or pointer, or `std::string*`,
/// and returns a scalar, a `const char*` or a `(const char*, size_t*)`
/// buffer. A Rust implementation may leave a non-pure virtual method to the
/// C++ class (the trait's default).
/// `Err` says which condition failed (it becomes the constructor's skip cause).
pub fn plan(
    env: &TypeEnv,
    b: &Bindings,
    r: &Record,
    destructible: bool,
    first_decision: DecisionId,
    trait_name: String,
) -> Result<Trampoline, NoRustImpl> {
    if !r.bases.is_empty() {
        return Err(NoRustImpl::HasBases);
    }
    if !destructible {
        return Err(NoRustImpl::DestructorNotPublic);
    }
    if r.has_nonpublic_pure_virtual {
        return Err(NoRustImpl::NonPublicPure);
    }
    let virtual_dtor = r
        .methods
        .iter()
        .any(|m| matches!(m.kind, MethodKind::Destructor { is_virtual: true }));
    if !virtual_dtor {
        return Err(NoRustImpl::DestructorNotVirtual);
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
    });
    // Without a declared constructor, C++ gives the class a public default one.
    if ctor_pos.is_none() && r.user_constructors {
        return Err(NoRustImpl::NoDefaultConstructor);
    }
    let mut methods = Vec::new();
    let mut assumes = Vec::new();
    for m in &live {
        let MethodKind::Instance {
            is_const,
            is_pure,
            is_virtual: true,
        } = m.kind
        else {
            continue;
        };
        // A non-pure method that cannot be forwarded stays C++'s own.
        let planned = forwardable(env, m, is_pure);
        let (args, ret) = match planned {
            Ok(form) => {
                crate::plan::convention::assume_all(&mut assumes, &form.assumes);
                (form.args, form.ret)
            }
            Err(_) if !is_pure => continue,
            Err(e) => return Err(e),
        };
        methods.push(VirtualMethod {
            cpp_name: m.name.clone(),
            inherits: !is_pure,
            // Named below, with its overloads.
            rust_name: naming::snake(&m.name),
            is_const,
            noexcept: m.sig.noexcept,
            cpp_params: m
                .sig
                .params
                .iter()
                .map(|p| crate::ir::cpp_spelling(&p.ty))
                .collect(),
            cpp_ret: crate::ir::cpp_spelling(&m.sig.ret),
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
    if methods.is_empty() {
        return Err(NoRustImpl::NoVirtualMethod);
    }
    Ok(Trampoline {
        methods,
        ctor_decision: ctor_pos.map(|p| DecisionId::new(first_decision.index() + p)),
        trait_name,
        assumes,
    })
}

/// How a virtual method's arguments and result cross, or why they cannot.
fn forwardable(
    env: &TypeEnv,
    m: &Method,
    is_pure: bool,
) -> Result<crate::analysis::core::signature::Form, NoRustImpl> {
    let why = |problem: VirtualProblem| NoRustImpl::Virtual {
        pure: is_pure,
        name: m.name.clone(),
        problem,
    };
    if m.sig.variadic || !naming::cxx_can_name(&m.name) {
        return Err(why(VirtualProblem::Unforwardable));
    }
    if m.ref_qualifier != crate::ir::RefQualifier::None || m.is_volatile {
        return Err(why(VirtualProblem::Qualified));
    }
    let form = plan_callable(env, &m.name, &m.sig, ParamContext::Call, true)
        .and_then(|form| form.refuse_assumed(env.strict).map(|()| form))
        .map_err(|s| why(VirtualProblem::Signature(Box::new(s.why))))?;
    let (args, ret) = (&form.args, &form.ret);
    if let Some(a) = args.iter().find(|a| match &a.kind {
        ArgKind::Scalar(_)
        | ArgKind::ByteView { .. }
        | ArgKind::OutString
        | ArgKind::StrInOut { .. } => false,
        ArgKind::Object { mutable, .. } => *mutable,
        ArgKind::Slice {
            mutable,
            elem,
            len_first,
            ..
        } => *mutable || *len_first || elem.rust != "u8",
        ArgKind::OutScalar(_) => !matches!(ret, RetKind::BorrowedBytes { .. }),
        _ => true,
    }) {
        return Err(why(VirtualProblem::Parameter {
            name: a.name.clone(),
        }));
    }
    // A method Rust may leave to C++ needs a placeholder result (`Default`).
    let ret_ok = match &ret {
        RetKind::Void | RetKind::Scalar(_) => true,
        RetKind::BorrowedBytes { mutable, .. } => is_pure && !mutable && args.len() == 1,
        RetKind::CStr => is_pure,
        _ => false,
    };
    if !ret_ok {
        return Err(why(VirtualProblem::Result));
    }
    Ok(form)
}
