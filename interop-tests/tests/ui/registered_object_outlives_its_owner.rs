// A call whose name says it registers the object it is given keeps it for
// later: it is not offered, so a Rust-owned object cannot be dropped while
// the library holds it.
use interop_tests::conventions::cv::{plugin_register, registered_plugin_id, Plugin};

fn main() {
    {
        let mut plugin = Plugin::new(7).unwrap();
        plugin_register(&mut plugin).unwrap();
    }
    assert_eq!(registered_plugin_id().unwrap(), 7);
}
