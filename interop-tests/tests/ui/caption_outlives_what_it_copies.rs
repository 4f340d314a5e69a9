// A caption pointing at another's prefix keeps that caption borrowed.
use interop_tests::attacks_params::cases::attacks_params::Caption;

fn main() {
    let mut copy = Caption::new(c"dst: ");
    {
        let source = Caption::new(c"src: ");
        copy.copy_from(&source);
    }
    let _ = copy.render();
}
