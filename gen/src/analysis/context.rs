//! The state analysis shares while it decides: the facts (read-only,
//! [`Facts`]), what it has decided so far ([`Bindings`]), which types exist
//! in Rust ([`TypeEnv`]), the names taken ([`ModuleNames`]) and per-item
//! facts carried from pass 1 to pass 2.

use crate::analysis::core::naming::{ModuleNames, NameSet};
use crate::analysis::core::types::TypeEnv;
use crate::analysis::facts::Facts;
use crate::analysis::templates::names::InstanceName;
use crate::plan::convention;
use crate::plan::FnBinding;
use crate::plan::Skip;
use crate::plan::*;
use std::collections::HashMap;

/// Names every safe class type reserves for its own methods.
pub const RESERVED_MEMBERS: &[&str] = &[
    "as_ffi",
    "pin_mut",
    "from_unique_ptr",
    "into_unique_ptr",
    "from_rust",
    "clone",
    "cxxbind_wrap",
];

/// Where a declaration sits in the IR: the index of its top-level item, then
/// the index in each enclosing record's `nested_records`.
pub type ItemPath = Vec<usize>;

/// The IR item at `path`.
pub fn item_at<'a>(api: &'a crate::ir::Api, path: &[usize]) -> Option<&'a crate::ir::Item> {
    let (first, rest) = path.split_first()?;
    let mut item = api.items.get(*first)?;
    for &i in rest {
        let crate::ir::ItemKind::Record(r) = &item.kind else {
            return None;
        };
        item = r.nested_records.get(i)?;
    }
    Some(item)
}

/// What the deciders read and write while they decide: the facts
/// (read-only), the bindings decided so far and the names taken.
pub struct Context<'f> {
    /// Facts about the library, computed before any decision.
    pub facts: &'f Facts<'f>,
    /// What is decided so far: read through [`Self::bindings`], written
    /// only through the recording methods below.
    b: Bindings,
    /// The types that exist in Rust (filled in pass 1, read in pass 2).
    pub env: TypeEnv,
    /// Names taken per module and in the bridge.
    pub names: ModuleNames,
    /// IR item → its class.
    pub class_of_item: HashMap<ItemPath, ClassId>,
    /// IR item → its enum.
    pub enum_of_item: HashMap<ItemPath, EnumId>,
    /// IR item index → its C handle.
    pub handle_of_item: HashMap<usize, HandleId>,
    /// IR item → why its type is skipped.
    pub skipped: HashMap<ItemPath, Skip>,
    /// Per class (by [`ClassId`]): its IR item.
    pub item_of_class: Vec<ItemPath>,
    /// Per class (by [`ClassId`]): the method names its safe type has taken.
    pub members: Vec<NameSet>,
    /// Template declarations (and their members) by location: instance
    /// decisions at the same location stand for them.
    pub template_decisions: std::collections::BTreeMap<crate::ir::Loc, DecisionId>,
    /// Pass 2 is deciding template instances.
    pub in_instances: bool,
    /// Decisions about instances (and member template instances), mapped to
    /// their templates' once every template is decided ([`Self::link_instances`]).
    pub instance_decisions: Vec<DecisionId>,
    /// IR item → its plain value type.
    pub pod_of_item: HashMap<ItemPath, PodId>,
    /// Per decision: the conventions the plans recorded for it rely on,
    /// merged into it when it is recorded ([`Self::push_decision`]).
    plan_assumes: HashMap<DecisionId, Vec<Convention>>,
}

impl<'f> Context<'f> {
    /// An empty context for one run over the library `facts` describe.
    pub fn new(facts: &'f Facts<'f>, headers: Vec<String>) -> Self {
        let mut names = ModuleNames::default();
        // The generated root defines this trait itself.
        names.ty(&[], "AsCpp");
        names.ty(&[], "AsCppMut");
        names.ty(&[], "Tied");
        Context {
            facts,
            b: Bindings {
                headers,
                ..Default::default()
            },
            env: TypeEnv::default(),
            names,
            class_of_item: HashMap::new(),
            enum_of_item: HashMap::new(),
            handle_of_item: HashMap::new(),
            skipped: HashMap::new(),
            item_of_class: Vec::new(),
            members: Vec::new(),
            template_decisions: Default::default(),
            in_instances: false,
            instance_decisions: Vec::new(),
            pod_of_item: HashMap::new(),
            plan_assumes: HashMap::new(),
        }
    }

    /// The declaration at `path` as the header states it ([`Facts::parsed`]);
    /// `None` for a template instance, which only analysis made.
    pub fn parsed_item(&self, path: &[usize]) -> Option<&'f crate::ir::Item> {
        item_at(self.facts.parsed, path)
    }

    /// The id the next pushed decision gets.
    pub fn next_decision(&self) -> DecisionId {
        DecisionId::new(self.b.decisions.len())
    }

    /// Records a decision. A bound one relies on the conventions it states
    /// and on those of the plans recorded for it; a skipped one relies on none.
    pub fn push_decision(&mut self, mut d: Decision) -> DecisionId {
        let id = self.next_decision();
        if let Some(from_plans) = self.plan_assumes.remove(&id) {
            convention::assume_all(&mut d.assumes, &from_plans);
        }
        if matches!(d.status, Status::Skipped { .. }) {
            d.assumes.clear();
        }
        let member_instance = matches!(
            self.facts.instances.get(&d.name),
            Some(InstanceName::Function(_))
        );
        if self.in_instances || member_instance {
            self.instance_decisions.push(id);
        }
        self.b.decisions.push(d);
        id
    }

    /// After pass 2: each instance decision stands for the template
    /// declaration at its location (instances keep their template's).
    pub fn link_instances(&mut self) {
        for &id in &self.instance_decisions {
            let loc = &self.b.decisions[id.index()].loc;
            if let Some(&template) = self.template_decisions.get(loc) {
                self.b.instance_of.insert(id, template);
            }
        }
    }

    /// Records a plan: it relies on its arguments' conventions too, and
    /// its decision on all of them.
    pub fn push_fn(&mut self, mut f: FnBinding) -> FnId {
        for a in &f.args {
            convention::assume_all(&mut f.assumes, &a.assumes);
        }
        if let Some(d) = f.decision {
            let list = self.plan_assumes.entry(d).or_default();
            convention::assume_all(list, &f.assumes);
        }
        // An inherited method calls through its base's bridge function and
        // shares its glue; every other plan claims its own.
        if !matches!(f.kind, crate::plan::CallKind::Inherited { .. }) {
            claim_glue(&mut self.names, &mut f);
        }
        let id = FnId::new(self.b.functions.len());
        self.b.functions.push(f);
        id
    }

    /// Records a bound class (its decision is filled in pass 2).
    pub fn push_class(&mut self, item: &[usize], c: ClassBinding) -> ClassId {
        let id = ClassId::new(self.b.classes.len());
        self.b.classes.push(c);
        self.item_of_class.push(item.to_vec());
        let mut members = NameSet::default();
        for reserved in RESERVED_MEMBERS {
            members.claim(reserved);
        }
        self.members.push(members);
        self.class_of_item.insert(item.to_vec(), id);
        id
    }

    /// Records a bound enum (its decision is filled in pass 2).
    pub fn push_enum(&mut self, item: &[usize], e: EnumBinding) -> EnumId {
        let id = EnumId::new(self.b.enums.len());
        self.b.enums.push(e);
        self.enum_of_item.insert(item.to_vec(), id);
        id
    }

    /// Records the decision of class `c`.
    pub fn set_class_decision(&mut self, c: ClassId, d: DecisionId) {
        self.b.classes[c.index()].decision = Some(d);
    }

    /// The bindings decided so far, for reading.
    pub fn bindings(&self) -> &Bindings {
        &self.b
    }

    /// Records a plain value type.
    pub fn push_pod(&mut self, p: PodBinding) -> PodId {
        let id = PodId::new(self.b.pods.len());
        self.b.pods.push(p);
        id
    }

    /// Records an opaque C handle.
    pub fn push_handle(&mut self, h: HandleBinding) -> HandleId {
        let id = HandleId::new(self.b.handles.len());
        self.b.handles.push(h);
        id
    }

    /// Handle `id` is a library string token: Rust owns one only when a
    /// creating function hands it out (`created`).
    pub fn mark_token(&mut self, id: HandleId, created: bool) {
        let h = &mut self.b.handles[id.index()];
        h.token = true;
        if !created {
            h.destroy = None;
        }
        h.destroy_result_free = None;
        h.destroy_assumes
            .retain(|&c| c == Convention::DestroysByName && h.destroy.is_some());
    }

    /// Records a constant.
    pub fn push_constant(&mut self, c: ConstBinding) {
        self.b.constants.push(c);
    }

    /// Records an alias.
    pub fn push_alias(&mut self, a: AliasBinding) {
        self.b.aliases.push(a);
    }

    /// Records the owned byte buffer of the library's allocator family.
    pub fn set_memory(&mut self, m: Option<MemoryBinding>) {
        self.b.memory = m;
    }

    /// Class `id`'s bound bases (upcasts), in declaration order.
    pub fn set_bases(&mut self, id: ClassId, bases: Vec<ClassId>) {
        self.b.classes[id.index()].bases = bases;
    }

    /// Class `id` can be implemented in Rust through `t`.
    pub fn set_trampoline(&mut self, id: ClassId, t: Trampoline) {
        self.b.classes[id.index()].trampoline = Some(t);
    }

    /// Class `id` is a status whose message method is `message`.
    pub fn set_status(&mut self, id: ClassId, message: Option<FnId>) {
        self.b.classes[id.index()].status = Some(message);
    }

    /// Declaration `id` turns out bound after all (a function used as
    /// another binding's release, decided once every function is), relying
    /// on `assumes`.
    pub fn rebind(&mut self, id: DecisionId, status: Status, assumes: Vec<Convention>) {
        let d = &mut self.b.decisions[id.index()];
        d.status = status;
        d.assumes = assumes;
    }

    /// The bindings, once every pass has run.
    pub fn finish(self) -> Bindings {
        self.b
    }

    /// The method names class `id`'s safe type has taken.
    pub fn members_mut(&mut self, id: ClassId) -> &mut NameSet {
        &mut self.members[id.index()]
    }
}

/// Claims the bridge identifiers each closure argument of `f` adds, from the
/// bridge's one allocator: two plans (or two arguments) can never ask for
/// the same one, whatever their names.
fn claim_glue(names: &mut ModuleNames, f: &mut FnBinding) {
    use crate::analysis::core::naming::join;
    use crate::plan::ArgKind;
    for a in &mut f.args {
        match &mut a.kind {
            ArgKind::Closure(sig) => {
                let kind = if sig.kept { "kept" } else { "closure" };
                sig.glue.ty = names.ffi_type(&join(&[&f.ffi_name, &a.name, kind]), "");
                sig.glue.call = names.ffi_value(&join(&[&f.ffi_name, &a.name, "call"]), "");
            }
            ArgKind::ClosureSet(set) => {
                let kind = if set.released { "set" } else { "kept_set" };
                set.ty = names.ffi_type(&join(&[&f.ffi_name, &a.name, kind]), "");
                for (k, m) in set.members.iter_mut().enumerate() {
                    m.sig.glue.ty = set.ty.clone();
                    let call = format!("call{k}");
                    m.sig.glue.call = names.ffi_value(&join(&[&f.ffi_name, &a.name, &call]), "");
                }
            }
            _ => {}
        }
    }
}
