//! Round trips through `cases/byte_slices`: `(const char*, size_t)` and
//! `(const uint8_t*, size_t)` pairs bound as Rust slices. Checksums, byte
//! counts, hex encoding and prefix tests computed in C++ agree with Rust
//! reference implementations on arbitrary binary data (NUL and 0x80..0xFF
//! included), on empty slices, and across the 32-bit wrap of `checksum`.

use interop_tests::byte_slices::cases::byte_slices as b;
use proptest::collection::vec;
use proptest::prelude::*;
use std::ffi::c_char;
use std::fmt::Write as _;
use std::io::IoSliceMut;

fn ref_checksum(data: &[u8]) -> u32 {
    data.iter()
        .fold(0u32, |acc, &x| acc.wrapping_add(u32::from(x)))
}

fn ref_sum(data: &[u8]) -> u64 {
    data.iter().map(|&x| u64::from(x)).sum()
}

fn ref_hex(data: &[u8]) -> Vec<u8> {
    let mut out = String::with_capacity(data.len() * 2);
    for x in data {
        write!(out, "{x:02x}").unwrap();
    }
    out.into_bytes()
}

fn all_bytes() -> Vec<u8> {
    (0..=255u8).collect()
}

#[test]
fn empty_slices() {
    assert_eq!(b::checksum([]).unwrap(), 0);
    assert_eq!(b::sum_u8([]).unwrap(), 0);
    assert_eq!(b::to_hex([]).unwrap(), b"");
    assert_eq!(b::count_byte([], 0).unwrap(), 0);
    assert!(b::starts_with([], []).unwrap());
    assert!(b::starts_with(b"abc", []).unwrap());
    assert!(!b::starts_with([], b"a").unwrap());
}

#[test]
fn all_byte_values() {
    let data = all_bytes();
    // 0 + 1 + ... + 255
    assert_eq!(b::checksum(&data).unwrap(), 32_640);
    assert_eq!(b::sum_u8(&data).unwrap(), 32_640);
    let hex = b::to_hex(&data).unwrap();
    assert_eq!(hex.len(), 512);
    assert_eq!(&hex[..8], b"00010203");
    assert_eq!(&hex[hex.len() - 8..], b"fcfdfeff");
    assert_eq!(hex, ref_hex(&data));
    for needle in 0..=255u8 {
        assert_eq!(
            b::count_byte(&data, needle as c_char).unwrap(),
            1,
            "needle {needle}"
        );
    }
}

#[test]
fn hex_examples() {
    assert_eq!(b::to_hex(b"\x00\x7f\x80\xff").unwrap(), b"007f80ff");
    assert_eq!(b::to_hex("AZ").unwrap(), b"415a");
}

#[test]
fn count_byte_examples() {
    assert_eq!(b::count_byte(b"banana", b'a' as c_char).unwrap(), 3);
    assert_eq!(b::count_byte(b"\0\0x\0", 0).unwrap(), 3);
    assert_eq!(b::count_byte(b"\xff\x7f\xff", 0xffu8 as c_char).unwrap(), 2);
    assert_eq!(b::count_byte(b"abc", b'z' as c_char).unwrap(), 0);
}

#[test]
fn starts_with_examples() {
    assert!(b::starts_with(b"hello", b"he").unwrap());
    assert!(b::starts_with(b"hello", b"hello").unwrap());
    assert!(!b::starts_with(b"hello", b"hello!").unwrap());
    assert!(!b::starts_with(b"hello", b"eh").unwrap());
    // Bytes after a NUL still count: these are slices, not C strings.
    assert!(b::starts_with(b"a\0b\xff", b"a\0b").unwrap());
    assert!(!b::starts_with(b"a\0b", b"a\0c").unwrap());
}

#[test]
fn checksum_wraps_but_sum_u8_does_not() {
    // 16_843_010 * 255 = 4_294_967_550 = 2^32 + 254.
    let data = vec![0xffu8; 16_843_010];
    assert_eq!(b::sum_u8(&data).unwrap(), 4_294_967_550);
    assert_eq!(b::checksum(&data).unwrap(), 254);
    assert_eq!(b::checksum(&data).unwrap(), ref_checksum(&data));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn checksum_matches_rust(data in vec(any::<u8>(), 0..1024)) {
        prop_assert_eq!(b::checksum(&data).unwrap(), ref_checksum(&data));
    }

    #[test]
    fn sum_u8_matches_rust(data in vec(any::<u8>(), 0..1024)) {
        prop_assert_eq!(b::sum_u8(&data).unwrap(), ref_sum(&data));
    }

    #[test]
    fn to_hex_matches_rust(data in vec(any::<u8>(), 0..512)) {
        prop_assert_eq!(b::to_hex(&data).unwrap(), ref_hex(&data));
    }

    #[test]
    fn count_byte_matches_rust(data in vec(any::<u8>(), 0..512), needle in any::<u8>()) {
        let want = data.iter().filter(|&&x| x == needle).count();
        prop_assert_eq!(b::count_byte(&data, needle as c_char).unwrap(), want);
    }

    #[test]
    fn starts_with_matches_rust(data in vec(any::<u8>(), 0..32), prefix in vec(any::<u8>(), 0..8)) {
        prop_assert_eq!(b::starts_with(&data, &prefix).unwrap(), data.starts_with(&prefix));
        // A true prefix of the data is always found.
        let cut = prefix.len().min(data.len());
        prop_assert!(b::starts_with(&data, &data[..cut]).unwrap());
    }
}

/// `const struct iovec*` + count: Rust buffers lent as `&mut [IoSliceMut]`,
/// written by C++ in order (empty buffers included).
#[test]
fn iovec_arrays_are_rust_buffers_written_in_order() {
    let (mut x, mut y, mut z) = ([0u8; 3], [0u8; 0], [0u8; 5]);
    let mut iov = [
        IoSliceMut::new(&mut x),
        IoSliceMut::new(&mut y),
        IoSliceMut::new(&mut z),
    ];
    assert_eq!(b::fill_counting(&mut iov, 254).unwrap(), 8);
    assert_eq!(x, [254, 255, 0]);
    assert_eq!(z, [1, 2, 3, 4, 5]);
    assert_eq!(b::fill_counting(&mut [], 1).unwrap(), 0);
}

/// `struct iovec*` (not `const`): C++ rewrites the descriptors of a copy, so
/// the Rust slices keep pointing at their whole buffers.
#[test]
fn rewritten_iovec_descriptors_are_a_copy() {
    let (mut x, mut y) = ([1u8, 2, 3], [250u8, 5]);
    let mut iov = [IoSliceMut::new(&mut x), IoSliceMut::new(&mut y)];
    assert_eq!(b::drain_sum(&mut iov).unwrap(), 261);
    assert_eq!((iov[0].len(), iov[1].len()), (3, 2));
    assert_eq!(&*iov[1], &[250, 5]);
    assert_eq!(b::drain_sum(&mut iov).unwrap(), 261);
}

/// A `char*` result and a `char*` scratch buffer sized by the config
/// (`cases/byte_slices/config.toml`): `length` bytes lent from the object's
/// block or from the scratch buffer; a scratch buffer shorter than `length`
/// is an error before C++ is called.
#[test]
fn reserved_bytes_are_the_block_or_the_scratch_buffer() {
    let mut r = b::Reserver::new().unwrap();
    let mut scratch = [0u8; 12];
    let block = r.reserve(3, &mut scratch[..3]).unwrap();
    assert_eq!(block.len(), 3);
    block.copy_from_slice(b"abc");
    assert_eq!(r.block().unwrap(), b"abc\0\0\0\0\0");
    let lent = r.reserve(12, &mut scratch).unwrap();
    assert_eq!(lent.len(), 12);
    lent[11] = b'z';
    assert_eq!(scratch[11], b'z');
    let mut short = [0u8; 4];
    let err = r.reserve(5, &mut short).unwrap_err();
    assert!(err.what().contains("fewer bytes"), "{}", err.what());
}

/// An override keeps its base method's sizes (`ScratchReserver::Reserve(n,
/// buf)` has none of its own in the config).
#[test]
fn an_override_keeps_the_base_methods_sizes() {
    let mut r = b::ScratchReserver::new().unwrap();
    let mut scratch = [0u8; 2];
    let lent = r.reserve(2, &mut scratch).unwrap();
    lent.copy_from_slice(b"hi");
    assert_eq!(&scratch, b"hi");
    assert!(r.reserve(3, &mut [0u8; 2]).is_err());
    // The override never lends the block (an inherited method reads it).
    assert_eq!(r.block().unwrap(), [0u8; 8]);
}
