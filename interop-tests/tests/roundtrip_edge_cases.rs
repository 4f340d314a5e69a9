//! Round trips through `cases/edge_cases`: constructs that once broke the
//! build or the safe layer's soundness.

use interop_tests::edge_cases as root;
use interop_tests::edge_cases::cases::edge_cases as e;

#[test]
fn macro_and_constexpr_constants() {
    assert_eq!(root::EDGE_CHAR, b'c' as i8);
    const { assert!(root::EDGE_BOOL) };
    assert_eq!(root::EDGE_JOINED, "abcd");
    assert_eq!(e::K_ALL_BITS, u64::MAX);
    assert_eq!(e::K_GREETING, "hi");
    assert_eq!(e::K_ARRAY, "arr");
}

#[test]
fn ref_qualified_methods_are_callable() {
    let mut q = e::Qualified::new().unwrap();
    assert_eq!(q.on_lvalue(), 1);
    assert_eq!(q.on_const_lvalue(), 2);
}

struct Upward(i64);

impl e::CounterImpl for Upward {
    fn next(&mut self) -> i64 {
        self.0 += 1;
        self.0
    }
}

#[test]
fn noexcept_pure_virtual_implemented_in_rust() {
    let mut c = e::Counter::from_rust(Upward(0));
    assert_eq!(e::sum_next(&mut c, 4).unwrap(), 1 + 2 + 3 + 4);
    assert_eq!(c.next(), 5);
}

#[test]
fn pointer_and_length_result_is_copied_with_its_length() {
    // No terminator and an inner NUL: the length out-parameter decides.
    assert_eq!(e::buffer().unwrap(), b"a\0bc");
}

#[test]
fn object_keeping_a_view_borrows_it() {
    let text = b"borrowed text".to_vec();
    let view = e::View::new(&text).unwrap();
    assert_eq!(view.size(), text.len());
    let copy = view.copy().unwrap();
    drop(view);
    assert_eq!(copy.size(), text.len());
}

#[test]
fn typedef_named_anonymous_struct_by_value() {
    let a = e::make_anonymous(17).unwrap();
    // A plain struct: a `Copy` value with public fields.
    assert_eq!(a.value, 17);
    assert_eq!(e::anonymous_value(a), 17);
}

/// Records what C++ asked for.
struct Recorder {
    last: std::ffi::c_char,
}

// The class `VisitorImpl` took the plain name, so the trait got a suffix.
impl e::VisitorImpl_1 for Recorder {
    fn visit(&mut self, imp: i32) -> i32 {
        imp * 2
    }
    fn visit_char(&mut self, c: std::ffi::c_char) -> i32 {
        self.last = c;
        1000
    }
    fn last(&self) -> std::ffi::c_char {
        self.last
    }
}

#[test]
fn overloaded_pure_virtuals_implemented_in_rust() {
    let mut v = e::Visitor::from_rust(Recorder { last: 0 });
    assert_eq!(e::drive(&mut v).unwrap(), 20 + 1000 + i32::from(b'a'));
    assert_eq!(e::VisitorImpl::new().unwrap().id(), 9);
}

/// A function shadowed by a function-like macro of the same name is called
/// as the function, not through the macro (which would add 1000).
#[test]
fn a_function_like_macro_of_the_same_name_does_not_expand() {
    assert_eq!(e::twice(21), 42);
}

/// Names C++ code cannot use are skipped, never miscompiled: an enumerator a
/// macro shadows leaves the macro's constant; a field a macro renames has
/// no accessor, so the one that remains reads the field it names.
#[test]
fn names_macros_shadow_are_left_out() {
    assert_eq!(root::LEVEL_HIGH, 2);
    assert_eq!(e::tone_value(e::Tone::TONE_LOUD), 4);
    let gauge = e::Gauge::new();
    assert_eq!(gauge.level(), 1);
}

/// `const EdgeChar*` (a typedef of `unsigned char` named like a character)
/// is text: the bytes arrive NUL-terminated through a cast pointer.
#[test]
fn a_library_character_type_is_text() {
    assert_eq!(e::text_length("h\u{e9}llo"), 6);
    assert_eq!(e::text_length(b""), 0);
}
