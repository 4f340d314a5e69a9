// A bookmark is lent to the closure only: it is given back when the
// closure returns, so it cannot be kept.
use interop_tests::borrowed::cases::borrowed::Tree;

fn main() {
    let mut tree = Tree::new("root").unwrap();
    let kept = tree.with_bookmark(|_, mark| mark).unwrap();
    let _ = kept;
}
