//! Round trips through `cases/first_try`: shapes real libraries use that
//! once made generation fail or the generated crate not build. Each binds
//! by a general rule now, and calls reach the C and C++ code.

use interop_tests::first_try::cases::first_try::{Failure, NotFound};
use interop_tests::first_try::{
    ft_each, ft_frozen_destroyed, ft_frozen_new, ft_frozen_sides, ft_shape_new,
};

#[test]
fn a_handle_created_const_is_owned_and_destroyed_once() {
    let shape = ft_shape_new(5).expect("a shape");
    let before = ft_frozen_destroyed();
    {
        let frozen = ft_frozen_new(&shape).expect("a frozen shape");
        assert_eq!(ft_frozen_sides(&frozen), 5);
    }
    assert_eq!(ft_frozen_destroyed(), before + 1);
}

#[test]
fn callback_parameters_with_leading_underscores() {
    // 0 + 10 + 20 + 30: the closure gets each index.
    assert_eq!(ft_each(4, |i| i * 10), 60);
}

#[test]
fn a_derived_class_does_not_offer_its_bases_copy_assignment() {
    let mut a = Failure::new(1).unwrap();
    a.assign_from(&Failure::new(7).unwrap()).unwrap();
    assert_eq!(a.code(), 7);
    // Its own (implicit) assignment hides the base's; the rest is inherited.
    let n = NotFound::new(404).unwrap();
    assert_eq!(n.code(), 404);
}

#[test]
fn a_typedef_named_c_enum_is_an_enum() {
    use interop_tests::first_try::{ft_check, FtStatus};
    assert_eq!(ft_check(2), FtStatus::FT_OK);
    assert_eq!(ft_check(9), FtStatus::FT_ERR_RANGE);
    assert_eq!(ft_check(9).repr, 3);
}

#[test]
fn a_member_class_declared_before_its_definition_is_one_class() {
    use interop_tests::first_try::cases::first_try::{engine::Options, Engine};
    let mut o = Options::new().unwrap();
    assert_eq!(o.max_mem(), 8);
    o.set_max_mem(64);
    assert_eq!(o.max_mem(), 64);
    assert_eq!(Engine::new(3).unwrap().level(), 3);
}
