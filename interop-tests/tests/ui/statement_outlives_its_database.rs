// A sqlite3 statement cannot outlive its database.
use interop_tests::sqlite3::{sqlite3_open, sqlite3_prepare_v2, sqlite3_step};

fn main() {
    let (_, db) = sqlite3_open(":memory:");
    let db = db.unwrap();
    let (_, stmt, _) = sqlite3_prepare_v2(&db, "select 1");
    drop(db);
    let _ = sqlite3_step(&stmt.unwrap());
}
