//! How each argument crosses: [`ArgKind`], [`Arg`], and the signature of
//! a callback a closure implements.

use super::{PodPass, Scalar};
use crate::plan::{ClassId, HandleId};

/// The member of a chosen object's class that gives its owner
/// (`XMLNode::GetDocument()`, `Node::tree()`), which a freeing member's
/// shim compares with the receiver.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnerGetter {
    /// The C++ member's name.
    pub member: String,
    /// It returns a reference (`Owner&`), not a pointer.
    pub by_ref: bool,
}

/// How one Rust-visible argument is passed.
#[derive(Debug, Clone, PartialEq)]
pub enum ArgKind {
    /// A scalar by value (or by `const&`).
    Scalar(Scalar),
    /// An enum by value (or by `const&`).
    Enum {
        /// Qualified C++ name.
        cpp: String,
        /// The shared enum's identifier in the bridge.
        ffi: String,
        /// Declared `const E&`: cxx passes enums by value, so a shim adapts.
        by_ref: bool,
    },
    /// `const char*`: bytes up to the first NUL are seen by C++.
    CStr,
    /// `const char*` kept by a constructor: a `&'a CStr` that outlives the object.
    CStrRetained,
    /// `const char*` beside a callback the library keeps (a registration's
    /// name: `sqlite3_create_collation`): the library may keep it too, so it
    /// gets a heap copy of the bytes that is never freed (the header does not
    /// say when the library lets go).
    CStrKept,
    /// UTF-16 text beside a callback the library keeps
    /// (`sqlite3_create_collation16`'s name): `&[u16]`, as [`Self::CStrKept`]
    /// a heap copy (NUL-terminated) that is never freed.
    Utf16Kept,
    /// `const std::string&`.
    StrRef,
    /// `std::string` by value.
    StrValue,
    /// `std::string_view` (by value or `const&`).
    StrView,
    /// `std::string&` or a non-`const` `std::string*`: read and written by
    /// the callee (`&mut Vec<u8>`, passed in with its content and written
    /// back).
    StrInOut {
        /// `std::string*`: the shim passes the string's address.
        pointer: bool,
    },
    /// `(const T* p, size_t n)` or `(T* p, size_t n)`: one slice for two C++ params.
    Slice {
        /// The element.
        elem: Scalar,
        /// `T*` rather than `const T*`.
        mutable: bool,
        /// C++ spelling of the pointer type to cast to.
        cpp_ptr: String,
        /// The length comes before the pointer (`(int n, void* p)`).
        len_first: bool,
        /// C++ spelling of the length parameter's type: the slice's length
        /// is clamped to what it holds, never truncated.
        len_type: String,
    },
    /// `std::string*` the callee only writes (its documentation says so:
    /// `\param[out]`): becomes part of the result.
    OutString,
    /// `T*` to a scalar written by the callee: becomes part of the result.
    OutScalar(Scalar),
    /// A class object by reference or pointer.
    Object {
        /// Qualified C++ name.
        cpp: String,
        /// The bound class.
        class: ClassId,
        /// Non-const.
        mutable: bool,
        /// Declared as a pointer (the shim passes `&x`).
        pointer: bool,
    },
    /// A plain value type ([`crate::analysis::class::pod`]).
    Pod {
        /// The value type.
        id: crate::plan::PodId,
        /// How it crosses.
        pass: PodPass,
        /// Declared as a pointer (the shim passes `&x`).
        pointer: bool,
    },
    /// `(const T* p, n)` / `(T* p, n)` of a plain value type: `&[T]` /
    /// `&mut [T]`, whose length the shim passes (clamped to `len_type`).
    PodSlice {
        /// The value type.
        id: crate::plan::PodId,
        /// `T*` rather than `const T*`.
        mutable: bool,
        /// C++ spelling of the length parameter's type.
        len_type: String,
    },
    /// A byte-view class (`const Slice&` or by value; [`crate::analysis::class::roles`]):
    /// `impl AsRef<[u8]>`, from which the shim builds the view.
    ByteView {
        /// Qualified C++ name of the view class.
        cpp: String,
        /// C++ spelling of the pointer type its `(bytes, length)`
        /// constructor takes, which the shim casts the bytes to.
        cpp_ptr: String,
    },
    /// The source of a copy assignment of a class that borrows (`const T&`):
    /// `&Self`, holding the same borrows, so the copy outlives nothing.
    SameBorrows {
        /// The class (the receiver's).
        class: ClassId,
    },
    /// `std::vector<T>` (by value or `const&`) of a scalar: a Rust slice the
    /// shim copies into a vector.
    VecIn {
        /// The element as cxx passes it.
        elem: Scalar,
        /// The declared element type, spelled for the vector the shim builds.
        cpp_elem: String,
    },
    /// `char*`/`unsigned char*` the callee writes, whose size the config states
    /// as a C++ expression over the parameters: a `&mut [u8]` the shim checks
    /// against that size before the call (too small → an error, never a write
    /// past its end).
    SizedBuffer {
        /// The required size, a C++ expression over the C++ parameters.
        size: crate::plan::SizeExpr,
    },
    /// `(const struct iovec* iov, n)` or `(struct iovec* iov, n)`
    /// (`<sys/uio.h>`): `&mut [std::io::IoSliceMut]`, laid out as `iovec`s on
    /// Unix, lent to C++ as the array ([`crate::analysis::c_api::iovec`]).
    IoSlices {
        /// `struct iovec*`: the callee may rewrite the descriptors, so it
        /// gets a copy of them (the buffers are Rust's either way).
        mutable: bool,
    },
    /// `std::optional<T>` (by value or `const&`) of a scalar: `Option<T>`.
    OptScalar {
        /// The value as cxx passes it.
        value: Scalar,
        /// The declared contained type, spelled for the optional the shim builds.
        cpp_inner: String,
    },
    /// `std::optional<std::string>` (by value or `const&`): `Option<impl AsRef<[u8]>>`.
    OptStr,
    /// `std::unique_ptr<T>` by value: the owned Rust object moves into C++.
    UniquePtrIn {
        /// The bound class (owned, with no borrowed lifetime, not abstract).
        class: ClassId,
    },
    /// `(const char* p, int n)` in a call that also writes a borrowed
    /// `const char**` (which may point into `p`): the bytes cross as a
    /// NUL-terminated copy that outlives the out-string's copy.
    TerminatedBytes {
        /// C++ spelling of the pointer type to cast to.
        cpp_ptr: String,
    },
    /// `(const T* p, n, void(*destroy)(void*))` with `T` byte-like or `void`:
    /// the library keeps the buffer, so it gets a heap copy (zero-terminated
    /// past `n`) that `destroy` frees; Rust lends `&[u8]` for the call.
    KeptBytes {
        /// C++ spelling of the pointer type to cast to.
        cpp_ptr: String,
    },
    /// `(T* p, n, void (*deleter)(void* arg, …), void* arg)`: the callee takes
    /// the bytes (see [`crate::analysis::c_api::buffers::given_bytes`]): Rust gives up a
    /// `Vec<u8>`, which the deleter the shim passes drops.
    GivenBytes {
        /// C++ spelling of the pointer type to cast to.
        cpp_ptr: String,
        /// C++ spelling of the deleter's parameters.
        deleter_params: Vec<String>,
    },
    /// `(R (*cb)(void* user_data, P...), void* user_data)`: a Rust closure,
    /// lent for the call or handed over (see [`crate::analysis::c_api::callbacks`]).
    Closure(ClosureSig),
    /// `(void* user_data, cb…[, void(*release)(void*)])` whose callbacks
    /// reach the user data through their first handle: closures handed
    /// over together (see [`crate::analysis::c_api::closure_set`]).
    ClosureSet(crate::plan::ClosureSet),
    /// `T*` to an opaque C handle (`const` or not): a shared borrow of the
    /// handle (see docs/strategy.md, "C handles").
    Handle(HandleId),
    /// `T*` to a handle Rust owns, given to a function that ends it other
    /// than its destroy function (`sqlite3_close_v2`): the owner is taken by
    /// value, and the call, not `Drop`, ends the handle.
    HandleGiven(HandleId),
    /// `T*` to a handle Rust owns whose part the call returns
    /// (`sqlite3_column_value(stmt, i)`): lent exclusively (`&'h mut`) for as
    /// long as the part lives, so no call through it can invalidate the part.
    HandleLent(HandleId),
    /// `Q**` a function that does not create it writes: a part of the
    /// call's handle and object arguments ([`crate::analysis::c_api::parts`]), borrowed from
    /// them like [`super::RetKind::BorrowedHandle`]. The bridge function returns it
    /// (null is an error); the C++ result crosses as an out-parameter
    /// ([`super::RetKind::OutPart`]).
    OutPart(HandleId),
    /// `Q*` of the child type a "next" function returns, naming the child
    /// before the one wanted (null starts: `sqlite3_next_stmt(db, prev)`):
    /// `Option<&ffi::Q>`. The shim checks that `parent_fn` gives the locked
    /// parent argument for it, so only that parent's children are found.
    PrevChild {
        /// The child handle.
        handle: HandleId,
        /// The library's function giving a child's parent (qualified C++ name).
        parent_fn: String,
        /// Index into the plan's arguments of the parent.
        parent_arg: usize,
    },
    /// `void*` from the library's allocator ([`crate::analysis::c_api::memory`]): the owned
    /// buffer, by value when `given` (a `realloc` takes it and gives it
    /// back), else `&Allocation`.
    Memory {
        /// Taken by value (and handed back by the result).
        given: bool,
    },
    /// `T**` through which a creating function hands over a new handle:
    /// part of the result, owned (dropped by the library's destroy function).
    OutHandle(HandleId),
    /// `T**` to a class with a public destructor, written by the callee: the
    /// new object is the caller's (part of the result, `None` for null).
    OutObject {
        /// The class of the object.
        class: ClassId,
    },
    /// `T*` to an object C++ owns that a member of its owner frees
    /// (`XMLDocument::DeleteNode`): a closure given the owner exclusively
    /// chooses it (see [`crate::analysis::class::scoped`]); `None` frees nothing.
    Selected {
        /// The class of the object freed.
        class: ClassId,
        /// How the shim asks the chosen object for its owner: it frees
        /// nothing unless that is the receiver.
        owner_of: OwnerGetter,
    },
    /// `const void*` text in a function whose name marks UTF-16 (`*16`):
    /// `&[u16]`, passed NUL-terminated (the callee sees the units up to the
    /// first NUL).
    Utf16Str,
    /// `(const void* p, int nByte)` UTF-16 text in a call that also writes
    /// a UTF-16 out-string (which may point into it): `&[u16]`, copied by
    /// the safe layer with a NUL after it, which outlives the out-string's
    /// copy; `nByte` is twice the units before that NUL.
    TerminatedUtf16,
    /// `const void**` in a function whose name marks UTF-16: a NUL-terminated
    /// UTF-16 string the callee points to, copied into the result (empty
    /// for null) when the call ends.
    OutUtf16,
    /// The format of a `printf`-style variadic bound in its fixed form: the
    /// shim passes `"%s"` and these bytes (up to the first NUL) as its one
    /// argument, so the text is printed as it is.
    PrintfText,
    /// A `printf`-style format followed by a `va_list`, bound in the same
    /// fixed form: the shim calls the function with `"%s"` and a `va_list`
    /// holding the one text (`::cxxbind::va_text`).
    VaText,
    /// `const char**` / `char**` written by the callee: the string is copied
    /// into the result (empty when the callee leaves it null).
    OutCStr {
        /// The caller must free the string with this library function
        /// (qualified C++ name of its `*_free(void*)`), after the copy.
        free: Option<String>,
    },
    /// `const char**` followed by an integer out-parameter giving its length
    /// (`sqlite3_keyword_name(i, &z, &n)`): that many bytes are copied into
    /// the result when the call ends (empty for null).
    OutCountedCStr {
        /// The Rust name of the length out-parameter.
        len: String,
        /// The C++ (cxx) type of that length.
        len_cpp: String,
    },
    /// `const char**` whose length the config states (`[arrays]`): a slice
    /// of byte strings, copied NUL-terminated by the shim after it checks
    /// the slice holds at least `len` of them ([`crate::analysis::c_api::arrays`]).
    CStrArray {
        /// The number of entries the callee reads, over the C++ parameters.
        len: crate::plan::SizeExpr,
    },
    /// `char***` whose length the config states (`[arrays]`): a table the
    /// callee allocates, `len` entries (evaluated after the call) copied into
    /// `Vec<Option<Vec<u8>>>` in the result, then freed with `free`.
    OutCStrArray {
        /// The number of entries, over the C++ parameters after the call.
        len: crate::plan::SizeExpr,
        /// The library's `void X(char**)` freeing the table (qualified).
        free: String,
    },
    /// Another standard library type ([`crate::analysis::stdlib::vocab`]).
    Std(crate::plan::StdArg),
}

impl Arg {
    /// An argument standing for C++ parameter `index` alone.
    pub fn single(name: String, kind: ArgKind, index: usize, p: &crate::ir::Param) -> Self {
        Arg {
            name,
            kind,
            cpp_index: index,
            cpp_count: 1,
            cpp_type: crate::ir::cpp_spelling(&p.ty),
            cpp_names: vec![p.name.clone()],
            assumes: Vec::new(),
        }
    }

    /// The same argument, relying on convention `c` too.
    pub fn assuming(mut self, c: crate::plan::Convention) -> Self {
        crate::plan::convention::assume(&mut self.assumes, c);
        self
    }
}

impl ArgKind {
    /// Out-parameters are results, not Rust parameters.
    pub fn is_out(&self) -> bool {
        matches!(
            self,
            ArgKind::OutString
                | ArgKind::OutScalar(_)
                | ArgKind::OutHandle(_)
                | ArgKind::OutObject { .. }
                | ArgKind::OutCStr { .. }
                | ArgKind::OutCountedCStr { .. }
                | ArgKind::OutCStrArray { .. }
                | ArgKind::OutUtf16
                | ArgKind::OutPart(_)
        )
    }
}

/// The signature of a callback a Rust closure implements.
#[derive(Debug, Clone, PartialEq)]
pub struct ClosureSig {
    /// Its parameters after the user-data pointer.
    pub params: Vec<ClosureParam>,
    /// Its result; `None` for `void`.
    pub ret: Option<Scalar>,
    /// The C++ spelling of every parameter after the user-data pointer.
    pub cpp_params: Vec<String>,
    /// The C++ spelling of its result.
    pub cpp_ret: String,
    /// The library may keep the callback after the call: the closure is
    /// owned (`Send + 'static`) and handed over for good.
    pub kept: bool,
    /// The user data comes before the callback (`(void* arg, cb)`).
    pub user_data_first: bool,
    /// A `void(*)(void*)` follows the pair: the library calls it with the
    /// user data when it lets go of the callback, which drops a kept closure.
    pub released: bool,
    /// What C++ receives: a function pointer with user data, or a `std::function`.
    pub carrier: crate::plan::Carrier,
    /// The bridge identifiers it adds.
    pub glue: GlueNames,
}

/// The bridge identifiers a closure adds: its `extern "Rust"` type (a set's
/// members share their set's) and the Rust function C++ calls. Claimed from
/// the bridge's one name allocator when the plan is recorded
/// (`Context::push_fn`), so they never collide with each other or with
/// any other bridge identifier; empty before that.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GlueNames {
    /// The `extern "Rust"` type holding the closure.
    pub ty: String,
    /// The function C++ calls to run it.
    pub call: String,
}

/// One parameter of a callback, as the closure sees it.
#[derive(Debug, Clone, PartialEq)]
pub enum ClosureParam {
    /// A scalar.
    Scalar(Scalar),
    /// `const char*`: `Option<&[u8]>` (`None` for null), copied for the call.
    CStr,
    /// `std::string` (by value or `const&`): `&[u8]` for the call.
    String,
    /// `const void*` in a callback of a function whose name marks UTF-16
    /// (`sqlite3_collation_needed16`): NUL-terminated UTF-16 text,
    /// `Option<&[u16]>` (`None` for null), copied for the one callback.
    Utf16,
    /// A C handle `T*`: `&ffi::T` for the call (a null pointer skips the
    /// closure: the callback returns the default).
    Handle(HandleId),
    /// `const void*` right after an integer (its length in bytes, the
    /// parameter at `len`): `&[u8]` borrowed for the one callback (empty
    /// for null or a length of zero or less).
    Bytes {
        /// Index (in `params`) of the length.
        len: usize,
    },
    /// `T**` holding as many C handles as the closure parameter at `count`
    /// (an integer before it) says (`sqlite3_value** argv`):
    /// `&[Option<&ffi::T>]` for the call, `None` for null.
    Handles {
        /// Index (in `params`) of the count.
        count: usize,
        /// The handle.
        handle: HandleId,
    },
    /// `char**` holding as many strings as the closure parameter at `count`
    /// (an integer before it) says: `&[Option<&[u8]>]`, `None` for null.
    Strings {
        /// Index (in `params`) of the count.
        count: usize,
    },
}

/// One Rust-visible argument (it may stand for two C++ parameters).
#[derive(Debug, Clone, PartialEq)]
pub struct Arg {
    /// snake_case Rust name.
    pub name: String,
    /// How it is passed.
    pub kind: ArgKind,
    /// Index of its (first) C++ parameter.
    pub cpp_index: usize,
    /// Number of C++ parameters it covers (2 for slices).
    pub cpp_count: usize,
    /// The declared C++ type of its (first) parameter, canonical spelling.
    pub cpp_type: String,
    /// The C++ names of the parameters it covers (empty strings for unnamed ones).
    pub cpp_names: Vec<String>,
    /// The conventions its reading relies on (a length read from a
    /// parameter's name, …), sorted.
    pub assumes: Vec<crate::plan::Convention>,
}
