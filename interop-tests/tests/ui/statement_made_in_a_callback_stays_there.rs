// A callback gets the database as a borrow for the one call: a statement
// prepared on it borrows that loan, so it cannot be kept past the callback
// (the database's owner could close it).
use interop_tests::sqlite3::{sqlite3_collation_needed, sqlite3_open, sqlite3_prepare_v2, Sqlite3Stmt};
use std::cell::RefCell;

thread_local! {
    static KEPT: RefCell<Option<Sqlite3Stmt<'static>>> = const { RefCell::new(None) };
}

fn main() {
    let (_, db) = sqlite3_open(":memory:");
    let db = db.unwrap();
    sqlite3_collation_needed(&db, |db, _, _| {
        let (_, stmt, _) = sqlite3_prepare_v2(db, "select 1");
        KEPT.with(|k| *k.borrow_mut() = stmt);
    });
}
