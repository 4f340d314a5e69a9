//! Re-entrance attacks on `cases/c_handles`, with no `unsafe`: callbacks
//! that reach the handle whose call is running them, or the registration
//! that holds them, and try to end, restart or replace it from inside.
//!
//! - A kept closure released from inside its own call (rule 15: replacing
//!   a watch or progress callback; rule 17a: redefining a function from
//!   inside one of its callbacks) is dropped only once that call returns.
//! - A callback cannot reset (or otherwise end or restart) the handle whose
//!   call is running it, nor re-enter that call (rule 7a): such a call
//!   panics before it reaches C, and the panic stays in Rust; other calls
//!   on the handle go through.

use interop_tests::c_handles::cpp::{kv_call, kv_item, kv_query};
use interop_tests::c_handles::{
    kv_call_result, kv_count, kv_define, kv_name, kv_open, kv_put, kv_query_key, kv_query_new,
    kv_query_reset, kv_query_row, kv_query_run, kv_query_step, kv_query_step_async, kv_query_store,
    kv_query_wait, kv_set_progress, kv_set_watch, KvStore,
};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

fn store(name: &str, keys: &[&str]) -> KvStore<'static> {
    let (rc, store) = kv_open(name);
    assert_eq!(rc, 0);
    let store = store.expect("a store");
    for (i, k) in keys.iter().enumerate() {
        assert_eq!(kv_put(&store, k, i as i32), 0);
    }
    store
}

/// Counts its drops: shows when a closure holding one is dropped.
struct Token(Arc<AtomicUsize>);
impl Drop for Token {
    fn drop(&mut self) {
        self.0.fetch_add(1, Ordering::SeqCst);
    }
}

/// Every key a query steps through.
fn rows(query: &impl interop_tests::c_handles::AsHandle<kv_query>) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    while kv_query_step(query) == 1 {
        out.push(kv_query_key(query).expect("a key"));
    }
    out
}

/// Replacing the progress callback from inside it: the library releases the
/// running closure at once, and the closure goes on using what it captured.
/// It is dropped when its call returns, not before.
#[test]
fn a_callback_replacing_itself_is_dropped_after_it_returns() {
    let store = store("progress", &["a", "b", "c"]);
    let dropped = Arc::new(AtomicUsize::new(0));
    let token = Token(dropped.clone());
    let seen = Arc::new(Mutex::new(Vec::new()));
    let (d, s) = (dropped.clone(), seen.clone());
    let replaced = Arc::new(AtomicUsize::new(0));
    let r = replaced.clone();
    kv_set_progress(&store, move |query: &kv_query, row| {
        let _ = &token;
        // The store is the query's parent, not the handle whose call runs.
        let store = kv_query_store(query).expect("the query's store");
        let r2 = r.clone();
        kv_set_progress(store, move |_: &kv_query, _| {
            r2.fetch_add(1, Ordering::SeqCst);
            0
        });
        // Released by the library, still running: not dropped yet, and
        // what it captured is still there.
        s.lock()
            .unwrap()
            .push((row, d.load(Ordering::SeqCst), vec![7u8; 64]));
        0
    });
    let (rc, query) = kv_query_new(&store);
    assert_eq!(rc, 0);
    let query = query.expect("a query");
    assert_eq!(kv_query_step(&query), 1);
    assert_eq!(
        dropped.load(Ordering::SeqCst),
        1,
        "dropped once it returned"
    );
    assert_eq!(*seen.lock().unwrap(), vec![(0, 0, vec![7u8; 64])]);
    // The replacement runs from the next step on.
    assert_eq!(rows(&query), vec![b"b".to_vec(), b"c".to_vec()]);
    assert_eq!(replaced.load(Ordering::SeqCst), 2);
}

/// The library runs the callback on a thread of its own while this thread
/// replaces it: the release comes from another thread while the closure
/// runs, and the closure is dropped on its own thread when it returns.
#[test]
fn a_callback_released_from_another_thread_is_dropped_after_it_returns() {
    use std::sync::mpsc::channel;
    let store = store("threads", &["a"]);
    let dropped = Arc::new(AtomicUsize::new(0));
    let token = Token(dropped.clone());
    let (running, is_running) = channel();
    let (released, is_released) = channel::<()>();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let (d, s) = (dropped.clone(), seen.clone());
    kv_set_progress(&store, move |_: &kv_query, row| {
        let _ = &token;
        running.send(row).expect("the test waits");
        is_released.recv().expect("the test releases");
        s.lock()
            .unwrap()
            .push((row, d.load(Ordering::SeqCst), vec![3u8; 48]));
        0
    });
    let (_, query) = kv_query_new(&store);
    let query = query.expect("a query");
    assert_eq!(kv_query_step_async(&query), 0);
    assert_eq!(is_running.recv(), Ok(0));
    // Released here, while it runs on the library's thread.
    kv_set_progress(&store, |_: &kv_query, _| 0);
    assert_eq!(dropped.load(Ordering::SeqCst), 0, "still running");
    released.send(()).expect("the callback waits");
    assert_eq!(kv_query_wait(&query), 1);
    assert_eq!(dropped.load(Ordering::SeqCst), 1);
    assert_eq!(*seen.lock().unwrap(), vec![(0, 0, vec![3u8; 48])]);
    assert_eq!(kv_query_key(&query), Some(b"a".to_vec()));
}

/// The watch gets its store while `kv_put` runs on it: replacing the watch
/// through it releases the running closure, which is dropped only when it
/// returns; `kv_put` itself cannot be re-entered on that store, while
/// reading the store (`kv_count`, `kv_name`) is fine.
#[test]
fn a_watch_replacing_itself_through_its_store_is_dropped_after_it_returns() {
    let store = store("watched", &[]);
    let dropped = Arc::new(AtomicUsize::new(0));
    let token = Token(dropped.clone());
    let seen = Arc::new(Mutex::new(Vec::new()));
    let (d, s) = (dropped.clone(), seen.clone());
    let later = Arc::new(AtomicUsize::new(0));
    let l = later.clone();
    kv_set_watch(&store, move |store, count| {
        let _ = &token;
        let re_entered = catch_unwind(AssertUnwindSafe(|| kv_put(store, "again", 0))).is_err();
        let l = l.clone();
        kv_set_watch(store, move |_, _| {
            l.fetch_add(1, Ordering::SeqCst);
        });
        s.lock().unwrap().push((
            re_entered,
            count,
            kv_count(store),
            kv_name(store),
            d.load(Ordering::SeqCst),
        ));
    });
    assert_eq!(kv_put(&store, "a", 1), 0);
    assert_eq!(
        dropped.load(Ordering::SeqCst),
        1,
        "dropped once it returned"
    );
    assert_eq!(
        *seen.lock().unwrap(),
        vec![(true, 1, 1, Some(b"watched".to_vec()), 0)]
    );
    assert_eq!(kv_put(&store, "b", 2), 0);
    assert_eq!(later.load(Ordering::SeqCst), 1);
}

/// A callback lent the query whose step runs it cannot reset that query
/// (which would free the rows the step reads when the callback returns).
#[test]
fn a_callback_cannot_reset_the_query_it_runs_in() {
    let store = store("resets", &["a", "b", "c"]);
    let refusals = Arc::new(AtomicUsize::new(0));
    let n = refusals.clone();
    kv_set_progress(&store, move |query: &kv_query, row| {
        if catch_unwind(AssertUnwindSafe(|| kv_query_reset(query))).is_err() {
            n.fetch_add(1, Ordering::SeqCst);
        }
        // Nor step it from inside its own step.
        if catch_unwind(AssertUnwindSafe(|| kv_query_step(query))).is_err() {
            n.fetch_add(1, Ordering::SeqCst);
        }
        assert_eq!(kv_query_row(query), row);
        0
    });
    let (_, query) = kv_query_new(&store);
    let query = query.expect("a query");
    assert_eq!(
        rows(&query),
        vec![b"a".to_vec(), b"b".to_vec(), b"c".to_vec()]
    );
    assert_eq!(refusals.load(Ordering::SeqCst), 6);
    // Outside any call the query resets as usual.
    assert_eq!(kv_query_reset(&query), 0);
    assert_eq!(kv_query_row(&query), 0);
}

/// The same without catching: the refused call's panic is caught before C,
/// the callback returns its default (0: go on) and is not called again.
#[test]
fn a_refused_call_disables_the_callback_instead_of_reaching_c() {
    let store = store("disabled", &["a", "b"]);
    let calls = Arc::new(AtomicUsize::new(0));
    let c = calls.clone();
    kv_set_progress(&store, move |query: &kv_query, _| {
        c.fetch_add(1, Ordering::SeqCst);
        let _ = kv_query_reset(query);
        1
    });
    let (_, query) = kv_query_new(&store);
    let query = query.expect("a query");
    assert_eq!(rows(&query), vec![b"a".to_vec(), b"b".to_vec()]);
    assert_eq!(calls.load(Ordering::SeqCst), 1);
}

thread_local! {
    /// A store reachable from callbacks: `'static`, owned by the thread.
    static SHARED: KvStore<'static> = store("shared", &["x", "y"]);
}

/// Redefining a function from inside one of its callbacks releases the
/// running closure set (rule 17a): it is dropped only once the call returns.
#[test]
fn a_definition_replaced_from_inside_is_dropped_after_it_returns() {
    let dropped = Arc::new(AtomicUsize::new(0));
    let token = Token(dropped.clone());
    let d = dropped.clone();
    let apply = move |call: &kv_call, n: i32, items: &[Option<&kv_item>]| {
        let _ = &token;
        SHARED.with(|store| {
            let sum = |call: &kv_call, _: i32, _: &[Option<&kv_item>]| kv_call_result(call, 7);
            assert_eq!(kv_define(store, "f", Some(Box::new(sum)), None, None), 0);
        });
        // Released by the library, still running.
        let v: Vec<i32> = (0..16).map(|_| d.load(Ordering::SeqCst) as i32).collect();
        kv_call_result(call, n + items.len() as i32 + v[15] * 100);
    };
    SHARED.with(|store| {
        assert_eq!(kv_define(store, "f", Some(Box::new(apply)), None, None), 0);
        let (_, query) = kv_query_new(store);
        let query = query.expect("a query");
        assert_eq!(kv_query_run(&query, "f"), 2);
        assert_eq!(dropped.load(Ordering::SeqCst), 1);
        assert_eq!(kv_query_run(&query, "f"), 7);
    });
}
