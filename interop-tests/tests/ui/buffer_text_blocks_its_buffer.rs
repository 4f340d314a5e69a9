// The text a `char*` result points to is read in place: the buffer stays
// borrowed while the text is in use, so it cannot be written meanwhile.
use interop_tests::c_handles::kv_snprintf_first;

fn main() {
    let mut buf = [0u8; 8];
    let text = kv_snprintf_first(&mut buf, "abc").unwrap();
    buf.fill(b'x');
    assert_eq!(text, b"abc");
}
