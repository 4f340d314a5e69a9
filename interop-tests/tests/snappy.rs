//! The real libsnappy, bound from its installed headers with no hand edits:
//! compression round trips, the length/validity helpers agree with it, and
//! Rust implementations of `snappy::Source` / `snappy::Sink` drive it.

use interop_tests::snappy::snappy::{
    compress, compress_source, get_uncompressed_length, get_uncompressed_length_source,
    is_valid_compressed, is_valid_compressed_buffer, max_compressed_length, raw_compress,
    raw_uncompress, raw_uncompress_to_io_vec, raw_uncompress_to_io_vec_source, uncompress,
    uncompress_as_much_as_possible, uncompress_source, ByteArraySource, Sink, SinkImpl, Source,
    SourceImpl, K_BLOCK_LOG, K_BLOCK_SIZE,
};
use proptest::prelude::*;
use std::io::IoSliceMut;

/// A `snappy::Sink` written in Rust: appends into a borrowed vector.
struct VecSink<'v>(&'v mut Vec<u8>);

impl SinkImpl for VecSink<'_> {
    fn append(&mut self, bytes: &[u8]) {
        self.0.extend_from_slice(bytes);
    }
}

/// A `snappy::Source` written in Rust that hands out at most `chunk` bytes per peek.
struct ChunkedSource<'d> {
    data: &'d [u8],
    chunk: usize,
}

impl SourceImpl for ChunkedSource<'_> {
    fn available(&self) -> usize {
        self.data.len()
    }
    fn peek(&mut self) -> &[u8] {
        &self.data[..self.data.len().min(self.chunk)]
    }
    fn skip(&mut self, n: usize) {
        self.data = &self.data[n..];
    }
}

fn compressed(data: &[u8]) -> Vec<u8> {
    // `std::string*` is read and written: `Compress` replaces what it held.
    let mut c = b"prior content".to_vec();
    let n = compress(data, &mut c).expect("snappy::Compress does not throw");
    assert_eq!(n, c.len(), "Compress returns the compressed size");
    c
}

/// `Uncompress` into a fresh string: whether it succeeded, and the bytes.
fn uncompressed(c: &[u8]) -> (bool, Vec<u8>) {
    let mut back = Vec::new();
    let ok = uncompress(c, &mut back).expect("snappy::Uncompress does not throw");
    (ok, back)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn uncompress_of_compress_is_identity(data in proptest::collection::vec(any::<u8>(), 0..4096)) {
        let c = compressed(&data);
        let (ok, back) = uncompressed(&c);
        prop_assert!(ok);
        prop_assert_eq!(back, data);
    }

    #[test]
    fn helpers_agree_with_compress(data in proptest::collection::vec(any::<u8>(), 0..4096)) {
        let c = compressed(&data);
        prop_assert!(c.len() <= max_compressed_length(data.len()).unwrap());
        prop_assert_eq!(get_uncompressed_length(&c).unwrap(), (true, data.len()));
        prop_assert!(is_valid_compressed_buffer(&c).unwrap());
    }

    #[test]
    fn rust_source_and_sink_match_the_buffer_api(
        data in proptest::collection::vec(any::<u8>(), 0..20_000),
        chunk in 1usize..5000,
    ) {
        let mut out = Vec::new();
        let written = {
            let mut source = Source::from_rust(ChunkedSource { data: &data, chunk });
            let mut sink = Sink::from_rust(VecSink(&mut out));
            compress_source(&mut source, &mut sink).unwrap()
        };
        // The sink borrows `out` until it is dropped (its C++ destructor may use it).
        prop_assert_eq!(written, out.len());
        prop_assert_eq!(&out, &compressed(&data));
    }
}

#[test]
fn repetitive_input_compresses() {
    let data = b"abcdefgh".repeat(10_000);
    let c = compressed(&data);
    assert!(c.len() < data.len() / 10, "{} bytes", c.len());
    assert_eq!(uncompressed(&c), (true, data));
}

#[test]
fn corrupt_input_is_rejected() {
    let mut c = compressed(b"hello hello hello hello hello hello");
    let last = c.len() - 1;
    c.truncate(last);
    assert!(!is_valid_compressed_buffer(&c).unwrap());
    let (ok, _) = uncompressed(&c);
    assert!(!ok);
    assert!(!is_valid_compressed_buffer([0xffu8; 8]).unwrap());
}

#[test]
fn byte_array_source_feeds_the_stream_api() {
    let data: Vec<u8> = (0..50_000u32).map(|i| (i % 251) as u8).collect();
    let c = compressed(&data);

    let mut source = ByteArraySource::new(&c).unwrap();
    assert_eq!(source.available().unwrap(), c.len());
    let (ok, len) = get_uncompressed_length_source(&mut source).unwrap();
    assert!(ok);
    assert_eq!(len as usize, data.len());

    assert!(is_valid_compressed(&mut ByteArraySource::new(&c).unwrap()).unwrap());

    let mut out = Vec::new();
    let ok = uncompress_source(
        &mut ByteArraySource::new(&c).unwrap(),
        &mut Sink::from_rust(VecSink(&mut out)),
    )
    .unwrap();
    assert!(ok);
    assert_eq!(out, data);

    let mut partial = Vec::new();
    let n = uncompress_as_much_as_possible(
        &mut ByteArraySource::new(&c).unwrap(),
        &mut Sink::from_rust(VecSink(&mut partial)),
    )
    .unwrap();
    assert_eq!(n, data.len());
    assert_eq!(partial, data);
}

#[test]
fn byte_array_source_peek_and_skip() {
    let bytes = b"0123456789";
    let mut source = ByteArraySource::new(bytes).unwrap();
    assert_eq!(source.peek().unwrap(), &bytes[..]);
    source.skip(4).unwrap();
    assert_eq!(source.available().unwrap(), 6);
    assert_eq!(source.peek().unwrap(), b"456789");
}

#[test]
fn rust_sink_through_cpp_virtual_dispatch() {
    let mut out = Vec::new();
    {
        let mut sink = Sink::from_rust(VecSink(&mut out));
        sink.append(b"abc").unwrap();
        sink.append([0u8, 255]).unwrap();
        // The C++ default implementation hands back the scratch buffer.
        let mut scratch = [0u8; 16];
        let buf = sink.get_append_buffer_variable(4, 8, &mut scratch).unwrap();
        assert_eq!(buf.len(), 16);
    }
    assert_eq!(out, b"abc\x00\xff");
}

#[test]
fn bytes_handed_over_to_cpp_are_appended_then_dropped_by_its_deleter() {
    let mut out = Vec::new();
    {
        let mut sink = Sink::from_rust(VecSink(&mut out));
        // `AppendAndTakeOwnership`: the C++ default appends, then calls the
        // deleter, which drops the Rust vector (valgrind checks the drop).
        sink.append_and_take_ownership(b"owned bytes".to_vec())
            .unwrap();
        sink.append_and_take_ownership(vec![7u8; 100_000]).unwrap();
    }
    assert_eq!(&out[..11], b"owned bytes");
    assert_eq!(out.len(), 11 + 100_000);
    assert!(out[11..].iter().all(|&b| b == 7));
}

#[test]
fn constants_match_the_header() {
    assert_eq!(K_BLOCK_LOG, 16);
    assert_eq!(K_BLOCK_SIZE, 1usize << K_BLOCK_LOG);
}

proptest! {
    /// `RawCompress`/`RawUncompress` write into Rust buffers whose size the
    /// config states (`interop-tests/configs/snappy.toml`).
    #[test]
    fn raw_compress_and_uncompress_into_rust_buffers(
        data in proptest::collection::vec(any::<u8>(), 0..4096)
    ) {
        let mut compressed = vec![0u8; max_compressed_length(data.len()).unwrap()];
        let n = raw_compress(&data, &mut compressed).unwrap();
        compressed.truncate(n);
        prop_assert_eq!(&compressed, &self::compressed(&data));
        let mut back = vec![0u8; data.len()];
        prop_assert!(raw_uncompress(&compressed, &mut back).unwrap());
        prop_assert_eq!(back, data);
    }
}

#[test]
fn raw_buffers_too_small_are_errors_not_overflows() {
    let data = vec![42u8; 1000];
    let mut small = vec![0u8; 10];
    let err = raw_compress(&data, &mut small).unwrap_err();
    assert!(err.what().contains("fewer bytes"), "{}", err.what());
    let c = compressed(&data);
    let mut back = vec![0u8; 999];
    assert!(raw_uncompress(&c, &mut back).is_err());
    // Not valid snappy data: its length cannot be read, so no size is enough.
    assert!(raw_uncompress(b"\xff\xff\xff\xff\xff", &mut [0u8; 64]).is_err());
}

proptest! {
    /// `RawUncompressToIOVec` scatters into Rust buffers lent as `struct
    /// iovec`s (`&mut [IoSliceMut]`), from bytes and from a `Source`.
    #[test]
    fn raw_uncompress_scatters_into_rust_buffers(
        data in proptest::collection::vec(any::<u8>(), 0..4096),
        cut in (0usize..=100, 0usize..=100),
    ) {
        let c = compressed(&data);
        let a = data.len() * cut.0.min(cut.1) / 100;
        let b = data.len() * cut.0.max(cut.1) / 100;
        let (mut x, mut y, mut z) = (vec![0u8; a], vec![0u8; b - a], vec![0u8; data.len() - b]);
        {
            let mut iov = [IoSliceMut::new(&mut x), IoSliceMut::new(&mut y), IoSliceMut::new(&mut z)];
            prop_assert!(raw_uncompress_to_io_vec(&c, &mut iov).unwrap());
        }
        prop_assert_eq!([x, y, z].concat(), data.clone());
        let (mut head, mut tail) = (vec![0u8; a], vec![0u8; data.len() - a]);
        {
            let mut iov = [IoSliceMut::new(&mut head), IoSliceMut::new(&mut tail)];
            let mut source = ByteArraySource::new(&c).unwrap();
            prop_assert!(raw_uncompress_to_io_vec_source(&mut source, &mut iov).unwrap());
        }
        prop_assert_eq!([head, tail].concat(), data);
    }
}

#[test]
fn iovec_buffers_too_small_are_refused_by_snappy() {
    let c = compressed(&[9u8; 300]);
    let (mut x, mut y) = ([0u8; 100], [0u8; 100]);
    let mut iov = [IoSliceMut::new(&mut x), IoSliceMut::new(&mut y)];
    assert!(!raw_uncompress_to_io_vec(&c, &mut iov).unwrap());
    assert!(!raw_uncompress_to_io_vec(b"\xff\xff\xff", &mut []).unwrap());
}

/// `GetAppendBuffer` on a Rust sink: the C++ default lends the scratch
/// buffer, whose size the config states (`length` bytes), back as
/// `length` bytes borrowed from the sink and the scratch buffer.
#[test]
fn append_buffer_of_a_rust_sink_is_the_scratch_buffer() {
    let mut out = Vec::new();
    let mut scratch = [0u8; 8];
    {
        let mut sink = Sink::from_rust(VecSink(&mut out));
        let buf = sink.get_append_buffer(5, &mut scratch).unwrap();
        assert_eq!(buf.len(), 5);
        buf.copy_from_slice(b"hello");
        let written = buf.to_vec();
        sink.append(&written).unwrap();
        // Fewer scratch bytes than `length`: refused before C++ is called.
        let mut small = [7u8; 3];
        let err = sink.get_append_buffer(4, &mut small).unwrap_err();
        assert!(err.what().contains("fewer bytes"), "{}", err.what());
        assert_eq!(small, [7u8; 3]);
    }
    assert_eq!(&scratch, b"hello\0\0\0");
    assert_eq!(out, b"hello");
}
