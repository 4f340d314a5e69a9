// A child borrowed from a node cannot be used after `clear_children`
// destroyed it: that call needs the node exclusively.
use interop_tests::borrowed::cases::borrowed::Tree;

fn main() {
    let mut tree = Tree::new("root").unwrap();
    tree.root_mut().add_child("a").unwrap();
    let mut root = tree.root_mut();
    let child = root.as_ref().get_ref().child(0).unwrap();
    root.as_mut().clear_children();
    let _ = child.label();
}
