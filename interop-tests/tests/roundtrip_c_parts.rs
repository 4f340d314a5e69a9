//! Round trips through `cases/c_handles` for handles a function hands out
//! without creating them (docs/strategy.md, rules 18 and 27) and for
//! buffers whose length comes first: parts written through `Q**`, of
//! another type than their handle (a store's lock), of the handle's own
//! type (a builder's tail) and of a plain C struct (a batch's lock); a
//! "next" function walking a parent's children while the parent is locked;
//! `(int, char*)` buffers whose `char*` result is a position in them.

use interop_tests::c_handles::{
    kv_batch_at, kv_batch_lock, kv_buf_add, kv_buf_len, kv_buf_new, kv_buf_tail, kv_cursor_new,
    kv_cursor_next, kv_cursor_store, kv_lock_enter, kv_name, kv_open, kv_put, kv_snprintf,
    kv_snprintf_first, kv_store_find_lock, kv_store_next_cursor, kv_store_track,
};

#[test]
fn a_part_written_through_an_out_parameter_is_borrowed_from_its_handle() {
    let (_, store) = kv_open("found");
    let mut store = store.expect("store");
    {
        let (rc, lock) = kv_store_find_lock(&mut store, 0);
        assert_eq!(rc, 0);
        let lock = lock.expect("slot 0 is the store's lock");
        assert_eq!(kv_lock_enter(lock), 1);
        assert_eq!(kv_lock_enter(lock), 2);
    }
    // A null part is `None`, next to the C result.
    let (rc, lock) = kv_store_find_lock(&mut store, 7);
    assert_eq!(rc, 1);
    assert!(lock.is_none());
    // The same lock again: the part is the store's, not a new one.
    let (_, lock) = kv_store_find_lock(&mut store, 0);
    assert_eq!(kv_lock_enter(lock.expect("lock")), 3);
    assert_eq!(kv_put(&store, "k", 1), 0);
}

#[test]
fn a_part_may_have_its_handles_own_type() {
    let mut buf = kv_buf_new().expect("builder");
    kv_buf_add(&buf, "head");
    {
        let (len, tail) = kv_buf_tail(&mut buf);
        assert_eq!(len, 0);
        let tail = tail.expect("a builder always has a tail");
        kv_buf_add(tail, "tail text");
        assert_eq!(kv_buf_len(tail), 9);
    }
    // The tail is the builder's: the same one, and the builder's own text
    // is apart from it.
    let (len, _) = kv_buf_tail(&mut buf);
    assert_eq!(len, 9);
    assert_eq!(kv_buf_len(&buf), 4);
}

#[test]
fn a_part_of_a_plain_c_struct_borrows_the_struct() {
    let mut batch = kv_batch_at(2);
    assert_eq!(batch.slot(), 2);
    let (rc, lock) = kv_batch_lock(&mut batch);
    assert_eq!(rc, 0);
    let first = kv_lock_enter(lock.expect("slot 2 has a lock"));
    let (_, lock) = kv_batch_lock(&mut batch);
    assert_eq!(kv_lock_enter(lock.expect("lock")), first + 1);
    batch.set_slot(9);
    let (rc, lock) = kv_batch_lock(&mut batch);
    assert_eq!((rc, lock.is_none()), (1, true));
}

#[test]
fn a_next_function_finds_only_children_no_rust_owner_holds() {
    let (_, store) = kv_open("walked");
    let mut store = store.expect("store");
    assert_eq!(kv_put(&store, "a", 1), 0);
    // No children: the walk ends at once.
    assert!(kv_store_next_cursor(&mut store, None).is_none());
    // A cursor Rust owns borrows the store: the walk can only start once it
    // is gone (`tests/ui/next_child_waits_for_owned_children.rs`), so it
    // never hands it out.
    {
        let cursor = kv_cursor_new(&store).expect("cursor");
        assert_eq!(kv_cursor_next(&cursor).as_deref(), Some(&b"a"[..]));
    }
    assert!(kv_store_next_cursor(&mut store, None).is_none());
    // Children the store owns itself are found, and usable through the
    // borrow: their parent is the store.
    assert_eq!(kv_store_track(&store, 2), 2);
    let first = kv_store_next_cursor(&mut store, None).expect("the store's first cursor");
    assert_eq!(kv_cursor_next(first).as_deref(), Some(&b"a"[..]));
    let parent = kv_cursor_store(first).expect("a cursor's store");
    assert_eq!(kv_name(parent).as_deref(), Some(&b"walked"[..]));
}

#[test]
fn a_next_function_refuses_another_parents_child() {
    let (_, mine) = kv_open("mine");
    let mut mine = mine.expect("store");
    let (_, theirs) = kv_open("theirs");
    let theirs = theirs.expect("store");
    assert_eq!(kv_put(&theirs, "x", 1), 0);
    let first = kv_cursor_new(&theirs).expect("cursor");
    let _second = kv_cursor_new(&theirs).expect("cursor");
    // The C function would walk `theirs`'s list from `first` and hand out
    // `_second`, which Rust owns: the shim finds `first` is not a child of
    // `mine` and gives nothing.
    assert!(kv_store_next_cursor(&mut mine, Some(first.as_ffi())).is_none());
}

#[test]
fn a_length_first_char_buffer_is_written_within_the_slice() {
    let mut buf = [0xAAu8; 16];
    // Only the first 8 bytes are lent: the text is cut to 7 bytes and a NUL.
    let text = kv_snprintf_first(&mut buf[..8], "hello, world").expect("the buffer");
    assert_eq!(text, b"hello, ");
    assert_eq!(buf[7], 0);
    assert_eq!(&buf[8..], &[0xAAu8; 8]);
    // `%` is printed as it is (rule 22).
    let mut small = [0u8; 32];
    assert_eq!(kv_snprintf_first(&mut small, "100%"), Some(&b"100%"[..]));
    // An empty buffer: the result points nowhere inside it.
    assert_eq!(kv_snprintf_first(&mut [], "x"), None);
    // The pointer-first form too.
    let mut other = [0u8; 4];
    assert_eq!(kv_snprintf(&mut other, "abcdef"), Some(&b"abc"[..]));
}
