// A borrow lent by an object reached through `std::shared_ptr` would
// outlive a call on another owner that empties it: a `shared_ptr` result of
// a call given objects is not offered when its class lends borrows.
use interop_tests::std_types::cases::std_types::Holder;

fn main() {
    let mut holder = Holder::new().unwrap();
    let bag = holder.bag().unwrap().unwrap();
    let first = bag.first().unwrap();
    holder.empty_bag();
    assert_eq!(first.count(), 1);
}
