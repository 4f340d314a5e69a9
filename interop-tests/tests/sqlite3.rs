//! The real sqlite3 C library, bound from its installed header with no hand
//! edits and used with no `unsafe`: an in-memory database, a table, inserts
//! with bound parameters (integers, doubles, text and blobs, which sqlite
//! keeps as copies it frees), rows read back, a Rust closure as the
//! `sqlite3_exec` callback, and the error messages of bad SQL; blobs sized
//! by `sqlite3_column_bytes`, UTF-16 text (`*16`), the database a statement
//! belongs to, `sqlite3_filename` tokens and their URI parameters, `printf`
//! fixed forms, a string builder, callbacks that receive the database.
//! Handles are owned by `Sqlite3` / `Sqlite3Stmt`, whose `Drop` calls
//! `sqlite3_close` / `sqlite3_finalize` exactly once; a statement borrows
//! its database (see the `compile_fail` examples in `src/lib.rs`).

use interop_tests::sqlite3::{
    sqlite3_backup_init, sqlite3_backup_remaining, sqlite3_backup_step, sqlite3_bind_blob,
    sqlite3_bind_double, sqlite3_bind_int, sqlite3_bind_int64, sqlite3_bind_null,
    sqlite3_bind_parameter_count, sqlite3_bind_text, sqlite3_changes, sqlite3_column_count,
    sqlite3_column_double, sqlite3_column_int, sqlite3_column_int64, sqlite3_column_text,
    sqlite3_column_type, sqlite3_commit_hook, sqlite3_errmsg, sqlite3_exec,
    sqlite3_last_insert_rowid, sqlite3_libversion, sqlite3_open, sqlite3_prepare_v2,
    sqlite3_progress_handler, sqlite3_reset, sqlite3_set_authorizer, sqlite3_step, Sqlite3,
    Sqlite3Stmt, SQLITE_ABORT, SQLITE_DONE, SQLITE_INTEGER, SQLITE_INTERRUPT, SQLITE_NULL,
    SQLITE_OK, SQLITE_ROW,
};

const OK: i32 = SQLITE_OK as i32;
const ROW: i32 = SQLITE_ROW as i32;
const DONE: i32 = SQLITE_DONE as i32;

fn open() -> Sqlite3<'static> {
    let (rc, db) = sqlite3_open(":memory:");
    assert_eq!(rc, OK);
    db.expect("sqlite3_open writes a handle")
}

fn prepare<'d>(db: &'d Sqlite3<'static>, sql: &str) -> Sqlite3Stmt<'d> {
    let (rc, stmt, _tail) = sqlite3_prepare_v2(db, sql);
    assert_eq!(rc, OK, "{sql}: {:?}", sqlite3_errmsg(db));
    stmt.expect("a statement")
}

fn run(db: &Sqlite3<'static>, sql: &str) {
    let stmt = prepare(db, sql);
    assert_eq!(sqlite3_step(&stmt), DONE, "{sql}");
}

#[test]
fn version_is_reported() {
    let v = sqlite3_libversion().expect("a version string");
    assert!(v.starts_with(b"3."), "{v:?}");
}

#[test]
fn insert_with_bound_parameters_and_read_rows_back() {
    let db = open();
    run(
        &db,
        "create table t (i integer, big integer, d real, s text, b blob)",
    );
    let insert = prepare(&db, "insert into t values (?1, ?2, ?3, ?4, ?5)");
    assert_eq!(sqlite3_bind_parameter_count(&insert), 5);
    for k in 0..3 {
        assert_eq!(sqlite3_bind_int(&insert, 1, k), OK);
        assert_eq!(
            sqlite3_bind_int64(&insert, 2, (1i64 << 40) + i64::from(k)),
            OK
        );
        assert_eq!(sqlite3_bind_double(&insert, 3, f64::from(k) + 0.5), OK);
        if k == 2 {
            assert_eq!(sqlite3_bind_null(&insert, 4), OK);
            assert_eq!(sqlite3_bind_null(&insert, 5), OK);
        } else {
            // sqlite keeps text and blobs: it gets a copy it frees itself.
            let text = format!("text {k} é");
            assert_eq!(sqlite3_bind_text(&insert, 4, text.as_bytes()), OK);
            assert_eq!(sqlite3_bind_blob(&insert, 5, [0u8, 0xff, k as u8]), OK);
        }
        assert_eq!(sqlite3_step(&insert), DONE);
        assert_eq!(sqlite3_changes(&db), 1);
        assert_eq!(sqlite3_last_insert_rowid(&db), i64::from(k) + 1);
        assert_eq!(sqlite3_reset(&insert), OK);
    }
    // Two statements over one database at once: both borrow it.
    let count = prepare(&db, "select count(*) from t");
    let query = prepare(&db, "select i, big, d, s, hex(b) from t order by i");
    assert_eq!(sqlite3_step(&count), ROW);
    assert_eq!(sqlite3_column_int(&count, 0), 3);
    assert_eq!(sqlite3_column_count(&query), 5);
    let mut rows = Vec::new();
    while sqlite3_step(&query) == ROW {
        assert_eq!(sqlite3_column_type(&query, 0), SQLITE_INTEGER as i32);
        rows.push((
            sqlite3_column_int(&query, 0),
            sqlite3_column_int64(&query, 1),
            sqlite3_column_double(&query, 2),
            sqlite3_column_text(&query, 3),
            sqlite3_column_text(&query, 4),
        ));
    }
    assert_eq!(rows.len(), 3);
    assert_eq!(
        rows[0],
        (
            0,
            1 << 40,
            0.5,
            Some("text 0 é".as_bytes().to_vec()),
            Some(b"00FF00".to_vec())
        )
    );
    assert_eq!(
        rows[1],
        (
            1,
            (1 << 40) + 1,
            1.5,
            Some("text 1 é".as_bytes().to_vec()),
            Some(b"00FF01".to_vec())
        )
    );
    assert_eq!(rows[2], (2, (1 << 40) + 2, 2.5, None, Some(Vec::new())));
    assert_eq!(sqlite3_column_type(&query, 0), SQLITE_NULL as i32); // past the end: no row
}

#[test]
fn text_is_bytes_not_utf8() {
    let db = open();
    let stmt = prepare(
        &db,
        "select cast(x'ff00fe' as text) || 'z', length(x'ff00fe')",
    );
    assert_eq!(sqlite3_step(&stmt), ROW);
    // `sqlite3_column_bytes` sizes the copy: the NUL inside the value and the
    // bytes after it are kept; no panic on 0xff.
    assert_eq!(
        sqlite3_column_text(&stmt, 0),
        Some(vec![0xff, 0, 0xfe, b'z'])
    );
    assert_eq!(sqlite3_column_int(&stmt, 1), 3);
}

#[test]
fn bad_sql_reports_an_error_message() {
    let db = open();
    let (rc, stmt, _) = sqlite3_prepare_v2(&db, "selec nothing from nowhere");
    assert_ne!(rc, OK);
    assert!(stmt.is_none());
    let msg = sqlite3_errmsg(&db).expect("an error message");
    let msg = String::from_utf8_lossy(&msg);
    assert!(msg.contains("syntax error"), "{msg}");
}

#[test]
fn the_unparsed_tail_is_returned() {
    let db = open();
    let (rc, stmt, tail) = sqlite3_prepare_v2(&db, "select 1; select 2");
    assert_eq!(rc, OK);
    assert!(stmt.is_some());
    assert_eq!(tail, b" select 2".to_vec());
}

/// Collects every row `sqlite3_exec` reports into `(column names, values)`.
type Rows = Vec<(Vec<Vec<u8>>, Vec<Option<Vec<u8>>>)>;

#[test]
fn exec_calls_a_rust_closure_per_row() {
    let db = open();
    let mut rows: Rows = Vec::new();
    let (rc, err) = sqlite3_exec(
        &db,
        "create table t (k text, v integer); \
         insert into t values ('one', 1), ('two', null); \
         select k, v from t order by k",
        |n, values, names| {
            assert_eq!((values.len(), names.len()), (n as usize, n as usize));
            let names = names
                .iter()
                .map(|c| c.unwrap_or_default().to_vec())
                .collect();
            rows.push((
                names,
                values.iter().map(|c| c.map(<[u8]>::to_vec)).collect(),
            ));
            0
        },
    );
    assert_eq!((rc, err), (OK, Vec::new()));
    let names = vec![b"k".to_vec(), b"v".to_vec()];
    assert_eq!(
        rows,
        vec![
            (
                names.clone(),
                vec![Some(b"one".to_vec()), Some(b"1".to_vec())]
            ),
            (names, vec![Some(b"two".to_vec()), None]),
        ]
    );
    // A non-zero result aborts the query: sqlite reports SQLITE_ABORT.
    let (rc, err) = sqlite3_exec(&db, "select 1 union all select 2", |_, _, _| 1);
    assert_eq!(rc, SQLITE_ABORT as i32);
    assert!(!err.is_empty());
}

#[test]
fn exec_reports_bad_sql_in_its_error_message() {
    let db = open();
    let mut called = false;
    let (rc, err) = sqlite3_exec(&db, "insert into nowhere values (1)", |_, _, _| {
        called = true;
        0
    });
    assert_ne!(rc, OK);
    assert!(!called);
    // Copied, then freed by `sqlite3_free`.
    assert_eq!(err, b"no such table: nowhere".to_vec());
}

#[test]
fn a_panic_in_the_exec_callback_resumes_after_the_call() {
    let db = open();
    let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        sqlite3_exec(&db, "select 1 union all select 2", |_, _, _| panic!("row"))
    }));
    assert!(caught.is_err());
    // The database is still usable after the panic.
    let (rc, _) = sqlite3_exec(&db, "select 1", |_, _, _| 0);
    assert_eq!(rc, OK);
}

#[test]
fn backup_with_a_destroy_function_named_in_the_config() {
    // `configs/sqlite3.toml` names `sqlite3_backup_finish`; the backup borrows both
    // databases and is finished exactly once, by `Drop`.
    let src = open();
    run(&src, "create table t (x integer)");
    run(&src, "insert into t values (41), (1)");
    let dest = open();
    {
        let backup = sqlite3_backup_init(&dest, "main", &src, "main").expect("a backup");
        assert_eq!(sqlite3_backup_step(&backup, -1), DONE);
        assert_eq!(sqlite3_backup_remaining(&backup), 0);
    }
    let sum = prepare(&dest, "select sum(x) from t");
    assert_eq!(sqlite3_step(&sum), ROW);
    assert_eq!(sqlite3_column_int(&sum, 0), 42);
}

#[test]
fn a_kept_progress_handler_owns_its_closure() {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;
    let db = open();
    // sqlite keeps the handler: the closure is owned, state is shared by `Arc`.
    let calls = Arc::new(AtomicUsize::new(0));
    let seen = Arc::clone(&calls);
    sqlite3_progress_handler(&db, 10, move || {
        seen.fetch_add(1, Ordering::SeqCst);
        0
    });
    let count = "with recursive c(x) as (select 1 union all select x + 1 from c where x < 1000) \
                 select count(*) from c";
    let stmt = prepare(&db, count);
    assert_eq!(sqlite3_step(&stmt), ROW);
    assert_eq!(sqlite3_column_int(&stmt, 0), 1000);
    drop(stmt);
    assert!(calls.load(Ordering::SeqCst) > 0);
    // A non-zero result interrupts the statement.
    sqlite3_progress_handler(&db, 10, || 1);
    let stmt = prepare(&db, count);
    assert_eq!(sqlite3_step(&stmt), SQLITE_INTERRUPT as i32);
}

#[test]
fn kept_hooks_see_commits_and_authorizations() {
    use std::sync::{Arc, Mutex};
    let db = open();
    let commits = Arc::new(Mutex::new(0));
    let c = Arc::clone(&commits);
    sqlite3_commit_hook(&db, move || {
        *c.lock().unwrap() += 1;
        0
    });
    // The authorizer gets `const char*` arguments as `Option<&[u8]>`.
    let tables = Arc::new(Mutex::new(Vec::new()));
    let t = Arc::clone(&tables);
    let rc = sqlite3_set_authorizer(&db, move |_action, table, _, _, _| {
        if let Some(table) = table {
            t.lock().unwrap().push(table.to_vec());
        }
        OK
    });
    assert_eq!(rc, OK);
    run(&db, "create table items (x integer)");
    run(&db, "insert into items values (1)");
    assert_eq!(*commits.lock().unwrap(), 2);
    assert!(tables.lock().unwrap().contains(&b"items".to_vec()));
}

#[test]
fn blobs_utf16_text_and_the_statement_database() {
    use interop_tests::sqlite3::{
        sqlite3_column_blob, sqlite3_column_bytes, sqlite3_column_name16, sqlite3_column_text16,
        sqlite3_complete16, sqlite3_db_handle, sqlite3_errmsg16, sqlite3_open16,
    };
    let db = open();
    run(&db, "create table t (b blob, s text)");
    let insert = prepare(&db, "insert into t values (?1, ?2)");
    // A blob with NULs and text with a NUL inside come back byte for byte.
    assert_eq!(sqlite3_bind_blob(&insert, 1, [0u8, 1, 0, 255]), OK);
    assert_eq!(sqlite3_bind_text(&insert, 2, b"a\0b"), OK);
    assert_eq!(sqlite3_step(&insert), DONE);
    let query = prepare(&db, "select b, s, null from t");
    assert_eq!(sqlite3_step(&query), ROW);
    assert_eq!(sqlite3_column_blob(&query, 0), Some(vec![0, 1, 0, 255]));
    assert_eq!(sqlite3_column_bytes(&query, 0), 4);
    assert_eq!(sqlite3_column_text(&query, 1), Some(b"a\0b".to_vec()));
    // A NULL column has no blob.
    assert_eq!(sqlite3_column_blob(&query, 2), None);
    // UTF-16 text (`*16` functions) in native order.
    let utf16 = |s: &str| s.encode_utf16().collect::<Vec<u16>>();
    assert_eq!(sqlite3_column_name16(&query, 1), Some(utf16("s")));
    assert_eq!(sqlite3_column_text16(&query, 1), Some(utf16("a\0b")));
    // The database a statement belongs to, borrowed from the statement.
    let parent = sqlite3_db_handle(&query).expect("a statement has a database");
    let bad = prepare_err(parent, "select nope");
    assert_eq!(bad, OK + 1); // SQLITE_ERROR
    assert_eq!(
        sqlite3_errmsg16(parent),
        Some(utf16("no such column: nope"))
    );
    assert_eq!(sqlite3_errmsg(&db), Some(b"no such column: nope".to_vec()));
    // Opening and parsing through UTF-16.
    let (rc, db16) = sqlite3_open16(&utf16(":memory:"));
    assert_eq!(rc, OK);
    let db16 = db16.expect("sqlite3_open16 writes a handle");
    run(&db16, "create table u (x)");
    assert_eq!(sqlite3_complete16(&utf16("select 1;")), 1);
    assert_eq!(sqlite3_complete16(&utf16("select 1")), 0);
}

fn prepare_err(db: &interop_tests::sqlite3::cpp::sqlite3, sql: &str) -> i32 {
    let (rc, stmt, _tail) = sqlite3_prepare_v2(db, sql);
    assert!(stmt.is_none());
    rc
}

#[test]
fn the_database_filename_and_its_uri_parameters() {
    use interop_tests::sqlite3::{
        sqlite3_db_filename, sqlite3_filename_database, sqlite3_open_v2, sqlite3_uri_boolean,
        sqlite3_uri_int64, sqlite3_uri_key, sqlite3_uri_parameter, SQLITE_OPEN_CREATE,
        SQLITE_OPEN_READWRITE, SQLITE_OPEN_URI,
    };
    let path = std::env::temp_dir().join(format!("cxxbind-uri-{}.db", std::process::id()));
    let uri = format!("file:{}?answer=42&fast=yes&name=x", path.display());
    let flags = (SQLITE_OPEN_URI | SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) as i32;
    let (rc, db) = sqlite3_open_v2(&uri, flags, "unix");
    assert_eq!(rc, OK);
    let db = db.expect("a database");
    {
        // `sqlite3_filename` is a token borrowed from the database: only
        // sqlite reads the parameters stored past its NUL.
        let name = sqlite3_db_filename(&db, "main").expect("a file database has a name");
        assert_eq!(
            sqlite3_filename_database(name),
            Some(path.to_string_lossy().as_bytes().to_vec())
        );
        assert_eq!(sqlite3_uri_parameter(name, "name"), Some(b"x".to_vec()));
        assert_eq!(sqlite3_uri_parameter(name, "missing"), None);
        assert_eq!(sqlite3_uri_boolean(name, "fast", 0), 1);
        assert_eq!(sqlite3_uri_int64(name, "answer", -1), 42);
        assert_eq!(sqlite3_uri_int64(name, "missing", -1), -1);
        assert_eq!(sqlite3_uri_key(name, 0), Some(b"answer".to_vec()));
        assert!(sqlite3_db_filename(&db, "nosuchschema").is_none());
    }
    drop(db);
    let _ = std::fs::remove_file(&path);
}

#[test]
fn printf_style_functions_in_their_fixed_form() {
    use interop_tests::sqlite3::sqlite3_mprintf;
    // The text is the one `%s` argument: `%` signs are printed as they are,
    // and the string sqlite allocates is copied, then freed by `sqlite3_free`.
    assert_eq!(sqlite3_mprintf("100% %d %s"), Some(b"100% %d %s".to_vec()));
    assert_eq!(sqlite3_mprintf(""), Some(Vec::new()));
    let vmprintf = interop_tests::sqlite3::sqlite3_vmprintf;
    assert_eq!(vmprintf("%s %d %%"), Some(b"%s %d %%".to_vec()));
}

#[test]
fn utf16_statements_return_their_utf16_tail() {
    use interop_tests::sqlite3::{sqlite3_column_text16, sqlite3_prepare16_v2};
    let db = open();
    let utf16 = |s: &str| s.encode_utf16().collect::<Vec<u16>>();
    let (rc, stmt, tail) = sqlite3_prepare16_v2(&db, &utf16("select 'é'; select 2"));
    assert_eq!(rc, OK);
    assert_eq!(tail, utf16(" select 2"));
    let stmt = stmt.expect("a statement");
    assert_eq!(sqlite3_step(&stmt), ROW);
    assert_eq!(sqlite3_column_text16(&stmt, 0), Some(utf16("é")));
    let (rc, stmt, tail) = sqlite3_prepare16_v2(&db, &utf16(" select 2"));
    assert_eq!(rc, OK);
    assert!(stmt.is_some());
    assert!(tail.is_empty());
}

#[test]
fn callbacks_receive_the_database_handle() {
    use interop_tests::sqlite3::{sqlite3_collation_needed, sqlite3_wal_hook};
    use std::sync::{Arc, Mutex};
    // User data before the callback; the callback sees the database.
    let db = open();
    let needed = Arc::new(Mutex::new(Vec::new()));
    let n = Arc::clone(&needed);
    assert_eq!(
        sqlite3_collation_needed(&db, move |db, _encoding, name| {
            let autocommit = interop_tests::sqlite3::sqlite3_get_autocommit(db);
            n.lock()
                .unwrap()
                .push((name.map(<[u8]>::to_vec), autocommit));
        }),
        OK
    );
    let (rc, stmt, _) = sqlite3_prepare_v2(&db, "select 'a' < 'b' collate nocase_fr");
    assert_ne!(rc, OK);
    assert!(stmt.is_none());
    assert_eq!(
        *needed.lock().unwrap(),
        vec![(Some(b"nocase_fr".to_vec()), 1)]
    );
    // The WAL hook gets the database, the schema name and the page count.
    let path = std::env::temp_dir().join(format!("cxxbind-wal-{}.db", std::process::id()));
    let (rc, file_db) = sqlite3_open(path.to_string_lossy().as_bytes());
    assert_eq!(rc, OK);
    let file_db = file_db.expect("a database");
    let mode = prepare(&file_db, "pragma journal_mode=wal");
    assert_eq!(sqlite3_step(&mode), ROW);
    assert_eq!(sqlite3_column_text(&mode, 0), Some(b"wal".to_vec()));
    drop(mode);
    let commits = Arc::new(Mutex::new(Vec::new()));
    let c = Arc::clone(&commits);
    sqlite3_wal_hook(&file_db, move |db, schema, pages| {
        let changes = interop_tests::sqlite3::sqlite3_changes(db);
        c.lock()
            .unwrap()
            .push((schema.map(<[u8]>::to_vec), pages > 0, changes));
        OK
    });
    run(&file_db, "create table t (x)");
    run(&file_db, "insert into t values (1)");
    let seen = commits.lock().unwrap().clone();
    assert_eq!(seen.len(), 2);
    assert!(seen
        .iter()
        .all(|(schema, pages, _)| schema.as_deref() == Some(&b"main"[..]) && *pages));
    assert_eq!(seen[1].2, 1);
    drop(file_db);
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
}

#[test]
fn a_string_builder_is_owned_and_finished_once() {
    use interop_tests::sqlite3::{
        sqlite3_str_append, sqlite3_str_appendchar, sqlite3_str_appendf, sqlite3_str_errcode,
        sqlite3_str_length, sqlite3_str_new, sqlite3_str_reset, sqlite3_str_value,
    };
    let db = open();
    // `sqlite3_str_finish` (named in the config) ends it in `Drop`, and the
    // string it hands back is freed with `sqlite3_free`.
    let s = sqlite3_str_new(&db).expect("sqlite3_str_new never returns null");
    sqlite3_str_appendf(&s, "50% ");
    sqlite3_str_append(&s, b"off");
    sqlite3_str_appendchar(&s, 3, b'!' as std::os::raw::c_char);
    assert_eq!(sqlite3_str_length(&s), 10);
    // The builder's own text, copied.
    assert_eq!(sqlite3_str_value(&s).as_deref(), Some(&b"50% off!!!"[..]));
    // A format followed by a `va_list`, in the same fixed form.
    interop_tests::sqlite3::sqlite3_str_vappendf(&s, " %s%%");
    assert_eq!(
        sqlite3_str_value(&s).as_deref(),
        Some(&b"50% off!!! %s%%"[..])
    );
    assert_eq!(sqlite3_str_errcode(&s), OK);
    sqlite3_str_reset(&s);
    assert_eq!(sqlite3_str_length(&s), 0);
    drop(s);
}

#[test]
fn keywords_are_counted_strings() {
    use interop_tests::sqlite3::{sqlite3_keyword_count, sqlite3_keyword_name};
    let count = sqlite3_keyword_count();
    assert!(count > 100, "{count}");
    // Each name is exactly `n` bytes of a packed table (not NUL-terminated).
    let names: Vec<Vec<u8>> = (0..count)
        .map(|i| {
            let (rc, name, n) = sqlite3_keyword_name(i);
            assert_eq!(rc, OK);
            assert_eq!(name.len(), n as usize);
            name
        })
        .collect();
    assert!(names.iter().any(|n| n == b"SELECT"));
    assert!(names
        .iter()
        .all(|n| n.iter().all(|&b| b.is_ascii_uppercase() || b == b'_')));
    assert_eq!(sqlite3_keyword_name(count).0, 1); // SQLITE_ERROR
}

#[test]
fn utf16_collation_names_reach_the_callback() {
    use interop_tests::sqlite3::sqlite3_collation_needed16;
    use std::sync::{Arc, Mutex};
    let db = open();
    let names = Arc::new(Mutex::new(Vec::new()));
    let n = Arc::clone(&names);
    assert_eq!(
        sqlite3_collation_needed16(&db, move |_db, _encoding, name| {
            n.lock().unwrap().push(name.map(<[u16]>::to_vec));
        }),
        OK
    );
    let (rc, _, _) = sqlite3_prepare_v2(&db, "select 'a' < 'b' collate größe");
    assert_ne!(rc, OK);
    let expected: Vec<u16> = "größe".encode_utf16().collect();
    assert_eq!(*names.lock().unwrap(), vec![Some(expected)]);
}

#[test]
fn memory_from_sqlite3_malloc_is_owned_and_freed_by_sqlite3_free() {
    use interop_tests::sqlite3::{
        sqlite3_malloc, sqlite3_malloc64, sqlite3_msize, sqlite3_realloc, sqlite3_realloc64,
    };
    // sqlite gives null for a size of zero.
    assert!(sqlite3_malloc(0).is_none());
    let mut mem = sqlite3_malloc(16).expect("16 bytes");
    assert_eq!(&mem[..], &[0u8; 16]);
    assert!(sqlite3_msize(&mem) >= 16);
    mem.copy_from_slice(b"0123456789abcdef");
    let mem = sqlite3_realloc64(mem, 40).expect("grown");
    assert_eq!(mem.len(), 40);
    assert_eq!(&mem[..16], b"0123456789abcdef");
    assert_eq!(&mem[16..], &[0u8; 24]);
    // A size of zero would free it: refused, the buffer comes back.
    let mem = sqlite3_realloc(mem, 0).expect_err("refused");
    assert_eq!(&mem[..4], b"0123");
    let mem = sqlite3_realloc(mem, 4).expect("shrunk");
    assert_eq!(&mem[..], b"0123");
    let other = sqlite3_malloc64(3).expect("3 bytes");
    assert_eq!(other.len(), 3);
}

#[test]
fn randomness_fills_a_slice_and_release_memory_keeps_the_database() {
    use interop_tests::sqlite3::{sqlite3_db_release_memory, sqlite3_randomness};
    let mut a = [0u8; 32];
    let mut b = [0u8; 32];
    sqlite3_randomness(&mut a);
    sqlite3_randomness(&mut b);
    assert_ne!(a, b);
    let db = open();
    run(&db, "create table t (x)");
    assert_eq!(sqlite3_db_release_memory(&db), OK);
    // Still open: the release ended memory, not the database.
    run(&db, "insert into t values (1)");
    assert_eq!(sqlite3_changes(&db), 1);
}

#[test]
fn column_values_and_the_database_mutex_are_parts_lent_exclusively() {
    use interop_tests::sqlite3::{
        sqlite3_column_value, sqlite3_db_mutex, sqlite3_mutex_enter, sqlite3_mutex_leave,
        sqlite3_threadsafe, sqlite3_value_int, sqlite3_value_type,
    };
    let mut db = open();
    if sqlite3_threadsafe() != 0 {
        let mutex = sqlite3_db_mutex(&mut db).expect("a serialized database has a mutex");
        sqlite3_mutex_enter(mutex);
        sqlite3_mutex_leave(mutex);
    }
    let mut stmt = prepare(&db, "select 42, null");
    assert_eq!(sqlite3_step(&stmt), ROW);
    {
        let v = sqlite3_column_value(&mut stmt, 0).expect("a value");
        assert_eq!(sqlite3_value_int(v), 42);
        assert_eq!(sqlite3_value_type(v), SQLITE_INTEGER as i32);
    }
    let v = sqlite3_column_value(&mut stmt, 1).expect("a value");
    assert_eq!(sqlite3_value_type(v), SQLITE_NULL as i32);
    // The values borrowed the statement exclusively; stepping comes after.
    assert_eq!(sqlite3_step(&stmt), DONE);
}

fn texts(db: &Sqlite3<'static>, sql: &str) -> Vec<Vec<u8>> {
    let stmt = prepare(db, sql);
    let mut out = Vec::new();
    while sqlite3_step(&stmt) == ROW {
        out.push(sqlite3_column_text(&stmt, 0).unwrap_or_default());
    }
    out
}

#[test]
fn collations_are_rust_closures_over_sized_bytes() {
    use interop_tests::sqlite3::{
        sqlite3_create_collation, sqlite3_create_collation16, sqlite3_create_collation_v2,
        SQLITE_UTF16, SQLITE_UTF8,
    };
    use std::sync::Arc;
    let db = open();
    run(&db, "create table t (x text)");
    run(&db, "insert into t values ('b'), ('a'), ('c')");
    let rev = |_: i32, a: &[u8], _: i32, b: &[u8]| b.cmp(a) as i32;
    assert_eq!(
        sqlite3_create_collation(&db, "rev", SQLITE_UTF8 as i32, rev),
        OK
    );
    let expected = vec![b"c".to_vec(), b"b".to_vec(), b"a".to_vec()];
    assert_eq!(
        texts(&db, "select x from t order by x collate rev"),
        expected
    );
    // UTF-16 operands arrive as their bytes (two per unit), with the name as UTF-16.
    let name: Vec<u16> = "rev16".encode_utf16().collect();
    assert_eq!(
        sqlite3_create_collation16(&db, &name, SQLITE_UTF16 as i32, rev),
        OK
    );
    assert_eq!(
        texts(&db, "select x from t order by x collate rev16"),
        expected
    );
    // `_v2` releases its closure when the collation goes away.
    let token = Arc::new(());
    let held = Arc::clone(&token);
    let by_len = move |n1: i32, _: &[u8], n2: i32, _: &[u8]| {
        let _ = &held;
        n1.cmp(&n2) as i32
    };
    assert_eq!(
        sqlite3_create_collation_v2(&db, "len", SQLITE_UTF8 as i32, by_len),
        OK
    );
    run(&db, "insert into t values ('dddd')");
    assert_eq!(
        texts(&db, "select x from t order by x collate len, x")
            .last()
            .cloned(),
        Some(b"dddd".to_vec())
    );
    assert_eq!(Arc::strong_count(&token), 2);
    drop(db);
    assert_eq!(Arc::strong_count(&token), 1);
}

#[test]
fn close_v2_takes_the_database_by_value() {
    use interop_tests::sqlite3::sqlite3_close_v2;
    let db = open();
    run(&db, "create table t (x)");
    // Every statement borrowing it is gone (finalized) before it can be given up.
    assert_eq!(sqlite3_close_v2(db), OK);
}

#[test]
fn expanded_sql_is_a_string_the_caller_frees() {
    use interop_tests::sqlite3::sqlite3_expanded_sql;
    let db = open();
    let stmt = prepare(&db, "select ?1, ?2");
    assert_eq!(sqlite3_bind_int(&stmt, 1, 7), OK);
    assert_eq!(sqlite3_bind_text(&stmt, 2, "it's"), OK);
    // Copied, then freed with `sqlite3_free` (the config's `caller_frees`).
    assert_eq!(
        sqlite3_expanded_sql(&stmt).as_deref(),
        Some(&b"select 7, 'it''s'"[..])
    );
}

/// Column 0 of the one row `sql` returns, as an integer (`None` for NULL).
fn one_int(db: &Sqlite3<'static>, sql: &str) -> Option<i64> {
    let stmt = prepare(db, sql);
    assert_eq!(sqlite3_step(&stmt), ROW, "{sql}");
    let v = (sqlite3_column_type(&stmt, 0) != SQLITE_NULL as i32)
        .then(|| sqlite3_column_int64(&stmt, 0));
    assert_eq!(sqlite3_step(&stmt), DONE, "{sql}");
    v
}

/// SQL functions written in Rust: the callbacks of `create_function*` reach
/// their user data through `sqlite3_user_data(ctx)`, so the closures are
/// the user data, one per callback (`None` passes a null callback); the
/// arguments arrive as `&[Option<&sqlite3_value>]`.
#[test]
fn sql_functions_are_rust_closures() {
    use interop_tests::sqlite3::cpp::{sqlite3_context, sqlite3_value};
    use interop_tests::sqlite3::{
        sqlite3_create_function, sqlite3_create_function_v2, sqlite3_create_window_function,
        sqlite3_result_error, sqlite3_result_int64, sqlite3_value_int64, SQLITE_UTF8,
    };
    use std::sync::atomic::{AtomicI64, Ordering};
    use std::sync::Arc;
    let utf8 = SQLITE_UTF8 as i32;
    let released = Arc::new(AtomicI64::new(0));
    {
        let db = open();
        // A scalar function, whose closures are dropped when the database closes.
        struct Released(Arc<AtomicI64>);
        impl Drop for Released {
            fn drop(&mut self) {
                self.0.fetch_add(1, Ordering::SeqCst);
            }
        }
        let token = Released(released.clone());
        let add = move |ctx: &sqlite3_context, n: i32, args: &[Option<&sqlite3_value>]| {
            let _ = &token;
            assert_eq!(args.len(), n as usize);
            let sum = args.iter().flatten().map(|v| sqlite3_value_int64(*v)).sum();
            sqlite3_result_int64(ctx, sum);
        };
        let rc =
            sqlite3_create_function_v2(&db, "rust_add", -1, utf8, Some(Box::new(add)), None, None);
        assert_eq!(rc, OK);
        assert_eq!(one_int(&db, "select rust_add(1, 2, 39)"), Some(42));
        assert_eq!(one_int(&db, "select rust_add()"), Some(0));
        // An aggregate: `step` per row, `final` once per group.
        let total = Arc::new(AtomicI64::new(0));
        let (in_step, in_final) = (total.clone(), total.clone());
        let step = move |_: &sqlite3_context, _: i32, args: &[Option<&sqlite3_value>]| {
            in_step.fetch_add(args[0].map_or(0, sqlite3_value_int64), Ordering::SeqCst);
        };
        let fin = move |ctx: &sqlite3_context| {
            sqlite3_result_int64(ctx, in_final.swap(0, Ordering::SeqCst) * 10);
        };
        let rc = sqlite3_create_function(
            &db,
            "rust_total",
            1,
            utf8,
            None,
            Some(Box::new(step)),
            Some(Box::new(fin)),
        );
        assert_eq!(rc, OK);
        run(&db, "create table n (x integer)");
        run(&db, "insert into n values (1), (2), (3), (4)");
        assert_eq!(one_int(&db, "select rust_total(x) from n"), Some(100));
        assert_eq!(
            one_int(&db, "select rust_total(x) from n where x > 2"),
            Some(70)
        );
        // A window function: `step`, `final`, `value`, `inverse`.
        let window = Arc::new(AtomicI64::new(0));
        let (w1, w2, w3, w4) = (
            window.clone(),
            window.clone(),
            window.clone(),
            window.clone(),
        );
        let rc = sqlite3_create_window_function(
            &db,
            "rust_wsum",
            1,
            utf8,
            Some(Box::new(
                move |_: &sqlite3_context, _: i32, a: &[Option<&sqlite3_value>]| {
                    w1.fetch_add(a[0].map_or(0, sqlite3_value_int64), Ordering::SeqCst);
                },
            )),
            Some(Box::new(move |ctx: &sqlite3_context| {
                sqlite3_result_int64(ctx, w2.swap(0, Ordering::SeqCst));
            })),
            Some(Box::new(move |ctx: &sqlite3_context| {
                sqlite3_result_int64(ctx, w3.load(Ordering::SeqCst));
            })),
            Some(Box::new(
                move |_: &sqlite3_context, _: i32, a: &[Option<&sqlite3_value>]| {
                    w4.fetch_sub(a[0].map_or(0, sqlite3_value_int64), Ordering::SeqCst);
                },
            )),
        );
        assert_eq!(rc, OK);
        // Sums over a sliding window of two rows, read in order.
        let stmt = prepare(
            &db,
            "select rust_wsum(x) over (order by x rows between 1 preceding and current row) from n",
        );
        let mut sums = Vec::new();
        while sqlite3_step(&stmt) == ROW {
            sums.push(sqlite3_column_int64(&stmt, 0));
        }
        assert_eq!(sums, vec![1, 3, 5, 7]);
        drop(stmt);
        // Errors set by the closure reach SQL; a panic is caught before C
        // (the function's result stays NULL) and disables the closure.
        let fail = |ctx: &sqlite3_context, _: i32, _: &[Option<&sqlite3_value>]| {
            sqlite3_result_error(ctx, "no luck")
        };
        assert_eq!(
            sqlite3_create_function(&db, "rust_fail", 0, utf8, Some(Box::new(fail)), None, None),
            OK
        );
        let (rc, stmt, _) = sqlite3_prepare_v2(&db, "select rust_fail()");
        assert_eq!(rc, OK);
        let stmt = stmt.expect("a statement");
        assert_ne!(sqlite3_step(&stmt), ROW);
        assert_eq!(sqlite3_errmsg(&db).as_deref(), Some(&b"no luck"[..]));
        drop(stmt);
        let boom = |_: &sqlite3_context, _: i32, _: &[Option<&sqlite3_value>]| panic!("boom");
        assert_eq!(
            sqlite3_create_function(&db, "rust_boom", 0, utf8, Some(Box::new(boom)), None, None),
            OK
        );
        assert_eq!(one_int(&db, "select rust_boom()"), None);
        assert_eq!(one_int(&db, "select rust_boom()"), None);
        assert_eq!(released.load(Ordering::SeqCst), 0);
    }
    // `create_function_v2`'s destructor dropped the closures with the database.
    assert_eq!(released.load(Ordering::SeqCst), 1);
}
