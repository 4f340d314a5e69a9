//! The real sqlite3 library through the rules for handles a function hands
//! out without creating them (docs/strategy.md, rules 18 and 27) and for
//! length-first `char*` buffers: `sqlite3_next_stmt` walks a database's
//! statements while the database is lent exclusively (so no statement a
//! Rust owner holds can be among them), `sqlite3_vtab_in_first` writes its
//! value through `sqlite3_value**`, and `sqlite3_snprintf` writes into a
//! Rust buffer it never overruns. No `unsafe`.

use interop_tests::sqlite3::{
    sqlite3_column_value, sqlite3_open, sqlite3_prepare_v2, sqlite3_snprintf, sqlite3_sql,
    sqlite3_step, sqlite3_value_dup, sqlite3_value_int, sqlite3_vtab_in_first,
    sqlite3_vtab_in_next, Sqlite3, SQLITE_MISUSE, SQLITE_OK, SQLITE_ROW,
};

fn open() -> Sqlite3<'static> {
    let (rc, db) = sqlite3_open(":memory:");
    assert_eq!(rc, SQLITE_OK as i32);
    db.expect("sqlite3_open writes a handle")
}

#[test]
fn next_stmt_finds_only_statements_no_rust_owner_holds() {
    let mut db = open();
    assert!(interop_tests::sqlite3::sqlite3_next_stmt(&mut db, None).is_none());
    {
        // A statement Rust owns borrows the database: the walk cannot start
        // while it lives (`tests/ui/next_child_waits_for_owned_children.rs`).
        let (rc, stmt, _) = sqlite3_prepare_v2(&db, "select 1");
        assert_eq!(rc, SQLITE_OK as i32);
        assert_eq!(sqlite3_step(&stmt.expect("a statement")), SQLITE_ROW as i32);
    }
    assert!(interop_tests::sqlite3::sqlite3_next_stmt(&mut db, None).is_none());
    // A statement whose owner was forgotten has no Rust owner left: the walk
    // finds it, and it is usable through the borrow (it stays unfinalized,
    // so the database leaks with it: that is what forgetting its owner does).
    let (_, leaked, _) = sqlite3_prepare_v2(&db, "select 'leaked'");
    std::mem::forget(leaked.expect("a statement"));
    let found = interop_tests::sqlite3::sqlite3_next_stmt(&mut db, None).expect("the leaked one");
    assert_eq!(sqlite3_sql(found).as_deref(), Some(&b"select 'leaked'"[..]));
    assert_eq!(sqlite3_step(found), SQLITE_ROW as i32);
}

#[test]
fn next_stmt_refuses_a_statement_of_another_database() {
    let mut mine = open();
    let theirs = open();
    let (_, older, _) = sqlite3_prepare_v2(&theirs, "select 1");
    let (_, newer, _) = sqlite3_prepare_v2(&theirs, "select 2");
    let (older, newer) = (older.expect("statement"), newer.expect("statement"));
    // sqlite walks the list `newer` is in and would hand out `older`, which
    // Rust owns; the shim sees `newer` is not one of `mine`'s statements.
    assert!(interop_tests::sqlite3::sqlite3_next_stmt(&mut mine, Some(newer.as_ffi())).is_none());
    assert_eq!(sqlite3_step(&older), SQLITE_ROW as i32);
}

#[test]
fn vtab_in_values_are_parts_written_through_an_out_parameter() {
    let db = open();
    let (_, stmt, _) = sqlite3_prepare_v2(&db, "select 42");
    let mut stmt = stmt.expect("a statement");
    assert_eq!(sqlite3_step(&stmt), SQLITE_ROW as i32);
    let column = sqlite3_column_value(&mut stmt, 0).expect("a value");
    let mut value = sqlite3_value_dup(column).expect("a copy");
    assert_eq!(sqlite3_value_int(&value), 42);
    // Outside a virtual table's `xFilter`, a value is no IN list: sqlite
    // reports a misuse and writes null, which is `None`.
    let (rc, first) = sqlite3_vtab_in_first(&mut value);
    assert_eq!((rc, first.is_none()), (SQLITE_MISUSE as i32, true));
    let (rc, next) = sqlite3_vtab_in_next(&mut value);
    assert_eq!((rc, next.is_none()), (SQLITE_MISUSE as i32, true));
}

#[test]
fn snprintf_writes_within_the_rust_buffer() {
    let mut buf = [0xAAu8; 16];
    let text = sqlite3_snprintf(&mut buf[..8], "hello, world").expect("the buffer");
    assert_eq!(text, b"hello, ");
    assert_eq!(buf[7], 0);
    assert_eq!(&buf[8..], &[0xAAu8; 8]);
    // The text is printed through "%s": a `%` stays as it is.
    let mut buf = [0u8; 32];
    assert_eq!(sqlite3_snprintf(&mut buf, "100% %d"), Some(&b"100% %d"[..]));
    // sqlite writes nothing into an empty buffer; its result is not in it.
    assert_eq!(sqlite3_snprintf(&mut [], "x"), None);
}
