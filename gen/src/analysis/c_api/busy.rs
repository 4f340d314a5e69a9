//! Busy handles (docs/strategy.md, rule 7a): while a call on a C handle
//! runs, the library may call back into Rust, and a callback can reach that
//! very handle (as a callback parameter, or through state it shares with
//! the caller). The C contract of a running call does not let it end or
//! restart the handle (a statement reset or finalized inside its own step),
//! nor re-enter the call running on it (a step inside its own step).
//!
//! Each call marks its handle arguments busy for as long as it runs. On a
//! busy handle, the same call is refused, and so is a call that may end or
//! restart it: one given the owner by value, or named so
//! ([`names_ending_or_restarting`]); under `--strict`, where names vouch
//! for nothing, every call through a non-`const` pointer. A refused call
//! panics before C is reached (in a callback, the panic is caught before
//! it reaches C). Only a library that binds something calling back needs
//! the marks: without closures or Rust implementations of C++ classes, no
//! Rust code runs during a call, so [`settle`] clears them.

use crate::analysis::conventions::names_ending_or_restarting;
use crate::ir::{Param, Type};
use crate::plan::{Arg, ArgKind, Bindings, BusyMark};

/// The marks of a call to `name` with `args`; `params` are the
/// declaration's C++ parameters, `strict` reads no name.
pub fn marks(name: &str, args: &[Arg], params: &[Param], strict: bool) -> Vec<BusyMark> {
    let named = names_ending_or_restarting(name);
    args.iter()
        .enumerate()
        .filter_map(|(k, a)| {
            let ends = match a.kind {
                ArgKind::Handle(_) | ArgKind::HandleLent(_) => {
                    named || (strict && !reads_only(&params.get(a.cpp_index)?.ty))
                }
                // The call ends it.
                ArgKind::HandleGiven(_) => true,
                _ => return None,
            };
            Some(BusyMark { arg: k, ends })
        })
        .collect()
}

/// `const T*`, or a string token (a `char` pointer the library gives
/// meaning to, which its functions read).
fn reads_only(ty: &Type) -> bool {
    match ty {
        Type::Pointer { is_const, .. } => *is_const,
        Type::StringToken { .. } => true,
        _ => false,
    }
}

/// Clears every mark when nothing the library binds calls back: no closure
/// (lent or kept, alone or in a set) and no Rust implementation of a C++
/// class.
pub fn settle(b: &mut Bindings) {
    let calls_back = b.classes.iter().any(|c| c.trampoline.is_some())
        || b.functions.iter().any(|f| {
            f.args
                .iter()
                .any(|a| matches!(a.kind, ArgKind::Closure(_) | ArgKind::ClosureSet(_)))
        });
    if !calls_back {
        for f in &mut b.functions {
            f.busy.clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::HandleId;

    fn handle(kind: ArgKind) -> Arg {
        Arg {
            name: "h".into(),
            kind,
            cpp_index: 0,
            cpp_count: 1,
            cpp_type: String::new(),
            cpp_names: vec!["h".into()],
            assumes: Vec::new(),
        }
    }

    fn pointer(is_const: bool) -> Vec<Param> {
        let pointee = Box::new(Type::Record { name: "st".into() });
        vec![Param::new("h", Type::Pointer { pointee, is_const })]
    }

    fn ends(name: &str, kind: ArgKind, is_const: bool, strict: bool) -> bool {
        let marks = marks(name, &[handle(kind)], &pointer(is_const), strict);
        assert_eq!(marks.len(), 1, "{name}: one mark per handle argument");
        marks[0].ends
    }

    #[test]
    fn names_the_owner_given_and_strict_say_what_a_busy_handle_refuses() {
        let h = ArgKind::Handle(HandleId::new(0));
        // By name: ending and restarting words; other calls go through.
        assert!(ends("st_reset", h.clone(), false, false));
        assert!(ends("st_clear_bindings", h.clone(), true, false));
        assert!(!ends("st_step", h.clone(), false, false));
        assert!(!ends("st_count", h.clone(), true, false));
        // An owner given up ends its handle, whatever the name.
        assert!(ends(
            "st_shutdown",
            ArgKind::HandleGiven(HandleId::new(0)),
            false,
            false
        ));
        // `--strict`: every call through a non-`const` pointer.
        assert!(ends("st_step", h.clone(), false, true));
        assert!(!ends("st_count", h.clone(), true, true));
        assert!(ends("st_reset", h, true, true));
        // Arguments that are not handles are not marked.
        assert!(marks("st_step", &[handle(ArgKind::CStr)], &pointer(false), true).is_empty());
    }
}
