//! Generated bindings for each interop case and each real library; the
//! tests under `tests/` call real C++ through them.
//!
//! The borrow checker enforces what C++ objects keeps: `tests/compile_fail.rs`
//! (trybuild) holds the programs that must not compile under `tests/ui/`,
//! each with the borrow error it must give pinned in its `.stderr`; the
//! same programs with the borrows in order compile and run in `tests/`.

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
    /// Objects C++ owns: tree nodes as borrows tied to their tree, a singleton.
    borrowed
);
bindings!(
    /// Byte views, statuses as `Result`, `T**` and factory results.
    views
);
bindings!(
    /// The real leveldb library (`leveldb/db.h`, `leveldb/write_batch.h`,
    /// `leveldb/comparator.h`).
    leveldb
);
bindings!(
    /// Plain values: C-style structs by value.
    values
);
bindings!(
    /// The real tinyxml2 library (`/usr/include/tinyxml2.h`): nodes owned by
    /// their document, reached as borrows.
    tinyxml2
);
bindings!(
    /// Class templates bound per instantiation (through an alias and
    /// directly in signatures, with type and value arguments); function
    /// templates from the case's config.
    templates
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
    /// Classes, enums, aliases and constants declared inside classes.
    nested
);
bindings!(
    /// Default arguments: short calls and every longer form.
    defaults
);
bindings!(
    /// `std::vector`, `std::unique_ptr`, `std::optional`, `std::shared_ptr`,
    /// `std::array`, `std::pair`/`std::tuple`, maps.
    std_types
);
bindings!(
    /// Operators as Rust traits and named methods.
    operators
);
bindings!(
    /// Constructs whose bindings once failed to build: global operators of
    /// a namespaced class, every byte pointer type, explicit specializations
    /// of function templates, destructors a base or a member deletes, and a
    /// status that borrows returned with nothing to borrow from.
    build_faults
);
bindings!(
    /// C++20: `std::span` parameters, `operator<=>`.
    cxx20
);
bindings!(
    /// A C library with opaque handles, destroy functions and out-strings.
    c_handles
);
bindings!(
    /// The real sqlite3 C library (`/usr/include/sqlite3.h`).
    sqlite3
);
bindings!(
    /// The real double-conversion library, from its umbrella header.
    double_conversion
);
bindings!(
    /// Shapes from real libraries that once cost a whole library or its
    /// build: handles created `const`, `_`-prefixed callback parameters,
    /// reserved struct and macro names, a base's copy assignment.
    first_try
);
bindings!(
    /// Conventions read from names, and the types that overrule them: an
    /// entry deleted through its handle, an allocator selecting a shared
    /// object, a key deleted next to an object, setters keeping their text.
    conventions
);

/// Where values leaked on purpose are: kept, so that the leak checker sees
/// them as still reachable, not as lost.
static LEAKED: std::sync::Mutex<Vec<usize>> = std::sync::Mutex::new(Vec::new());

/// `value`, leaked for good so that borrows of it are `'static` (attacks
/// build `'static` borrows this way); its address is kept where valgrind
/// finds it.
pub fn leak_for_good<T>(value: T) -> &'static mut T {
    let leaked = Box::leak(Box::new(value));
    LEAKED
        .lock()
        .expect("the list of leaked values")
        .push(std::ptr::from_ref::<T>(leaked).addr());
    leaked
}

bindings!(
    /// Pointers whose element count the call states elsewhere, and a shared
    /// object a call could change under a borrow.
    attacks_shapes
);
bindings!(
    /// Parameters whose obvious reading is unsound: byte views assigned or
    /// built from temporaries, object pointers followed by an integer,
    /// `std::string*` the callee reads as well as writes.
    attacks_params
);
