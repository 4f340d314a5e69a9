//! Objects C++ owns, through real C++: tree nodes are borrows tied to their
//! tree (`&Node` from `const` members, `Pin<&mut Node>` from the others),
//! borrowed access allocates nothing, and a singleton is `&'static`.

use interop_tests::borrowed::cases::borrowed::{census, Census, Cursor, Node, Pinned, Tree};

fn labels(n: &Node) -> Vec<String> {
    (0..n.child_count())
        .map(|i| {
            let c = n.child(i).expect("index in range");
            String::from_utf8(c.label().unwrap()).unwrap()
        })
        .collect()
}

#[test]
fn a_tree_is_built_and_walked_through_borrows() {
    let mut tree = Tree::new("root").unwrap();
    {
        let mut root = tree.root_mut();
        root.as_mut().add_child("a").unwrap();
        let mut b = root.as_mut().add_child("b").unwrap();
        b.as_mut().add_child("b1").unwrap();
        b.as_mut().set_label("B").unwrap();
    }
    assert_eq!(tree.size(), 4);
    let root = tree.root();
    assert_eq!(labels(root), ["a", "B"]);
    assert!(root.parent().is_none());
    assert!(root.child(2).is_none());
    assert!(root.child(-1).is_none());
    // Many shared borrows at once, each tied to the tree.
    let b = root.child(1).unwrap();
    let b1 = b.child(0).unwrap();
    assert_eq!(b1.label().unwrap(), b"b1");
    assert_eq!(b1.parent().unwrap().label().unwrap(), b"B");
    let found = tree.find("b1").expect("b1 is in the tree");
    assert_eq!(found.parent().unwrap().label().unwrap(), b"B");
    assert_eq!(found.tree().size(), 4);
    assert!(tree.find("zzz").is_none());
}

#[test]
fn a_child_reached_mutably_is_modified_in_place() {
    let mut tree = Tree::new("r").unwrap();
    tree.root_mut().add_child("x").unwrap();
    {
        let root = tree.root_mut();
        let x = root.child_mut(0).expect("one child");
        x.set_label("y").unwrap();
    }
    assert_eq!(labels(tree.root()), ["y"]);
    tree.root_mut().clear_children();
    assert_eq!(tree.size(), 1);
}

#[test]
fn the_singleton_is_static_and_counts_real_nodes() {
    let the_census: &'static Census = Census::instance();
    let before = (the_census.created(), the_census.destroyed());
    {
        let mut tree = Tree::new("t").unwrap();
        let mut root = tree.root_mut();
        for label in ["a", "b", "c"] {
            root.as_mut().add_child(label).unwrap();
        }
    }
    // The same object through the free function.
    let again = census().expect("the census exists");
    assert!(std::ptr::eq(again, the_census));
    // Other tests build trees concurrently: the counts only grow.
    assert!(again.created() >= before.0 + 4);
    assert!(again.destroyed() >= before.1 + 4);
}

#[test]
fn a_scalar_reference_is_lent_mutably_and_read_by_copy() {
    let mut tree = Tree::new("r").unwrap();
    assert_eq!(tree.edits(), 0);
    *tree.edits_mut() += 5;
    let counter = tree.edits_mut();
    *counter *= 3;
    assert_eq!(
        tree.edits(),
        15,
        "C++ sees what Rust wrote through the reference"
    );
}

#[test]
fn one_node_is_chosen_and_deleted_through_its_tree() {
    let mut tree = Tree::new("r").unwrap();
    {
        let mut root = tree.root_mut();
        root.as_mut().add_child("a").unwrap();
        let mut b = root.as_mut().add_child("b").unwrap();
        b.as_mut().add_child("b1").unwrap();
        root.as_mut().add_child("c").unwrap();
    }
    assert_eq!(tree.size(), 5);
    // `b` and its child go; the others stay where they were.
    assert!(tree.delete_node(|t| t.root_mut().child_mut(1)));
    assert_eq!(tree.size(), 3);
    assert_eq!(labels(tree.root()), ["a", "c"]);
    // Choosing nothing frees nothing.
    assert!(!tree.delete_node(|t| t.root_mut().child_mut(7)));
    assert_eq!(tree.size(), 3);
    // A node found by a search, deeper down.
    tree.root_mut()
        .child_mut(0)
        .unwrap()
        .add_child("a1")
        .unwrap();
    assert!(tree.delete_node(|t| t.root_mut().child_mut(0)?.child_mut(0)));
    assert_eq!(tree.size(), 3);
    assert!(tree.find("a1").is_none());
}

#[test]
fn a_node_of_another_tree_is_not_deleted() {
    // An adversary's choice: a node of a second tree, borrowed for ever by
    // leaking that tree, satisfies the closure's type. The shim asks the
    // node for its tree (`Node::tree()`) and frees nothing.
    let other: &'static mut Tree = interop_tests::leak_for_good(Tree::new("o").unwrap());
    other.root_mut().add_child("x").unwrap();
    let outsider = other
        .root_mut()
        .child_mut(0)
        .expect("the other tree's child");
    let mut tree = Tree::new("r").unwrap();
    tree.root_mut().add_child("a").unwrap();
    assert!(!tree.delete_node(move |_| Some(outsider)));
    assert_eq!(tree.size(), 2);
    assert_eq!(labels(tree.root()), ["a"]);
}

#[test]
fn a_bookmark_is_lent_to_a_closure_and_given_back() {
    let mut tree = Tree::new("r").unwrap();
    assert_eq!(tree.bookmarks(), 0);
    let seen = tree
        .with_bookmark(|mut t, mark| {
            // The tree stays usable (exclusively) while the bookmark is out.
            assert_eq!(t.bookmarks(), 1);
            t.as_mut().root_mut().add_child("x").unwrap();
            (mark.size(), t.size())
        })
        .unwrap()
        .expect("a bookmark");
    assert_eq!(seen, (1, 2));
    assert_eq!(tree.bookmarks(), 0, "given back when the closure returned");
    // Leases nest.
    let sizes = tree
        .with_bookmark(|mut t, outer| {
            t.as_mut().root_mut().add_child("y").unwrap();
            let inner = t
                .as_mut()
                .with_bookmark(|t, inner| (inner.size(), t.bookmarks()))
                .unwrap()
                .unwrap();
            (outer.size(), inner)
        })
        .unwrap()
        .unwrap();
    assert_eq!(sizes, (2, (3, 2)));
    assert_eq!(tree.bookmarks(), 0);
}

#[test]
fn a_cursor_is_a_value_holding_one_pointer() {
    let mut tree = Tree::new("r").unwrap();
    {
        let mut root = tree.root_mut();
        let mut a = root.as_mut().add_child("a").unwrap();
        a.as_mut().add_child("a1").unwrap();
        a.as_mut().add_child("a2").unwrap();
    }
    // Held inline, as the C++ class is: one pointer, no box around it.
    assert_eq!(
        std::mem::size_of::<Cursor<'static>>(),
        std::mem::size_of::<usize>()
    );
    {
        let mut root = tree.root_mut();
        let mut cursor = Cursor::new(&mut root).unwrap();
        assert!(cursor.valid());
        let mut a = cursor.child(0).unwrap();
        {
            let mut a2 = a.child(1).unwrap();
            assert!(a2.valid());
            let node = a2.node().unwrap().expect("a2");
            assert_eq!(node.label().unwrap(), b"a2");
            node.set_label("A2").unwrap();
        }
        // A step off the tree is a null cursor, not an error.
        let mut none = a.child(5).unwrap();
        assert!(!none.valid());
        assert!(none.child(0).unwrap().node().unwrap().is_none());
    }
    assert!(tree.find("A2").is_some());
}

#[test]
fn a_handle_that_cannot_be_copied_stays_boxed() {
    let mut tree = Tree::new("r").unwrap();
    let mut root = tree.root_mut();
    let pinned = Pinned::new(&mut root).unwrap();
    // Boxed (the snapshot shows its `UniquePtr`), and still a handle.
    assert!(pinned.valid());
}
