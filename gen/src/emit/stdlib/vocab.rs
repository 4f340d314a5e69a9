//! The standard library vocabulary ([`crate::analysis::stdlib::vocab`]) in the
//! three writers: bridge types and shim expressions, shim bodies, and the
//! safe layer's parameters and results.

use crate::emit::core::safe::safe_scalar;
use crate::emit::core::tokens::{class_cpp, ident, scalar_tokens, FfiParam};
use crate::plan::paths::join;
use crate::plan::{ArgKind, Bindings, CallKind, OpKind, Piece, RetKind, StdArg, StdRet};
use proc_macro2::{Literal, TokenStream};
use quote::quote;

/// Appends the bridge parameters of `arg` (named `n`) and the C++
/// expressions the wrapped call takes.
pub fn sig_arg(
    b: &Bindings,
    arg: &StdArg,
    n: &str,
    params: &mut Vec<FfiParam>,
    call_args: &mut Vec<String>,
) {
    let mut push =
        |name: String, rust: TokenStream, cpp: String| params.push(FfiParam { name, rust, cpp });
    match arg {
        StdArg::Shared { class } => {
            let cls = ident(&b.class(*class).ffi_name);
            let cpp = class_cpp(b, *class);
            push(
                n.to_string(),
                quote!(SharedPtr<#cls>),
                format!("::std::shared_ptr<{cpp}>"),
            );
            call_args.push(format!("::cxxbind::non_null(::std::move({n}))"));
        }
        StdArg::Array {
            elem,
            cpp_elem,
            len,
        } => {
            let t = scalar_tokens(elem);
            push(
                n.to_string(),
                quote!(&[#t]),
                format!("::rust::Slice<const {}>", elem.cpp),
            );
            call_args.push(format!("::cxxbind::to_array<{cpp_elem}, {len}>({n})"));
        }
        StdArg::Tuple { elems, cpp } => {
            let mut names = Vec::new();
            for (i, p) in elems.iter().enumerate() {
                let name = join(&["cxxbind", n, &i.to_string()]);
                match p {
                    Piece::Scalar(s) => push(name.clone(), scalar_tokens(s), s.cpp.to_string()),
                    Piece::Bytes => push(
                        name.clone(),
                        quote!(&CxxString),
                        "const ::std::string&".into(),
                    ),
                }
                names.push(name);
            }
            call_args.push(format!("{cpp}({})", names.join(", ")));
        }
        StdArg::Map {
            key, value, cpp, ..
        } => {
            let sides: Vec<String> = [("keys", key), ("values", value)]
                .into_iter()
                .map(|(side, p)| piece_run(join(&["cxxbind", n, side]), p, params))
                .collect();
            call_args.push(format!("::cxxbind::to_map<{cpp}>({})", sides.join(", ")));
        }
        StdArg::Set { elem, cpp, .. } => {
            let side = piece_run(join(&["cxxbind", n, "elems"]), elem, params);
            call_args.push(format!("::cxxbind::to_set<{cpp}>({side})"));
        }
        StdArg::Span {
            elem,
            cpp_elem,
            mutable,
        } => {
            let t = scalar_tokens(elem);
            let (rust, cpp, c) = if *mutable {
                (
                    quote!(&mut [#t]),
                    format!("::rust::Slice<{}>", elem.cpp),
                    "",
                )
            } else {
                (
                    quote!(&[#t]),
                    format!("::rust::Slice<const {}>", elem.cpp),
                    "const ",
                )
            };
            push(n.to_string(), rust, cpp);
            call_args.push(format!(
                "::std::span<{c}{cpp_elem}>(reinterpret_cast<{c}{cpp_elem}*>({n}.data()), {n}.size())"
            ));
        }
    }
}

/// The bridge parameters of one run of pieces named `name` (the keys or
/// the values of a map, the elements of a set): a slice of scalars, or
/// strings as one run of bytes and their lengths. Returns the C++
/// expression of the `std::vector` they make.
fn piece_run(name: String, p: &Piece, params: &mut Vec<FfiParam>) -> String {
    match p {
        Piece::Scalar(s) => {
            let t = scalar_tokens(s);
            params.push(FfiParam {
                name: name.clone(),
                rust: quote!(&[#t]),
                cpp: format!("::rust::Slice<const {}>", s.cpp),
            });
            format!("::std::vector<{}>({name}.begin(), {name}.end())", s.cpp)
        }
        Piece::Bytes => {
            let lens = format!("{name}_lens");
            params.push(FfiParam {
                name: name.clone(),
                rust: quote!(&[u8]),
                cpp: "::rust::Slice<const ::std::uint8_t>".into(),
            });
            params.push(FfiParam {
                name: lens.clone(),
                rust: quote!(&[usize]),
                cpp: "::rust::Slice<const ::std::size_t>".into(),
            });
            format!("::cxxbind::split_bytes({name}, {lens})")
        }
    }
}

/// The bridge and C++ types of the out-parameter a run of pieces comes
/// back through: a `Vec` of scalars, or a vector of strings.
fn piece_out(p: &Piece) -> (TokenStream, String) {
    match p {
        Piece::Scalar(s) => {
            let t = scalar_tokens(s);
            (quote!(&mut Vec<#t>), format!("::rust::Vec<{}>&", s.cpp))
        }
        Piece::Bytes => (
            quote!(Pin<&mut CxxVector<CxxString>>),
            "::std::vector<::std::string>&".into(),
        ),
    }
}

/// The bridge and C++ result types of `ret`; results written through
/// out-parameters add them to `params`.
pub fn ret_types(
    b: &Bindings,
    ret: &StdRet,
    params: &mut Vec<FfiParam>,
) -> (Option<TokenStream>, String) {
    let mut push = |name: &str, rust: TokenStream, cpp: String| {
        params.push(FfiParam {
            name: name.to_string(),
            rust,
            cpp,
        })
    };
    match ret {
        StdRet::Function(sig) => crate::emit::stdlib::cppfn::ret_types(sig),
        StdRet::Shared { class } => {
            let cls = ident(&b.class(*class).ffi_name);
            (
                Some(quote!(SharedPtr<#cls>)),
                format!("::std::shared_ptr<{}>", class_cpp(b, *class)),
            )
        }
        StdRet::Array { elem, .. } => {
            let t = scalar_tokens(elem);
            push(
                "cxxbind_ret",
                quote!(&mut [#t]),
                format!("::rust::Slice<{}>", elem.cpp),
            );
            (None, "void".into())
        }
        StdRet::Tuple { elems } => {
            for (i, p) in elems.iter().enumerate() {
                let name = format!("cxxbind_ret_{i}");
                match p {
                    Piece::Scalar(s) => {
                        let t = scalar_tokens(s);
                        push(&name, quote!(&mut #t), format!("{}&", s.cpp));
                    }
                    Piece::Bytes => {
                        push(&name, quote!(Pin<&mut CxxString>), "::std::string&".into())
                    }
                }
            }
            (None, "void".into())
        }
        StdRet::Map { key, value, .. } => {
            for (name, p) in [("cxxbind_keys", key), ("cxxbind_values", value)] {
                let (rust, cpp) = piece_out(p);
                push(name, rust, cpp);
            }
            (None, "void".into())
        }
        StdRet::Set { elem, .. } => {
            let (rust, cpp) = piece_out(elem);
            push("cxxbind_elems", rust, cpp);
            (None, "void".into())
        }
        StdRet::Span { elem, mutable } => {
            let t = scalar_tokens(elem);
            if *mutable {
                (
                    Some(quote!(&'a mut [#t])),
                    format!("::rust::Slice<{}>", elem.cpp),
                )
            } else {
                (
                    Some(quote!(&'a [#t])),
                    format!("::rust::Slice<const {}>", elem.cpp),
                )
            }
        }
    }
}

/// The bridge function returns nothing (the value comes through out-parameters).
pub fn void_in_bridge(ret: &RetKind) -> bool {
    matches!(
        ret,
        RetKind::Std(
            StdRet::Array { .. } | StdRet::Tuple { .. } | StdRet::Map { .. } | StdRet::Set { .. }
        )
    )
}

/// The shim's body around the wrapped call `callee`.
pub fn ret_body(ret: &StdRet, callee: &str) -> String {
    match ret {
        StdRet::Function(sig) => crate::emit::stdlib::cppfn::ret_body(sig, callee),
        StdRet::Shared { .. } => format!("  return {callee};"),
        StdRet::Array { .. } => format!(
            "  const auto& cxxbind_a = {callee};\n  for (::std::size_t cxxbind_i = 0; cxxbind_i < cxxbind_a.size() && cxxbind_i < cxxbind_ret.size(); ++cxxbind_i) {{\n    cxxbind_ret.data()[cxxbind_i] = cxxbind_a[cxxbind_i];\n  }}"
        ),
        StdRet::Tuple { elems } => {
            let mut body = format!("  const auto& cxxbind_t = {callee};");
            for i in 0..elems.len() {
                body.push_str(&format!("\n  cxxbind_ret_{i} = ::std::get<{i}>(cxxbind_t);"));
            }
            body
        }
        StdRet::Span { elem, mutable } => {
            let ptr = if *mutable {
                format!("{}*", elem.cpp)
            } else {
                format!("const {}*", elem.cpp)
            };
            format!(
                "  auto cxxbind_s = {callee};\n  if (cxxbind_s.data() == nullptr) return {{}};\n  return {{reinterpret_cast<{ptr}>(cxxbind_s.data()), cxxbind_s.size()}};"
            )
        }
        StdRet::Map { .. } => format!(
            "  const auto& cxxbind_m = {callee};\n  for (const auto& cxxbind_kv : cxxbind_m) {{\n    cxxbind_keys.push_back(cxxbind_kv.first);\n    cxxbind_values.push_back(cxxbind_kv.second);\n  }}"
        ),
        StdRet::Set { .. } => format!(
            "  const auto& cxxbind_s = {callee};\n  for (const auto& cxxbind_e : cxxbind_s) {{\n    cxxbind_elems.push_back(cxxbind_e);\n  }}"
        ),
    }
}

/// The shim helpers the plans need (none when no plan uses them).
pub fn helpers(b: &Bindings) -> String {
    let args = || b.functions.iter().flat_map(|f| &f.args);
    let mut out = String::new();
    if args().any(|a| matches!(a.kind, ArgKind::Std(StdArg::Shared { .. }))) {
        out.push_str(include_str!("../cpp/non_null.h"));
    }
    if args().any(|a| matches!(a.kind, ArgKind::Std(StdArg::Array { .. }))) {
        out.push_str(include_str!("../cpp/to_array.h"));
    }
    // Maps and sets passed from Rust share `split_bytes` (strings as one run
    // of bytes and their lengths), written once, with the first of them.
    let map = args().any(|a| matches!(a.kind, ArgKind::Std(StdArg::Map { .. })));
    let set = args().any(|a| matches!(a.kind, ArgKind::Std(StdArg::Set { .. })));
    if map {
        out.push_str(&in_namespace(&[
            SPLIT_BYTES,
            include_str!("../cpp/to_map.h"),
        ]));
    }
    if set {
        let split = if map { "" } else { SPLIT_BYTES };
        out.push_str(&in_namespace(&[split, include_str!("../cpp/to_set.h")]));
    }
    let three_way = b.functions.iter().any(|f| {
        matches!(
            f.kind,
            CallKind::Operator {
                op: OpKind::Cmp(_),
                ..
            }
        )
    });
    if three_way {
        out.push_str(include_str!("../cpp/ordering.h"));
    }
    out
}

/// Strings from Rust as one run of bytes and their lengths (maps and sets).
const SPLIT_BYTES: &str = include_str!("../cpp/split_bytes.h");

/// Helper definitions wrapped in one `namespace cxxbind` block.
fn in_namespace(parts: &[&str]) -> String {
    format!(
        "\nnamespace cxxbind {{\n{}}} // namespace cxxbind\n",
        parts.concat()
    )
}

/// The safe layer's locals for one run of pieces named `run` taken from
/// `source` (an iterator over the map's keys or values, or the set): a
/// `Vec` of scalars, or the strings' bytes and lengths; each passed to the
/// bridge.
fn pass_run(
    run: &str,
    source: TokenStream,
    p: &Piece,
    prep: &mut Vec<TokenStream>,
    call_args: &mut Vec<TokenStream>,
) {
    let v = ident(run);
    match p {
        Piece::Scalar(s) => {
            let t = safe_scalar(s);
            prep.push(quote!(let #v: ::std::vec::Vec<#t> = #source.copied().collect();));
            call_args.push(quote!(&#v));
        }
        Piece::Bytes => {
            let lens = ident(&format!("{run}_lens"));
            prep.push(quote! {
                let #v: ::std::vec::Vec<u8> = #source.flat_map(|b| b.iter().copied()).collect();
                let #lens: ::std::vec::Vec<usize> = #source.map(|b| b.len()).collect();
            });
            call_args.push(quote!(&#v));
            call_args.push(quote!(&#lens));
        }
    }
}

/// The safe layer's out-parameter `v` for one run of pieces coming back, and
/// the iterator over what C++ put in it.
fn take_run(
    v: proc_macro2::Ident,
    p: &Piece,
    prep: &mut Vec<TokenStream>,
    call_args: &mut Vec<TokenStream>,
) -> TokenStream {
    match p {
        Piece::Scalar(_) => {
            prep.push(quote!(let mut #v = ::std::vec::Vec::new();));
            call_args.push(quote!(&mut #v));
            quote!(#v.into_iter())
        }
        Piece::Bytes => {
            prep.push(quote!(let mut #v = ::cxx::CxxVector::<::cxx::CxxString>::new();));
            call_args.push(quote!(#v.pin_mut()));
            quote!(#v
                .as_ref()
                .into_iter()
                .flat_map(|v| v.iter())
                .map(|s| s.as_bytes().to_vec()))
        }
    }
}

fn piece_type(p: &Piece) -> TokenStream {
    match p {
        Piece::Scalar(s) => safe_scalar(s),
        Piece::Bytes => quote!(::std::vec::Vec<u8>),
    }
}

/// The safe layer's parameter for `arg` (named `n`), what it prepares and
/// what it passes.
pub fn safe_arg(
    b: &Bindings,
    arg: &StdArg,
    n: &str,
    r: &TokenStream,
    params: &mut Vec<TokenStream>,
    prep: &mut Vec<TokenStream>,
    call_args: &mut Vec<TokenStream>,
) {
    let name = ident(n);
    match arg {
        StdArg::Shared { class } => {
            let cls = ident(&b.class(*class).ffi_name);
            params.push(quote!(#name: &::cxx::SharedPtr<#r::ffi::#cls>));
            call_args.push(quote!(#name.clone()));
        }
        StdArg::Array { elem, len, .. } => {
            let t = safe_scalar(elem);
            let len = Literal::u64_unsuffixed(*len);
            params.push(quote!(#name: [#t; #len]));
            call_args.push(quote!(&#name[..]));
        }
        StdArg::Tuple { elems, .. } => {
            let parts: Vec<_> = (0..elems.len())
                .map(|i| ident(&join(&["cxxbind", n, &i.to_string()])))
                .collect();
            let types = elems.iter().map(|p| match p {
                Piece::Scalar(s) => safe_scalar(s),
                Piece::Bytes => quote!(&[u8]),
            });
            params.push(quote!(#name: (#(#types,)*)));
            prep.push(quote!(let (#(#parts,)*) = #name;));
            for (p, part) in elems.iter().zip(&parts) {
                match p {
                    Piece::Scalar(_) => call_args.push(quote!(#part)),
                    Piece::Bytes => {
                        let s = ident(&format!("{part}_s"));
                        prep.push(quote!(::cxx::let_cxx_string!(#s = #part);));
                        call_args.push(quote!(&#s));
                    }
                }
            }
        }
        StdArg::Map {
            key,
            value,
            ordered,
            ..
        } => {
            let (k, v) = (piece_type(key), piece_type(value));
            params.push(if *ordered {
                quote!(#name: &::std::collections::BTreeMap<#k, #v>)
            } else {
                quote!(#name: &::std::collections::HashMap<#k, #v>)
            });
            // `keys()` and `values()` visit the entries in the same order.
            for (side, p) in [("keys", key), ("values", value)] {
                let iter = ident(side);
                let run = join(&["cxxbind", n, side]);
                pass_run(&run, quote!(#name.#iter()), p, prep, call_args);
            }
        }
        StdArg::Set { elem, ordered, .. } => {
            let e = piece_type(elem);
            params.push(if *ordered {
                quote!(#name: &::std::collections::BTreeSet<#e>)
            } else {
                quote!(#name: &::std::collections::HashSet<#e>)
            });
            let run = join(&["cxxbind", n, "elems"]);
            pass_run(&run, quote!(#name.iter()), elem, prep, call_args);
        }
        StdArg::Span { elem, mutable, .. } => {
            let t = safe_scalar(elem);
            params.push(if *mutable {
                quote!(#name: &mut [#t])
            } else {
                quote!(#name: &[#t])
            });
            call_args.push(quote!(#name));
        }
    }
}

/// The safe layer's part of the result for `ret` (value, type), with what
/// it prepares and passes for the out-parameters.
pub fn safe_ret(
    b: &Bindings,
    ret: &StdRet,
    r: &TokenStream,
    prep: &mut Vec<TokenStream>,
    call_args: &mut Vec<TokenStream>,
) -> (TokenStream, TokenStream) {
    match ret {
        StdRet::Function(sig) => crate::emit::stdlib::cppfn::safe_ret(sig, r),
        StdRet::Shared { class } => {
            let cls = ident(&b.class(*class).ffi_name);
            (
                quote!(if cxxbind_r.is_null() {
                    None
                } else {
                    Some(cxxbind_r)
                }),
                quote!(Option<::cxx::SharedPtr<#r::ffi::#cls>>),
            )
        }
        // Lent from the receiver (`'r`, the plan's `lends()`).
        StdRet::Span { elem, mutable } => {
            let t = safe_scalar(elem);
            let ty = if *mutable {
                quote!(&'r mut [#t])
            } else {
                quote!(&'r [#t])
            };
            (quote!(cxxbind_r), ty)
        }
        StdRet::Array { elem, len } => {
            let t = safe_scalar(elem);
            let len = Literal::u64_unsuffixed(*len);
            prep.push(quote!(let mut cxxbind_ret: [#t; #len] = [Default::default(); #len];));
            call_args.push(quote!(&mut cxxbind_ret[..]));
            (quote!(cxxbind_ret), quote!([#t; #len]))
        }
        StdRet::Tuple { elems } => {
            let mut values = Vec::new();
            let mut types = Vec::new();
            for (i, p) in elems.iter().enumerate() {
                let v = ident(&format!("cxxbind_ret_{i}"));
                match p {
                    Piece::Scalar(s) => {
                        let t = safe_scalar(s);
                        prep.push(quote!(let mut #v: #t = Default::default();));
                        call_args.push(quote!(&mut #v));
                        values.push(quote!(#v));
                    }
                    Piece::Bytes => {
                        prep.push(quote!(::cxx::let_cxx_string!(#v = "");));
                        call_args.push(quote!(#v.as_mut()));
                        values.push(quote!(#v.as_bytes().to_vec()));
                    }
                }
                types.push(piece_type(p));
            }
            (quote!((#(#values,)*)), quote!((#(#types,)*)))
        }
        StdRet::Set { elem, ordered } => {
            let iter = take_run(ident("cxxbind_elems"), elem, prep, call_args);
            let e = piece_type(elem);
            let set = if *ordered {
                quote!(::std::collections::BTreeSet<#e>)
            } else {
                quote!(::std::collections::HashSet<#e>)
            };
            (quote!(#iter.collect::<#set>()), set)
        }
        StdRet::Map {
            key,
            value,
            ordered,
        } => {
            let [ki, vi] = [("cxxbind_keys", key), ("cxxbind_values", value)]
                .map(|(name, p)| take_run(ident(name), p, prep, call_args));
            let (k, v) = (piece_type(key), piece_type(value));
            let map = if *ordered {
                quote!(::std::collections::BTreeMap<#k, #v>)
            } else {
                quote!(::std::collections::HashMap<#k, #v>)
            };
            (quote!(#ki.zip(#vi).collect::<#map>()), map)
        }
    }
}
