// The pointers inside a handle value (a small class of pointers held
// inline) cannot be swapped between handles tied to different objects: the
// pin lent for C++ calls gives no `&mut` (the C++ type is not `Unpin`).
use interop_tests::borrowed::cases::borrowed::{Cursor, Tree};

fn main() {
    let mut first = Tree::new("first").unwrap();
    let mut first_root = first.root_mut();
    let mut a = Cursor::new(&mut first_root).unwrap();
    let mut second = Tree::new("second").unwrap();
    let mut second_root = second.root_mut();
    let mut b = Cursor::new(&mut second_root).unwrap();
    std::mem::swap(&mut *a.pin_mut(), &mut *b.pin_mut());
    assert!(a.valid() && b.valid());
}
