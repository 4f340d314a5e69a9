//! Round trips through `cases/naming`: C++ names that collide with cxx's
//! own types (`String`, `Vec`), Rust keywords, the generated `ffi` module,
//! the cxx crate, the generated code's temporaries, `__` in a name, and the
//! same class and method names in two namespaces.

use interop_tests::naming::cases::naming as n;

#[test]
fn classes_named_like_cxx_types() {
    let s = n::String::new(5).unwrap();
    assert_eq!(s.get(), 5);
    // A C++ method named like the wrapper's helper gets a suffix.
    assert_eq!(s.cxxbind_wrap_1(), -5);
    assert_eq!(n::Vec::new().unwrap().seven(), 7);
}

#[test]
fn keywords_and_shadowing_parameters() {
    assert_eq!(n::match_(4, 2), 42);
    // 3 bytes * 100 + 4 * 10 + 5: every argument reaches its own parameter.
    assert_eq!(n::shadow("abc", 4, 5), 345);
}

#[test]
fn reserved_identifiers_go_through_shims() {
    assert_eq!(n::double_underscore(41), 42);
    assert_eq!(n::ffi_::in_ffi(), 11);
    assert_eq!(n::cxx_::in_cxx(), 12);
}

#[test]
fn same_names_in_two_namespaces_stay_distinct() {
    assert_eq!(n::a::Same::new().unwrap().which(), 1);
    assert_eq!(n::b::Same::new().unwrap().which(), 2);
}

#[test]
fn namespaces_differing_only_in_case_get_distinct_modules() {
    assert_eq!(n::a::Same::new().unwrap().which(), 1);
    assert_eq!(n::a_1::upper(), 3);
}

#[test]
fn callback_parameters_named_like_keywords() {
    // `fn`, `type` and `loop` name the closures; each reaches its own parameter.
    assert_eq!(n::callbacks::count_if(|v| v % 3 == 0, 10).unwrap(), 4);
    assert_eq!(
        n::callbacks::apply_both(|x| x * 2, |x| x + 1, 20).unwrap(),
        41
    );
}

#[test]
fn overrides_whose_defaults_start_earlier() {
    let mut base = n::callbacks::Runner::new().unwrap();
    assert_eq!(base.run(5, |a| a * 2).unwrap(), 10);
    assert_eq!(base.run_with_g_z(5, |a| a, |a| a * 3, 7).unwrap(), 27);
    let mut shifted = n::callbacks::Shifted::new().unwrap();
    // Its own shortest form: C++ fills in `f`, `g` and `z = 1`.
    assert_eq!(shifted.run(5).unwrap(), 1001);
    assert_eq!(shifted.run_with_f(5, |a| a * 2).unwrap(), 1011);
    // The base's form, dispatched to the override: `z` defaults to the base's 0.
    assert_eq!(shifted.run_with_g(5, |a| a, |a| a).unwrap(), 1010);
}
