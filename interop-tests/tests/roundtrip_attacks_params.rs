//! Parameters whose obvious reading was unsound, through real C++ (each
//! test was once an attack: a valgrind error or a wrong value; the skipped
//! declarations are in `attacks_params_report.rs`, the misuse the types now
//! refuse under `tests/ui/`):
//!
//! - a byte view's assignment and setter, and a setter storing a view into
//!   another object, keep the bytes for the object's `'a` (`&'a [u8]`), so
//!   what they point at outlives the object;
//! - a byte view whose pointer type is a typedef of `const char*` is still
//!   a view (its bytes lent as `&[u8]`);
//! - `(T* p, integer n)` of a class is an array, whatever the integer is
//!   named: of a plain value, a slice when the integer is its length; one
//!   object only where a name or typedef says so;
//! - a non-`const` `std::string*` is read and written; one documented
//!   `\param[out]` starts empty.

use interop_tests::attacks_params::cases::attacks_params::*;

#[test]
fn a_span_keeps_what_it_is_assigned_and_set_to() {
    let first = b"first bytes, on the heap".to_vec();
    let second = b"second bytes, on the heap too".to_vec();
    let mut span = Span::with_d(&first);
    assert_eq!(span.data(), b"first bytes, on the heap");
    span.assign(&second);
    assert_eq!(span.data(), b"second bytes, on the heap too");
    span.set(&first[..5]);
    assert_eq!(span.data(), b"first");
    span.remove_prefix(2);
    assert_eq!((span.data(), span.size()), (&b"rst"[..], 3));
    // A copy points at the same bytes.
    let copy = span.clone();
    assert_eq!(copy.data(), b"rst");
}

#[test]
fn a_caption_keeps_the_view_it_is_set_to() {
    let text = b"caption text, long enough for the heap".to_vec();
    let mut caption = Caption::new(c"cap: ");
    assert_eq!(caption.render().unwrap(), b"cap: ");
    caption.set_text(&text);
    assert_eq!(
        caption.render().unwrap(),
        b"cap: caption text, long enough for the heap"
    );
}

#[test]
fn a_caption_copying_another_keeps_it_borrowed() {
    // `CopyFrom` points at the other caption's prefix and text: the other
    // caption stays borrowed for the copy's life (`&'a`), and both are
    // read together by a free function.
    let text = b"shared text on the heap".to_vec();
    let mut source = Caption::new(c"src: ");
    source.set_text(&text);
    let mut copy = Caption::new(c"dst: ");
    assert!(!same_caption(&copy, &source).unwrap());
    copy.copy_from(&source);
    assert_eq!(copy.render().unwrap(), b"src: shared text on the heap");
    assert!(same_caption(&copy, &source).unwrap());
}

#[test]
fn a_label_reads_a_view_during_the_call_only() {
    // `SetText` and `operator=` store the view and `Label` has no lifetime
    // to keep it for: skipped. A `const` member reads one for the call.
    let label = Label::new();
    assert_eq!(label.text().unwrap(), b"");
    let needle: Vec<u8> = b"a temporary needle".to_vec();
    assert_eq!(label.count(needle), 0);
}

#[test]
fn a_view_whose_pointer_type_is_a_typedef_is_still_a_view() {
    let bytes = b"bytes viewed through a typedef".to_vec();
    let chunk = Chunk::with_d(&bytes);
    assert_eq!(chunk.data(), b"bytes viewed through a typedef");
    assert_eq!(chunk.size(), bytes.len());
    assert_eq!(chunk.first(), b'b' as std::ffi::c_char);
    // A parameter takes Rust bytes; the shim builds the view for the call.
    let temporary: Vec<u8> = b"a temporary, long enough for the heap".to_vec();
    assert_eq!(count_byte(temporary, b'o' as std::ffi::c_char), 4);
    assert_eq!(count_byte("", b'o' as std::ffi::c_char), 0);
    assert_eq!(Chunk::new().data(), b"");
}

#[test]
fn a_view_like_class_borrows_its_c_string() {
    let word = Word::new(c"borrowed word");
    assert_eq!(word.size(), 13);
    assert_eq!(word.data().unwrap(), b"borrowed word");
}

#[test]
fn a_global_setter_of_a_view_is_skipped() {
    // `SetDefaultText(const Span&)` would keep a view of the caller's bytes.
    assert_eq!(default_text().unwrap(), b"");
}

#[test]
fn plain_values_followed_by_their_count_are_a_slice() {
    let mut cells: Vec<Cell> = (1..=3)
        .map(|i| Cell {
            row: i,
            col: 10 * i,
        })
        .collect();
    // The slice's length is the count: every cell moves, none past the end.
    shift_cells(&mut cells, 5);
    assert_eq!(
        cells.iter().map(|c| (c.row, c.col)).collect::<Vec<_>>(),
        [(6, 10), (7, 20), (8, 30)]
    );
    shift_cells(&mut cells[1..2], 100);
    assert_eq!(cells[1].row, 107);
    assert_eq!(cells[0].row, 6);
    assert_eq!(cells[2].row, 8);
    // The count is unnamed: the slice's length.
    assert_eq!(sum_cells(&cells), 6 * 10 + 107 * 20 + 8 * 30);
    assert_eq!(sum_cells(&cells[..1]), 60);
    assert_eq!(sum_cells(&[]), 0);
    shift_cells(&mut [], 1);
}

#[test]
fn one_object_where_a_name_or_typedef_says_so() {
    let mut counter = Counter::new();
    counter.add(5);
    // `flags` is not a count: `counter` is one object.
    reset_counter(&mut counter, 7);
    assert_eq!(counter.value(), 7);
    // `CounterRef` is the library's pointer to one counter.
    reset_to(&mut counter, 3);
    assert_eq!(counter.value(), 3);
}

#[test]
fn a_scalar_pointer_is_one_value_only_where_a_name_says_so() {
    // `(int* value, int flags)`: an out-parameter; `fill_squares(int*, int k)`
    // is skipped (one `i32` is not `k` of them).
    assert_eq!(doubled(21), 42);
    assert_eq!(doubled(-4), -8);
}

#[test]
fn a_string_pointer_is_read_and_written() {
    let mut text = b"start".to_vec();
    assert!(
        !append_suffix(&mut text),
        "the callee saw the prior content"
    );
    assert_eq!(text, b"start.suffix");
    let mut empty = Vec::new();
    assert!(append_suffix(&mut empty));
    assert_eq!(empty, b".suffix");
    // Bytes that are not UTF-8 go in and come back unchanged.
    let mut raw = vec![0xff, 0, 0xfe];
    assert!(!append_suffix(&mut raw));
    assert_eq!(raw, b"\xff\0\xfe.suffix");
}

#[test]
fn a_string_documented_as_output_is_the_result() {
    assert_eq!(greeting().unwrap(), b"hello");
}

#[test]
fn a_string_reference_is_read_and_written() {
    let mut text = b"Mixed Case".to_vec();
    assert_eq!(shout(&mut text), 7);
    assert_eq!(text, b"MIXED CASE");
}
