// A component borrowed through `Index` cannot outlive the object it lives in.
use interop_tests::operators::cases::operators::Vec2;

fn main() {
    let x: &f64;
    {
        let v = Vec2::new(1.0, 2.0);
        x = &v[0];
    }
    assert_eq!(*x, 1.0);
}
