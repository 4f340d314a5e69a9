//! Round trips through `cases/umbrella`: the umbrella header declares
//! nothing, yet the classes, enums and functions of the headers it includes
//! from its folder are bound, and a function taking a class from a sibling
//! header reaches the real C++ object.

use interop_tests::umbrella::cases::umbrella::{
    detail_items, millimetres_per, total_area, Shape, Unit,
};

#[test]
fn class_from_a_sub_header_is_owned_and_mutable() {
    let mut s = Shape::new(3, 4).unwrap();
    assert_eq!(s.area().unwrap(), 12);
    s.pin_mut().grow(1).unwrap();
    assert_eq!(s.area().unwrap(), 20);
}

#[test]
fn function_uses_a_class_from_a_sibling_header() {
    let a = Shape::new(2, 5).unwrap();
    let b = Shape::new(7, 1).unwrap();
    assert_eq!(total_area(&a, &b).unwrap(), 17);
}

#[test]
fn enum_from_a_sub_header_reaches_cpp() {
    assert_eq!(millimetres_per(Unit::Inch).unwrap(), 25);
    assert_eq!(millimetres_per(Unit::Millimetre).unwrap(), 1);
}

#[test]
fn header_two_folders_down_counts() {
    assert_eq!(detail_items().unwrap(), 2);
}
