//! What a C function's name (and its siblings') says about untyped text
//! (docs/strategy.md, "C text"):
//!
//! * a `const void*` (or byte pointer) result whose last name word is a data
//!   word ([`DATA_WORDS`](crate::analysis::conventions::DATA_WORDS): `sqlite3_column_blob`) and whose sibling — the
//!   same name with a length word ([`LENGTH_WORDS`]) in its place, the same
//!   parameter types, an integer result (`sqlite3_column_bytes`) — exists,
//!   is that many bytes: copied, the sibling called right after with the
//!   same arguments;
//! * a function whose last name word ends in `16` (`sqlite3_open16`,
//!   `sqlite3_errmsg16`) passes its `const void*` text as NUL-terminated
//!   UTF-16;
//! * a variadic function whose last fixed parameter is a `const char*`
//!   format (named `*fmt*`/`*format*`, or the function's last name word ends
//!   in `printf`) is bound in its fixed form: `"%s"` and one string.

use crate::analysis::conventions::is_utf16;
use crate::analysis::conventions::{is_data_word, LENGTH_WORDS};
use crate::analysis::core::naming;
use crate::analysis::core::types::{byte_like, CallHints};
use crate::ir::{Api, Function, Item, ItemKind, Param, Type};
use crate::plan::convention::assume;
use crate::plan::{Arg, ArgKind, Convention, RetKind, TextUnit};
use crate::plan::{Skip, Why};
use std::collections::HashMap;

/// A free function a result's length may come from.
#[derive(Debug, Clone)]
struct Sibling {
    qualified: String,
    scope: Vec<String>,
    params: Vec<Type>,
    ret: Type,
    variadic: bool,
}

/// The library's free functions by snake_case name.
#[derive(Debug, Default)]
pub struct Siblings {
    by_snake: HashMap<String, Sibling>,
}

impl Siblings {
    /// Indexes every free function that is not an operator or deleted.
    pub fn scan(api: &Api) -> Self {
        let mut by_snake = HashMap::new();
        for it in &api.items {
            if let ItemKind::Function(f) = &it.kind {
                if f.deleted || f.is_operator {
                    continue;
                }
                by_snake.entry(naming::snake(&it.name)).or_insert(Sibling {
                    qualified: it.qualified_name(),
                    scope: it.scope.clone(),
                    params: f.sig.params.iter().map(|p| p.ty.clone()).collect(),
                    ret: f.sig.ret.clone(),
                    variadic: f.sig.variadic,
                });
            }
        }
        Siblings { by_snake }
    }
}

impl CallHints {
    /// Hints with only the config's sized buffers (methods).
    pub fn sized(sized: crate::analysis::core::types::SizedBuffers) -> Self {
        CallHints {
            sized,
            ..Default::default()
        }
    }
}

/// snake_case words of a name, with its last word split into its letters
/// and what follows (`text16le` → `text`, `16le`).
fn split(name: &str) -> Option<(Vec<String>, String, String)> {
    let snake = naming::snake(name);
    let mut words: Vec<String> = snake.split('_').map(str::to_string).collect();
    let last = words.pop()?;
    let cut = last
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(last.len());
    Some((words, last[..cut].to_string(), last[cut..].to_string()))
}

/// What `f`'s name and siblings say about the call; `free` is the
/// library's `*_free(void*)`.
pub fn hints(
    siblings: &Siblings,
    item: &Item,
    f: &Function,
    free: Option<&str>,
    caller_frees: bool,
) -> CallHints {
    let utf16 = is_utf16(&item.name);
    let found = text_result(siblings, item, f, utf16)
        .or_else(|| string_result(item, f, free, caller_frees));
    let (ret, ret_assumes) = match found {
        Some((ret, assumes)) => (Some(ret), assumes),
        None => (None, Vec::new()),
    };
    CallHints {
        utf16,
        ret,
        ret_assumes,
        printf: printf_format(item, f),
        ..Default::default()
    }
}

/// A `const void*` (or byte pointer) result: sized text when a length
/// sibling exists, UTF-16 text when the name marks it; with the conventions
/// that reading relies on.
fn text_result(
    siblings: &Siblings,
    item: &Item,
    f: &Function,
    utf16: bool,
) -> Option<(RetKind, Vec<Convention>)> {
    let untyped = matches!(f.sig.ret, Type::ConstVoidPointer);
    let bytes =
        matches!(&f.sig.ret, Type::Pointer { pointee, is_const: true } if byte_like(pointee));
    if !untyped && !bytes {
        return None;
    }
    let unit = if utf16 && untyped {
        TextUnit::Utf16
    } else {
        TextUnit::Byte
    };
    let mut assumes = Vec::new();
    if unit == TextUnit::Utf16 {
        assumes.push(Convention::Utf16ByName);
    }
    if let Some(len_fn) = length_sibling(siblings, item, f) {
        assume(&mut assumes, Convention::LengthSiblingByName);
        return Some((RetKind::SizedText { len_fn, unit }, assumes));
    }
    (untyped && utf16).then_some((RetKind::Utf16Str, assumes))
}

/// A `char*` result of a function that is given no buffer to write: the
/// caller's to free with the library's `*_free(void*)` when the name says
/// the function makes the string (`*printf`, or a creating word:
/// `sqlite3_mprintf`) or the config says the caller frees it
/// (`caller_frees`: `sqlite3_expanded_sql`); otherwise, from a function
/// taking a C struct pointer (a handle), a string that handle owns
/// (`sqlite3_str_value`), copied as a `const char*` is (a string the caller
/// should have freed leaks, it is never freed twice).
fn string_result(
    item: &Item,
    f: &Function,
    free: Option<&str>,
    caller_frees: bool,
) -> Option<(RetKind, Vec<Convention>)> {
    let owned = matches!(&f.sig.ret, Type::Pointer { pointee, is_const: false } if matches!(**pointee, Type::Char));
    // A function writing into a buffer it is given (`sqlite3_snprintf`) may
    // return a pointer into that buffer: not a string to free.
    let writes_buffer = f.sig.params.iter().any(|p| {
        matches!(&p.ty, Type::Pointer { pointee, is_const: false } if byte_like(pointee) || matches!(**pointee, Type::VoidPointer))
            || matches!(p.ty, Type::VoidPointer)
    });
    if writes_buffer {
        return None;
    }
    if !owned {
        return None;
    }
    let printf = split(&item.name).is_some_and(|(_, base, _)| base.ends_with("printf"));
    let named = printf || crate::analysis::conventions::is_creating(&item.name, &f.sig.params);
    if named || caller_frees {
        // The free function is the library's by name; that the call makes
        // the string is the config's word, or the name's.
        let mut assumes = vec![Convention::FreeFunctionByName];
        if !caller_frees {
            assume(&mut assumes, Convention::CreatesByName);
        }
        return free.map(|free| {
            let ret = RetKind::FreedCStr {
                free: free.to_string(),
            };
            (ret, assumes)
        });
    }
    let of_handle = !f.sig.variadic
        && f.sig.params.iter().any(
            |p| matches!(&p.ty, Type::Pointer { pointee, .. } if matches!(**pointee, Type::Record { .. })),
        );
    of_handle.then_some((RetKind::CStr, Vec::new()))
}

/// The sibling giving the byte length of `f`'s data result.
fn length_sibling(siblings: &Siblings, item: &Item, f: &Function) -> Option<String> {
    let (prefix, base, rest) = split(&item.name)?;
    if !is_data_word(&base) {
        return None;
    }
    let params: Vec<&Type> = f.sig.params.iter().map(|p| &p.ty).collect();
    LENGTH_WORDS.iter().find_map(|lw| {
        let mut words = prefix.clone();
        words.push(format!("{lw}{rest}"));
        let s = siblings.by_snake.get(&words.join("_"))?;
        let same = s.scope == item.scope
            && !s.variadic
            && matches!(s.ret, Type::Int { .. })
            && s.params.iter().collect::<Vec<_>>() == params;
        same.then(|| s.qualified.clone())
    })
}

/// The index of a `printf`-style format parameter of a variadic `f`, or of
/// one followed by a last `va_list` parameter (`sqlite3_vmprintf`).
fn printf_format(item: &Item, f: &Function) -> Option<usize> {
    let va_list = matches!(f.sig.params.last().map(|p| &p.ty), Some(Type::VaList));
    if !f.sig.variadic && !va_list {
        return None;
    }
    let last = f.sig.params.len().checked_sub(1 + usize::from(va_list))?;
    let p = &f.sig.params[last];
    let is_cstr = matches!(&p.ty, Type::Pointer { pointee, is_const: true } if matches!(**pointee, Type::Char));
    let param = naming::snake(&p.name);
    let named = param.contains("fmt") || param.contains("format");
    let printf = split(&item.name)
        .is_some_and(|(_, base, rest)| rest.is_empty() && base.ends_with("printf"));
    (is_cstr && (named || printf)).then_some(last)
}

/// A sized result's sibling is called with the same argument expressions:
/// only plain values (no copies or out-parameters made for the first call).
pub fn check(args: &[Arg], ret: &RetKind) -> Result<(), Skip> {
    if !matches!(ret, RetKind::SizedText { .. }) {
        return Ok(());
    }
    match args.iter().find(|a| {
        !matches!(
            a.kind,
            ArgKind::Scalar(_)
                | ArgKind::Enum { .. }
                | ArgKind::Handle(_)
                | ArgKind::HandleLent(_)
                | ArgKind::CStr
        )
    }) {
        Some(a) => Err(Skip::new(Why::LengthArgNotPlain {
            arg: a.name.clone(),
        })
        .in_result()),
        None => Ok(()),
    }
}

/// A parameter the call's hints map: a `printf` format, `const void*`
/// UTF-16 text, or a `const void**` UTF-16 out-string (`*16` names).
///
/// With the convention the reading relies on.
pub fn text_param(p: &Param, i: usize, hints: &CallHints) -> Option<(ArgKind, Convention)> {
    match &p.ty {
        _ if hints.printf == Some(i) => Some((ArgKind::PrintfText, Convention::PrintfByName)),
        Type::ConstVoidPointer if hints.utf16 => Some((ArgKind::Utf16Str, Convention::Utf16ByName)),
        Type::Pointer {
            pointee,
            is_const: false,
        } if hints.utf16 && matches!(**pointee, Type::ConstVoidPointer) => {
            Some((ArgKind::OutUtf16, Convention::Utf16ByName))
        }
        _ => None,
    }
}

/// A UTF-16 out-string may point into the UTF-16 text of the same call
/// (`sqlite3_prepare16_v2`'s tail): that text crosses NUL-terminated, and
/// outlives the out-string's copy.
pub fn terminate_utf16(args: &mut [Arg]) {
    if !args.iter().any(|a| matches!(a.kind, ArgKind::OutUtf16)) {
        return;
    }
    for a in args {
        let bytes =
            matches!(&a.kind, ArgKind::Slice { elem, mutable: false, .. } if elem.rust == "u8");
        if bytes && a.cpp_count == 2 {
            a.kind = ArgKind::TerminatedUtf16;
        }
    }
}

/// A `const char**` out-string followed by an integer out-parameter that
/// reads as its length (unnamed or count-named) is that many bytes, not a
/// NUL-terminated string (`sqlite3_keyword_name`).
pub fn counted_out_strings(args: &mut [Arg], params: &[Param]) {
    for k in 1..args.len() {
        let ArgKind::OutScalar(len) = &args[k].kind else {
            continue;
        };
        let counted = params.get(args[k].cpp_index).is_some_and(|p| {
            p.name.is_empty() || crate::analysis::conventions::is_count_name(&p.name)
        });
        if counted && matches!(args[k - 1].kind, ArgKind::OutCStr { free: None }) {
            args[k - 1].kind = ArgKind::OutCountedCStr {
                len: args[k].name.clone(),
                len_cpp: len.cpp.to_string(),
            };
            assume(&mut args[k - 1].assumes, Convention::CountByName);
        }
    }
}
