//! Public bases: upcast plans (`&Derived` → `&Base`, which give `AsCpp<Base>`)
//! and the base methods a derived safe type offers through them.

use crate::analysis::context::{item_at, Context};
use crate::ir::{Api, ItemKind};
use crate::plan::{CallKind, FnBinding, RetKind};
use crate::plan::{ClassId, FnId};

/// Records each class's public bases that are bound, and an upcast plan pair
/// for every class (owned ones upcast from their owning type, the others
/// from a borrow of the C++ type).
pub fn link_bases(cx: &mut Context, api: &Api) {
    for class in 0..cx.bindings().classes.len() {
        let class = ClassId::new(class);
        let Some(ItemKind::Record(r)) =
            item_at(api, &cx.item_of_class[class.index()]).map(|i| &i.kind)
        else {
            continue;
        };
        let bases: Vec<ClassId> = r
            .bases
            .iter()
            .filter(|base| base.public)
            .filter_map(|base| cx.env.classes.get(&base.name).copied())
            .collect();
        cx.set_bases(class, bases.clone());
        for base in bases {
            for mutable in [false, true] {
                let (from, to) = (cx.bindings().class(class), cx.bindings().class(base));
                let ffi = format!(
                    "cxxbind_upcast{}_{}_to_{}",
                    if mutable { "_mut" } else { "" },
                    from.ffi_name,
                    to.ffi_name
                );
                let (cpp_name, cpp_scope) = (to.cpp_name.clone(), to.cpp_scope.clone());
                let module = from.module.clone();
                let plan = FnBinding {
                    decision: None,
                    cpp_name,
                    cpp_scope,
                    kind: CallKind::Upcast {
                        from: class,
                        to: base,
                        mutable,
                    },
                    ffi_name: cx.names.ffi_value(&ffi, ""),
                    direct: false,
                    args: Vec::new(),
                    ret: RetKind::Void,
                    throws: false,
                    module,
                    rust_name: if mutable { "as_cpp_mut" } else { "as_cpp" }.to_string(),
                    doc: None,
                    defaults: Vec::new(),
                    assumes: Vec::new(),
                    busy: Vec::new(),
                    keeps_args: false,
                };
                cx.push_fn(plan);
            }
        }
    }
}

/// After every member is decided: each class offers the methods of its
/// direct public bases that it does not declare (or name) itself, called
/// through the upcast, so virtual dispatch still picks the override.
pub fn inherit_methods(cx: &mut Context) {
    for class in 0..cx.bindings().classes.len() {
        let class = ClassId::new(class);
        for base in cx.bindings().class(class).bases.clone() {
            let (Some(upcast), Some(upcast_mut)) = (
                upcast_of(cx, class, base, false),
                upcast_of(cx, class, base, true),
            ) else {
                continue;
            };
            // A member keeping its arguments keeps them for the object's `'a`.
            let derived = cx.bindings().class(class);
            let keeps_ok = derived.has_lifetime() && !derived.view;
            let methods: Vec<FnId> = cx
                .bindings()
                .function_ids()
                .filter(|(_, f)| {
                    matches!(f.kind, CallKind::Method { class: c, .. } if c == base)
                        && (!f.keeps_args || keeps_ok)
                        // A result that may borrow the base's lifetime stays on the base.
                        && !matches!(f.ret, RetKind::Object { .. })
                        // Every class declares its own `operator=` (implicitly
                        // if not written), which hides all of its bases'.
                        && f.cpp_name != "operator="
                })
                .map(|(id, _)| id)
                .collect();
            for method in methods {
                let f = cx.bindings().function(method).clone();
                if !cx.members_mut(class).try_claim(&f.rust_name) {
                    continue; // declared (or named alike) in the derived class
                }
                let module = cx.bindings().class(class).module.clone();
                cx.push_fn(FnBinding {
                    kind: CallKind::Inherited {
                        class,
                        method,
                        upcast,
                        upcast_mut,
                    },
                    module,
                    ..f
                });
            }
        }
    }
}

fn upcast_of(cx: &Context, from: ClassId, to: ClassId, mutable: bool) -> Option<FnId> {
    let want = CallKind::Upcast { from, to, mutable };
    cx.bindings()
        .function_ids()
        .find(|(_, f)| f.kind == want)
        .map(|(id, _)| id)
}
