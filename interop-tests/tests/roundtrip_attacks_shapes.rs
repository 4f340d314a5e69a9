//! The shapes of `cases/attacks_shapes` that stay bound, through real C++:
//! an out-value nothing counts, beside a string or bytes, slices longer
//! than their count type holds (clamped), and a shared
//! object whose borrows nothing can change (no call is given it). The
//! skipped shapes are asserted in `attacks_shapes_report.rs`.

use interop_tests::attacks_shapes::cases::attacks_shapes::*;

#[test]
fn an_out_value_beside_text_or_bytes_is_one_value() {
    assert_eq!(parse_int("42"), (true, 42));
    assert!(!parse_int("none").0);
    assert_eq!(read_version(&[3, 9, 9]), (true, 3));
    assert!(!read_version(&[]).0);
    let mut text = b"read ".to_vec();
    append_to(&mut text, "and written").unwrap();
    assert_eq!(text, b"read and written");
}

#[test]
fn a_slice_longer_than_its_count_type_holds_is_clamped_not_truncated() {
    // 300 values and a `uint8_t` count: 255 are doubled (truncation passed
    // 44), the rest are left alone.
    let mut values = vec![1.0; 300];
    double_all(&mut values);
    assert!(values[..255].iter().all(|&v| v == 2.0));
    assert!(values[255..].iter().all(|&v| v == 1.0));
    // A signed `int8_t` count of 200 values is 127, never negative.
    let negatives = vec![-1.0; 200];
    assert_eq!(count_negative(&negatives), 127);
}

#[test]
fn a_constant_text_result_inside_the_buffer_written_ends_with_it() {
    // No NUL is written: the text is the buffer, never read past its end
    // (it was copied up to a NUL beyond it).
    let mut buf = [0u8; 8];
    assert_eq!(fill_x(&mut buf), Some(&b"xxxxxxxx"[..]));
    let mut buf = *b"\0\0\0tail";
    assert_eq!(fill_x(&mut buf[..2]), Some(&b"xx"[..]));
    assert_eq!(&buf, b"xx\0tail");
}

#[test]
fn borrows_of_a_shared_bag_outlive_every_call_that_can_reach_it() {
    let bag = bag_of(41).unwrap().expect("a bag");
    let copy = bag.clone();
    let first = bag.first().expect("an item");
    // No call is given the bag (`empty_bag` is skipped), so the item stays.
    assert_eq!(copy.size(), 1);
    assert_eq!(first.value(), 41);
}
