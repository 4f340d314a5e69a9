//! Round trips through `cases/enums`: C++ enums as cxx shared enums. The Rust
//! discriminants equal the C++ values (including a 64-bit enum), and
//! `next_color`, `raise`, `color_value` and `level_name` behave as the C++
//! defines, also for values outside the declared enumerators.

use interop_tests::enums::cases::enums::{
    color_value, level_name, next_color, raise, Big, Color, Level,
};

#[test]
fn discriminants_match_cpp() {
    assert_eq!(Color::Red.repr, 0);
    assert_eq!(Color::Green.repr, 5);
    assert_eq!(Color::Blue.repr, 6);
    assert_eq!(Level::Low.repr, 1);
    assert_eq!(Level::Mid.repr, 2);
    assert_eq!(Level::High.repr, 3);
    assert_eq!(Big::Min.repr, -9_000_000_000);
    assert_eq!(Big::Max.repr, 9_000_000_000);
}

#[test]
fn color_value_returns_numeric_values() {
    assert_eq!(color_value(Color::Red), 0);
    assert_eq!(color_value(Color::Green), 5);
    assert_eq!(color_value(Color::Blue), 6);
    // An undeclared value within the enum's range (0..=7 for enumerators
    // 0, 5, 6) passes through unchanged.
    assert_eq!(color_value(Color { repr: 7 }), 7);
}

#[test]
fn next_color_cycles() {
    assert!(next_color(Color::Red) == Color::Green);
    assert!(next_color(Color::Green) == Color::Blue);
    assert!(next_color(Color::Blue) == Color::Red);
    let mut c = Color::Red;
    for _ in 0..3 {
        c = next_color(c);
    }
    assert!(c == Color::Red);
    // Values outside the enumerators fall through to Red.
    assert!(next_color(Color { repr: 1 }) == Color::Red);
}

#[test]
fn raise_saturates() {
    assert!(raise(Level::Low) == Level::Mid);
    assert!(raise(Level::Mid) == Level::High);
    assert!(raise(Level::High) == Level::High);
    assert!(raise(raise(raise(Level::Low))) == Level::High);
    assert!(raise(Level { repr: 200 }) == Level::High);
}

#[test]
fn level_name_returns_bytes() {
    assert_eq!(level_name(Level::Low), Some(b"low".to_vec()));
    assert_eq!(level_name(Level::Mid), Some(b"mid".to_vec()));
    assert_eq!(level_name(Level::High), Some(b"high".to_vec()));
    assert_eq!(level_name(Level { repr: 0 }), Some(b"unknown".to_vec()));
    assert_eq!(level_name(Level { repr: 255 }), Some(b"unknown".to_vec()));
}

#[test]
fn every_level_repr() {
    for repr in 0..=u8::MAX {
        let l = Level { repr };
        let (name, raised): (&[u8], u8) = match repr {
            1 => (b"low", 2),
            2 => (b"mid", 3),
            3 => (b"high", 3),
            _ => (b"unknown", 3),
        };
        assert_eq!(level_name(l).as_deref(), Some(name), "repr {repr}");
        assert_eq!(raise(l).repr, raised, "repr {repr}");
    }
}
