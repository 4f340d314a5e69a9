//! Attacks written as an outsider would against the generated safe layer of
//! the real libraries, with no `unsafe`, that must compile and run clean
//! under valgrind: a node of one document offered to another, SQL callbacks
//! that change the schema or drop the table the call running them works on,
//! a SQL function running itself again through the database its context
//! lends, a filename token of an in-memory database, a key/value array
//! whose count is negative, and a Rust `snappy::Source` that claims more
//! bytes than it lends. Each checks what the library really did.

use interop_tests::sqlite3::{
    sqlite3_create_filename, sqlite3_db_filename, sqlite3_errmsg, sqlite3_exec,
    sqlite3_filename_database, sqlite3_filename_journal, sqlite3_open, sqlite3_prepare_v2,
    sqlite3_set_authorizer, sqlite3_step, sqlite3_update_hook, Sqlite3, SQLITE_DONE, SQLITE_ERROR,
    SQLITE_LOCKED, SQLITE_OK,
};
use interop_tests::tinyxml2::tinyxml2::{XmlDocument, XmlError};
use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::sync::Arc;

fn parsed(xml: &str) -> XmlDocument {
    let mut doc = XmlDocument::new().unwrap();
    assert_eq!(doc.parse(xml).unwrap(), XmlError::XML_SUCCESS);
    doc
}

/// Each document's nodes live in its own pools: a node of another document
/// is refused by `InsertEndChild` (null, `None`), and dropping the other
/// document afterwards leaves nothing of it in the first.
#[test]
fn a_node_of_another_document_is_not_inserted() {
    let mut a = parsed("<a/>");
    let mut b = parsed("<b><c/></b>");
    {
        let broot = b.root_element_mut().unwrap().unwrap();
        let mut c = broot.first_child_element_mut().unwrap().unwrap();
        let aroot = a.root_element_mut().unwrap().unwrap();
        assert!(aroot.insert_end_child(&mut c).unwrap().is_none());
    }
    drop(b);
    let root = a.root_element().unwrap().unwrap();
    assert!(root.first_child_element().unwrap().is_none());
    assert_eq!(root.name().unwrap().unwrap(), b"a");
}

thread_local! {
    /// The database the callbacks below reach, as shared state a callback
    /// can reach without capturing it (its closure must be `Send`).
    static DB: RefCell<Option<Sqlite3<'static>>> = const { RefCell::new(None) };
}

/// Runs `body` on a fresh in-memory database held in `DB`, then closes it.
fn with_db(setup: &str, body: impl FnOnce(&Sqlite3<'static>)) {
    let (rc, db) = sqlite3_open(":memory:");
    assert_eq!(rc, SQLITE_OK as i32);
    DB.with(|cell| *cell.borrow_mut() = db);
    DB.with(|cell| {
        let guard = cell.borrow();
        let db = guard.as_ref().expect("an open database");
        let (rc, _) = sqlite3_exec(db, setup, |_, _, _| 0);
        assert_eq!(rc, SQLITE_OK as i32, "{setup}");
        body(db);
    });
    DB.with(|cell| drop(cell.borrow_mut().take()));
}

/// `sql` run on the database in `DB` from inside a callback.
fn run_inside(sql: &str) -> i32 {
    DB.with(|cell| {
        let guard = cell.borrow();
        let (rc, _) = sqlite3_exec(guard.as_ref().unwrap(), sql, |_, _, _| 0);
        rc
    })
}

/// An authorizer drops the table of the statement being prepared: sqlite
/// prepares nothing ("no such table") instead of building the statement
/// over the dropped table.
#[test]
fn an_authorizer_dropping_the_table_being_prepared_leaves_no_statement() {
    with_db("create table t(a, b); insert into t values (1, 2);", |db| {
        let dropped = Arc::new(AtomicI32::new(-1));
        let once = AtomicBool::new(false);
        let seen = Arc::clone(&dropped);
        let rc = sqlite3_set_authorizer(db, move |_, _, _, _, _| {
            if !once.swap(true, Ordering::SeqCst) {
                seen.store(run_inside("drop table t"), Ordering::SeqCst);
            }
            0
        });
        assert_eq!(rc, SQLITE_OK as i32);
        let (rc, stmt, _) = sqlite3_prepare_v2(db, "select a, b from t where a = 1");
        assert_eq!(dropped.load(Ordering::SeqCst), SQLITE_OK as i32);
        assert_eq!(rc, SQLITE_ERROR as i32);
        assert!(stmt.is_none());
        let message = sqlite3_errmsg(db).unwrap();
        assert!(message.starts_with(b"no such table"), "{message:?}");
    });
}

/// An update hook tries to drop the table the statement running it writes:
/// sqlite refuses (`SQLITE_LOCKED`) and every row is still written.
#[test]
fn an_update_hook_cannot_drop_the_table_being_written() {
    with_db("create table t(a);", |db| {
        let refusals = Arc::new(AtomicI32::new(0));
        let seen = Arc::clone(&refusals);
        sqlite3_update_hook(db, move |_, _, _, _| {
            if run_inside("drop table t") == SQLITE_LOCKED as i32 {
                seen.fetch_add(1, Ordering::SeqCst);
            }
        });
        let (_, stmt, _) = sqlite3_prepare_v2(db, "insert into t values (1), (2), (3)");
        assert_eq!(sqlite3_step(&stmt.unwrap()), SQLITE_DONE as i32);
        assert_eq!(refusals.load(Ordering::SeqCst), 3);
        let mut count = Vec::new();
        let (rc, _) = sqlite3_exec(db, "select count(*) from t", |_, values, _| {
            count.push(values[0].map(<[u8]>::to_vec));
            0
        });
        assert_eq!(rc, SQLITE_OK as i32);
        assert_eq!(count, [Some(b"3".to_vec())]);
    });
}

/// The filename token of an in-memory database is the library's own empty
/// name: its database and journal names read as empty, never before it.
#[test]
fn the_filename_token_of_a_memory_database_names_nothing() {
    with_db("", |db| {
        let name = sqlite3_db_filename(db, "main").expect("a token");
        assert_eq!(sqlite3_filename_database(name), Some(Vec::new()));
        assert_eq!(sqlite3_filename_journal(name), Some(Vec::new()));
        assert!(sqlite3_db_filename(db, "no_such_schema").is_none());
    });
}

/// A negative key/value count is refused before the call, as a short array
/// is: the library never walks an array the count misdescribes.
#[test]
fn a_negative_parameter_count_is_refused() {
    let Err(err) = sqlite3_create_filename("db", "db-journal", "db-wal", -1, &["k", "v"]) else {
        panic!("a negative count was passed to the library");
    };
    assert!(err.what().contains("fewer strings"), "{}", err.what());
    let made = sqlite3_create_filename("db", "db-journal", "db-wal", 1, &["k", "v"]).unwrap();
    assert!(made.is_some());
}

/// A SQL function that runs itself again through the database its context
/// lends (a new statement calling the same function): the nested call finds
/// the closure busy and returns without a result (SQL `NULL`) instead of
/// running one closure twice at once; the outer call then finishes.
#[test]
fn a_sql_function_calling_itself_through_its_database_gets_no_result() {
    use interop_tests::sqlite3::cpp::{sqlite3_context, sqlite3_value};
    use interop_tests::sqlite3::{
        sqlite3_column_int64, sqlite3_column_type, sqlite3_context_db_handle,
        sqlite3_create_function, sqlite3_result_int64, sqlite3_value_int64, SQLITE_NULL,
        SQLITE_ROW, SQLITE_UTF8,
    };
    with_db("", |db| {
        let nested = Arc::new(AtomicI32::new(-1));
        let seen = Arc::clone(&nested);
        let again = move |ctx: &sqlite3_context, _: i32, args: &[Option<&sqlite3_value>]| {
            let depth = args[0].map_or(0, sqlite3_value_int64);
            if depth == 0 {
                let db = sqlite3_context_db_handle(ctx).expect("the calling database");
                let (_, inner, _) = sqlite3_prepare_v2(db, "select again(1)");
                let inner = inner.expect("a statement");
                assert_eq!(sqlite3_step(&inner), SQLITE_ROW as i32);
                seen.store(sqlite3_column_type(&inner, 0), Ordering::SeqCst);
            }
            sqlite3_result_int64(ctx, depth + 10);
        };
        let utf8 = SQLITE_UTF8 as i32;
        let rc = sqlite3_create_function(db, "again", 1, utf8, Some(Box::new(again)), None, None);
        assert_eq!(rc, SQLITE_OK as i32);
        let (_, outer, _) = sqlite3_prepare_v2(db, "select again(0)");
        let outer = outer.expect("a statement");
        assert_eq!(sqlite3_step(&outer), SQLITE_ROW as i32);
        assert_eq!(sqlite3_column_int64(&outer, 0), 10);
        assert_eq!(nested.load(Ordering::SeqCst), SQLITE_NULL as i32);
    });
}

/// A Rust `snappy::Source` that claims more bytes than it ever hands out:
/// snappy reads only what `peek` lends (never past the slice), and a
/// stream cut short is a failed decompression, not a read past the data.
#[test]
fn a_source_claiming_more_than_it_lends_is_read_only_as_far_as_it_lends() {
    use interop_tests::snappy::snappy::{
        compress, uncompress_source, Sink, SinkImpl, Source, SourceImpl,
    };
    struct Boasting<'d> {
        data: &'d [u8],
        skipped: usize,
    }
    impl SourceImpl for Boasting<'_> {
        fn available(&self) -> usize {
            self.data.len() + 4096
        }
        fn peek(&mut self) -> &[u8] {
            &self.data[..self.data.len().min(3)]
        }
        fn skip(&mut self, n: usize) {
            self.skipped += n;
            self.data = &self.data[n.min(self.data.len())..];
        }
    }
    struct VecSink<'v>(&'v mut Vec<u8>);
    impl SinkImpl for VecSink<'_> {
        fn append(&mut self, bytes: &[u8]) {
            self.0.extend_from_slice(bytes);
        }
    }
    let text = b"snappy snappy snappy snappy snappy".repeat(40);
    let mut packed = Vec::new();
    compress(&text, &mut packed).unwrap();
    // Whole stream: the lie about its length changes nothing.
    let mut out = Vec::new();
    let mut source = Source::from_rust(Boasting {
        data: &packed,
        skipped: 0,
    });
    let mut sink = Sink::from_rust(VecSink(&mut out));
    assert!(uncompress_source(&mut source, &mut sink).unwrap());
    drop((source, sink));
    assert_eq!(out, text);
    // Cut short: snappy runs out of lent bytes and reports failure.
    let mut out = Vec::new();
    let mut source = Source::from_rust(Boasting {
        data: &packed[..packed.len() / 2],
        skipped: 0,
    });
    let mut sink = Sink::from_rust(VecSink(&mut out));
    assert!(!uncompress_source(&mut source, &mut sink).unwrap());
    drop((source, sink));
    assert!(out.len() < text.len());
}
