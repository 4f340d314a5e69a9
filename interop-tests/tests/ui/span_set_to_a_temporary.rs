// A byte view's setter keeps the bytes: a temporary cannot be set.
use interop_tests::attacks_params::cases::attacks_params::Span;

fn main() {
    let mut span = Span::new();
    span.set(&b"a temporary".to_vec());
    let _ = span.data();
}
