//! Each report item's stable identity (`id`): the qualified name, plus for
//! callables the parameter types and qualifiers, so overloads stay apart
//! (`ns::f(int)` and `ns::f(double)`).
//!
//! Both parts come from the decision: analysis spelled the callable's
//! signature when it decided it ([`Decision::signature`], see
//! [`crate::plan::identity`]). Should two items of one kind still share an
//! identity (overloaded function templates, whose parameters the IR does
//! not model), the later ones get ` #2`, ` #3`, … in source order.

use crate::plan::Decision;
use std::collections::HashMap;

/// Hands out identities for one report.
#[derive(Default)]
pub(super) struct Ids {
    /// How often each (kind, identity) was handed out.
    seen: HashMap<(&'static str, String), usize>,
}

impl Ids {
    /// The identity of `d` (unique per kind within this report).
    pub(super) fn id(&mut self, d: &Decision) -> String {
        let mut id = d.name.clone();
        if let Some(signature) = &d.signature {
            id.push_str(signature);
        }
        let n = self.seen.entry((d.kind.code(), id.clone())).or_default();
        *n += 1;
        if *n > 1 {
            id = format!("{id} #{n}");
        }
        id
    }
}

#[cfg(test)]
mod tests {
    use super::Ids;
    use crate::ir::Loc;
    use crate::plan::{Decision, DeclKind, Reason, Status};

    fn decision(name: &str, kind: DeclKind, signature: Option<&str>) -> Decision {
        Decision {
            name: name.into(),
            kind,
            loc: Loc::default(),
            signature: signature.map(str::to_string),
            status: Status::Skipped {
                reason: Reason::FunctionTemplate,
                message: String::new(),
            },
            assumes: Vec::new(),
        }
    }

    #[test]
    fn the_signature_follows_the_name() {
        let mut ids = Ids::default();
        let f = decision("ns::f", DeclKind::Function, Some("(int)"));
        let g = decision("ns::f", DeclKind::Function, Some("(double)"));
        let get = decision("ns::C::get", DeclKind::Method, Some("() const"));
        let record = decision("ns::C", DeclKind::Record, None);
        assert_eq!(ids.id(&f), "ns::f(int)");
        assert_eq!(ids.id(&g), "ns::f(double)");
        assert_eq!(ids.id(&get), "ns::C::get() const");
        assert_eq!(ids.id(&record), "ns::C");
    }

    #[test]
    fn repeats_are_numbered_per_kind() {
        let mut ids = Ids::default();
        let t = decision("ns::make", DeclKind::FunctionTemplate, None);
        assert_eq!(ids.id(&t), "ns::make");
        assert_eq!(ids.id(&t), "ns::make #2");
        assert_eq!(ids.id(&t), "ns::make #3");
        // Another kind of the same name starts its own count.
        let record = decision("ns::make", DeclKind::Record, None);
        assert_eq!(ids.id(&record), "ns::make");
    }
}
