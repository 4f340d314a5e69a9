// A C++ callable a free function returns may capture an object argument:
// it cannot outlive it.
use interop_tests::std_types::cases::std_types::{setter_of, Notifier};

fn main() {
    let set = {
        let mut notifier = Notifier::new().unwrap();
        setter_of(&mut notifier).unwrap().unwrap()
    };
    let _ = set.call(1);
}
