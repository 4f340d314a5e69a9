//! Names each convention must read, and names it must not.

use super::*;
use crate::ir::Type;

fn int(name: &str) -> Param {
    Param::new(
        name,
        Type::Int {
            kind: IntKind::Int,
            alias: None,
        },
    )
}

fn sized(name: &str) -> Param {
    Param::new(
        name,
        Type::Int {
            kind: IntKind::ULong,
            alias: Some("size_t".into()),
        },
    )
}

fn w(name: &str) -> Vec<String> {
    words(name)
}

fn ptr(name: &str, pointee: Type, is_const: bool) -> Param {
    Param::new(
        name,
        Type::Pointer {
            pointee: Box::new(pointee),
            is_const,
        },
    )
}

fn record(name: &str) -> Type {
    Type::Record { name: name.into() }
}

fn cref(name: &str, pointee: Type) -> Param {
    Param::new(
        name,
        Type::Ref {
            pointee: Box::new(pointee),
            is_const: true,
        },
    )
}

#[test]
fn creating() {
    for yes in [
        "sqlite3_open16",
        "leveldb_create_iterator",
        "kv_dup",
        "NewIterator",
        "prepare_v2",
    ] {
        assert!(is_creating(yes, &[]), "{yes}");
    }
    for no in [
        "sqlite3_close",
        "get_name",
        "opener_count",
        "reopen",
        "column_text",
    ] {
        assert!(!is_creating(no, &[]), "{no}");
    }
}

#[test]
fn allocating_creates_only_what_sizes_select() {
    let kind = Param::new(
        "",
        Type::Int {
            kind: IntKind::Int,
            alias: None,
        },
    );
    let mode = Param::new(
        "mode",
        Type::Enum {
            name: "alloc_mode".into(),
        },
    );
    // Sizes, nothing, or what is not a selector: a new object.
    assert!(is_creating("av_frame_alloc", &[]));
    assert!(is_creating("gsl_vector_alloc", &[sized("n")]));
    assert!(is_creating("pool_alloc", &[int("count")]));
    assert!(is_creating(
        "gsl_rng_alloc",
        &[ptr("T", record("gsl_rng_type"), true)]
    ));
    // A kind (unnamed `int`, an enum, a flag) may pick a shared object.
    assert!(!is_creating(
        "sqlite3_mutex_alloc",
        std::slice::from_ref(&kind)
    ));
    assert!(!is_creating("buf_alloc", std::slice::from_ref(&mode)));
    assert!(!is_creating("slot_alloc", &[int("kind")]));
    // Other creating words never depend on the parameters.
    assert!(is_creating("sqlite3_open_v2", &[int("flags")]));
    assert!(is_creating("json_object_new_int", &[kind]));
    assert!(is_creating("surface_create", &[mode]));
}

#[test]
fn destroying_and_freeing() {
    for yes in [
        "sqlite3_close",
        "kv_destroy",
        "sqlite3_free_table",
        "stmt_finalize",
    ] {
        assert!(is_destroy_name(&w(yes)), "{yes}");
    }
    for no in ["close_count", "freeze", "release_notes_get", "closed"] {
        assert!(!is_destroy_name(&w(no)), "{no}");
    }
    assert!(names_freeing("xmlFreeDoc") && names_freeing("DeleteChild"));
    assert!(!names_freeing("freeze") && !names_freeing("undeleted"));
    assert!(names_freeing_member(&w("DeleteNode")));
    assert!(!names_freeing_member(&w("Delete")) && !names_freeing_member(&w("NodeDelete")));
    assert!(names_free_function("sqlite3_free") && names_free_function("xmlFree"));
    assert!(!names_free_function("freelist_size") && !names_free_function("carefree"));
}

#[test]
fn freeing_agrees_with_the_types() {
    let no_view = |_: &str| false;
    let slice_view = |n: &str| n == "leveldb::Slice";
    let cfg = ptr("c", record("cfg"), false);
    let text = ptr("name", Type::Char, true);
    let frees = |params: &[Param], at: usize| frees_object(params, at, 1, &no_view);
    // What it is given, nothing read after it: freed.
    assert!(frees(std::slice::from_ref(&cfg), 0));
    assert!(frees(&[ptr("node", record("XMLNode"), false)], 0));
    assert!(frees(&[cfg.clone(), int("flags")], 0));
    // A first `const char*` is freed too (`lib_free_string(const char*)`).
    assert!(frees(std::slice::from_ref(&text), 0));
    // A buffer after a context handle (`libusb_dev_mem_free(h*,
    // unsigned char* buffer, size_t length)`): the pair is what is freed.
    let buffer = [
        cfg.clone(),
        ptr("buffer", int("").ty, false),
        sized("length"),
    ];
    assert!(frees_object(&buffer, 1, 2, &no_view));
    // A key or data after it: an entry, not the object.
    assert!(!frees(&[cfg.clone(), text.clone()], 0));
    let bytes = Param::new("key", Type::ConstVoidPointer);
    assert!(!frees(&[cfg.clone(), bytes, sized("n")], 0));
    assert!(!frees(&[cfg.clone(), cref("key", Type::StdString)], 0));
    // A key into the object before it (`cfg_delete_entry(cfg*, const char*
    // name)`, `sd_bus_release_name(sd_bus*, const char* name)`).
    assert!(!frees(&[cfg.clone(), text.clone()], 1));
    // `Delete(const WriteOptions&, ColumnFamilyHandle*, const Slice& key)`:
    // a key follows the handle.
    let delete = [
        cref("options", record("leveldb::WriteOptions")),
        ptr("column_family", record("ColumnFamilyHandle"), false),
        cref("key", record("leveldb::Slice")),
    ];
    assert!(!frees_object(&delete, 1, 1, &slice_view));
    assert!(frees_object(&delete[..2], 1, 1, &slice_view));
    // A class is a key only when it is a byte view.
    assert!(frees_object(&delete, 1, 1, &no_view));
    for (ty, keyed) in [
        (Type::StdStringView, true),
        (
            Type::StringToken {
                name: "t".into(),
                is_const: true,
            },
            true,
        ),
        (Type::ConstVoidPointer, true),
        (
            Type::Pointer {
                pointee: Box::new(Type::Double),
                is_const: true,
            },
            true,
        ),
        // A buffer the call may free or write is no key.
        (Type::VoidPointer, false),
        (ptr("", Type::Char, false).ty, false),
        (int("n").ty, false),
        (record("cfg"), false),
        (Type::DestructorPointer, false),
    ] {
        assert_eq!(is_key_or_data(&ty, &no_view), keyed, "{ty:?}");
    }
}

#[test]
fn ending_agrees_with_the_types() {
    let cfg = ptr("c", record("cfg"), false);
    let text = ptr("name", Type::Char, true);
    let keyed = [cfg.clone(), text.clone()];
    let handle = w("cfg");
    // A key follows the handle and the ending word names an entry: after
    // it (`cfg_delete_entry`) or before it (`git_reflog_delete`).
    assert!(!ends_object(&w("cfg_delete_entry"), &keyed, 0, &handle));
    assert!(!ends_object(&w("cfg_entry_delete"), &keyed, 0, &handle));
    let repo = w("git_repository");
    assert!(!ends_object(&w("git_reflog_delete"), &keyed, 0, &repo));
    // Either alone keeps the ending: a miss frees twice.
    let alone = std::slice::from_ref(&cfg);
    assert!(ends_object(&w("cfg_delete_entry"), alone, 0, &handle));
    assert!(ends_object(&w("cfg_delete"), &keyed, 0, &handle));
    assert!(ends_object(&w("cfg_close_v2"), &keyed, 0, &handle));
    assert!(ends_object(&w("cfg_free_cfg"), &keyed, 0, &handle));
    let kv = w("kv");
    assert!(ends_object(&w("kv_close_quietly"), alone, 0, &kv));
    assert!(ends_object(
        &w("kv_close_with"),
        &[cfg.clone(), int("flags")],
        0,
        &kv
    ));
    // A buffer after the handle is no key (`libusb_dev_mem_free`).
    let buffer = [cfg, ptr("buffer", Type::Char, false), sized("n")];
    assert!(ends_object(&w("dev_mem_free"), &buffer, 0, &handle));
}

#[test]
fn setters() {
    for yes in ["SetBoolSerialization", "kv_set_default", "set"] {
        assert!(names_setter(yes), "{yes}");
    }
    for no in [
        "reset",
        "Setup",
        "offset",
        "settings_count",
        "GetSet1",
        "sd_bus_error_is_set",
        "pcap_can_set_rfmon",
    ] {
        assert!(!names_setter(no), "{no}");
    }
    // Which object the setter sets itself: a word after `set` names its type.
    assert!(setter_names("SetLogger", &w("Logger")));
    assert!(setter_names(
        "randombytes_set_implementation",
        &w("randombytes_implementation")
    ));
    assert!(!setter_names("mpfr_set_nan", &w("__mpfr_struct")));
    assert!(!setter_names("archive_write_set_format_zip", &w("archive")));
    assert!(!setter_names("archive_set", &w("archive")));
}

#[test]
fn lengths_read_from_names_are_assumed() {
    assert_eq!(
        length_assumes(&int("len"), Convention::LengthByName),
        Some(Convention::LengthByName)
    );
    assert_eq!(
        length_assumes(&int(""), Convention::CountByName),
        Some(Convention::CountByName)
    );
    assert_eq!(
        length_assumes(&sized("whatever"), Convention::LengthByName),
        None
    );
}

#[test]
fn ending() {
    assert!(names_ending(&w("kv_close_quietly")));
    assert!(names_ending(&w("sqlite3_str_finish")));
    assert!(!names_ending(&w("sqlite3_db_release_memory")));
    assert!(!names_ending(&w("release_cache_entries")));
    assert!(names_ending(&w("cache_release")));
    assert!(!names_ending(&w("closest_match")) && !names_ending(&w("get_finished")));
}

#[test]
fn ending_or_restarting() {
    for name in [
        "sqlite3_reset",
        "sqlite3_clear_bindings",
        "sqlite3_stmt_scanstatus_reset",
        "kv_query_rewind",
        "kv_close_quietly",
        "ResetIterator",
    ] {
        assert!(names_ending_or_restarting(name), "{name}");
    }
    for name in [
        "sqlite3_step",
        "sqlite3_get_autocommit",
        "sqlite3_db_release_memory",
        "sqlite3_create_collation",
        "kv_resettable_count",
        "clearance_level",
    ] {
        assert!(!names_ending_or_restarting(name), "{name}");
    }
}

#[test]
fn leases() {
    let noun = w("Snapshot");
    assert!(acquires(&w("GetSnapshot"), &noun) && acquires(&w("AcquireSnapshot"), &noun));
    assert!(!acquires(&w("GetSnapshotCount"), &noun));
    assert!(!acquires(&w("SetSnapshot"), &noun) && !acquires(&w("Snapshot"), &noun));
}

#[test]
fn ancestors_and_kept_flags() {
    assert!(names_ancestor("Parent") && names_ancestor("GetDocument"));
    assert!(!names_ancestor("FirstChild") && !names_ancestor("parental_rating_of"));
    assert!(names_kept_flag("isStatic") && names_kept_flag("interned"));
    assert!(!names_kept_flag("statistics") && !names_kept_flag("persist"));
}

#[test]
fn callbacks_and_user_data() {
    assert!(
        calls_back_only_during_call("sqlite3_exec") && calls_back_only_during_call("kv_each16")
    );
    assert!(!calls_back_only_during_call("sqlite3_busy_handler"));
    assert!(
        !calls_back_only_during_call("executor_set") && !calls_back_only_during_call("scanner")
    );
    assert!(names_user_data_accessor("sqlite3_user_data"));
    assert!(!names_user_data_accessor("sqlite3_column_value"));
    assert!(names_user_data("pContext") && names_user_data("user_arg"));
    assert!(names_user_data("arg") && !names_user_data("args_len"));
    assert!(!names_user_data("buffer") && !names_user_data("contextual"));
    assert!(names_deleter("deleter") && names_deleter("free_fn") && names_deleter("xDestroy"));
    assert!(!names_deleter("callback") && !names_deleter("freedom"));
}

#[test]
fn factories_data_and_walks() {
    assert!(is_factory("NewIterator") && is_factory("create_parser") && is_factory("OpenFile"));
    assert!(!is_factory("GetNew") && !is_factory("newline_count") && !is_factory("opener"));
    assert!(is_data_word("blob") && !is_data_word("bytes"));
    assert!(LENGTH_WORDS.contains(&"bytes"));
    assert!(names_next("sqlite3_next_stmt") && !names_next("nextval_get"));
    assert!(!names_next("context_get"));
}

#[test]
fn allocator_words() {
    assert_eq!(
        allocator_word("sqlite3_malloc64"),
        Some(AllocatorWord::Alloc)
    );
    assert_eq!(allocator_word("kv_realloc"), Some(AllocatorWord::Realloc));
    assert_eq!(allocator_word("sqlite3_msize"), Some(AllocatorWord::Size));
    assert_eq!(allocator_word("malloc_trim"), None);
    assert_eq!(allocator_word("sizeof_thing"), None);
}

#[test]
fn counts_and_lengths() {
    for yes in [
        "n",
        "len",
        "nByte",
        "item_count",
        "num_items",
        "n_items",
        "nParam",
    ] {
        assert!(is_count(&int(yes)), "{yes}");
    }
    for no in ["index", "flags", "mode", "nonce", "number"] {
        assert!(!is_count(&int(no)), "{no}");
    }
    assert!(is_count(&sized("whatever")));
    for yes in ["n", "len", "nByte", "key_len", "buf_size", ""] {
        assert!(is_byte_len(&int(yes)), "{yes:?}");
    }
    for no in ["count", "nParam", "index", "iCol"] {
        assert!(!is_byte_len(&int(no)), "{no}");
    }
    let unnamed_long_long = Param::new(
        "",
        Type::Int {
            kind: IntKind::LongLong,
            alias: None,
        },
    );
    assert!(!is_byte_len(&unnamed_long_long));
    assert!(is_slice_len(&int("")) && !is_slice_len(&int("flags")));
    let not_int = Param::new("len", Type::Double);
    assert!(!is_count(&not_int) && !is_byte_len(&not_int));
}

#[test]
fn utf16_text() {
    for yes in [
        "sqlite3_open16",
        "sqlite3_errmsg16",
        "text16le",
        "prepare16_v2",
    ] {
        assert!(is_utf16(yes), "{yes}");
    }
    for no in ["sqlite3_open", "int16_value", "open_v16", "sixteen", "16"] {
        assert!(!is_utf16(no), "{no}");
    }
}

#[test]
fn registering_names() {
    for yes in [
        "sqlite3_vfs_register",
        "Register",
        "RegisterHandler",
        "ev_install_hook",
        "bus_subscribe",
    ] {
        assert!(names_registering(yes), "{yes}");
    }
    for no in [
        "sqlite3_vfs_unregister",
        "is_registered",
        "registry_get",
        "RegisteredCount",
        "IsRegister",
        "registers",
        "uninstall",
    ] {
        assert!(!names_registering(no), "{no}");
    }
}

#[test]
fn documented_outputs_are_only_doxygen_out_directions() {
    let doc = "Splits the text.\n\\param[out] head the part before\n@param[ out ] a,b both halves\n\\param[in,out] text read and written\n\\param[in] sep read\n\\param tail nothing said\nparam[out] bare is no command";
    assert_eq!(documented_outputs(Some(doc)), ["head", "a", "b"]);
    for no in [
        "\\param[in, out] text",
        "\\param[inout] text",
        "@param text the text",
        "writes [out] text",
        "\\param[out]",
    ] {
        assert!(documented_outputs(Some(no)).is_empty(), "{no}");
    }
    assert!(documented_outputs(None).is_empty());
    assert_eq!(documented_outputs(Some("@param[OUT] value")), ["value"]);
}

#[test]
fn integers_named_as_something_other_than_a_count() {
    for yes in [
        "flags",
        "openFlags",
        "open_flags",
        "mode",
        "api_version",
        "version",
        "options",
        "kind",
        "type",
        "timeout",
        "fd",
        "times",
        "resetFlg",
    ] {
        assert!(names_not_count(yes), "{yes}");
    }
    for no in [
        "",
        "n",
        "k",
        "count",
        "how_many",
        "num_flags",
        "n_flags",
        "index",
        "idx",
        "i",
        "pos",
        "size",
        "len",
        "items",
        "value",
        "flagship",
    ] {
        assert!(!names_not_count(no), "{no:?}");
    }
}
