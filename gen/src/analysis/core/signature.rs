//! A callable's signature as Rust sees it: mapped arguments and result,
//! whether cxx can call it directly, and the facts every decider shares.

use crate::analysis::core::naming;
use crate::analysis::core::types::{CallHints, ParamContext, TypeEnv};
use crate::ir::Signature;
use crate::plan::convention::{assume, assume_all};
use crate::plan::paths::qualify_rust;
use crate::plan::{Arg, ArgKind, CallKind, RetKind};
use crate::plan::{Bindings, ClassId, Convention};
use crate::plan::{Skip, Why};

/// A callable mapped at one arity: its arguments, its result, and the
/// conventions they rely on (the arguments', the result's and the hints').
#[derive(Debug, Clone)]
pub struct Form {
    /// How many C++ parameters the call passes (the rest take their defaults).
    pub arity: usize,
    /// The Rust-visible arguments.
    pub args: Vec<Arg>,
    /// How the result comes back.
    pub ret: RetKind,
    /// The conventions the form relies on, sorted.
    pub assumes: Vec<Convention>,
}

impl Form {
    /// The form relies on convention `c` too.
    pub fn assume(&mut self, c: Convention) {
        assume(&mut self.assumes, c);
    }

    /// The form relies on its arguments' conventions too (after a rule
    /// changed an argument once the form was planned).
    pub fn fold_args(&mut self) {
        for a in &self.args {
            assume_all(&mut self.assumes, &a.assumes);
        }
    }

    /// In a `--strict` run, a form relying on any convention is refused:
    /// the skip naming them.
    pub fn refuse_assumed(&self, strict: bool) -> Result<(), Skip> {
        match (strict, self.assumes.is_empty()) {
            (true, false) => Err(Skip::new(Why::AssumedByName {
                conventions: self.assumes.clone(),
            })),
            _ => Ok(()),
        }
    }
}

/// In a `--strict` run, the forms that rely on a convention are left out;
/// when none is left, the first one's refusal is the skip.
pub fn refuse_assumed_forms(strict: bool, forms: Vec<Form>) -> Result<Vec<Form>, Skip> {
    let mut refused = None;
    let kept: Vec<Form> = forms
        .into_iter()
        .filter(|form| match form.refuse_assumed(strict) {
            Ok(()) => true,
            Err(s) => {
                refused.get_or_insert(s);
                false
            }
        })
        .collect();
    match (kept.is_empty(), refused) {
        (true, Some(s)) => Err(s),
        _ => Ok(kept),
    }
}

/// Maps a signature's parameters and result, or says why it cannot be.
pub fn plan(
    env: &TypeEnv,
    name: &str,
    sig: &Signature,
    ctx: ParamContext,
    is_method: bool,
) -> Result<Form, Skip> {
    plan_sized(env, name, sig, ctx, is_method, &CallHints::default())
}

/// [`plan`] with what else is known about the call ([`CallHints`]).
pub fn plan_sized(
    env: &TypeEnv,
    name: &str,
    sig: &Signature,
    ctx: ParamContext,
    is_method: bool,
    hints: &CallHints,
) -> Result<Form, Skip> {
    if sig.variadic && hints.printf.is_none() {
        return Err(Skip::new(Why::Variadic));
    }
    let args = crate::analysis::core::params::map_params(&sig.params, env, ctx, hints)?;
    let mut assumes = Vec::new();
    for a in &args {
        assume_all(&mut assumes, &a.assumes);
    }
    let ret = match crate::analysis::c_api::callbacks::previous_user_data(&sig.ret, &args) {
        Some(ret) => ret,
        None => match &hints.ret {
            Some(ret) => {
                assume_all(&mut assumes, &hints.ret_assumes);
                ret.clone()
            }
            None => {
                let ret =
                    crate::analysis::core::results::map_ret(&sig.ret, name, env, &args, is_method)?;
                if let Some(c) = crate::analysis::core::results::assumes(&ret) {
                    assume(&mut assumes, c);
                }
                ret
            }
        },
    };
    Ok(Form {
        arity: sig.params.len(),
        args,
        ret,
        assumes,
    })
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

/// The arities a C++ call can be written with: one per trailing parameter
/// with a default argument left out, shortest first, then every parameter.
pub fn arities(sig: &Signature) -> Vec<usize> {
    let n = sig.params.len();
    match sig.params.iter().position(|p| p.has_default) {
        Some(first) => (first..=n).collect(),
        None => vec![n],
    }
}

/// `sig` with only its first `arity` parameters (the rest take their defaults).
pub fn truncated(sig: &Signature, arity: usize) -> Signature {
    let mut s = sig.clone();
    s.params.truncate(arity);
    s
}

/// A signature planned at every arity ([`arities`]): the arities that map,
/// shortest first, or — when none does — why the full signature does not.
pub fn plan_arities(
    env: &TypeEnv,
    name: &str,
    sig: &Signature,
    ctx: ParamContext,
    is_method: bool,
    hints: &CallHints,
) -> Result<Vec<Form>, Skip> {
    let mut ok = Vec::new();
    let mut last_err = None;
    for arity in arities(sig) {
        let hints = crate::analysis::c_api::sized::at_arity(hints, &sig.params, arity, is_method);
        match plan_sized(env, name, &truncated(sig, arity), ctx, is_method, &hints) {
            Ok(form) => ok.push(form),
            Err(s) => last_err = Some(s),
        }
    }
    match (ok.is_empty(), last_err) {
        (true, Some(s)) => Err(s),
        _ => Ok(ok),
    }
}

/// `param = value` for every parameter from `from` on that has a C++ default
/// argument (the ones a call of arity `from` leaves to C++).
pub fn defaults(sig: &Signature, from: usize) -> Vec<String> {
    sig.params
        .iter()
        .skip(from)
        .filter(|p| p.has_default)
        .map(|p| match &p.default_value {
            Some(v) => format!("`{} = {v}`", naming::param(&p.name)),
            None => format!("`{}`", naming::param(&p.name)),
        })
        .collect()
}

/// The Rust path of a class's safe type (`ns::Type`).
pub fn class_path(b: &Bindings, class: ClassId) -> String {
    let c = b.class(class);
    qualify_rust(&c.module, &c.rust_name)
}

/// The skip for returning, by value, a class that may keep borrowed pointers
/// (a status included) when there is no lifetime to tie the result to.
/// `own_lifetime`: the result has one — the receiver's class carries a
/// lifetime (`'a`), or the call is lent nothing ([`lends_nothing`]), so the
/// result can have borrowed only what lives for ever (`'static`).
pub fn borrowing_result(b: &Bindings, ret: &RetKind, own_lifetime: bool) -> Option<Skip> {
    let class = match ret {
        RetKind::Object { class, .. }
        | RetKind::UniquePtr { class }
        | RetKind::OptObject { class }
        | RetKind::Status { class } => *class,
        _ => return None,
    };
    let c = b.class(class);
    (c.borrows && !own_lifetime).then(|| {
        Skip::new(Why::BorrowingResult {
            class: c.cpp_qualified(),
        })
        .in_result()
    })
}

/// A `std::function` result may capture what the call was given (a
/// reader over its argument): it borrows every object argument, as a
/// method's borrows its receiver, for as long as it lives. It is left out
/// when an argument is one the shim makes for the call only (text, a byte
/// view or a container built from Rust values, a lent closure): nothing
/// can make a capture of that outlive the call.
pub fn callable_result(form: &mut Form) -> Result<(), Skip> {
    let RetKind::Std(crate::plan::StdRet::Function(f)) = &mut form.ret else {
        return Ok(());
    };
    let mut objects = false;
    for a in &form.args {
        match a.kind {
            ArgKind::Scalar(_) | ArgKind::Enum { .. } => {}
            ArgKind::Object { .. } => objects = true,
            _ => {
                return Err(Skip::new(Why::BorrowingResult {
                    class: "std::function".into(),
                })
                .in_result())
            }
        }
    }
    f.borrows |= objects;
    Ok(())
}

/// A `std::shared_ptr` result shares its object with its other owners, and
/// Rust reaches it through `&` only: a borrow a member of it lends lives
/// as long as the `SharedPtr`, while a call on another owner may change or
/// empty the object under it (`holder.bag()`, `bag.first()`,
/// `holder.empty_bag()`). Nothing ties the result to what the call was
/// given, so a call with a receiver or an object argument returns no
/// `shared_ptr` of a class whose members lend (return a pointer, a
/// reference or a view; `lends` below), and no call takes one (the callee
/// could empty it while a borrow through another copy reads it:
/// `empty_bag(std::shared_ptr<Bag>)`).
pub fn shared_result(
    api: &crate::ir::Api,
    b: &Bindings,
    form: &Form,
    has_receiver: bool,
) -> Result<(), Skip> {
    let lending = |class: ClassId| {
        let name = b.class(class).cpp_qualified();
        let name = name.trim_start_matches("::").to_string();
        let lends = crate::analysis::class::scoped::class_and_bases(api, &name)
            .iter()
            .flat_map(|r| &r.methods)
            .any(|m| {
                !m.deleted
                    && matches!(m.kind, crate::ir::MethodKind::Instance { .. })
                    && lends(&m.sig.ret)
            });
        lends.then_some(name)
    };
    // A `shared_ptr` parameter lets the callee change the object through
    // it (a `SharedPtr` lends `&T` only, so this is the one way), while a
    // borrow taken through another owner's copy reads it.
    for a in &form.args {
        if let ArgKind::Std(crate::plan::StdArg::Shared { class }) = a.kind {
            if let Some(class) = lending(class) {
                return Err(Skip::new(Why::SharedLends { class }).in_parameter(
                    crate::plan::ParamLabel::Named(
                        a.cpp_names
                            .first()
                            .cloned()
                            .unwrap_or_else(|| a.name.clone()),
                    ),
                ));
            }
        }
    }
    let RetKind::Std(crate::plan::StdRet::Shared { class }) = form.ret else {
        return Ok(());
    };
    if !has_receiver && lends_nothing(&form.args) {
        return Ok(());
    }
    match lending(class) {
        Some(class) => Err(Skip::new(Why::SharedLends { class }).in_result()),
        None => Ok(()),
    }
}

/// Objects whose safe type carries a lifetime, passed together with one of
/// them lent exclusively (`swap(Span& a, Span& b)`, `copy(Span& to, const
/// Span& from)`): the call can move borrows from one into the other, whose
/// lifetime the safe layer cannot tie to theirs (`impl AsCppMut<T>` names
/// no lifetime). Such calls are skipped. (A member with a receiver is
/// judged by `member_rules::keep_stored`, which ties what it stores to the
/// receiver.)
pub fn exchanged_borrows(b: &Bindings, form: &Form) -> Result<(), Skip> {
    let borrowing =
        |a: &&Arg| matches!(a.kind, ArgKind::Object { class, .. } if b.class(class).has_lifetime());
    let objects: Vec<&Arg> = form.args.iter().filter(borrowing).collect();
    let exclusive = objects
        .iter()
        .any(|a| matches!(a.kind, ArgKind::Object { mutable: true, .. }));
    if objects.len() >= 2 && exclusive {
        return Err(Skip::new(Why::ExchangesBorrows));
    }
    Ok(())
}

/// A member result that may point into the object: a pointer, a
/// reference, a view (`std::string_view`, `std::span`) or a callable.
fn lends(t: &crate::ir::Type) -> bool {
    use crate::ir::{StdType, Type};
    match t {
        Type::Pointer { .. } | Type::Ref { .. } | Type::StdStringView => true,
        Type::Std(s) => matches!(**s, StdType::Span { .. } | StdType::Function { .. }),
        _ => false,
    }
}

/// A call without a receiver whose every argument is a scalar or an enum
/// by value lends C++ nothing: a result it returns borrows nothing but what
/// lives for ever (`'static`).
pub fn lends_nothing(args: &[Arg]) -> bool {
    args.iter()
        .all(|a| matches!(a.kind, ArgKind::Scalar(_) | ArgKind::Enum { .. }))
}

/// A call with a size-checked buffer can fail in the shim: it returns `Result`.
pub fn checks_buffers(args: &[Arg]) -> bool {
    args.iter().any(|a| {
        matches!(
            a.kind,
            ArgKind::SizedBuffer { .. } | ArgKind::CStrArray { .. }
        )
    })
}
