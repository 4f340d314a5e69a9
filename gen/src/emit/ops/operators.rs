//! Operator traits of one safe type, from its operator plans: `PartialOrd`
//! (and `PartialEq` from `<` when there is no `==`), `std::ops` binary
//! operators on references and values, compound assignments, `Neg`, `Not`,
//! `Index`/`IndexMut`. Every shim they call is `noexcept`: a C++ exception
//! aborts, since these trait methods cannot return an error.

use crate::emit::core::safe::{class_path, safe_scalar};
use crate::emit::core::tokens::ident;
use crate::ir::Ordering;
use crate::plan::{ArgKind, Bindings, CallKind, ClassId, FnBinding, OpKind, RetKind};
use proc_macro2::TokenStream;
use quote::quote;

/// Writes the operator traits of one safe type.
pub struct OpTraits<'a> {
    /// The bindings.
    pub b: &'a Bindings,
    /// The class.
    pub ci: ClassId,
    /// Path to the crate root from the class's module.
    pub r: &'a TokenStream,
    /// `<'a>` or nothing.
    pub gen: &'a TokenStream,
    /// The safe type with its generic arguments.
    pub ty: &'a TokenStream,
}

impl OpTraits<'_> {
    fn plans(&self) -> impl Iterator<Item = (&FnBinding, OpKind)> {
        let ci = self.ci;
        self.b.functions.iter().filter_map(move |f| match f.kind {
            CallKind::Operator { class, op, .. } if class == ci => Some((f, op)),
            _ => None,
        })
    }

    fn first(&self, want: OpKind) -> Option<&FnBinding> {
        self.plans().find(|(_, op)| *op == want).map(|(f, _)| f)
    }

    /// Every operator trait except `PartialEq` (see [`Self::equivalence`]) and `Display`.
    pub fn all(&self) -> Vec<TokenStream> {
        let mut out = Vec::new();
        out.extend(self.three_way().or_else(|| self.partial_ord()));
        for (f, op) in self.plans() {
            out.extend(match op {
                OpKind::Binary(_) | OpKind::Neg | OpKind::Not => self.value_op(f, op),
                OpKind::Assign(_) => self.assign(f, op),
                OpKind::Index => self.index(f),
                OpKind::IndexMut => self.index_mut(f),
                _ => None,
            });
        }
        out
    }

    /// `x OP y` from the plan of `op`, or of `swapped` with the operands swapped.
    fn cmp(
        &self,
        op: OpKind,
        swapped: OpKind,
        x: &TokenStream,
        y: &TokenStream,
    ) -> Option<TokenStream> {
        let r = self.r;
        if let Some(f) = self.first(op) {
            let s = ident(&f.ffi_name);
            return Some(quote!(#r::ffi::#s(#x.as_ffi(), #y.as_ffi())));
        }
        let f = self.first(swapped)?;
        let s = ident(&f.ffi_name);
        Some(quote!(#r::ffi::#s(#y.as_ffi(), #x.as_ffi())))
    }

    /// `x < y` from `<`, from `>` swapped, or else `x <= y && !(y <= x)`
    /// from `<=` (or `>=` swapped).
    fn lt(&self, x: TokenStream, y: TokenStream) -> Option<TokenStream> {
        if let Some(e) = self.cmp(OpKind::Lt, OpKind::Gt, &x, &y) {
            return Some(e);
        }
        let xy = self.cmp(OpKind::Le, OpKind::Ge, &x, &y)?;
        let yx = self.cmp(OpKind::Le, OpKind::Ge, &y, &x)?;
        Some(quote!((#xy && !#yx)))
    }

    /// The `operator<=>` plan and its category.
    fn spaceship(&self) -> Option<(&FnBinding, Ordering)> {
        self.plans().find_map(|(f, op)| match op {
            OpKind::Cmp(o) => Some((f, o)),
            _ => None,
        })
    }

    /// `PartialOrd` from `operator<=>` (`partial_cmp` maps its result; `<`,
    /// `<=`, `>`, `>=` are the trait's defaults over it), and `Eq` + `Ord`
    /// when it returns a `std::strong_ordering` (equivalent values are equal).
    fn three_way(&self) -> Option<TokenStream> {
        let (f, o) = self.spaceship()?;
        let (r, gen, ty) = (self.r, self.gen, self.ty);
        let s = ident(&f.ffi_name);
        let call = quote!(#r::ffi::#s(self.as_ffi(), other.as_ffi()));
        if o == Ordering::Strong {
            return Some(quote! {
                /// C++ `operator<=>` (a `std::strong_ordering`; aborts if it throws).
                impl #gen ::core::cmp::PartialOrd for #ty {
                    fn partial_cmp(&self, other: &Self) -> ::core::option::Option<::core::cmp::Ordering> {
                        ::core::option::Option::Some(::core::cmp::Ord::cmp(self, other))
                    }
                }
                /// C++ `operator<=>` returns a `std::strong_ordering`: equivalent objects are equal.
                impl #gen ::core::cmp::Eq for #ty {}
                /// C++ `operator<=>` (a `std::strong_ordering`; aborts if it throws).
                impl #gen ::core::cmp::Ord for #ty {
                    fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
                        match #call {
                            -1 => ::core::cmp::Ordering::Less,
                            0 => ::core::cmp::Ordering::Equal,
                            _ => ::core::cmp::Ordering::Greater,
                        }
                    }
                }
            });
        }
        let doc = format!(
            " C++ `operator<=>` (a `std::{}`; `None` when unordered; aborts if it throws).",
            o.name()
        );
        Some(quote! {
            #[doc = #doc]
            impl #gen ::core::cmp::PartialOrd for #ty {
                fn partial_cmp(&self, other: &Self) -> ::core::option::Option<::core::cmp::Ordering> {
                    match #call {
                        -1 => ::core::option::Option::Some(::core::cmp::Ordering::Less),
                        0 => ::core::option::Option::Some(::core::cmp::Ordering::Equal),
                        1 => ::core::option::Option::Some(::core::cmp::Ordering::Greater),
                        _ => ::core::option::Option::None,
                    }
                }
            }
        })
    }

    /// `PartialEq` as C++'s equivalence `!(a < b) && !(b < a)` (or
    /// `a <=> b == 0`), for a class with an ordering operator and neither
    /// `==` nor `!=`.
    pub fn equivalence(&self) -> Option<TokenStream> {
        if self.first(OpKind::Eq).is_some() || self.first(OpKind::Ne).is_some() {
            return None;
        }
        let (gen, ty) = (self.gen, self.ty);
        if let Some((f, _)) = self.spaceship() {
            let (r, s) = (self.r, ident(&f.ffi_name));
            return Some(quote! {
                /// Equivalence under C++ `operator<=>`: `a <=> b == 0` (the class
                /// has no `operator==`; aborts if the comparison throws).
                impl #gen ::core::cmp::PartialEq for #ty {
                    fn eq(&self, other: &Self) -> bool { #r::ffi::#s(self.as_ffi(), other.as_ffi()) == 0 }
                }
            });
        }
        let ab = self.lt(quote!(self), quote!(other))?;
        let ba = self.lt(quote!(other), quote!(self))?;
        Some(quote! {
            /// Equivalence under C++ `operator<`: neither is less than the other
            /// (the class has no `operator==`; aborts if the comparison throws).
            impl #gen ::core::cmp::PartialEq for #ty {
                fn eq(&self, other: &Self) -> bool { !#ab && !#ba }
            }
        })
    }

    /// `PartialOrd`: `partial_cmp` from `<` (else `>`, else `<=`/`>=`) and
    /// `==`; `<`, `<=`, `>`, `>=` call their own C++ operators when declared.
    fn partial_ord(&self) -> Option<TokenStream> {
        let (r, gen, ty) = (self.r, self.gen, self.ty);
        let ab = self.lt(quote!(self), quote!(other))?;
        let ba = self.lt(quote!(other), quote!(self))?;
        let own = |op: OpKind, name: &str| {
            self.first(op).map(|f| {
                let s = ident(&f.ffi_name);
                let name = ident(name);
                quote!(fn #name(&self, other: &Self) -> bool { #r::ffi::#s(self.as_ffi(), other.as_ffi()) })
            })
        };
        let methods = [
            own(OpKind::Lt, "lt"),
            own(OpKind::Le, "le"),
            own(OpKind::Gt, "gt"),
            own(OpKind::Ge, "ge"),
        ];
        let methods = methods.iter().flatten();
        Some(quote! {
            /// C++ `operator<` (and `<=`, `>`, `>=` where declared): `partial_cmp` is
            /// `Less` if `a < b`, `Greater` if `b < a`, `Equal` if `a == b`, else `None`
            /// (aborts if a comparison throws).
            impl #gen ::core::cmp::PartialOrd for #ty {
                fn partial_cmp(&self, other: &Self) -> ::core::option::Option<::core::cmp::Ordering> {
                    if #ab {
                        ::core::option::Option::Some(::core::cmp::Ordering::Less)
                    } else if #ba {
                        ::core::option::Option::Some(::core::cmp::Ordering::Greater)
                    } else if ::core::cmp::PartialEq::eq(self, other) {
                        ::core::option::Option::Some(::core::cmp::Ordering::Equal)
                    } else {
                        ::core::option::Option::None
                    }
                }
                #(#methods)*
            }
        })
    }

    /// The safe type of the right operand (by reference for objects) and the
    /// bridge expression passing `rhs`.
    fn rhs(&self, f: &FnBinding) -> Option<(TokenStream, TokenStream, bool)> {
        Some(match &f.args.get(1)?.kind {
            ArgKind::Scalar(s) => (safe_scalar(s), quote!(rhs), false),
            ArgKind::Object { class, .. } if *class == self.ci => {
                (self.ty.clone(), quote!(rhs.as_ffi()), true)
            }
            ArgKind::Object { class, .. } => {
                let path = class_path(self.b, *class, self.r);
                let lt = self.b.class(*class).has_lifetime().then(|| quote!(<'_>));
                (quote!(#path #lt), quote!(rhs.as_ffi()), true)
            }
            _ => return None,
        })
    }

    /// The `Output` type and the expression turning the bridge result into it.
    fn output(&self, f: &FnBinding, call: TokenStream) -> Option<(TokenStream, TokenStream)> {
        match &f.ret {
            RetKind::Scalar(s) => Some((safe_scalar(s), call)),
            RetKind::Object { class, .. } if !self.b.class(*class).has_lifetime() => {
                let path = class_path(self.b, *class, self.r);
                Some((path.clone(), quote!(#path::cxxbind_wrap(#call))))
            }
            _ => None,
        }
    }

    /// A binary operator on `&L op &R`, `L op R`, `L op &R`, `&L op R` (or
    /// `&L op s`, `L op s` for a scalar `s`, and `s op &L`, `s op L` for a
    /// scalar on the left); `Neg`/`Not` on `&L` and `L`.
    fn value_op(&self, f: &FnBinding, op: OpKind) -> Option<TokenStream> {
        let (r, gen, ty) = (self.r, self.gen, self.ty);
        let shim = ident(&f.ffi_name);
        let method = ident(op.method());
        let doc = format!(" C++ `operator{}` (aborts if it throws).", op.cpp_token());
        let unary = matches!(op, OpKind::Neg | OpKind::Not);
        let trait_name = ident(match op {
            OpKind::Binary(b) => b.trait_name(),
            OpKind::Neg => "Neg",
            _ => "Not",
        });
        if unary {
            let (out, body) = self.output(f, quote!(#r::ffi::#shim(self.as_ffi())))?;
            return Some(quote! {
                #[doc = #doc]
                impl #gen ::core::ops::#trait_name for &#ty {
                    type Output = #out;
                    fn #method(self) -> #out { #body }
                }
                #[doc = #doc]
                impl #gen ::core::ops::#trait_name for #ty {
                    type Output = #out;
                    fn #method(self) -> #out { ::core::ops::#trait_name::#method(&self) }
                }
            });
        }
        let call = quote!(::core::ops::#trait_name::#method);
        if let Some(ArgKind::Scalar(s)) = f.args.first().map(|a| &a.kind) {
            // `s op &T` and `s op T`, implemented on the scalar type.
            let lty = safe_scalar(s);
            let (out, body) = self.output(f, quote!(#r::ffi::#shim(self, rhs.as_ffi())))?;
            return Some(quote! {
                #[doc = #doc]
                impl #gen ::core::ops::#trait_name<&#ty> for #lty {
                    type Output = #out;
                    fn #method(self, rhs: &#ty) -> #out { #body }
                }
                #[doc = #doc]
                impl #gen ::core::ops::#trait_name<#ty> for #lty {
                    type Output = #out;
                    fn #method(self, rhs: #ty) -> #out { #call(self, &rhs) }
                }
            });
        }
        let (rty, pass, by_ref) = self.rhs(f)?;
        let (out, body) = self.output(f, quote!(#r::ffi::#shim(self.as_ffi(), #pass)))?;
        if !by_ref {
            return Some(quote! {
                #[doc = #doc]
                impl #gen ::core::ops::#trait_name<#rty> for &#ty {
                    type Output = #out;
                    fn #method(self, rhs: #rty) -> #out { #body }
                }
                #[doc = #doc]
                impl #gen ::core::ops::#trait_name<#rty> for #ty {
                    type Output = #out;
                    fn #method(self, rhs: #rty) -> #out { #call(&self, rhs) }
                }
            });
        }
        Some(quote! {
            #[doc = #doc]
            impl #gen ::core::ops::#trait_name<&#rty> for &#ty {
                type Output = #out;
                fn #method(self, rhs: &#rty) -> #out { #body }
            }
            #[doc = #doc]
            impl #gen ::core::ops::#trait_name<#rty> for #ty {
                type Output = #out;
                fn #method(self, rhs: #rty) -> #out { #call(&self, &rhs) }
            }
            #[doc = #doc]
            impl #gen ::core::ops::#trait_name<&#rty> for #ty {
                type Output = #out;
                fn #method(self, rhs: &#rty) -> #out { #call(&self, rhs) }
            }
            #[doc = #doc]
            impl #gen ::core::ops::#trait_name<#rty> for &#ty {
                type Output = #out;
                fn #method(self, rhs: #rty) -> #out { #call(self, &rhs) }
            }
        })
    }

    /// A compound assignment: `L op= &R` and `L op= R` (or `L op= s`).
    fn assign(&self, f: &FnBinding, op: OpKind) -> Option<TokenStream> {
        let OpKind::Assign(bin) = op else { return None };
        let (r, gen, ty) = (self.r, self.gen, self.ty);
        let shim = ident(&f.ffi_name);
        let method = ident(bin.assign_method());
        let trait_name = ident(&format!("{}Assign", bin.trait_name()));
        let doc = format!(" C++ `operator{}=` (aborts if it throws).", bin.token());
        let (rty, pass, by_ref) = self.rhs(f)?;
        let body = quote!(#r::ffi::#shim(self.pin_mut(), #pass));
        if !by_ref {
            return Some(quote! {
                #[doc = #doc]
                impl #gen ::core::ops::#trait_name<#rty> for #ty {
                    fn #method(&mut self, rhs: #rty) { #body }
                }
            });
        }
        Some(quote! {
            #[doc = #doc]
            impl #gen ::core::ops::#trait_name<&#rty> for #ty {
                fn #method(&mut self, rhs: &#rty) { #body }
            }
            #[doc = #doc]
            impl #gen ::core::ops::#trait_name<#rty> for #ty {
                fn #method(&mut self, rhs: #rty) { ::core::ops::#trait_name::#method(self, &rhs) }
            }
        })
    }

    /// The index type and the element type of an `Index`/`IndexMut` plan.
    fn index_types(f: &FnBinding) -> Option<(TokenStream, TokenStream)> {
        match (&f.args.get(1)?.kind, &f.ret) {
            (ArgKind::Scalar(i), RetKind::Scalar(e)) => Some((safe_scalar(i), safe_scalar(e))),
            _ => None,
        }
    }

    /// `Index<I>` from `const T& operator[](I) const`.
    fn index(&self, f: &FnBinding) -> Option<TokenStream> {
        let (r, gen, ty) = (self.r, self.gen, self.ty);
        let shim = ident(&f.ffi_name);
        let (i, e) = Self::index_types(f)?;
        Some(quote! {
            /// C++ `operator[] const`: a reference into the object (aborts if it throws).
            impl #gen ::core::ops::Index<#i> for #ty {
                type Output = #e;
                fn index(&self, index: #i) -> &#e { #r::ffi::#shim(self.as_ffi(), index) }
            }
        })
    }

    /// `IndexMut<I>` from `T& operator[](I)`, next to the `Index<I>` of its const twin.
    fn index_mut(&self, f: &FnBinding) -> Option<TokenStream> {
        let (r, gen, ty) = (self.r, self.gen, self.ty);
        let shim = ident(&f.ffi_name);
        let (i, e) = Self::index_types(f)?;
        let twin = self.plans().any(|(g, op)| {
            op == OpKind::Index
                && Self::index_types(g).map(|t| t.0.to_string() + &t.1.to_string())
                    == Some(i.to_string() + &e.to_string())
        });
        if !twin {
            return None;
        }
        Some(quote! {
            /// C++ `operator[]`: a mutable reference into the object (aborts if it throws).
            impl #gen ::core::ops::IndexMut<#i> for #ty {
                fn index_mut(&mut self, index: #i) -> &mut #e { #r::ffi::#shim(self.pin_mut(), index) }
            }
        })
    }
}
