// A class whose destructor is deleted through a member (`Holder` holds an
// `Immortal`) is borrow-only: it offers its statics (`Holder::limit`) but
// no constructor, so nothing Rust owns ever has to destroy one.
use interop_tests::build_faults::cpp::Holder;

fn main() {
    let _ = Holder::limit();
    let _owned = Holder::new();
}
