// Bytes a config-sized `char*` result lends may be the object's own memory:
// no other call on the object while they are borrowed.
use interop_tests::byte_slices::cases::byte_slices::Reserver;

fn main() {
    let mut r = Reserver::new().unwrap();
    let mut scratch = [0u8; 4];
    let lent = r.reserve(4, &mut scratch).unwrap();
    let _ = r.block();
    lent[0] = 1;
}
