// A key borrowed from a cursor cannot be used after the cursor moved on.
use interop_tests::views::cases::views::create_store;

fn main() {
    let mut store = create_store("s").unwrap().unwrap();
    store.put("a", "1").unwrap().unwrap();
    let mut cursor = store.new_cursor().unwrap().unwrap();
    let key = cursor.key();
    cursor.pin_mut().next();
    let _ = key.len();
}
