// A node borrowed from a tree cannot outlive the tree that owns it.
use interop_tests::borrowed::cases::borrowed::Tree;

fn main() {
    let tree = Tree::new("root").unwrap();
    let root = tree.root();
    drop(tree);
    let _ = root.child_count();
}
