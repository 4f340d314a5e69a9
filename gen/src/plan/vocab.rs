//! Standard library payloads: how `std::` types other than strings,
//! vectors and optionals cross (decided by `analysis::std`).

use super::{ClassId, Scalar};

/// How a standard library parameter crosses.
#[derive(Debug, Clone, PartialEq)]
pub enum StdArg {
    /// `std::shared_ptr<T>` (by value or `const&`) of a bound class: Rust
    /// lends its `cxx::SharedPtr<T>` and C++ gets a copy (one more owner).
    /// A null pointer is refused by the shim (`Err`; an abort when the call
    /// is `noexcept`).
    Shared {
        /// The bound class.
        class: ClassId,
    },
    /// `std::array<T, N>` (by value or `const&`) of a scalar: `[T; N]`,
    /// which the shim copies into an array.
    Array {
        /// The element as cxx passes it.
        elem: Scalar,
        /// The declared element, spelled for the array the shim builds.
        cpp_elem: String,
        /// `N`.
        len: u64,
    },
    /// `std::pair<A, B>` / `std::tuple<A…>` (by value or `const&`) of
    /// scalars and strings: a Rust tuple, one bridge parameter per element.
    Tuple {
        /// The elements.
        elems: Vec<Piece>,
        /// The C++ spelling of the tuple type the shim builds.
        cpp: String,
    },
    /// `std::map<K, V>` / `std::unordered_map<K, V>` (by value or `const&`)
    /// with the keys and values of [`StdRet::Map`]: `&BTreeMap<K, V>` /
    /// `&HashMap<K, V>`, whose entries the shim copies into a new map.
    Map {
        /// The key.
        key: Piece,
        /// The value.
        value: Piece,
        /// `std::map` (`BTreeMap`) rather than `std::unordered_map` (`HashMap`).
        ordered: bool,
        /// The C++ spelling of the map type the shim builds.
        cpp: String,
    },
    /// `std::set<K>` / `std::unordered_set<K>` (by value or `const&`) with
    /// the elements of [`StdRet::Set`]: `&BTreeSet<K>` / `&HashSet<K>`,
    /// whose elements the shim copies into a new set.
    Set {
        /// The element.
        elem: Piece,
        /// `std::set` (`BTreeSet`) rather than `std::unordered_set` (`HashSet`).
        ordered: bool,
        /// The C++ spelling of the set type the shim builds.
        cpp: String,
    },
    /// `std::span<const T>` / `std::span<T>` of a scalar: `&[T]` /
    /// `&mut [T]`, for the call (calls do not keep their arguments).
    Span {
        /// The element as cxx passes it.
        elem: Scalar,
        /// The declared element, spelled for the span the shim builds.
        cpp_elem: String,
        /// `std::span<T>`: the callee may write.
        mutable: bool,
    },
}

/// How a standard library result crosses.
#[derive(Debug, Clone, PartialEq)]
pub enum StdRet {
    /// `std::shared_ptr<T>` (by value or `const&`) of a bound class:
    /// `Option<cxx::SharedPtr<T>>` (`None` for null), shared access only.
    Shared {
        /// The bound class.
        class: ClassId,
    },
    /// `std::array<T, N>` of a scalar: `[T; N]`, copied.
    Array {
        /// The element.
        elem: Scalar,
        /// `N`.
        len: u64,
    },
    /// `std::pair` / `std::tuple` of scalars and strings: a Rust tuple, copied.
    Tuple {
        /// The elements.
        elems: Vec<Piece>,
    },
    /// `std::map<K, V>` / `std::unordered_map<K, V>` with scalar (not
    /// floating-point) or string keys and scalar or string values: a
    /// `BTreeMap` / `HashMap`, copied.
    Map {
        /// The key.
        key: Piece,
        /// The value.
        value: Piece,
        /// `std::map` (`BTreeMap`) rather than `std::unordered_map` (`HashMap`).
        ordered: bool,
    },
    /// `std::set<K>` / `std::unordered_set<K>` with scalar (not
    /// floating-point) or string elements: a `BTreeSet` / `HashSet`, copied.
    Set {
        /// The element.
        elem: Piece,
        /// `std::set` (`BTreeSet`) rather than `std::unordered_set` (`HashSet`).
        ordered: bool,
    },
    /// `std::span<const T>` / `std::span<T>` of a scalar from a method: a
    /// view of memory the receiver keeps, lent as `&'r [T]` / `&'r mut
    /// [T]` for as long as the receiver's borrow (the conservative reading:
    /// the header does not say; a `const` member lends shared only).
    Span {
        /// The element.
        elem: Scalar,
        /// `std::span<T>` from a non-`const` member.
        mutable: bool,
    },
    /// `std::function<R(P…)>` of scalars: a C++ callable Rust calls
    /// (`None` when empty). From a method it borrows the receiver (`'r`,
    /// shared or exclusive as the member is): the callable may capture it.
    Function(CppFn),
}

/// A `std::function` signature Rust calls: one bridge type per signature.
#[derive(Debug, Clone, PartialEq)]
pub struct CppFn {
    /// Its parameters.
    pub params: Vec<Scalar>,
    /// Its result (`None`: `void`).
    pub ret: Option<Scalar>,
    /// The bridge type (`cxxbind_fn_i32_to_i64`), an alias in namespace
    /// `cxxbind` of `std::function` over cxx's scalar types.
    pub ffi_name: String,
    /// The safe type (`CppFnI32ToI64`), in the crate's root module.
    pub rust_name: String,
    /// Returned by a method: borrows the receiver.
    pub borrows: bool,
}

/// One element of a tuple or map: a scalar or bytes.
#[derive(Debug, Clone, PartialEq)]
pub enum Piece {
    /// A scalar, copied.
    Scalar(Scalar),
    /// `std::string`: bytes (`Vec<u8>` out, `&[u8]` in).
    Bytes,
}
