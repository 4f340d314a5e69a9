// A cursor made by a store's factory method cannot outlive the store.
use interop_tests::views::cases::views::create_store;

fn main() {
    let store = create_store("s").unwrap().unwrap();
    let cursor = store.new_cursor().unwrap().unwrap();
    drop(store);
    let _ = cursor.valid();
}
