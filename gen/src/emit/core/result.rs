//! A safe function's result: the locals its out-parameters need, the
//! parts of the value (the call's result, out-parameters, created and
//! borrowed objects) and the value and type the function returns.

use super::function::FnContext;
use crate::emit::class::objects::{borrowed_part, created_part, owned_type};
use crate::emit::core::safe::safe_scalar;
use crate::emit::core::snippets::ArgSnippets;
use crate::emit::core::tokens::ident;
use crate::plan::{Arg, ArgKind, ClassId, FnBinding, RetKind};
use proc_macro2::TokenStream;
use quote::quote;

/// One part of a safe function's result: its value expression and its type.
pub(super) type Part = (TokenStream, TokenStream);

/// The locals the bridge call fills with its result (added to `out`), and
/// the result parts the text, handle and standard library writers read from
/// theirs (each writes only for its own result kinds).
pub(super) fn result_locals(cx: &FnContext, out: &mut ArgSnippets) -> Vec<Part> {
    let (b, f, r) = (cx.b, cx.f, cx.r);
    let (prep, call_args) = (&mut out.prep, &mut out.call_args);
    if matches!(
        f.ret,
        RetKind::String | RetKind::CStr | RetKind::FreedCStr { .. } | RetKind::CopiedBytes { .. }
    ) {
        prep.push(quote!(::cxx::let_cxx_string!(cxxbind_ret = "");));
        call_args.push(quote!(cxxbind_ret.as_mut()));
    }
    let mut parts: Vec<Part> = crate::emit::c_api::c_text::safe_ret(f, prep, call_args)
        .into_iter()
        .collect();
    parts.extend(crate::emit::c_api::handles::out_part(
        b,
        f,
        r,
        &cx.life.hl,
        prep,
        call_args,
    ));
    if matches!(f.ret, RetKind::Vec { .. }) {
        prep.push(quote!(let mut cxxbind_ret = ::std::vec::Vec::new();));
        call_args.push(quote!(&mut cxxbind_ret));
    }
    if let RetKind::OptScalar(s) = &f.ret {
        let t = safe_scalar(s);
        prep.push(quote!(let mut cxxbind_ret: #t = Default::default();));
        call_args.push(quote!(&mut cxxbind_ret));
    }
    if let RetKind::Std(s) = &f.ret {
        parts.push(crate::emit::stdlib::vocab::safe_ret(
            b, s, r, prep, call_args,
        ));
    }
    if matches!(f.ret, RetKind::OptString) {
        prep.push(quote!(::cxx::let_cxx_string!(cxxbind_ret = "");));
        call_args.push(quote!(cxxbind_ret.as_mut()));
    }
    parts
}

/// The parts of the safe result the C++ result gives (`prepared`: those
/// [`result_locals`] read); a constructor's is the new object.
pub(super) fn result_parts(cx: &FnContext, prepared: Vec<Part>) -> Vec<Part> {
    let (b, f, r, hl) = (cx.b, cx.f, cx.r, &cx.life.hl);
    if f.kind.constructed().is_some() {
        return vec![(quote!(Self::cxxbind_wrap(cxxbind_r)), quote!(Self))];
    }
    match &f.ret {
        RetKind::Void => Vec::new(),
        RetKind::Scalar(s) => vec![(quote!(cxxbind_r), safe_scalar(s))],
        RetKind::Enum { ffi, .. } => {
            let e = ident(ffi);
            vec![(quote!(cxxbind_r), quote!(#r::ffi::#e))]
        }
        RetKind::String => vec![(
            quote!(cxxbind_ret.as_bytes().to_vec()),
            quote!(::std::vec::Vec<u8>),
        )],
        RetKind::CStr
        | RetKind::FreedCStr { .. }
        | RetKind::CopiedBytes { .. }
        | RetKind::OptString => vec![(
            quote!(if cxxbind_r {
                Some(cxxbind_ret.as_bytes().to_vec())
            } else {
                None
            }),
            quote!(Option<::std::vec::Vec<u8>>),
        )],
        RetKind::BorrowedBytes { mutable, .. } | RetKind::SizedBytes { mutable, .. } => {
            let ty = if *mutable {
                quote!(&'r mut [u8])
            } else {
                quote!(&'r [u8])
            };
            vec![(quote!(cxxbind_r), ty)]
        }
        RetKind::Object { class, .. } => {
            let ty = owned_type(b, f, *class, r);
            vec![(quote!(<#ty>::cxxbind_wrap(cxxbind_r)), ty)]
        }
        RetKind::UniquePtr { class } | RetKind::OptObject { class } => {
            vec![optional_object_part(cx, *class)]
        }
        RetKind::Created { class } => {
            vec![created_part(b, *class, cx.life.tied, quote!(cxxbind_r), r)]
        }
        RetKind::OptScalar(s) => {
            let t = safe_scalar(s);
            vec![(
                quote!(if cxxbind_r { Some(cxxbind_ret) } else { None }),
                quote!(Option<#t>),
            )]
        }
        RetKind::Vec { elem } => {
            let t = safe_scalar(elem);
            vec![(quote!(cxxbind_ret), quote!(::std::vec::Vec<#t>))]
        }
        RetKind::VecOfStrings => vec![(
            quote!(cxxbind_r
                .as_ref()
                .map(|v| v.iter().map(|s| s.as_bytes().to_vec()).collect())
                .unwrap_or_default()),
            quote!(::std::vec::Vec<::std::vec::Vec<u8>>),
        )],
        RetKind::Handle(h) => vec![crate::emit::c_api::handles::owned_part(
            b,
            *h,
            quote!(cxxbind_r),
            r,
            hl,
        )],
        RetKind::Borrowed {
            class,
            access,
            nullable,
        } => vec![borrowed_part(b, *class, *access, *nullable, r)],
        RetKind::ByteView | RetKind::ViewData => vec![(quote!(cxxbind_r), quote!(&'r [u8]))],
        RetKind::Pod(id) => vec![(
            quote!(cxxbind_r),
            crate::emit::core::safe::pod_path(b, *id, r),
        )],
        RetKind::ScalarRef(s) => {
            let t = safe_scalar(s);
            vec![(quote!(cxxbind_r), quote!(&'r mut #t))]
        }
        // The status is the `Err` (`result_value`); the value is the out-parameters.
        RetKind::Status { .. } => Vec::new(),
        // Read from the locals the text, handle and standard library writers prepared.
        RetKind::SizedText { .. }
        | RetKind::Utf16Str
        | RetKind::Std(_)
        | RetKind::OutPart { .. } => prepared,
        // Written by `scoped_form`.
        RetKind::Lease { .. } | RetKind::Freed { .. } => Vec::new(),
        RetKind::Allocated { .. } | RetKind::Reallocated { .. } => {
            crate::emit::c_api::memory::ret_part(b, f, r)
                .into_iter()
                .collect()
        }
        // A borrowed handle's null arrives as an error: `borrowed_part` reads it.
        RetKind::BorrowedHandle(h) => vec![crate::emit::c_api::handles::borrowed_part(
            b,
            *h,
            quote!(cxxbind_r),
            r,
            hl,
        )],
        RetKind::InBuffer { buf_arg } => vec![crate::emit::c_api::c_text::in_buffer_part(
            &f.args[*buf_arg],
        )],
    }
}

/// The result part of a C++ object the call may not return: `None` for null.
fn optional_object_part(cx: &FnContext, class: ClassId) -> Part {
    let ty = owned_type(cx.b, cx.f, class, cx.r);
    (
        quote!(if cxxbind_r.is_null() {
            None
        } else {
            Some(<#ty>::cxxbind_wrap(cxxbind_r))
        }),
        quote!(Option<#ty>),
    )
}

/// The out-parameters that are part of the safe result (all but a byte
/// result's length).
pub(super) fn result_outs(f: &FnBinding) -> impl Iterator<Item = &Arg> {
    f.args
        .iter()
        .enumerate()
        .filter(|&(i, a)| {
            let len_of_result = matches!(f.ret, RetKind::BorrowedBytes { len_arg, .. } | RetKind::CopiedBytes { len_arg } if len_arg == i);
            a.kind.is_out() && !len_of_result
        })
        .map(|(_, a)| a)
}

/// The part of the safe result an out-parameter gives, if any.
pub(super) fn out_part(cx: &FnContext, a: &Arg) -> Option<Part> {
    let (b, r) = (cx.b, cx.r);
    let n = ident(&a.name);
    Some(match &a.kind {
        ArgKind::OutString | ArgKind::OutCStr { .. } | ArgKind::OutCountedCStr { .. } => {
            (quote!(#n.as_bytes().to_vec()), quote!(::std::vec::Vec<u8>))
        }
        ArgKind::OutScalar(s) => (quote!(#n), safe_scalar(s)),
        ArgKind::OutHandle(h) => {
            crate::emit::c_api::handles::owned_part(b, *h, quote!(#n), r, &cx.life.hl)
        }
        ArgKind::OutObject { class } => created_part(b, *class, cx.life.tied, quote!(#n), r),
        ArgKind::OutUtf16 => (quote!(#n), quote!(::std::vec::Vec<u16>)),
        ArgKind::OutCStrArray { .. } => crate::emit::c_api::arrays::out_part(a),
        _ => return None,
    })
}

/// The safe function's return type (`-> T`, or nothing) and final
/// expression, from the result's parts.
pub(super) fn result_value(
    cx: &FnContext,
    parts: &[Part],
    has_value: bool,
) -> (TokenStream, TokenStream) {
    let (value, ty) = match parts.len() {
        0 => (quote!(()), quote!(())),
        1 => (parts[0].0.clone(), parts[0].1.clone()),
        _ => {
            let v = parts.iter().map(|p| &p.0);
            let t = parts.iter().map(|p| &p.1);
            (quote!((#(#v),*)), quote!((#(#t),*)))
        }
    };
    // A status that is not `ok()` is the error (the shim passes only those).
    let (ty, value) = match &cx.f.ret {
        // A status that borrows has the lifetime analysis let it have
        // (`'a` of the receiver's class, or `'static`), as an object result.
        RetKind::Status { class } => {
            let st = owned_type(cx.b, cx.f, *class, cx.r);
            (
                quote!(::std::result::Result<#ty, #st>),
                quote!(if cxxbind_r.is_null() {
                    Ok(#value)
                } else {
                    Err(<#st>::cxxbind_wrap(cxxbind_r))
                }),
            )
        }
        _ => (ty, value),
    };
    if cx.f.throws {
        (
            quote!(-> ::std::result::Result<#ty, ::cxx::Exception>),
            quote!(Ok(#value)),
        )
    } else if !has_value {
        (quote!(), quote!())
    } else {
        (quote!(-> #ty), value)
    }
}
