//! Rules for one member call that come from what a borrow can and cannot
//! guarantee (docs/strategy.md, "Objects C++ owns" and "Byte views"):
//! checks before planning, forms left out, and results narrowed.

use crate::analysis::context::Context;
use crate::analysis::conventions::BYTE_VIEW_DATA;
use crate::analysis::conventions::{names_ancestor, names_kept_flag, names_setter};
use crate::analysis::core::signature::Form;
use crate::ir::{Method, Record, Signature, Type};
use crate::plan::convention::assume;
use crate::plan::ClassId;
use crate::plan::{Access, Arg, ArgKind, CallKind, ClassBinding, Convention, RetKind};
use crate::plan::{Skip, Why};

/// Members a borrow cannot make sound: a view-like class (`record`:
/// [`crate::analysis::class::roles::view_like`]) built over a `std::string`
/// (the view would point into the shim's copy, which dies with the call).
/// The record's shape is read even in a `--strict` run, which binds no
/// byte view: the guess only leaves a constructor out there.
pub fn check(record: &Record, m: &Method, call: CallKind) -> Result<(), Skip> {
    if !crate::analysis::class::roles::view_like(record) {
        return Ok(());
    }
    let strings = m.sig.params.iter().any(|p| match &p.ty {
        Type::StdString => true,
        Type::Ref { pointee, .. } => matches!(**pointee, Type::StdString),
        _ => false,
    });
    if matches!(call, CallKind::Constructor { .. }) && strings {
        return Err(Skip::new(Why::ByteViewOverString));
    }
    Ok(())
}

/// An object of a class that borrows (`T<'a>`): a copy of it keeps what it borrows.
fn borrowing_object(cx: &Context, kind: &ArgKind) -> bool {
    matches!(kind, ArgKind::Object { class, .. } if cx.bindings().class(*class).has_lifetime())
}

/// The member stores what it is given into its object (rule 1's exception
/// for views, docs/strategy.md "Byte views"): a non-`const` member of a
/// view-like class taking bytes or an object that borrows (a view's state
/// is the pointer it holds: `operator=`, `set(d, n)`), or an assignment, a
/// setter (by name) or any non-`const` member of a class holding a byte
/// view or an object that borrows, taking one (`SetText(const Span&)`), or
/// any non-`const` member of a class that borrows, taking an object that
/// borrows (`swap(Span&)`, `CopyFrom(const Span&)`).
fn stores_views(cx: &Context, record: &Record, m: &Method, call: CallKind, args: &[Arg]) -> bool {
    let CallKind::Method {
        class,
        mutable: true,
    } = call
    else {
        return false;
    };
    if cx.env.byte_views.contains_key(&class) || crate::analysis::class::roles::view_like(record) {
        return args.iter().any(|a| {
            borrowing_object(cx, &a.kind)
                || matches!(
                    a.kind,
                    ArgKind::ByteView { .. }
                        | ArgKind::Slice { .. }
                        | ArgKind::CStr
                        | ArgKind::StrView
                        | ArgKind::StrRef
                        | ArgKind::StrValue
                        | ArgKind::OptStr
                )
        });
    }
    let borrows = |name: &str| {
        cx.env.byte_view(name).is_some()
            || cx
                .env
                .classes
                .get(name)
                .is_some_and(|&c| cx.bindings().class(c).has_lifetime())
    };
    let holds = record
        .fields
        .iter()
        .any(|f| matches!(&f.ty, Type::Record { name } if borrows(name)));
    let takes = args
        .iter()
        .any(|a| matches!(a.kind, ArgKind::ByteView { .. }) || borrowing_object(cx, &a.kind));
    // A class that borrows may pass what it borrows along to an object
    // that borrows too, or take that object's borrows (`swap`, `CopyFrom`).
    let own = cx.bindings().class(class).has_lifetime()
        && args.iter().any(|a| borrowing_object(cx, &a.kind));
    takes && (m.name == "operator=" || names_setter(&m.name) || holds || own)
}

/// A member storing what it is given (`stores_views`) keeps it for its
/// object's lifetime `'a`, as a constructor does: byte views, slices and
/// string views become `&'a [u8]`, C strings `&'a CStr`, objects
/// `&'a impl AsCpp<T>` (the call is marked `keeps_args`). A class with no
/// `'a` (or whose methods live on its C++ type, which has none) cannot keep
/// them: skipped, as is a member lent an object that borrows exclusively
/// (it could take the receiver's borrows in exchange) and a view-like
/// class's member given a `std::string` (it would point into the shim's
/// copy; another class copies a string, rule 2). Returns whether the member
/// keeps its arguments.
pub fn keep_stored(
    cx: &Context,
    record: &Record,
    c: &ClassBinding,
    m: &Method,
    call: CallKind,
    forms: &mut [Form],
) -> Result<bool, Skip> {
    if !forms
        .iter()
        .any(|form| stores_views(cx, record, m, call, &form.args))
    {
        return Ok(false);
    }
    if !c.has_lifetime() || c.view {
        return Err(Skip::new(Why::StoredView {
            class: c.cpp_qualified(),
        }));
    }
    let view = crate::analysis::class::roles::view_like(record);
    for a in forms.iter_mut().flat_map(|form| form.args.iter_mut()) {
        // An object lent exclusively could take the receiver's borrows in
        // exchange (`swap`), and outlive them.
        if borrowing_object(cx, &a.kind) && matches!(a.kind, ArgKind::Object { mutable: true, .. })
        {
            return Err(Skip::new(Why::ExchangesBorrows));
        }
        match a.kind {
            ArgKind::StrRef | ArgKind::StrValue | ArgKind::OptStr if view => {
                return Err(Skip::new(Why::ByteViewOverString));
            }
            ArgKind::CStr => a.kind = ArgKind::CStrRetained,
            _ => {}
        }
    }
    Ok(true)
}

/// A byte view's own bytes read by their canonical type: a typedef of
/// `const char*` (`const_pointer`) that its `data()` returns or its
/// `(bytes, length)` constructor takes is the view's bytes, not a library
/// string type ([`adjust_result`] lends them; the constructor keeps a slice).
pub fn view_sig<'m>(
    cx: &Context,
    class: ClassId,
    m: &Method,
    sig: std::borrow::Cow<'m, Signature>,
) -> std::borrow::Cow<'m, Signature> {
    let canonical = || Type::Pointer {
        pointee: Box::new(Type::Char),
        is_const: true,
    };
    let token = |t: &Type| matches!(t, Type::StringToken { is_const: true, .. });
    if !cx.env.byte_views.contains_key(&class) {
        return sig;
    }
    if m.name == BYTE_VIEW_DATA && sig.params.is_empty() && token(&sig.ret) {
        let mut sig = sig.into_owned();
        sig.ret = canonical();
        return std::borrow::Cow::Owned(sig);
    }
    if crate::analysis::class::roles::bytes_and_length(m) && token(&sig.params[0].ty) {
        let mut sig = sig.into_owned();
        sig.params[0].ty = canonical();
        return std::borrow::Cow::Owned(sig);
    }
    sig
}

/// A `bool` parameter saying the string argument is static or interned
/// (`SetValue(str, staticMem)`) means the object may keep the pointer: the
/// forms that pass it are left out, the shorter ones (C++'s default) stay,
/// relying on `kept-flag-by-name`.
pub fn drop_kept_string_forms(m: &Method, arities: Vec<Form>) -> Result<Vec<Form>, Skip> {
    let keeps_flag = |arity: usize| {
        m.sig.params[..arity]
            .iter()
            .any(|p| matches!(p.ty, Type::Bool) && names_kept_flag(&p.name))
    };
    if !arities.is_empty() && arities.iter().all(|form| keeps_flag(form.arity)) {
        return Err(Skip::new(Why::KeptStringFlag));
    }
    let dropped = arities.iter().any(|form| keeps_flag(form.arity));
    Ok(arities
        .into_iter()
        .filter(|form| !keeps_flag(form.arity))
        .map(|mut form| {
            if dropped {
                form.assume(Convention::KeptFlagByName);
            }
            form
        })
        .collect())
}

/// Narrows a member's result to what the call can lend; `assumes` gains
/// the conventions that reading relies on.
pub fn adjust_result(
    cx: &Context,
    class: ClassId,
    qualified: &str,
    m: &Method,
    call: CallKind,
    ret: &mut RetKind,
    assumes: &mut Vec<Convention>,
) {
    // The status class's own members return the object itself.
    if let RetKind::Status { class: s } = *ret {
        if s == class {
            *ret = RetKind::Object {
                cpp: qualified.to_string(),
                class,
            };
        }
    }
    let is_const = matches!(call, CallKind::Method { mutable: false, .. });
    // A byte view's own bytes: `data()` with `size()`, borrowed from the view
    // (not NUL-terminated, so never read as a C string).
    let own_bytes = cx.env.byte_views.contains_key(&class)
        && m.name == BYTE_VIEW_DATA
        && m.sig.params.is_empty()
        && matches!(call, CallKind::Method { .. });
    if own_bytes && matches!(ret, RetKind::CStr) {
        *ret = RetKind::ViewData;
        assume(assumes, Convention::ByteViewByName);
    }
    if let RetKind::Borrowed {
        access: access @ Access::Exclusive,
        ..
    } = ret
    {
        // An object reached through a `const` member is shared, whatever its
        // type says; an ancestor or owner reached from a node (`Parent`,
        // `GetDocument`) may free the node: lent shared only, so it cannot.
        let ancestor = names_ancestor(&m.name);
        if is_const || ancestor {
            *access = Access::Shared;
        }
        if ancestor && !is_const {
            assume(assumes, Convention::AncestorByName);
        }
    }
    // Bytes lent by a `const` member are shared: two calls would otherwise
    // lend two `&mut` views of the same bytes.
    if let (
        RetKind::BorrowedBytes { mutable, .. }
        | RetKind::Std(crate::plan::StdRet::Span { mutable, .. }),
        true,
    ) = (&mut *ret, is_const)
    {
        *mutable = false;
    }
    if let (RetKind::ScalarRef(s), true) = (&*ret, is_const) {
        *ret = RetKind::Scalar(crate::plan::Scalar { exact: false, ..*s });
    }
}
