//! C API payloads: handles, config-stated sizes, closures carried to C,
//! the allocator family's buffer.

use super::ClosureSig;
use crate::plan::paths::CppPath;

/// A C++ expression over a call's parameters giving a size in bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SizeExpr {
    /// The expression, as the config writes it.
    pub expr: String,
    /// The name each C++ parameter has in `expr`, by position: those of the
    /// declaration the config states it for (an override reads its base
    /// method's names; empty for unnamed parameters).
    pub params: Vec<String>,
}

/// What carries a closure to C++.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Carrier {
    /// `(R (*cb)(void*, P...), void* user_data)`: a captureless lambda
    /// forwards to the closure the user data points to.
    FunctionPointer,
    /// `std::function<R(P...)>` (by value or `const&`): a lambda capturing
    /// the lent closure, or sharing ownership of the kept one (every copy of
    /// the `std::function` holds it; the last one drops it).
    StdFunction,
}

/// Several callbacks sharing one user data the library hands back through
/// an accessor (see the module documentation).
#[derive(Debug, Clone, PartialEq)]
pub struct ClosureSet {
    /// One per callback, in order.
    pub members: Vec<SetMember>,
    /// A `void(*)(void*)` follows the callbacks: the library calls it with
    /// the user data when it lets go, which drops the closures. Without
    /// one, the closures are never dropped.
    pub released: bool,
    /// The `extern "Rust"` type holding the closures, claimed with the
    /// members' call functions (see [`crate::plan::GlueNames`]).
    pub ty: String,
}

/// One callback of a [`ClosureSet`].
#[derive(Debug, Clone, PartialEq)]
pub struct SetMember {
    /// Its parameter name in the safe layer (`x_func`).
    pub name: String,
    /// The closure's signature: every parameter of the callback, the
    /// handle first.
    pub sig: ClosureSig,
    /// The library function giving the first handle's user data
    /// (qualified C++ name: `sqlite3_user_data`).
    pub accessor: String,
}

/// A handle argument a call marks busy while it runs (docs/strategy.md,
/// rule 7a): the same call is refused on a busy handle, and so is one that
/// may end or restart it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BusyMark {
    /// Index into the plan's arguments.
    pub arg: usize,
    /// The call may end or restart the handle (an owner given up, a name
    /// saying so; under `--strict`, any `T*` that is not `const`): refused
    /// while any call on it runs.
    pub ends: bool,
}

/// A bound opaque C handle.
#[derive(Debug, Clone, PartialEq)]
pub struct HandleBinding {
    /// Unqualified C++ name (`sqlite3_stmt`).
    pub cpp_name: String,
    /// Enclosing namespaces (usually none for C).
    pub cpp_scope: Vec<String>,
    /// The opaque type's identifier in the bridge.
    pub ffi_name: String,
    /// The owning safe type (`Sqlite3Stmt`), when Rust can own one.
    pub rust_name: String,
    /// The safe-layer module.
    pub module: Vec<String>,
    /// The destroy function (qualified C++ name); `None`: borrow-only.
    pub destroy: Option<String>,
    /// The destroy function returns a `char*` the caller frees with this
    /// library function (`sqlite3_str_finish`, freed by `sqlite3_free`).
    pub destroy_result_free: Option<String>,
    /// The conventions owning one relies on: `destroys-by-name` when the
    /// destroy function was found by its name, `free-function-by-name` when
    /// [`Self::destroy_result_free`] is the library's free function. Empty
    /// when borrow-only or when the config names the destroy function.
    pub destroy_assumes: Vec<crate::plan::Convention>,
    /// The bridge identifier of the C++ holder `Drop` destroys through.
    pub owner_ffi: String,
    /// A library string type (`typedef const char* sqlite3_filename;`)
    /// rather than an incomplete struct: the bridge names a struct of our
    /// own (`cxxbind::sqlite3_filename_token`) that the shims cast from and
    /// to the typedef. Owned only when a creating function hands it out.
    pub token: bool,
    /// The doc comment.
    pub doc: Option<String>,
}

impl HandleBinding {
    /// The qualified C++ name of the type the bridge names (`::sqlite3`;
    /// `::cxxbind::sqlite3_filename_token` for a string token).
    pub fn cpp_qualified(&self) -> String {
        if self.token {
            return CppPath::new(&["cxxbind".to_string()], &self.token_struct()).to_string();
        }
        self.c_qualified()
    }

    /// The name the header declares, as a path.
    pub fn c_path(&self) -> CppPath {
        CppPath::new(&self.cpp_scope, &self.cpp_name)
    }

    /// The qualified C++ name the header declares (`::sqlite3`, `::sqlite3_filename`).
    pub fn c_qualified(&self) -> String {
        self.c_path().to_string()
    }

    /// The struct of our own a string token crosses as (namespace `cxxbind`).
    pub fn token_struct(&self) -> String {
        format!("{}_token", self.c_path().flat())
    }

    /// Rust can own one (a destroy function is known).
    pub fn owned(&self) -> bool {
        self.destroy.is_some()
    }
}

/// The owned byte buffer type of a library with an allocator family.
#[derive(Debug, Clone, PartialEq)]
pub struct MemoryBinding {
    /// The library's free function (qualified C++ name).
    pub free: String,
    /// The safe type in the root module (`Allocation`).
    pub rust_name: String,
    /// The C++ holder's identifier in the bridge (namespace `cxxbind`),
    /// named after the free function (`cxxbind_Allocation_sqlite3_free`).
    pub ffi_name: String,
}
