//! Generated bindings for each interop case and each real library; the
//! tests under `tests/` call real C++ through them.
//!
//! The borrow checker enforces what C++ objects keep. These must not compile:
//!
//! An object that keeps a view of its constructor argument cannot outlive it:
//! ```compile_fail
//! use interop_tests::edge_cases::cases::edge_cases::View;
//! let view = {
//!     let text = b"short-lived".to_vec();
//!     View::new(&text).unwrap()
//! };
//! let _ = view.size();
//! ```
//! snappy's `ByteArraySource` keeps its bytes:
//! ```compile_fail
//! use interop_tests::snappy::snappy::ByteArraySource;
//! let mut bytes = vec![1u8, 2, 3];
//! let source = ByteArraySource::new(&bytes).unwrap();
//! bytes.clear();
//! let _ = source.available();
//! ```
//! A Rust implementation lent to C++ is borrowed for the object's life:
//! ```compile_fail
//! use interop_tests::snappy::snappy::{Sink, SinkImpl};
//! struct VecSink<'v>(&'v mut Vec<u8>);
//! impl SinkImpl for VecSink<'_> {
//!     fn append(&mut self, bytes: &[u8]) { self.0.extend_from_slice(bytes) }
//! }
//! let mut out = Vec::new();
//! let mut sink = Sink::from_rust(VecSink(&mut out));
//! out.push(1);
//! sink.append(b"x").unwrap();
//! ```
//! A slice borrowed from a source cannot outlive the next mutation:
//! ```compile_fail
//! use interop_tests::snappy::snappy::ByteArraySource;
//! let bytes = b"0123".to_vec();
//! let mut source = ByteArraySource::new(&bytes).unwrap();
//! let peeked = source.peek().unwrap();
//! source.skip(2).unwrap();
//! assert_eq!(peeked.len(), 4);
//! ```
//! A C handle created from another borrows it: a cursor cannot outlive its store:
//! ```compile_fail,E0505
//! use interop_tests::c_handles::{kv_cursor_new, kv_open, kv_put};
//! let (_, store) = kv_open("s");
//! let store = store.unwrap();
//! kv_put(&store, "k", 1);
//! let cursor = kv_cursor_new(&store).unwrap();
//! drop(store);
//! let _ = cursor;
//! ```
//! nor a sqlite3 statement its database:
//! ```compile_fail,E0505
//! use interop_tests::sqlite3::{sqlite3_open, sqlite3_prepare_v2, sqlite3_step};
//! let (_, db) = sqlite3_open(":memory:");
//! let db = db.unwrap();
//! let (_, stmt, _) = sqlite3_prepare_v2(&db, "select 1");
//! drop(db);
//! let _ = sqlite3_step(&stmt.unwrap());
//! ```
//! The destroy function is not callable, so a handle cannot be closed twice:
//! ```compile_fail,E0432
//! use interop_tests::sqlite3::sqlite3_close;
//! ```
//! The strings a callback receives live only for that callback: they cannot
//! escape the closure:
//! ```compile_fail,E0521
//! use interop_tests::c_handles::{kv_each, kv_open};
//! let (_, store) = kv_open("s");
//! let store = store.unwrap();
//! let mut seen: Vec<&[u8]> = Vec::new();
//! kv_each(&store, |_, row| {
//!     seen.push(row[0].unwrap_or_default());
//!     0
//! });
//! ```
//! An owned handle has no method that ends it (only `Drop` does), and is not `Clone`:
//! ```compile_fail,E0599
//! use interop_tests::c_handles::kv_open;
//! let (_, store) = kv_open("s");
//! let store = store.unwrap();
//! let _twice = store.clone();
//! ```
//! (The same programs with the borrows in order compile and run in `tests/`.)

macro_rules! bindings {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        // C libraries' functions live at the root of their bindings, outside
        // the per-namespace modules that carry these allows.
        #[allow(missing_docs, clippy::all, clippy::pedantic)]
        pub mod $name {
            include!(concat!(env!("OUT_DIR"), "/cxxbind/", stringify!($name), "/", stringify!($name), ".rs"));
        }
    };
}

bindings!(
    /// Nested namespaces → nested modules.
    namespaces
);
bindings!(
    /// Integers, floats, `bool`, `char`.
    scalars
);
bindings!(
    /// `const char*`, `std::string` by value and `const&`.
    strings
);
bindings!(
    /// `(const char*, size_t)` pairs as slices.
    byte_slices
);
bindings!(
    /// `std::string*` and scalar out-parameters.
    out_params
);
bindings!(
    /// Opaque classes: constructors, destructor, methods, statics, copy.
    classes
);
bindings!(
    /// Plain enums and enum classes.
    enums
);
bindings!(
    /// C++ exceptions as `Result`.
    exceptions
);
bindings!(
    /// Unbindable declarations next to bindable ones.
    skipped
);
bindings!(
    /// The real snappy library (`/usr/include/snappy.h`, `snappy-sinksource.h`).
    snappy
);
bindings!(
    /// Names that collide with cxx, Rust or the generated code.
    naming
);
bindings!(
    /// Constructs that once broke the build or soundness.
    edge_cases
);
bindings!(
    /// An umbrella header whose API lives in sub-headers of its folder.
    umbrella
);
bindings!(
    /// A C library with opaque handles, destroy functions and out-strings.
    c_handles
);
bindings!(
    /// The real sqlite3 C library (`/usr/include/sqlite3.h`).
    sqlite3
);
