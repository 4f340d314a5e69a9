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

#[test]
fn creating() {
    for yes in [
        "sqlite3_open16",
        "leveldb_create_iterator",
        "kv_dup",
        "NewIterator",
        "prepare_v2",
    ] {
        assert!(is_creating(yes), "{yes}");
    }
    for no in [
        "sqlite3_close",
        "get_name",
        "opener_count",
        "reopen",
        "column_text",
    ] {
        assert!(!is_creating(no), "{no}");
    }
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
fn ending() {
    assert!(names_ending(&w("kv_close_quietly")));
    assert!(names_ending(&w("sqlite3_str_finish")));
    assert!(!names_ending(&w("sqlite3_db_release_memory")));
    assert!(!names_ending(&w("release_cache_entries")));
    assert!(names_ending(&w("cache_release")));
    assert!(!names_ending(&w("closest_match")) && !names_ending(&w("get_finished")));
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
