// A node borrowed from a tree cannot be used after `delete_node` freed
// it: the choice gets the tree exclusively, so no other borrow survives.
use interop_tests::borrowed::cases::borrowed::Tree;

fn main() {
    let mut tree = Tree::new("root").unwrap();
    tree.root_mut().add_child("a").unwrap();
    let a = tree.root().child(0).unwrap();
    tree.delete_node(|t| t.root_mut().child_mut(0));
    let _ = a.label();
}
