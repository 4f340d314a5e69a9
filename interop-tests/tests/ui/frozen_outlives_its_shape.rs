// A C handle created (as `const`) from another borrows it: a frozen shape
// cannot outlive the shape it was made from.
use interop_tests::first_try::{ft_frozen_new, ft_frozen_sides, ft_shape_new};

fn main() {
    let shape = ft_shape_new(3).unwrap();
    let frozen = ft_frozen_new(&shape).unwrap();
    drop(shape);
    let _ = ft_frozen_sides(&frozen);
}
