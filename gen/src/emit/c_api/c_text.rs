//! C text in every output: UTF-16 strings (`*16` functions), results a
//! sibling function sizes, `printf` fixed forms, borrowed handles' null.

use crate::emit::core::tokens::ident;
use crate::plan::{Arg, ArgKind, Bindings, ClosureParam, FnBinding, RetKind, TextUnit};
use proc_macro2::TokenStream;
use quote::quote;

/// Thrown by a shim whose bridge function returns a reference.
const NULL_RESULT: &str = include_str!("../cpp/null_result.h");

/// The length of a slice passed before its pointer (`(int n, char* p)`).
const CLAMP_LEN: &str = include_str!("../cpp/clamp_len.h");

/// UTF-16 helpers.
const UTF16: &str = include_str!("../cpp/utf16.h");

fn any_ret(b: &Bindings, pred: impl Fn(&RetKind) -> bool) -> bool {
    b.functions.iter().any(|f| pred(&f.ret))
}

/// The shim body of a `char*` result pointing into the buffer argument
/// `buf`: its offset in the buffer, or -1 for null or a pointer outside it.
pub fn in_buffer_body(buf: &Arg, callee: &str) -> String {
    let n = &buf.name;
    format!(
        "  const auto cxxbind_at = reinterpret_cast<::std::uintptr_t>({callee});\n  const auto cxxbind_begin = reinterpret_cast<::std::uintptr_t>({n}.data());\n  if (cxxbind_at == 0 || cxxbind_at < cxxbind_begin || cxxbind_at - cxxbind_begin >= {n}.size()) return -1;\n  return static_cast<::std::int64_t>(cxxbind_at - cxxbind_begin);"
    )
}

/// The safe result (value, type) of a `char*` into the buffer argument
/// `buf` (`&'r mut [u8]`, already passed to the call): the string from the
/// offset the bridge returned up to its NUL, inside the buffer.
pub fn in_buffer_part(buf: &Arg) -> (TokenStream, TokenStream) {
    let n = ident(&buf.name);
    (
        quote!({
            let cxxbind_buf: &'r [u8] = #n;
            usize::try_from(cxxbind_r)
                .ok()
                .and_then(|cxxbind_o| cxxbind_buf.get(cxxbind_o..))
                .map(|cxxbind_s| {
                    cxxbind_s
                        .iter()
                        .position(|&cxxbind_c| cxxbind_c == 0)
                        .map_or(cxxbind_s, |cxxbind_end| &cxxbind_s[..cxxbind_end])
                })
        }),
        quote!(::core::option::Option<&'r [u8]>),
    )
}

/// The doc lines of a `char*` result into the buffer argument.
pub fn in_buffer_doc(f: &FnBinding) -> Option<TokenStream> {
    let RetKind::InBuffer { buf_arg } = f.ret else {
        return None;
    };
    let line = format!(
        " Returns the text the C result points to in `{}`, up to its NUL and never past the buffer's end; `None` when it is null or outside the buffer.",
        f.args[buf_arg].name
    );
    Some(quote!(#[doc = ""] #[doc = #line]))
}

/// The helpers the shims of `b` need (namespace `cxxbind`); empty when none.
pub fn helpers(b: &Bindings) -> String {
    let mut out = String::new();
    if any_ret(b, RetKind::null_as_error) {
        out.push_str(NULL_RESULT);
    }
    let utf16_ret = any_ret(b, |r| {
        matches!(
            r,
            RetKind::Utf16Str
                | RetKind::SizedText {
                    unit: TextUnit::Utf16,
                    ..
                }
        )
    });
    let utf16_arg = b.functions.iter().any(|f| {
        f.args.iter().any(|a| match &a.kind {
            ArgKind::Utf16Str | ArgKind::TerminatedUtf16 | ArgKind::OutUtf16 => true,
            ArgKind::Closure(sig) => sig.params.contains(&ClosureParam::Utf16),
            _ => false,
        })
    });
    if utf16_ret || utf16_arg {
        out.push_str(UTF16);
    }
    let clamp = b
        .functions
        .iter()
        .flat_map(|f| &f.args)
        .any(|a| match &a.kind {
            ArgKind::Slice { len_type, .. } => !crate::emit::core::signature::size_t_wide(len_type),
            ArgKind::PodSlice { .. } => true,
            _ => false,
        });
    if clamp {
        out.push_str(CLAMP_LEN);
    }
    if out.is_empty() {
        return out;
    }
    let limits = if clamp { "#include <limits>\n" } else { "" };
    format!("\n{limits}namespace cxxbind {{{out}}} // namespace cxxbind\n")
}

/// (bridge type, C++ type, C++ call expression) of a text argument.
pub fn sig_arg(a: &Arg) -> Option<(TokenStream, String, String)> {
    let n = &a.name;
    let utf16 = || {
        (
            quote!(&[u16]),
            "::rust::Slice<const ::std::uint16_t>".to_string(),
        )
    };
    Some(match &a.kind {
        ArgKind::PrintfText => (
            quote!(&CxxString),
            "const ::std::string&".into(),
            format!("\"%s\", {n}.c_str()"),
        ),
        // The text goes in the `va_list` the shim's call is wrapped in
        // ([`va_text_call`]).
        ArgKind::VaText => (
            quote!(&CxxString),
            "const ::std::string&".into(),
            "\"%s\", cxxbind_ap".into(),
        ),
        ArgKind::Utf16Str => {
            let (rust, cpp) = utf16();
            (rust, cpp, format!("::cxxbind::utf16({n}).c_str()"))
        }
        // Four zero bytes past the copy end it as UTF-16.
        ArgKind::Utf16Kept => {
            let (rust, cpp) = utf16();
            (
                rust,
                cpp,
                format!("static_cast<const void*>(::cxxbind::heap_copy_kept(reinterpret_cast<const ::std::uint8_t*>({n}.data()), {n}.size() * 2))"),
            )
        }
        ArgKind::TerminatedUtf16 => {
            let (rust, cpp) = utf16();
            (
                rust,
                cpp,
                format!("::cxxbind::utf16_terminated({n}), ({n}.size() - 1) * 2"),
            )
        }
        ArgKind::OutUtf16 => (
            quote!(&mut Vec<u16>),
            "::rust::Vec<::std::uint16_t>&".into(),
            format!("::cxxbind::OutUtf16{{{n}}}.out()"),
        ),
        _ => return None,
    })
}

/// The safe layer for a text argument: parameter and call argument. False
/// for other arguments.
pub fn safe_arg(
    a: &Arg,
    params: &mut Vec<TokenStream>,
    prep: &mut Vec<TokenStream>,
    call_args: &mut Vec<TokenStream>,
) -> bool {
    let n = ident(&a.name);
    match &a.kind {
        ArgKind::Utf16Str | ArgKind::Utf16Kept => {
            params.push(quote!(#n: &[u16]));
            call_args.push(quote!(#n));
        }
        ArgKind::TerminatedUtf16 => {
            let cxx = ident(&crate::plan::paths::join(&["cxxbind", &a.name]));
            params.push(quote!(#n: &[u16]));
            prep.push(quote! {
                let mut #cxx: ::std::vec::Vec<u16> = ::std::vec::Vec::with_capacity(#n.len() + 1);
                #cxx.extend_from_slice(#n);
                #cxx.push(0);
            });
            call_args.push(quote!(&#cxx));
        }
        ArgKind::OutUtf16 => {
            prep.push(quote!(let mut #n: ::std::vec::Vec<u16> = ::std::vec::Vec::new();));
            call_args.push(quote!(&mut #n));
        }
        ArgKind::PrintfText | ArgKind::VaText => {
            crate::emit::core::safe::cxx_string_arg(&a.name, params, prep, call_args)
        }
        _ => return false,
    }
    true
}

/// The safe layer for a text result: the preparation and call argument
/// its bridge function fills, and the result part (value, type). `None`
/// for other results.
pub fn safe_ret(
    f: &FnBinding,
    prep: &mut Vec<TokenStream>,
    call_args: &mut Vec<TokenStream>,
) -> Option<(TokenStream, TokenStream)> {
    let utf16 = match &f.ret {
        RetKind::Utf16Str
        | RetKind::SizedText {
            unit: TextUnit::Utf16,
            ..
        } => true,
        RetKind::SizedText {
            unit: TextUnit::Byte,
            ..
        } => false,
        _ => return None,
    };
    if utf16 {
        prep.push(quote!(let mut cxxbind_ret: ::std::vec::Vec<u16> = ::std::vec::Vec::new();));
        call_args.push(quote!(&mut cxxbind_ret));
        Some((
            quote!(if cxxbind_r { Some(cxxbind_ret) } else { None }),
            quote!(Option<::std::vec::Vec<u16>>),
        ))
    } else {
        prep.push(quote!(::cxx::let_cxx_string!(cxxbind_ret = "");));
        call_args.push(quote!(cxxbind_ret.as_mut()));
        Some((
            quote!(if cxxbind_r {
                Some(cxxbind_ret.as_bytes().to_vec())
            } else {
                None
            }),
            quote!(Option<::std::vec::Vec<u8>>),
        ))
    }
}

/// A call whose `va_list` the shim builds: `callee` (which reads
/// `cxxbind_ap`) runs inside `::cxxbind::va_text`, whose variadic
/// arguments are the one text. `None` when the plan has no such argument.
pub fn va_text_call(f: &FnBinding, callee: &str) -> Option<String> {
    let a = f.args.iter().find(|a| matches!(a.kind, ArgKind::VaText))?;
    Some(format!(
        "::cxxbind::va_text([&](va_list cxxbind_ap) {{ return {callee}; }}, 0, {}.c_str())",
        a.name
    ))
}

/// The helper building a `va_list` for [`va_text_call`] (in namespace
/// `cxxbind`), when a plan needs it.
pub fn va_text_helper(b: &Bindings) -> &'static str {
    let needed = b
        .functions
        .iter()
        .any(|f| f.args.iter().any(|a| matches!(a.kind, ArgKind::VaText)));
    if !needed {
        return "";
    }
    include_str!("../cpp/va_text.h")
}
