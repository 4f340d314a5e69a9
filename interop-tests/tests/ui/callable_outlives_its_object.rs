// A C++ callable a method returns may capture the object: it cannot
// outlive it.
use interop_tests::std_types::cases::std_types::Notifier;

fn main() {
    let set = {
        let mut notifier = Notifier::new().unwrap();
        notifier.setter().unwrap().unwrap()
    };
    let _ = set.call(1);
}
