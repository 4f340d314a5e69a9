//! The real sqlite3 with the arrays its config sizes (`[arrays]` in
//! `configs/sqlite3.toml`), with no `unsafe`: `sqlite3_get_table`'s result
//! table copied (and freed with `sqlite3_free_table` when the call
//! returns), and `sqlite3_create_filename`'s key/value pairs, whose
//! filename Rust owns and `sqlite3_free_filename` frees on drop.

use interop_tests::sqlite3::{
    sqlite3_create_filename, sqlite3_filename_database, sqlite3_filename_journal,
    sqlite3_filename_wal, sqlite3_get_table, sqlite3_open, sqlite3_uri_boolean,
    sqlite3_uri_parameter, SQLITE_ERROR, SQLITE_OK,
};

const OK: i32 = SQLITE_OK as i32;

fn text(s: &str) -> Option<Vec<u8>> {
    Some(s.as_bytes().to_vec())
}

#[test]
fn get_table_copies_the_header_row_and_the_values() {
    let (rc, db) = sqlite3_open(":memory:");
    assert_eq!(rc, OK);
    let db = db.expect("a database");
    let (rc, table, rows, columns, err) = sqlite3_get_table(
        &db,
        "create table t (n integer, s text);\
         insert into t values (1, 'one'), (2, null), (3, 'thr\u{e9}e');\
         select n, s from t order by n",
    );
    assert_eq!(rc, OK, "{}", String::from_utf8_lossy(&err));
    assert!(err.is_empty());
    assert_eq!((rows, columns), (3, 2));
    assert_eq!(
        table,
        vec![
            text("n"),
            text("s"),
            text("1"),
            text("one"),
            text("2"),
            None,
            text("3"),
            text("thr\u{e9}e"),
        ]
    );
    // A statement with no result rows: the header alone (no columns).
    let (rc, table, rows, _, _) = sqlite3_get_table(&db, "select n from t where n > 9");
    assert_eq!((rc, rows), (OK, 0));
    assert!(table.is_empty(), "{table:?}");
    // An error: no table, and the message.
    let (rc, table, rows, columns, err) = sqlite3_get_table(&db, "select nope from t");
    assert_eq!(rc, SQLITE_ERROR as i32);
    assert_eq!((table.len(), rows, columns), (0, 0, 0));
    let err = String::from_utf8_lossy(&err);
    assert!(err.contains("no such column"), "{err}");
}

#[test]
fn create_filename_is_owned_and_reads_its_parameters_back() {
    let pairs = ["cache", "private", "immutable", "1"];
    let name = sqlite3_create_filename(
        "/tmp/db.sqlite",
        "/tmp/db.journal",
        "/tmp/db.wal",
        2,
        &pairs,
    )
    .expect("four strings for two pairs")
    .expect("a filename");
    assert_eq!(sqlite3_uri_parameter(&name, "cache"), text("private"));
    assert_eq!(sqlite3_uri_parameter(&name, "immutable"), text("1"));
    assert_eq!(sqlite3_uri_parameter(&name, "mode"), None);
    assert_eq!(sqlite3_uri_boolean(&name, "immutable", 0), 1);
    assert_eq!(sqlite3_filename_database(&name), text("/tmp/db.sqlite"));
    assert_eq!(sqlite3_filename_journal(&name), text("/tmp/db.journal"));
    assert_eq!(sqlite3_filename_wal(&name), text("/tmp/db.wal"));
    drop(name);
    // Fewer strings than `2 * nParam`: refused before sqlite reads past them.
    assert!(sqlite3_create_filename("a", "b", "c", 2, &pairs[..3]).is_err());
}
