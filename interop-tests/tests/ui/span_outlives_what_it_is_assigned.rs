// A byte view keeps what it is assigned: the bytes must outlive the view.
use interop_tests::attacks_params::cases::attacks_params::Span;

fn main() {
    let mut span = Span::new();
    {
        let bytes = b"short-lived bytes".to_vec();
        span.assign(&bytes);
    }
    let _ = span.data();
}
