//! Generated bindings for each interop case and each real library; the
//! tests under `tests/` call real C++ through them.

macro_rules! bindings {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[allow(missing_docs)]
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
