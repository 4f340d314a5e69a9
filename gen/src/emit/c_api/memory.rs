//! The allocator family's owned byte buffer in every output
//! (`analysis::memory`): the C++ holder whose destructor calls the
//! library's free function, its bridge type and byte views, and the safe
//! `Allocation` (`Deref<Target = [u8]>`, `DerefMut`, `Drop`).

use crate::emit::core::safe::{root, Modules};
use crate::emit::core::tokens::ident;
use crate::plan::{Arg, ArgKind, Bindings, FnBinding, RetKind};
use proc_macro2::TokenStream;
use quote::quote;

fn bytes_fns(ffi: &str) -> (String, String) {
    (format!("{ffi}_bytes"), format!("{ffi}_bytes_mut"))
}

/// The bridge's items: the holder type and its two byte views.
pub fn bridge_items(b: &Bindings) -> Vec<TokenStream> {
    let Some(m) = &b.memory else {
        return Vec::new();
    };
    let t = ident(&m.ffi_name);
    let (bytes, bytes_mut) = bytes_fns(&m.ffi_name);
    let (bytes, bytes_mut) = (ident(&bytes), ident(&bytes_mut));
    vec![quote! {
        #[namespace = "cxxbind"] type #t;
        #[namespace = "cxxbind"] fn #bytes(m: &#t) -> &[u8];
        #[namespace = "cxxbind"] fn #bytes_mut(m: Pin<&mut #t>) -> &mut [u8];
    }]
}

/// The C++ holder (inside `namespace cxxbind`).
pub fn shim_text(b: &Bindings) -> String {
    let Some(m) = &b.memory else {
        return String::new();
    };
    let (t, free) = (&m.ffi_name, &m.free);
    let free_call = crate::emit::core::cpp::call_by_name(free, "p");
    let (bytes, bytes_mut) = bytes_fns(t);
    format!(
        r#"
// Bytes from the library's allocator, freed by `{free}` exactly once. Fresh
// bytes are zeroed: Rust reads them as `[u8]`.
struct {t} {{
  void* p = nullptr;
  ::std::size_t n = 0;
  {t}() = default;
  {t}(const {t}&) = delete;
  {t}& operator=(const {t}&) = delete;
  ~{t}() {{
    if (p != nullptr) {free_call};
  }}
  // Takes `size` bytes at `q`, the ones from `from` on fresh.
  void take(void* q, ::std::size_t size, ::std::size_t from) noexcept {{
    if (size > from) ::std::memset(static_cast<char*>(q) + from, 0, size - from);
    p = q;
    n = size;
  }}
  // A size argument as a byte count; false when negative.
  template <typename N>
  static bool size_of(N size, ::std::size_t& out) noexcept {{
    if constexpr (::std::is_signed<N>::value) {{
      if (size < 0) return false;
    }}
    out = static_cast<::std::size_t>(size);
    return true;
  }}
}};
inline ::rust::Slice<const ::std::uint8_t> {bytes}(const {t}& m) noexcept {{
  return {{static_cast<const ::std::uint8_t*>(m.p), m.n}};
}}
inline ::rust::Slice<::std::uint8_t> {bytes_mut}({t}& m) noexcept {{
  return {{static_cast<::std::uint8_t*>(m.p), m.n}};
}}
"#
    )
}

/// True when the shim needs `<cstring>` for the holder.
pub fn needs_cstring(b: &Bindings) -> bool {
    b.memory.is_some()
}

/// (bridge type, C++ type, C++ call expression) of a buffer argument.
pub fn sig_arg(b: &Bindings, a: &Arg) -> Option<(TokenStream, String, String)> {
    let ArgKind::Memory { given } = a.kind else {
        return None;
    };
    let m = b.memory.as_ref()?;
    let t = ident(&m.ffi_name);
    let cpp = format!("::cxxbind::{}", m.ffi_name);
    let call = format!("{}.p", a.name);
    Some(if given {
        (quote!(Pin<&mut #t>), format!("{cpp}&"), call)
    } else {
        (quote!(&#t), format!("const {cpp}&"), call)
    })
}

/// The bridge and C++ result types of an allocator-family result.
pub fn ret_types(b: &Bindings, ret: &RetKind) -> Option<(Option<TokenStream>, String)> {
    let m = b.memory.as_ref()?;
    let t = ident(&m.ffi_name);
    match ret {
        RetKind::Allocated { .. } => Some((
            Some(quote!(UniquePtr<#t>)),
            format!("::std::unique_ptr<::cxxbind::{}>", m.ffi_name),
        )),
        RetKind::Reallocated { .. } => Some((Some(quote!(bool)), "bool".into())),
        _ => None,
    }
}

/// The shim body of an allocator-family result.
pub fn ret_body(b: &Bindings, f: &FnBinding, callee: &str) -> Option<String> {
    let m = b.memory.as_ref()?;
    let t = format!("::cxxbind::{}", m.ffi_name);
    match f.ret {
        RetKind::Allocated { len_arg } => {
            let len = &f.args.get(len_arg)?.name;
            Some(format!(
                "  ::std::size_t cxxbind_n = 0;\n  if (!{t}::size_of({len}, cxxbind_n)) return nullptr;\n  auto cxxbind_m = ::std::unique_ptr<{t}>(new {t}());\n  void* cxxbind_q = {callee};\n  if (cxxbind_q == nullptr) return nullptr;\n  cxxbind_m->take(cxxbind_q, cxxbind_n, 0);\n  return cxxbind_m;"
            ))
        }
        RetKind::Reallocated { mem_arg, len_arg } => {
            let (mem, len) = (&f.args.get(mem_arg)?.name, &f.args.get(len_arg)?.name);
            Some(format!(
                "  ::std::size_t cxxbind_n = 0;\n  if (!{t}::size_of({len}, cxxbind_n) || cxxbind_n == 0) return false;\n  void* cxxbind_q = {callee};\n  if (cxxbind_q == nullptr) return false;\n  {mem}.take(cxxbind_q, cxxbind_n, {mem}.n);\n  return true;"
            ))
        }
        _ => None,
    }
}

/// The safe layer for a buffer argument: parameter and call argument.
/// False for other arguments.
pub fn safe_arg(
    b: &Bindings,
    a: &Arg,
    r: &TokenStream,
    params: &mut Vec<TokenStream>,
    call_args: &mut Vec<TokenStream>,
) -> bool {
    let (ArgKind::Memory { given }, Some(m)) = (&a.kind, &b.memory) else {
        return false;
    };
    let n = ident(&a.name);
    let t = ident(&m.rust_name);
    if *given {
        params.push(quote!(mut #n: #r::#t));
        call_args.push(quote!(#n.cxxbind_pin()));
    } else {
        params.push(quote!(#n: &#r::#t));
        call_args.push(quote!(#n.cxxbind_ffi()));
    }
    true
}

/// The result part (value, type) of an allocator-family result.
pub fn ret_part(
    b: &Bindings,
    f: &FnBinding,
    r: &TokenStream,
) -> Option<(TokenStream, TokenStream)> {
    let t = ident(&b.memory.as_ref()?.rust_name);
    match f.ret {
        RetKind::Allocated { .. } => Some((
            quote!(<#r::#t>::cxxbind_take(cxxbind_r)),
            quote!(::core::option::Option<#r::#t>),
        )),
        RetKind::Reallocated { mem_arg, .. } => {
            let mem = ident(&f.args.get(mem_arg)?.name);
            Some((
                quote!(if cxxbind_r { Ok(#mem) } else { Err(#mem) }),
                quote!(::core::result::Result<#r::#t, #r::#t>),
            ))
        }
        _ => None,
    }
}

/// The safe `Allocation` type (root module).
pub fn safe_type(b: &Bindings, out: &mut Modules) {
    let Some(m) = &b.memory else { return };
    let r = root(0);
    let name = ident(&m.rust_name);
    let o = ident(&m.ffi_name);
    let (bytes, bytes_mut) = bytes_fns(&m.ffi_name);
    let (bytes, bytes_mut) = (ident(&bytes), ident(&bytes_mut));
    let doc = format!(
        " Bytes from the library's allocator (zeroed when fresh). Dropping it calls `{}` exactly once.",
        m.free
    );
    out.push(
        &[],
        quote! {
            #[doc = #doc]
            pub struct #name {
                inner: ::cxx::UniquePtr<#r::ffi::#o>,
            }
            impl #name {
                /// Takes a new buffer; `None` when the library gave a null pointer.
                #[allow(dead_code)]
                pub(crate) fn cxxbind_take(inner: ::cxx::UniquePtr<#r::ffi::#o>) -> ::core::option::Option<Self> {
                    if inner.is_null() { None } else { Some(Self { inner }) }
                }
                /// The C++ holder.
                #[allow(dead_code)]
                pub(crate) fn cxxbind_ffi(&self) -> &#r::ffi::#o {
                    self.inner.as_ref().expect("cxxbind: an allocation is never null")
                }
                /// The C++ holder, to resize.
                #[allow(dead_code)]
                pub(crate) fn cxxbind_pin(&mut self) -> ::core::pin::Pin<&mut #r::ffi::#o> {
                    self.inner.pin_mut()
                }
            }
            impl ::core::ops::Deref for #name {
                type Target = [u8];
                fn deref(&self) -> &[u8] { #r::ffi::#bytes(self.cxxbind_ffi()) }
            }
            impl ::core::ops::DerefMut for #name {
                fn deref_mut(&mut self) -> &mut [u8] { #r::ffi::#bytes_mut(self.inner.pin_mut()) }
            }
            impl ::core::fmt::Debug for #name {
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    f.debug_struct(stringify!(#name)).field("len", &self.len()).finish()
                }
            }
        },
    );
}
