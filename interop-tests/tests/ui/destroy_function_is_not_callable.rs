// The destroy function is not callable, so a handle cannot be closed twice.
use interop_tests::sqlite3::sqlite3_close;

fn main() {}
