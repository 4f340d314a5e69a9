//! Re-entrance attacks on the real sqlite3, with no `unsafe`: callbacks that
//! reach the statement whose step runs them, or the registration holding
//! them, through a `thread_local!`.
//!
//! - `sqlite3_autovacuum_pages` replaced from inside its callback: sqlite
//!   calls the old user data's destructor at once, on the running closure,
//!   which is dropped only when its call returns (rule 15).
//! - `sqlite3_create_function_v2` redefining the running function: sqlite
//!   refuses (`SQLITE_BUSY`) and destroys the new closures, never the
//!   running ones (rule 17a).
//! - A SQL function resetting or stepping the statement running it: the
//!   statement is busy, so the call panics in Rust before it reaches sqlite
//!   (rule 7a).

use interop_tests::sqlite3::cpp::{sqlite3_context, sqlite3_value};
use interop_tests::sqlite3::{
    sqlite3_autovacuum_pages, sqlite3_column_int64, sqlite3_create_function,
    sqlite3_create_function_v2, sqlite3_errmsg, sqlite3_open, sqlite3_prepare_v2, sqlite3_reset,
    sqlite3_result_int64, sqlite3_step, Sqlite3, Sqlite3Stmt, SQLITE_BUSY, SQLITE_DONE, SQLITE_OK,
    SQLITE_ROW, SQLITE_UTF8,
};
use std::cell::RefCell;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

const OK: i32 = SQLITE_OK as i32;
const ROW: i32 = SQLITE_ROW as i32;
const DONE: i32 = SQLITE_DONE as i32;
const UTF8: i32 = SQLITE_UTF8 as i32;

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
    assert_eq!(sqlite3_step(&prepare(db, sql)), DONE, "{sql}");
}

fn leaked_database() -> &'static Sqlite3<'static> {
    interop_tests::leak_for_good(open())
}

/// Counts its drops: shows when a closure holding one is dropped.
struct Token(Arc<AtomicUsize>);
impl Drop for Token {
    fn drop(&mut self) {
        self.0.fetch_add(1, Ordering::SeqCst);
    }
}

thread_local! {
    /// A database the callbacks reach: `'static`, owned by the thread.
    static DB: Sqlite3<'static> = open();
    /// A database made `'static` by leaking it.
    static LEAKED: &'static Sqlite3<'static> = leaked_database();
    /// A statement over it, which the callbacks reach.
    static RUNNING: RefCell<Option<Sqlite3Stmt<'static>>> = const { RefCell::new(None) };
}

#[test]
fn autovacuum_callback_replaced_from_inside_is_dropped_after_it_returns() {
    let dropped = Arc::new(AtomicUsize::new(0));
    let seen = Arc::new(Mutex::new(Vec::new()));
    let replaced = Arc::new(AtomicUsize::new(0));
    DB.with(|db| {
        run(db, "pragma auto_vacuum = full");
        run(db, "create table t (x)");
        let token = Token(dropped.clone());
        let (d, s, r) = (dropped.clone(), seen.clone(), replaced.clone());
        let callback = move |schema: Option<&[u8]>, _pages: u32, free: u32, _size: u32| {
            let _ = &token;
            let r = r.clone();
            DB.with(|db| {
                // The statement committing is busy, its database is not.
                let rc = sqlite3_autovacuum_pages(db, move |_, _, free, _| {
                    r.fetch_add(1, Ordering::SeqCst);
                    free
                });
                assert_eq!(rc, OK);
            });
            // Released by sqlite, still running: not dropped yet.
            s.lock().unwrap().push((
                schema.map(<[u8]>::to_vec),
                d.load(Ordering::SeqCst),
                vec![1u8; 32],
            ));
            free
        };
        assert_eq!(sqlite3_autovacuum_pages(db, callback), OK);
        // The insert commits on its own: the callback runs inside its step.
        run(db, "insert into t values (1)");
        assert_eq!(dropped.load(Ordering::SeqCst), 1);
        run(db, "insert into t values (2)");
    });
    assert_eq!(
        *seen.lock().unwrap(),
        vec![(Some(b"main".to_vec()), 0, vec![1u8; 32])]
    );
    assert_eq!(replaced.load(Ordering::SeqCst), 1);
}

#[test]
fn a_sql_function_redefining_itself_gets_busy_and_keeps_running() {
    let dropped = Arc::new(AtomicUsize::new(0));
    let codes = Arc::new(Mutex::new(Vec::new()));
    DB.with(|db| {
        let token = Token(dropped.clone());
        let (d, c) = (dropped.clone(), codes.clone());
        let f = move |ctx: &sqlite3_context, _: i32, _: &[Option<&sqlite3_value>]| {
            let _ = &token;
            let again = Token(d.clone());
            let rc = DB.with(|db| {
                let g = move |ctx: &sqlite3_context, _: i32, _: &[Option<&sqlite3_value>]| {
                    let _ = &again;
                    sqlite3_result_int64(ctx, 2);
                };
                sqlite3_create_function_v2(db, "again", 0, UTF8, Some(Box::new(g)), None, None)
            });
            // sqlite destroyed the new closures, not this one.
            c.lock().unwrap().push((rc, d.load(Ordering::SeqCst)));
            sqlite3_result_int64(ctx, 1);
        };
        let rc = sqlite3_create_function_v2(db, "again", 0, UTF8, Some(Box::new(f)), None, None);
        assert_eq!(rc, OK);
        let stmt = prepare(db, "select again()");
        assert_eq!(sqlite3_step(&stmt), ROW);
        assert_eq!(sqlite3_column_int64(&stmt, 0), 1);
    });
    assert_eq!(*codes.lock().unwrap(), vec![(SQLITE_BUSY as i32, 1)]);
}

/// Runs `select meddle() …` through a statement the SQL function reaches
/// through `RUNNING`, where `meddle` calls `touch` on it and counts how
/// often that call was refused; the function's results and the refusals.
fn meddle_with_running_statement(touch: fn(&Sqlite3Stmt<'static>) -> i32) -> (Vec<i64>, usize) {
    let db = LEAKED.with(|db| *db);
    let refusals = Arc::new(AtomicUsize::new(0));
    let n = refusals.clone();
    let meddle = move |ctx: &sqlite3_context, _: i32, _: &[Option<&sqlite3_value>]| {
        RUNNING.with(|running| {
            let running = running.borrow();
            let stmt = running.as_ref().expect("the statement is running");
            if catch_unwind(AssertUnwindSafe(|| touch(stmt))).is_err() {
                n.fetch_add(1, Ordering::SeqCst);
            }
        });
        sqlite3_result_int64(ctx, 5);
    };
    let rc = sqlite3_create_function(db, "meddle", 0, UTF8, Some(Box::new(meddle)), None, None);
    assert_eq!(rc, OK);
    let stmt = prepare(db, "select meddle() from (values (1), (2), (3))");
    RUNNING.with(|running| *running.borrow_mut() = Some(stmt));
    let got = RUNNING.with(|running| {
        let running = running.borrow();
        let stmt = running.as_ref().expect("a statement");
        let mut got = Vec::new();
        // Bounded: a statement restarted from inside would never end.
        while got.len() < 10 && sqlite3_step(stmt) == ROW {
            got.push(sqlite3_column_int64(stmt, 0));
        }
        let refused = refusals.load(Ordering::SeqCst);
        // Outside the step the statement resets as usual.
        assert_eq!(sqlite3_reset(stmt), OK);
        assert_eq!(sqlite3_step(stmt), ROW);
        (got, refused)
    });
    drop(RUNNING.with(|running| running.borrow_mut().take()));
    got
}

#[test]
fn a_sql_function_cannot_reset_the_statement_running_it() {
    assert_eq!(
        meddle_with_running_statement(sqlite3_reset),
        (vec![5, 5, 5], 3)
    );
}

#[test]
fn a_sql_function_cannot_step_the_statement_running_it() {
    assert_eq!(
        meddle_with_running_statement(sqlite3_step),
        (vec![5, 5, 5], 3)
    );
}
