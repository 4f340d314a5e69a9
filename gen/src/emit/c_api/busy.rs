//! Busy handles ([`crate::analysis::c_api::busy`]): the registry of handles
//! with a call running, at the generated root, and the statement each call
//! opens with, which marks its handle arguments until the call returns.

use crate::emit::core::tokens::ident;
use crate::plan::{ArgKind, Bindings, FnBinding};
use proc_macro2::TokenStream;
use quote::quote;

/// Some call marks handles.
fn marks_any(b: &Bindings) -> bool {
    b.functions.iter().any(|f| !f.busy.is_empty())
}

/// The statement marking `f`'s handle arguments busy, held until the safe
/// function returns; nothing when it marks none. `r` is the generated root.
pub fn prep(f: &FnBinding, r: &TokenStream) -> Option<TokenStream> {
    if f.busy.is_empty() {
        return None;
    }
    let handles = f.busy.iter().filter_map(|m| {
        let a = f.args.get(m.arg)?;
        let n = ident(&a.name);
        let ends = m.ends;
        Some(match a.kind {
            // The owner is still whole here: the call takes its pointer later.
            ArgKind::HandleGiven(_) => quote!((#r::cxxbind_busy::addr(#n.as_ffi()), #ends)),
            _ => quote!((#r::cxxbind_busy::addr(#n.handle()), #ends)),
        })
    });
    // The C++ function called names the call (every form of it is one call).
    let call = f
        .cpp_scope
        .iter()
        .chain(std::iter::once(&f.cpp_name))
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join("::");
    Some(quote! {
        let _cxxbind_busy = #r::cxxbind_busy::enter([#(#handles),*], #call);
    })
}

/// The registry, when some call marks handles.
pub fn root_items(b: &Bindings) -> TokenStream {
    if !marks_any(b) {
        return quote!();
    }
    quote! {
        /// The C handles with a call running (docs/strategy.md, rule 7a): a
        /// callback may reach the handle whose call runs it, and neither the
        /// same call nor one that may end or restart that handle runs on it
        /// until that call returns.
        #[doc(hidden)]
        #[allow(dead_code, clippy::all)]
        pub(crate) mod cxxbind_busy {
            /// One entry per handle argument of each call running: the
            /// handle's address and the C function called.
            static RUNNING: ::std::sync::Mutex<::std::vec::Vec<(usize, &'static str)>> =
                ::std::sync::Mutex::new(::std::vec::Vec::new());

            /// The address naming a handle in the registry.
            pub(crate) fn addr<T>(handle: &T) -> usize {
                handle as *const T as usize
            }

            fn running() -> ::std::sync::MutexGuard<'static, ::std::vec::Vec<(usize, &'static str)>> {
                // Nothing panics while holding it: a poisoned lock is whole.
                RUNNING.lock().unwrap_or_else(::std::sync::PoisonError::into_inner)
            }

            /// A call's entries, taken off when it returns.
            pub(crate) struct Marks<const N: usize> {
                handles: [(usize, bool); N],
                call: &'static str,
            }

            /// Marks `handles` (address, whether the call may end or restart
            /// it) busy for the call to `call`. Panics, before C is reached,
            /// when `call` already runs on one of them, or when one that it
            /// may end or restart is busy.
            pub(crate) fn enter<const N: usize>(handles: [(usize, bool); N], call: &'static str) -> Marks<N> {
                let mut running = running();
                let refused = handles.iter().any(|&(a, ends)| {
                    running.iter().any(|&(b, c)| b == a && (ends || c == call))
                });
                if !refused {
                    running.extend(handles.iter().map(|&(a, _)| (a, call)));
                }
                drop(running);
                if refused {
                    panic!("cxxbind: `{call}` refused: a call on its handle is running, and a callback may neither re-enter it nor end or restart the handle");
                }
                Marks { handles, call }
            }

            impl<const N: usize> Drop for Marks<N> {
                fn drop(&mut self) {
                    let mut running = running();
                    for &(a, _) in &self.handles {
                        if let Some(i) = running.iter().rposition(|&(b, c)| b == a && c == self.call) {
                            running.swap_remove(i);
                        }
                    }
                }
            }
        }
    }
}
