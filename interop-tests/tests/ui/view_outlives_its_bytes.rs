// An object that keeps a view of its constructor argument cannot outlive it.
use interop_tests::edge_cases::cases::edge_cases::View;

fn main() {
    let view = {
        let text = b"short-lived".to_vec();
        View::new(&text).unwrap()
    };
    let _ = view.size();
}
