// Bytes a config-sized `char*` result lends may be the scratch buffer: they
// cannot outlive it, and the object stays exclusively borrowed meanwhile.
use interop_tests::byte_slices::cases::byte_slices::Reserver;

fn main() {
    let mut r = Reserver::new().unwrap();
    let lent = {
        let mut scratch = [0u8; 12];
        r.reserve(12, &mut scratch).unwrap()
    };
    lent[0] = 1;
}
