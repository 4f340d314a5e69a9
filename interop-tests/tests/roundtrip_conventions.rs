//! Round trips through `cases/conventions`: where the types overrule what a
//! name says. Deleting an entry (a key follows the handle) leaves the
//! configuration to its owner; a member deleting a key (the object it is
//! given is not first, and a key follows) leaves the family alone; an
//! allocator taking only a size creates; setters of global state keep a
//! copy of their text that outlives the caller's; a node's owner reached by
//! name is lent shared; a member's form that passes a "kept" flag is left
//! out, its shorter form copies.
//!
//! The C side counts frees in process-wide counters, so each counter is
//! checked by one test only.

use interop_tests::conventions::cv::{Doc, Family, Settings, Store, WriteOptions};
use interop_tests::conventions::{
    cv_cfg_count, cv_cfg_delete_entry, cv_cfg_freed, cv_cfg_get, cv_cfg_new, cv_cfg_set,
    cv_lock_alloc_sized, cv_lock_capacity, cv_locks_freed, cv_prefix, cv_set_prefix,
};

#[test]
fn deleting_an_entry_keeps_the_configuration() {
    let freed = cv_cfg_freed();
    {
        let cfg = cv_cfg_new().expect("a new configuration");
        cv_cfg_set(&cfg, "a", 1);
        cv_cfg_set(&cfg, "b", 2);
        assert_eq!(cv_cfg_delete_entry(&cfg, "a"), 1);
        assert_eq!(cv_cfg_delete_entry(&cfg, "a"), 0);
        // The configuration lives on: the call ended an entry, not it.
        assert_eq!(cv_cfg_count(&cfg), 1);
        assert_eq!(cv_cfg_get(&cfg, "a", -1), -1);
        assert_eq!(cv_cfg_get(&cfg, "b", -1), 2);
        assert_eq!(cv_cfg_freed(), freed);
    }
    // Its owner frees it, once.
    assert_eq!(cv_cfg_freed(), freed + 1);
}

#[test]
fn an_allocator_taking_a_size_creates_what_its_owner_frees() {
    let freed = cv_locks_freed();
    {
        let lock = cv_lock_alloc_sized(4).expect("a new lock");
        assert_eq!(cv_lock_capacity(&lock), 4);
    }
    assert_eq!(cv_locks_freed(), freed + 1);
}

#[test]
fn deleting_a_key_leaves_the_family_it_is_given() {
    let mut store = Store::new().unwrap();
    let mut family = Family::new(7).unwrap();
    let mut other = Family::new(8).unwrap();
    let options = WriteOptions::default();
    store.put(options, &mut family, "k", 41).unwrap();
    store.put(options, &mut other, "k", 42).unwrap();
    assert!(store.delete(options, &mut family, "k").unwrap());
    assert!(!store.delete(options, &mut family, "k").unwrap());
    // The family is still there, and so is the other family's key.
    assert_eq!(family.id().unwrap(), 7);
    assert_eq!(store.get(&family, "k").unwrap(), -1);
    assert_eq!(store.get(&other, "k").unwrap(), 42);
}

#[test]
fn setters_of_global_state_keep_a_copy_of_their_text() {
    {
        let yes = String::from("oui");
        let no = b"non".to_vec();
        Settings::set_labels(&yes, &no).unwrap();
        // The caller's strings go; the settings keep theirs.
    }
    assert_eq!(Settings::yes().unwrap().as_deref(), Some(&b"oui"[..]));
    assert_eq!(Settings::no().unwrap().as_deref(), Some(&b"non"[..]));
    {
        let prefix = format!("{}>", "cv");
        cv_set_prefix(prefix.as_bytes());
    }
    assert_eq!(cv_prefix().as_deref(), Some(&b"cv>"[..]));
    // A scalar needs no copy.
    Settings::set_limit(3).unwrap();
    assert_eq!(Settings::limit().unwrap(), 3);
}

#[test]
fn a_node_reaches_its_owner_shared_and_renames_by_copy() {
    let mut doc = Doc::new().unwrap();
    {
        let mut root = doc.root().unwrap().expect("a root node");
        {
            let name = String::from("first");
            root.as_mut().set_name(&name).unwrap();
        }
        assert_eq!(root.name().unwrap(), b"first");
        let owner = root.as_mut().get_document().unwrap().expect("its document");
        assert_eq!(owner.renames().unwrap(), 1);
    }
    assert_eq!(doc.renames().unwrap(), 1);
}

#[test]
fn a_registry_is_not_given_rust_objects() {
    // `plugin_register(Plugin*)` is skipped (its name says it keeps the
    // plugin); what reads and clears the registry stays bound.
    let plugin = interop_tests::conventions::cv::Plugin::new(7).unwrap();
    assert_eq!(plugin.id().unwrap(), 7);
    assert_eq!(
        interop_tests::conventions::cv::registered_plugin_id().unwrap(),
        -1
    );
    interop_tests::conventions::cv::plugin_unregister().unwrap();
}
