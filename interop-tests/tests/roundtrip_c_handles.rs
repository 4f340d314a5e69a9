//! Round trips through `cases/c_handles`: a C library's opaque handles are
//! created through `T**` and returned `T*`, used through shared borrows, and
//! destroyed exactly once by the library's own destroy function when their
//! owner drops; a caller-freed `char**` message is copied and freed by the
//! library's `*_free`; a borrowed `const char**` is copied.
//!
//! The C side counts destroys in process-wide counters, so every check of
//! them lives in this one test.

use interop_tests::c_handles::{
    kv_check, kv_count, kv_cursor_new, kv_cursor_next, kv_destroyed_blobs, kv_destroyed_cursors,
    kv_destroyed_stores, kv_each, kv_first_word, kv_freed_strings, kv_name, kv_open, kv_put,
    kv_put_blob, kv_put_named, kv_read_blob, kv_set_hook, KvStore,
};

fn keys(store: &KvStore<'_>) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    if let Some(cursor) = kv_cursor_new(store) {
        while let Some(k) = kv_cursor_next(&cursor) {
            out.push(k);
        }
    }
    out
}

#[test]
fn handles_are_created_used_and_destroyed_once() {
    let stores_before = kv_destroyed_stores();
    let cursors_before = kv_destroyed_cursors();
    let freed_before = kv_freed_strings();
    {
        let (rc, store) = kv_open("inventory");
        assert_eq!(rc, 0);
        let store = store.expect("kv_open writes a store");
        assert_eq!(kv_name(&store).as_deref(), Some(&b"inventory"[..]));
        // An empty store gives a null cursor: `None`, and nothing to destroy.
        assert!(kv_cursor_new(&store).is_none());
        assert_eq!(kv_put(&store, "b", 2), 0);
        assert_eq!(kv_put(&store, "a", 1), 0);
        assert_eq!(kv_count(&store), 2);
        // A `const char**` with its length through an `int*`: exactly that
        // many bytes (the C side points into the longer "abcdefgh").
        let key_at = interop_tests::c_handles::kv_key_at;
        assert_eq!(key_at(&store, 0), (0, b"a".to_vec(), 1));
        assert_eq!(key_at(&store, 1), (0, b"b".to_vec(), 1));
        assert_eq!(key_at(&store, 2), (1, Vec::new(), 0));
        // Two cursors over one store at once: handles are shared borrows.
        let first = kv_cursor_new(&store).expect("cursor");
        let second = kv_cursor_new(&store).expect("cursor");
        assert_eq!(kv_cursor_next(&first).as_deref(), Some(&b"a"[..]));
        assert_eq!(kv_cursor_next(&second).as_deref(), Some(&b"a"[..]));
        assert_eq!(kv_cursor_next(&first).as_deref(), Some(&b"b"[..]));
        assert_eq!(kv_cursor_next(&first), None);
        drop(first);
        drop(second);
        assert_eq!(kv_destroyed_cursors() - cursors_before, 2);
        assert_eq!(keys(&store), vec![b"a".to_vec(), b"b".to_vec()]);
        assert_eq!(kv_destroyed_cursors() - cursors_before, 3);
        // The borrowed `ffi` handle works wherever the owner does.
        assert_eq!(kv_count(store.as_ffi()), 2);
        // A caller-freed message: copied, then freed by `kv_free` exactly once.
        let (rc, msg) = kv_check(&store, "zzz");
        assert_eq!(rc, 1);
        assert_eq!(msg, b"no such key: zzz".to_vec());
        assert_eq!(kv_freed_strings() - freed_before, 1);
        let (rc, msg) = kv_check(&store, "a");
        assert_eq!((rc, msg), (0, Vec::new()));
        assert_eq!(kv_freed_strings() - freed_before, 1);
        // A `char*` a `*printf` function makes: copied, then freed by `kv_free`.
        assert_eq!(
            interop_tests::c_handles::kv_mprintf("50% off"),
            Some(b"50% off".to_vec())
        );
        assert_eq!(kv_freed_strings() - freed_before, 2);
        // A destroy function handing back a string: `Drop` frees it with `kv_free`.
        {
            use interop_tests::c_handles::{kv_buf_add, kv_buf_len, kv_buf_new};
            let buf = kv_buf_new().expect("a builder");
            kv_buf_add(&buf, "ab");
            kv_buf_add(&buf, "cd");
            assert_eq!(kv_buf_len(&buf), 4);
            assert_eq!(kv_freed_strings() - freed_before, 2);
        }
        assert_eq!(kv_freed_strings() - freed_before, 3);
        assert_eq!(kv_destroyed_stores() - stores_before, 0);
    }
    assert_eq!(kv_destroyed_stores() - stores_before, 1);
    // Buffers the library keeps: it owns heap copies and frees each through
    // the destructor it was given, exactly once (on replace and on close).
    let blobs_before = kv_destroyed_blobs();
    {
        let (_, store) = kv_open("blobs");
        let store = store.expect("store");
        {
            let data = vec![1u8, 0, 255, 7];
            assert_eq!(kv_put_blob(&store, "x", &data), 0);
        } // the Rust buffer is gone; the library reads its own copy
        let mut out = [0u8; 8];
        assert_eq!(kv_read_blob(&store, "x", &mut out), 4);
        assert_eq!(&out[..4], &[1, 0, 255, 7]);
        assert_eq!(kv_put_blob(&store, "x", b"second"), 0);
        assert_eq!(kv_destroyed_blobs() - blobs_before, 1);
        let mut small = [0u8; 3];
        assert_eq!(kv_read_blob(&store, "x", &mut small), 3);
        assert_eq!(&small, b"sec");
        assert_eq!(kv_read_blob(&store, "missing", &mut small), -1);
        assert_eq!(kv_put_blob(&store, "empty", b""), 0);
        // An unnamed length after a `const char*` pairs with it as a slice.
        assert_eq!(kv_put_named(&store, "named", 5), 0);
        assert_eq!(kv_count(&store), 1);
        assert_eq!(kv_check(&store, "named").0, 0);
    }
    assert_eq!(kv_destroyed_blobs() - blobs_before, 3);
    assert_eq!(kv_destroyed_stores() - stores_before, 2);
    // A failed open leaves a null handle: `None`, and no destroy.
    let (rc, none) = kv_open("");
    assert_eq!(rc, 1);
    assert!(none.is_none());
    assert_eq!(kv_destroyed_stores() - stores_before, 2);
    // Another ending function takes the owner by value and ends the store
    // itself: destroyed once, by that call, not again by `Drop`.
    let (_, store) = kv_open("given");
    let store = store.expect("store");
    assert_eq!(kv_put(&store, "k", 1), 0);
    assert_eq!(interop_tests::c_handles::kv_close_quietly(store), 0);
    assert_eq!(kv_destroyed_stores() - stores_before, 3);
    let (_, store) = kv_open("given with flags");
    assert_eq!(
        interop_tests::c_handles::kv_close_with(store.expect("store"), 7),
        0
    );
    assert_eq!(kv_destroyed_stores() - stores_before, 4);
    // A string the config says the caller frees: copied, then freed once.
    let (_, store) = kv_open("dumped");
    let store = store.expect("store");
    assert_eq!(kv_put(&store, "a", 1), 0);
    let freed = kv_freed_strings();
    assert_eq!(
        interop_tests::c_handles::kv_dump(&store).as_deref(),
        Some(&b"a=1;"[..])
    );
    assert_eq!(kv_freed_strings() - freed, 1);
}

#[test]
fn borrowed_out_string_into_a_byte_argument_is_copied() {
    // `rest` points into the text argument; it is copied while that is alive.
    let text = b"hello   wide world".to_vec();
    let (skipped, rest) = kv_first_word(&text);
    assert_eq!(skipped, 8);
    assert_eq!(rest, b"wide world".to_vec());
    let (skipped, rest) = kv_first_word("single");
    assert_eq!((skipped, rest), (6, Vec::new()));
    // The same in UTF-16: the text crosses NUL-terminated, the tail is copied.
    let utf16 = |s: &str| s.encode_utf16().collect::<Vec<u16>>();
    let (skipped, rest) = interop_tests::c_handles::kv_first_word16(&utf16("héllo  wörld"));
    assert_eq!(skipped, 7);
    assert_eq!(rest, utf16("wörld"));
    let (skipped, rest) = interop_tests::c_handles::kv_first_word16(&[]);
    assert_eq!((skipped, rest), (0, Vec::new()));
}

#[test]
fn closures_are_lent_to_callbacks_for_the_call() {
    let (_, store) = kv_open("rows");
    let store = store.expect("store");
    assert_eq!(kv_put(&store, "b", 20), 0);
    assert_eq!(kv_put(&store, "a", 10), 0);
    // A closure borrowing local state, called once per entry during the call.
    let mut rows: Vec<Vec<Option<Vec<u8>>>> = Vec::new();
    let visited = kv_each(&store, |n, row| {
        assert_eq!(n as usize, row.len());
        rows.push(row.iter().map(|c| c.map(<[u8]>::to_vec)).collect());
        0
    });
    assert_eq!(visited, 2);
    assert_eq!(
        rows,
        vec![
            vec![Some(b"a".to_vec()), Some(b"10".to_vec()), None],
            vec![Some(b"b".to_vec()), Some(b"20".to_vec()), None],
        ]
    );
    // A non-zero result stops the C loop.
    let mut calls = 0;
    assert_eq!(
        kv_each(&store, |_, _| {
            calls += 1;
            1
        }),
        -1
    );
    assert_eq!(calls, 1);
    // A panic never unwinds through C: the closure is not called again, the
    // C function returns, and the panic resumes in Rust after it.
    let mut panicking_calls = 0;
    let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        kv_each(&store, |_, _| {
            panicking_calls += 1;
            panic!("from the callback")
        })
    }));
    let payload = caught.expect_err("the panic resumes after the call");
    assert_eq!(payload.downcast_ref::<&str>(), Some(&"from the callback"));
    assert_eq!(panicking_calls, 1);
    // The store is intact and still usable.
    assert_eq!(kv_each(&store, |_, _| 0), 2);
    // UTF-16 text in a callback of a `*16` function; an empty key is null.
    assert_eq!(kv_put(&store, "", 0), 0);
    let mut keys16 = Vec::new();
    let visited = interop_tests::c_handles::kv_each16(&store, |key| {
        keys16.push(key.map(<[u16]>::to_vec));
        0
    });
    assert_eq!(visited, 3);
    let utf16 = |s: &str| Some(s.encode_utf16().collect::<Vec<u16>>());
    assert_eq!(keys16, vec![None, utf16("a"), utf16("b")]);
}

#[test]
fn kept_callbacks_own_their_closure() {
    use std::sync::{Arc, Mutex};
    let (_, store) = kv_open("hooked");
    let store = store.expect("store");
    // The library keeps the hook: the closure is owned (`Send + 'static`),
    // so it shares state through an `Arc`, not a borrow.
    let counts = Arc::new(Mutex::new(Vec::new()));
    let seen = Arc::clone(&counts);
    kv_set_hook(&store, move |n| seen.lock().unwrap().push(n));
    assert_eq!(kv_put(&store, "a", 1), 0);
    assert_eq!(kv_put(&store, "b", 2), 0);
    assert_eq!(kv_put(&store, "a", 3), 0);
    assert_eq!(*counts.lock().unwrap(), vec![1, 2, 2]);
    // A replaced hook is never called again.
    let replaced = Arc::new(Mutex::new(0));
    let r = Arc::clone(&replaced);
    kv_set_hook(&store, move |_| *r.lock().unwrap() += 1);
    assert_eq!(kv_put(&store, "c", 4), 0);
    assert_eq!(*replaced.lock().unwrap(), 1);
    assert_eq!(counts.lock().unwrap().len(), 3);
    // A panicking hook is caught before C and not called again.
    let calls = Arc::new(Mutex::new(0));
    let c = Arc::clone(&calls);
    kv_set_hook(&store, move |_| {
        *c.lock().unwrap() += 1;
        panic!("from a kept hook")
    });
    assert_eq!(kv_put(&store, "d", 5), 0);
    assert_eq!(kv_put(&store, "e", 6), 0);
    assert_eq!(*calls.lock().unwrap(), 1);
    assert_eq!(kv_count(&store), 5);
}

#[test]
fn parent_handles_are_borrowed_from_their_child() {
    use interop_tests::c_handles::kv_cursor_store;
    let (_, store) = kv_open("parent");
    let store = store.expect("store");
    assert_eq!(kv_put(&store, "k", 1), 0);
    let cursor = kv_cursor_new(&store).expect("cursor");
    // The store a cursor walks comes back as a borrow of the cursor.
    let parent = kv_cursor_store(&cursor).expect("a cursor always has a store");
    assert_eq!(kv_name(parent).as_deref(), Some(&b"parent"[..]));
    assert_eq!(kv_put(parent, "m", 2), 0);
    assert_eq!(kv_count(&store), 2);
}

#[test]
fn sized_and_utf16_text_and_printf_fixed_forms() {
    use interop_tests::c_handles::{kv_blob_data, kv_name16, kv_put16, kv_putf};
    let (_, store) = kv_open("text");
    let store = store.expect("store");
    // A `const void*` whose length `kv_blob_bytes` gives: every byte, NULs too.
    assert_eq!(kv_put_blob(&store, "b", [0u8, 1, 0, 2]), 0);
    assert_eq!(kv_blob_data(&store, "b"), Some(vec![0, 1, 0, 2]));
    assert_eq!(kv_put_blob(&store, "e", b""), 0);
    assert_eq!(kv_blob_data(&store, "e"), Some(Vec::new()));
    assert_eq!(kv_blob_data(&store, "missing"), None);
    // UTF-16 in and out (`*16` names).
    let name: Vec<u16> = "text".encode_utf16().collect();
    assert_eq!(kv_name16(&store), Some(name));
    let key: Vec<u16> = "wide".encode_utf16().collect();
    assert_eq!(kv_put16(&store, &key, 7), 0);
    assert_eq!(kv_check(&store, "wide").0, 0);
    // The UTF-16 key stops at its first NUL, as a C string does.
    let cut: Vec<u16> = "ab\0cd".encode_utf16().collect();
    assert_eq!(kv_put16(&store, &cut, 8), 0);
    assert_eq!(kv_check(&store, "ab").0, 0);
    // `printf`-style: the text is the one `%s` argument, printed verbatim.
    assert_eq!(kv_putf(&store, 9, "100% %s %d"), 0);
    assert_eq!(kv_check(&store, "100% %s %d").0, 0);
    assert_eq!(kv_count(&store), 3);
    // A format followed by a `va_list`: the same fixed form, the shim builds
    // the `va_list` holding the text.
    let kv_vputf = interop_tests::c_handles::kv_vputf;
    assert_eq!(kv_vputf(&store, 10, "%n %s 5%"), 0);
    assert_eq!(kv_check(&store, "%n %s 5%").0, 0);
    assert_eq!(kv_count(&store), 4);
    let made = interop_tests::c_handles::kv_vmprintf("%d%% of %s");
    assert_eq!(made.as_deref(), Some(&b"%d%% of %s"[..]));
}

#[test]
fn library_string_tokens_are_borrowed_from_their_handle() {
    use interop_tests::c_handles::{kv_path_param, kv_store_path};
    let (_, store) = kv_open("tokens");
    let store = store.expect("store");
    // The token is the library's own string: it carries data past its NUL,
    // which only the library reads.
    let path = kv_store_path(&store).expect("a store has a path");
    assert_eq!(kv_path_param(path, "mode"), Some(b"ro".to_vec()));
    assert_eq!(kv_path_param(path, "missing"), None);
}

#[test]
fn kept_callbacks_with_user_data_first_see_handles_and_are_released() {
    use interop_tests::c_handles::kv_set_watch;
    use std::sync::{Arc, Mutex};
    let seen = Arc::new(Mutex::new(Vec::new()));
    {
        let (_, store) = kv_open("watched");
        let store = store.expect("store");
        let s = Arc::clone(&seen);
        // The callback gets the store as a borrowed handle for the call.
        kv_set_watch(&store, move |store, count| {
            s.lock()
                .unwrap()
                .push((kv_name(store), count, kv_count(store)));
        });
        assert_eq!(Arc::strong_count(&seen), 2);
        assert_eq!(kv_put(&store, "a", 1), 0);
        assert_eq!(kv_put(&store, "b", 2), 0);
        // Replacing the watch releases the old closure: its `Arc` is dropped.
        let calls = Arc::new(Mutex::new(0));
        let c = Arc::clone(&calls);
        kv_set_watch(&store, move |_, _| *c.lock().unwrap() += 1);
        assert_eq!(Arc::strong_count(&seen), 1);
        assert_eq!(kv_put(&store, "c", 3), 0);
        assert_eq!(*calls.lock().unwrap(), 1);
        assert_eq!(Arc::strong_count(&calls), 2);
        drop(store);
        // Closing the store releases the current one.
        assert_eq!(Arc::strong_count(&calls), 1);
    }
    let name = Some(b"watched".to_vec());
    assert_eq!(
        *seen.lock().unwrap(),
        vec![(name.clone(), 1, 1), (name, 2, 2)]
    );
}

#[test]
fn a_callback_after_a_callback_pair_is_not_a_release_function() {
    use interop_tests::c_handles::kv_set_hooks;
    use std::sync::{Arc, Mutex};
    let (_, store) = kv_open("two hooks");
    let store = store.expect("store");
    let calls = Arc::new(Mutex::new(Vec::new()));
    let (a, b) = (Arc::clone(&calls), Arc::clone(&calls));
    kv_set_hooks(
        &store,
        move |n| a.lock().unwrap().push(n),
        move || b.lock().unwrap().push(-1),
    );
    // The second callback ran during the call; the first is the put hook.
    assert_eq!(kv_put(&store, "k", 1), 0);
    assert_eq!(*calls.lock().unwrap(), vec![-1, 1]);
}

#[test]
fn an_ending_word_before_a_resource_noun_does_not_end_the_handle() {
    use interop_tests::c_handles::kv_store_release_memory;
    let (_, store) = kv_open("release");
    let store = store.expect("store");
    assert_eq!(kv_put(&store, "a", 1), 0);
    assert_eq!(kv_put(&store, "b", 2), 0);
    // Bound as an ordinary call: the store lives on.
    assert_eq!(kv_store_release_memory(&store), 2);
    assert_eq!(kv_count(&store), 2);
}

#[test]
fn a_length_before_its_pointer_is_one_slice() {
    use interop_tests::c_handles::kv_fill;
    let mut buf = [0u8; 40];
    kv_fill(&mut buf);
    let expected: Vec<u8> = (0..40).map(|i| ((i * 7) & 0xff) as u8).collect();
    assert_eq!(buf.to_vec(), expected);
    kv_fill(&mut []);
}

#[test]
fn a_part_of_a_handle_is_borrowed_while_the_handle_is_lent_exclusively() {
    use interop_tests::c_handles::{kv_lock_enter, kv_store_lock};
    let (_, store) = kv_open("locked");
    let mut store = store.expect("store");
    {
        let lock = kv_store_lock(&mut store).expect("a store always has a lock");
        assert_eq!(kv_lock_enter(lock), 1);
        assert_eq!(kv_lock_enter(lock), 2);
    }
    // The part borrowed the store exclusively; now the store is usable again,
    // and the part it hands out next is the same lock.
    assert_eq!(kv_put(&store, "k", 1), 0);
    let lock = kv_store_lock(&mut store).expect("lock");
    assert_eq!(kv_lock_enter(lock), 3);
}

#[test]
fn the_allocator_family_owns_zeroed_bytes_freed_once() {
    use interop_tests::c_handles::{kv_freed_allocations, kv_malloc, kv_msize, kv_realloc};
    let freed_before = kv_freed_allocations();
    // Non-positive sizes: the library gives null.
    assert!(kv_malloc(0).is_none());
    assert!(kv_malloc(-3).is_none());
    let mut mem = kv_malloc(8).expect("8 bytes");
    // Fresh bytes are zeroed, whatever the library left there.
    assert_eq!(&mem[..], &[0u8; 8]);
    assert_eq!(kv_msize(&mem), 8);
    mem.copy_from_slice(b"abcdefgh");
    // Growing keeps the bytes and zeroes the new ones.
    let mut mem = kv_realloc(mem, 12).expect("grown");
    assert_eq!(&mem[..], b"abcdefgh\0\0\0\0");
    assert_eq!(kv_msize(&mem), 12);
    mem[11] = b'!';
    // A size of zero or less is refused: the buffer comes back as it was.
    let mem = kv_realloc(mem, 0).expect_err("refused");
    assert_eq!(mem.len(), 12);
    assert_eq!(mem[11], b'!');
    let mem = kv_realloc(mem, 3).expect("shrunk");
    assert_eq!(&mem[..], b"abc");
    assert_eq!(kv_freed_allocations() - freed_before, 0);
    drop(mem);
    // Dropped through the library's free, once.
    assert_eq!(kv_freed_allocations() - freed_before, 1);
}

#[test]
fn a_kept_callback_sees_sized_bytes_and_keeps_its_name() {
    use interop_tests::c_handles::{kv_compare, kv_order_name, kv_set_order};
    let (_, store) = kv_open("ordered");
    let store = store.expect("store");
    assert_eq!(kv_compare(&store, "a", "b"), -2);
    let mut name = b"reverse".to_vec();
    // The callback gets each operand as the bytes its length says.
    assert_eq!(
        kv_set_order(&store, &name, |n1, a: &[u8], n2, b: &[u8]| {
            assert_eq!((n1 as usize, n2 as usize), (a.len(), b.len()));
            b.cmp(a) as i32
        }),
        0
    );
    // The store kept the name's pointer: it is a copy of its own, so the
    // Rust bytes can change.
    name.clear();
    assert_eq!(kv_order_name(&store).as_deref(), Some(&b"reverse"[..]));
    assert_eq!(kv_compare(&store, "apple", "banana"), 1);
    assert_eq!(kv_compare(&store, "pear", "pea"), -1);
    assert_eq!(kv_compare(&store, "", ""), 0);
}

#[test]
fn a_string_a_handle_owns_is_copied() {
    use interop_tests::c_handles::{kv_buf_add, kv_buf_new, kv_buf_text};
    let buf = kv_buf_new().expect("builder");
    assert_eq!(kv_buf_text(&buf).as_deref(), Some(&b""[..]));
    kv_buf_add(&buf, "abc");
    let text = kv_buf_text(&buf);
    kv_buf_add(&buf, "def");
    // A copy: later appends do not reach it.
    assert_eq!(text.as_deref(), Some(&b"abc"[..]));
    assert_eq!(kv_buf_text(&buf).as_deref(), Some(&b"abcdef"[..]));
}

/// A complete struct the library allocates and frees (`kv_mark`) is a
/// handle, not a C++ object Rust would `delete`: the mark (16 bytes into
/// its allocation) is freed once, by `kv_mark_free`, when its owner drops.
/// `kv_mark_get` creates because the config says the caller frees it.
#[test]
fn library_allocated_structs_are_freed_by_their_destroy_function() {
    use interop_tests::c_handles::{kv_freed_marks, kv_mark_cmp, kv_mark_get};
    let (rc, store) = kv_open("marks");
    assert_eq!(rc, 0);
    let store = store.expect("kv_open writes a store");
    let before = kv_freed_marks();
    let (rc, empty) = kv_mark_get(&store);
    assert_eq!(rc, 0);
    let empty = empty.expect("a mark");
    assert_eq!(kv_put(&store, "k", 1), 0);
    let (_, one) = kv_mark_get(&store);
    let one = one.expect("a mark");
    assert_eq!(kv_mark_cmp(&empty, &one), -1);
    assert_eq!(kv_mark_cmp(&one, &empty), 1);
    assert_eq!(kv_mark_cmp(&one, one.as_ffi()), 0);
    drop(empty);
    assert_eq!(kv_freed_marks() - before, 1);
    drop(one);
    assert_eq!(kv_freed_marks() - before, 2);
}

/// Callbacks without user data of their own reach it through their first
/// handle (`kv_call_data(call)`): one closure per callback, handed over
/// together, a null callback for `None`, dropped once when the library
/// releases the user data; items arrive as `&[Option<&ffi::kv_item>]`.
#[test]
fn callbacks_reaching_their_user_data_through_a_handle_are_closures() {
    use interop_tests::c_handles::cpp::{kv_call, kv_item};
    use interop_tests::c_handles::{
        kv_call_result, kv_define, kv_define_simple, kv_item_value, kv_released_definitions, kv_run,
    };
    use std::sync::atomic::{AtomicI32, Ordering};
    use std::sync::Arc;
    let released_before = kv_released_definitions();
    let drops = Arc::new(AtomicI32::new(0));
    struct Counted(Arc<AtomicI32>);
    impl Drop for Counted {
        fn drop(&mut self) {
            self.0.fetch_add(1, Ordering::SeqCst);
        }
    }
    {
        let (_, store) = kv_open("functions");
        let store = store.expect("a store");
        // A scalar function: every item at once.
        let token = Counted(drops.clone());
        let sum = move |call: &kv_call, n: i32, items: &[Option<&kv_item>]| {
            let _ = &token;
            assert_eq!(items.len(), n as usize);
            let total = items.iter().flatten().map(|i| kv_item_value(*i)).sum();
            kv_call_result(call, total);
        };
        assert_eq!(kv_define(&store, "sum", Some(Box::new(sum)), None, None), 0);
        assert_eq!(kv_run(&store, "sum", &[1, 2, 3, 4]), 10);
        assert_eq!(kv_run(&store, "nothing", &[1]), -1);
        // A fold: `step` per item (a null item shows as `None`), then `done`.
        let seen = Arc::new(std::sync::Mutex::new(Vec::new()));
        let (acc, seen_in_step) = (Arc::new(AtomicI32::new(0)), seen.clone());
        let acc_in_step = acc.clone();
        let step = move |_: &kv_call, _: i32, items: &[Option<&kv_item>]| {
            seen_in_step.lock().unwrap().push(
                items
                    .iter()
                    .map(|i| i.map(kv_item_value))
                    .collect::<Vec<_>>(),
            );
            for i in items.iter().flatten() {
                acc_in_step.fetch_add(kv_item_value(*i) * 10, Ordering::SeqCst);
            }
        };
        let done = move |call: &kv_call| kv_call_result(call, acc.swap(0, Ordering::SeqCst));
        assert_eq!(
            kv_define(
                &store,
                "fold",
                None,
                Some(Box::new(step)),
                Some(Box::new(done))
            ),
            0
        );
        assert_eq!(kv_run(&store, "fold", &[1, 2, 3]), 60);
        assert_eq!(
            *seen.lock().unwrap(),
            vec![
                vec![Some(1), None],
                vec![Some(2), None],
                vec![Some(3), None]
            ]
        );
        assert_eq!(kv_run(&store, "fold", &[5, 5]), 100);
        // Refused (both forms): released at once, closures dropped.
        let token = Counted(drops.clone());
        let bad = move |_: &kv_call, _: i32, _: &[Option<&kv_item>]| {
            let _ = &token;
        };
        let before = drops.load(Ordering::SeqCst);
        assert_eq!(
            kv_define(
                &store,
                "bad",
                Some(Box::new(bad)),
                None,
                Some(Box::new(|_: &kv_call| {}))
            ),
            1
        );
        assert_eq!(drops.load(Ordering::SeqCst) - before, 1);
        // Replacing "sum" releases the first definition's closures.
        assert_eq!(kv_define(&store, "sum", None, None, None), 0);
        assert_eq!(drops.load(Ordering::SeqCst) - before, 2);
        assert_eq!(kv_run(&store, "sum", &[1]), -1);
        // Without a release function the store keeps the closure for good.
        let double = |call: &kv_call, _: i32, items: &[Option<&kv_item>]| {
            kv_call_result(call, items[0].map_or(0, |i| 2 * kv_item_value(i)));
        };
        assert_eq!(
            kv_define_simple(&store, "double", Some(Box::new(double))),
            0
        );
        assert_eq!(kv_run(&store, "double", &[21]), 42);
        // A panicking closure is caught before C and not called again.
        let boom = |_: &kv_call, _: i32, _: &[Option<&kv_item>]| panic!("boom");
        assert_eq!(kv_define_simple(&store, "boom", Some(Box::new(boom))), 0);
        assert_eq!(kv_run(&store, "boom", &[1]), 0);
        assert_eq!(kv_run(&store, "boom", &[1]), 0);
    }
    // Closing the store released "fold" (and "bad" and the removed "sum").
    assert_eq!(kv_released_definitions() - released_before, 4);
}

#[test]
fn a_table_the_config_sizes_is_copied_then_freed_by_the_library() {
    use interop_tests::c_handles::{kv_freed_tables, kv_table};
    let (_, store) = kv_open("tables");
    let store = store.expect("store");
    assert_eq!(kv_put(&store, "b", 2), 0);
    assert_eq!(kv_put(&store, "a", -1), 0);
    let freed = kv_freed_tables();
    let (rc, table, rows, columns) = kv_table(&store);
    assert_eq!((rc, rows, columns), (0, 2, 2));
    // `(*rows + 1) * *columns` entries: the header row, then the rows; a
    // null entry is `None`.
    let text = |s: &str| Some(s.as_bytes().to_vec());
    assert_eq!(
        table,
        vec![
            text("key"),
            text("value"),
            text("a"),
            None,
            text("b"),
            text("2")
        ]
    );
    // Freed once, through `kv_free_table`, when the call returned.
    assert_eq!(kv_freed_tables(), freed + 1);
}

#[test]
fn created_tokens_are_owned_and_freed_once() {
    use interop_tests::c_handles::{kv_freed_paths, kv_path_create, kv_path_param};
    let freed = kv_freed_paths();
    let pairs = ["mode", "rw", "cache", "shared"];
    let path = kv_path_create("made", 2, &pairs)
        .expect("four strings for two pairs")
        .expect("a path");
    // An owned token goes wherever a borrowed one does.
    assert_eq!(kv_path_param(&path, "cache"), Some(b"shared".to_vec()));
    assert_eq!(kv_path_param(&path, "mode"), Some(b"rw".to_vec()));
    assert_eq!(kv_path_param(&path, "made"), None);
    assert_eq!(kv_freed_paths(), freed);
    drop(path);
    assert_eq!(kv_freed_paths(), freed + 1);
    // Fewer strings than `2 * nParam`, or a negative count: refused before
    // the call, so nothing is created.
    assert!(kv_path_create("short", 2, &pairs[..3]).is_err());
    assert!(kv_path_create("negative", -1, &pairs).is_err());
    // More strings than the count needs: the call reads its count.
    let path = kv_path_create("one", 1, &pairs)
        .expect("enough strings")
        .expect("a path");
    assert_eq!(kv_path_param(&path, "mode"), Some(b"rw".to_vec()));
    assert_eq!(kv_path_param(&path, "cache"), None);
    drop(path);
    assert_eq!(kv_freed_paths(), freed + 2);
}
