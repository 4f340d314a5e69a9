//! Generation that survives cxx rejecting the bridge: the declarations
//! whose items cxx-gen objects to are left out with reason `internal` (and
//! cxx-gen's message), and the rest is generated again, so one bad
//! declaration never costs the whole library.
//!
//! The culprits are the declarations whose bridge identifiers the message
//! names (`the type `X` is defined multiple times`); when it names none,
//! the shortest prefix of the bound declarations that cxx-gen still
//! rejects ends with one (a binary search, with no compiler involved).

use crate::analysis::{self, AnalysisOptions, Exclusion};
use crate::emit::{self, EmitError, EmitOptions, Output};
use crate::ir::Api;
use crate::plan::Bindings;

/// Most declarations left out for cxx's objections in one run.
const MAX_REJECTED: usize = 64;

/// Analysis and emit, leaving out what cxx-gen rejects; `analysis` gains
/// the exclusions. Fails only on other emit errors, or when no declaration
/// can be blamed.
pub fn generate(
    api: &Api,
    analysis: &mut AnalysisOptions,
    opts: &EmitOptions,
) -> Result<(Bindings, Output), EmitError> {
    generate_with(api, analysis, &|b| emit::emit(b, opts))
}

/// [`generate`] with the emitter given (tests inject cxx's objections).
pub fn generate_with(
    api: &Api,
    analysis: &mut AnalysisOptions,
    emitter: &dyn Fn(&Bindings) -> Result<Output, EmitError>,
) -> Result<(Bindings, Output), EmitError> {
    let emit_with = |a: &AnalysisOptions| {
        let b = analysis::analyze(api, a);
        let out = emitter(&b);
        (b, out)
    };
    for _ in 0..=MAX_REJECTED {
        let (b, out) = emit_with(analysis);
        let message = match out {
            Ok(output) => return Ok((b, output)),
            Err(EmitError::CxxGen(m)) => m,
            Err(e) => return Err(e),
        };
        let mut culprits = named_in(&b, &message);
        if culprits.is_empty() {
            culprits.extend(first_rejected(&b, analysis, &|a| {
                !matches!(emit_with(a).1, Err(EmitError::CxxGen(_)))
            }));
        }
        let fresh: Vec<String> = culprits
            .into_iter()
            .filter(|k| !analysis.excluded.contains_key(k))
            .collect();
        if fresh.is_empty() {
            return Err(EmitError::CxxGen(message));
        }
        for k in fresh {
            analysis
                .excluded
                .insert(k, Exclusion::Internal(message.clone()));
        }
    }
    let (b, out) = emit_with(analysis);
    out.map(|o| (b, o))
}

/// The declarations whose bridge identifiers `message` names in backticks:
/// a function's own or one derived from it (its closures' glue starts with
/// it), or a class's.
fn named_in(b: &Bindings, message: &str) -> Vec<String> {
    let names: Vec<&str> = message.split('`').skip(1).step_by(2).collect();
    let functions = b
        .functions
        .iter()
        .filter(|f| names.iter().any(|n| n.starts_with(f.ffi_name.as_str())))
        .filter_map(|f| f.decision);
    let classes = b
        .classes
        .iter()
        .filter(|c| names.contains(&c.ffi_name.as_str()))
        .filter_map(|c| c.decision);
    let mut out: Vec<String> = functions
        .chain(classes)
        .map(|d| b.decision(d).key())
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Binary search for the shortest prefix of the bound declarations that
/// `accepted` rejects; its last declaration is a culprit.
fn first_rejected(
    b: &Bindings,
    analysis: &AnalysisOptions,
    accepted: &dyn Fn(&AnalysisOptions) -> bool,
) -> Option<String> {
    let bound = b.bound_keys();
    let with_prefix = |n: usize| {
        let mut a = analysis.clone();
        for k in &bound[n..] {
            a.excluded
                .insert(k.clone(), Exclusion::Internal(String::new()));
        }
        a
    };
    if !accepted(&with_prefix(0)) {
        return None; // rejected with nothing bound: no declaration to blame
    }
    // Invariant: the prefix of `lo` is accepted, the prefix of `hi` rejected.
    let (mut lo, mut hi) = (0, bound.len());
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if accepted(&with_prefix(mid)) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    bound.get(hi - 1).cloned()
}
