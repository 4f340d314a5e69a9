//! The bridge-level signature of each bound callable, computed once and
//! read by both writers: the bridge (Rust tokens) and the shim (C++ text).

use crate::analysis::{ArgKind, Bindings, CallKind, FnBinding, RetKind, Scalar};
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

/// An identifier token.
pub fn ident(s: &str) -> Ident {
    Ident::new(s, Span::call_site())
}

/// The bridge type of a scalar.
pub fn scalar_tokens(s: &Scalar) -> TokenStream {
    let t = ident(s.rust);
    quote!(#t)
}

/// One parameter of the bridge function.
pub struct FfiParam {
    /// Parameter name (Rust and C++).
    pub name: String,
    /// Its bridge type.
    pub rust: TokenStream,
    /// Its C++ type in the shim.
    pub cpp: String,
}

/// Everything the bridge and the shim need for one callable.
pub struct FfiSig {
    /// Needs `<'a>`: a borrowed result tied to `self` and mutable slices.
    pub lifetime: bool,
    /// Bridge parameters in order (receiver first for shimmed methods).
    pub params: Vec<FfiParam>,
    /// Bridge result type without `Result<>`; `None` for unit.
    pub ret_rust: Option<TokenStream>,
    /// C++ result type of the shim.
    pub ret_cpp: String,
    /// C++ argument expressions for the wrapped call, in C++ order.
    pub call_args: Vec<String>,
}

/// The qualified C++ name of a class (`::ns::Name`).
pub fn class_cpp(b: &Bindings, class: usize) -> String {
    let c = &b.classes[class];
    let mut s = String::new();
    for part in &c.cpp_scope {
        s.push_str("::");
        s.push_str(part);
    }
    format!("{s}::{}", c.cpp_name)
}

fn class_ident(b: &Bindings, class: usize) -> Ident {
    ident(&b.classes[class].ffi_name)
}

/// Builds the signature of `f`.
pub fn build(b: &Bindings, f: &FnBinding) -> FfiSig {
    let lifetime = matches!(f.ret, RetKind::BorrowedBytes { .. });
    let lt = if lifetime { quote!('a) } else { quote!() };
    let mut params = Vec::new();
    let mut call_args = Vec::new();
    // The receiver of a shimmed method, or the source of a copy.
    if let Some(class) = f.class {
        let cls = class_ident(b, class);
        let cpp = class_cpp(b, class);
        match f.kind {
            CallKind::Method { mutable } if !f.direct => params.push(FfiParam {
                name: "obj".into(),
                rust: if mutable {
                    quote!(Pin<&#lt mut #cls>)
                } else {
                    quote!(&#lt #cls)
                },
                cpp: if mutable {
                    format!("{cpp}&")
                } else {
                    format!("const {cpp}&")
                },
            }),
            _ => {}
        }
    }
    for a in &f.args {
        let name = a.name.clone();
        let n = &name;
        let (rust, cpp, call) = match &a.kind {
            ArgKind::Scalar(s) => (scalar_tokens(s), s.cpp.to_string(), n.clone()),
            ArgKind::Enum { cpp, ffi, .. } => {
                let e = ident(ffi);
                (quote!(#e), format!("::{cpp}"), n.clone())
            }
            ArgKind::CStr => (
                quote!(&CxxString),
                "const ::std::string&".into(),
                format!("{n}.c_str()"),
            ),
            ArgKind::CStrRetained => (
                quote!(&[u8]),
                "::rust::Slice<const ::std::uint8_t>".into(),
                format!("::cxxbind::c_str({n})"),
            ),
            ArgKind::StrRef | ArgKind::StrValue => {
                (quote!(&CxxString), "const ::std::string&".into(), n.clone())
            }
            ArgKind::StrView => (
                quote!(&[u8]),
                "::rust::Slice<const ::std::uint8_t>".into(),
                format!(
                    "::std::string_view(reinterpret_cast<const char*>({n}.data()), {n}.size())"
                ),
            ),
            ArgKind::StrInOut | ArgKind::OutString => (
                quote!(Pin<&mut CxxString>),
                "::std::string&".into(),
                if matches!(a.kind, ArgKind::OutString) {
                    format!("&{n}")
                } else {
                    n.clone()
                },
            ),
            ArgKind::Slice {
                elem,
                mutable,
                cpp_ptr,
            } => {
                let t = scalar_tokens(elem);
                let (rust, cpp) = if *mutable {
                    (
                        quote!(&#lt mut [#t]),
                        format!("::rust::Slice<{}>", elem.cpp),
                    )
                } else {
                    (quote!(&[#t]), format!("::rust::Slice<const {}>", elem.cpp))
                };
                (
                    rust,
                    cpp,
                    format!("reinterpret_cast<{cpp_ptr}>({n}.data()), {n}.size()"),
                )
            }
            ArgKind::OutScalar(s) => {
                let t = scalar_tokens(s);
                (
                    quote!(&mut #t),
                    format!("{}&", s.cpp),
                    format!("reinterpret_cast<{}>(&{n})", a.cpp_type),
                )
            }
            ArgKind::Object {
                class,
                mutable,
                pointer,
                ..
            } => {
                let cls = class_ident(b, *class);
                let cpp = class_cpp(b, *class);
                let rust = if *mutable {
                    quote!(Pin<&mut #cls>)
                } else {
                    quote!(&#cls)
                };
                let cpp_ty = if *mutable {
                    format!("{cpp}&")
                } else {
                    format!("const {cpp}&")
                };
                (
                    rust,
                    cpp_ty,
                    if *pointer { format!("&{n}") } else { n.clone() },
                )
            }
        };
        params.push(FfiParam { name, rust, cpp });
        call_args.push(call);
    }
    let (ret_rust, ret_cpp) = match &f.ret {
        _ if f.kind == CallKind::Constructor || f.kind == CallKind::CopyConstructor => {
            let class = f.class.unwrap_or(0);
            let cls = class_ident(b, class);
            (
                Some(quote!(UniquePtr<#cls>)),
                format!("::std::unique_ptr<{}>", class_cpp(b, class)),
            )
        }
        RetKind::Void => (None, "void".into()),
        RetKind::Scalar(s) => (Some(scalar_tokens(s)), s.cpp.to_string()),
        RetKind::Enum { cpp, ffi } => {
            let e = ident(ffi);
            (Some(quote!(#e)), format!("::{cpp}"))
        }
        RetKind::String => {
            params.push(FfiParam {
                name: "cxxbind_ret".into(),
                rust: quote!(Pin<&mut CxxString>),
                cpp: "::std::string&".into(),
            });
            (None, "void".into())
        }
        RetKind::CStr | RetKind::CopiedBytes { .. } => {
            params.push(FfiParam {
                name: "cxxbind_ret".into(),
                rust: quote!(Pin<&mut CxxString>),
                cpp: "::std::string&".into(),
            });
            (Some(quote!(bool)), "bool".into())
        }
        RetKind::BorrowedBytes { mutable, .. } => {
            if *mutable {
                (
                    Some(quote!(&'a mut [u8])),
                    "::rust::Slice<::std::uint8_t>".into(),
                )
            } else {
                (
                    Some(quote!(&'a [u8])),
                    "::rust::Slice<const ::std::uint8_t>".into(),
                )
            }
        }
        RetKind::Object { class, .. } => {
            let cls = class_ident(b, *class);
            (
                Some(quote!(UniquePtr<#cls>)),
                format!("::std::unique_ptr<{}>", class_cpp(b, *class)),
            )
        }
    };
    FfiSig {
        lifetime,
        params,
        ret_rust,
        ret_cpp,
        call_args,
    }
}
