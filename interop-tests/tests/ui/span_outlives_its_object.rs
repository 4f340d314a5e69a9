// A span result lends the object's own memory: it cannot outlive the
// object, nor be held while the object is changed.
use interop_tests::cxx20::cases::cxx20::Samples;

fn main() {
    let mut samples = Samples::new(3).unwrap();
    let view = samples.view();
    samples.edit()[0] = 7;
    let _ = view[0];
}
