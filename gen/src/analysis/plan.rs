//! Callable plans: how each argument and result crosses, what kind of call
//! a bridge function is, and the plan emit writes for it.

use super::model::{ClassId, DecisionId, FnId, HandleId};
pub use super::opkind::{BinOp, OpForm, OpKind};

/// A scalar as cxx passes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scalar {
    /// The Rust type in the bridge and the safe layer (`usize`, `c_char`).
    pub rust: &'static str,
    /// The C++ type cxx uses for it (`std::size_t`).
    pub cpp: &'static str,
    /// cxx's C++ type is exactly the declared one (a direct call type-checks).
    pub exact: bool,
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
    /// `std::string&` (read and written by the callee).
    StrInOut,
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
    },
    /// `std::string*` written by the callee: becomes part of the result.
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
    /// A plain value type ([`super::pod`]).
    Pod {
        /// The value type.
        id: super::model::PodId,
        /// How it crosses.
        pass: PodPass,
        /// Declared as a pointer (the shim passes `&x`).
        pointer: bool,
    },
    /// A byte-view class (`const Slice&` or by value; [`super::roles`]):
    /// `impl AsRef<[u8]>`, from which the shim builds the view.
    ByteView {
        /// Qualified C++ name of the view class.
        cpp: String,
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
        size: super::sized::SizeExpr,
    },
    /// `(const struct iovec* iov, n)` or `(struct iovec* iov, n)`
    /// (`<sys/uio.h>`): `&mut [std::io::IoSliceMut]`, laid out as `iovec`s on
    /// Unix, lent to C++ as the array ([`super::iovec`]).
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
    TerminatedBytes,
    /// `(const T* p, n, void(*destroy)(void*))` with `T` byte-like or `void`:
    /// the library keeps the buffer, so it gets a heap copy (zero-terminated
    /// past `n`) that `destroy` frees; Rust lends `&[u8]` for the call.
    KeptBytes {
        /// C++ spelling of the pointer type to cast to.
        cpp_ptr: String,
    },
    /// `(T* p, n, void (*deleter)(void* arg, …), void* arg)`: the callee takes
    /// the bytes (see [`super::buffers::given_bytes`]): Rust gives up a
    /// `Vec<u8>`, which the deleter the shim passes drops.
    GivenBytes {
        /// C++ spelling of the pointer type to cast to.
        cpp_ptr: String,
        /// C++ spelling of the deleter's parameters.
        deleter_params: Vec<String>,
    },
    /// `(R (*cb)(void* user_data, P...), void* user_data)`: a Rust closure,
    /// lent for the call or handed over (see [`super::callbacks`]).
    Closure(ClosureSig),
    /// `(void* user_data, cb…[, void(*release)(void*)])` whose callbacks
    /// reach the user data through their first handle: closures handed
    /// over together (see [`super::closure_set`]).
    ClosureSet(super::closure_set::ClosureSet),
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
    /// call's handle and object arguments ([`super::parts`]), borrowed from
    /// them like [`RetKind::BorrowedHandle`]. The bridge function returns it
    /// (null is an error); the C++ result crosses as an out-parameter
    /// ([`RetKind::OutPart`]).
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
    /// `void*` from the library's allocator ([`super::memory`]): the owned
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
    /// chooses it (see [`super::scoped`]); `None` frees nothing.
    Selected {
        /// The class of the object freed.
        class: ClassId,
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
    /// the slice holds at least `len` of them ([`super::arrays`]).
    CStrArray {
        /// The number of entries the callee reads, over the C++ parameters.
        len: super::sized::SizeExpr,
    },
    /// `char***` whose length the config states (`[arrays]`): a table the
    /// callee allocates, `len` entries (evaluated after the call) copied into
    /// `Vec<Option<Vec<u8>>>` in the result, then freed with `free`.
    OutCStrArray {
        /// The number of entries, over the C++ parameters after the call.
        len: super::sized::SizeExpr,
        /// The library's `void X(char**)` freeing the table (qualified).
        free: String,
    },
    /// Another standard library type ([`super::vocab`]).
    Std(super::vocab::StdArg),
}

impl Arg {
    /// An argument standing for C++ parameter `index` alone.
    pub fn single(name: String, kind: ArgKind, index: usize, p: &crate::ir::Param) -> Self {
        Arg {
            name,
            kind,
            cpp_index: index,
            cpp_count: 1,
            cpp_type: super::types::cpp_spelling(&p.ty),
            cpp_names: vec![p.name.clone()],
        }
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
    pub carrier: super::callbacks::Carrier,
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
}

/// How the result comes back.
#[derive(Debug, Clone, PartialEq)]
pub enum RetKind {
    /// `void`.
    Void,
    /// A scalar.
    Scalar(Scalar),
    /// An enum.
    Enum {
        /// Qualified C++ name.
        cpp: String,
        /// The shared enum's identifier in the bridge.
        ffi: String,
    },
    /// `std::string`, `const std::string&` or `std::string_view`: copied into `Vec<u8>`.
    String,
    /// `const char*`: copied, `None` for a null pointer.
    CStr,
    /// `const char*`/`char*` whose length a `size_t*` out-parameter gives,
    /// borrowed from `self` (methods only).
    BorrowedBytes {
        /// `char*` rather than `const char*`.
        mutable: bool,
        /// Index into `args` of the out-parameter holding the length.
        len_arg: usize,
    },
    /// `const char*`/`char*` whose length a `size_t*` out-parameter gives, in a
    /// free or static function: copied, `None` for a null pointer.
    CopiedBytes {
        /// Index into `args` of the out-parameter holding the length.
        len_arg: usize,
    },
    /// `char*`/`const char*` of as many bytes as the config states
    /// ([`super::sized`]): `&'r mut [u8]` (`&'r [u8]` unless `mutable`)
    /// borrowed from the receiver and the call's sized buffers.
    SizedBytes {
        /// Lent exclusively.
        mutable: bool,
        /// The number of bytes, a C++ expression over the C++ parameters.
        size: super::sized::SizeExpr,
    },
    /// A class by value: boxed into a `UniquePtr`.
    Object {
        /// Qualified C++ name.
        cpp: String,
        /// The bound class.
        class: ClassId,
    },
    /// `std::vector<T>` (by value or `const&`) of a scalar: copied into a `Vec<T>`.
    Vec {
        /// The element.
        elem: Scalar,
    },
    /// `std::vector<std::string>` (by value or `const&`): copied into `Vec<Vec<u8>>`.
    VecOfStrings,
    /// `std::optional<T>` of a scalar: `Option<T>`.
    OptScalar(Scalar),
    /// `std::optional<std::string>`: `Option<Vec<u8>>`.
    OptString,
    /// `std::optional<T>` of a bound class: the value boxed, `None` when empty.
    OptObject {
        /// The bound class.
        class: ClassId,
    },
    /// `std::unique_ptr<T>` of a bound class: the owned object, `None` for null.
    UniquePtr {
        /// The bound class.
        class: ClassId,
    },
    /// A new opaque C handle returned by a creating function: owned,
    /// `None` for a null pointer.
    Handle(HandleId),
    /// `T*` from a factory (a name starting with `New`, `Create`, `Make`,
    /// `Open`) of a class with a public destructor: a new object the caller
    /// owns, `None` for null. A method's (or one taking objects) borrows the
    /// receiver and its object arguments for as long as it lives.
    Created {
        /// The class of the object.
        class: ClassId,
    },
    /// `T&` to a scalar from a non-`const` method: `&'r mut T`, borrowed like
    /// a borrowed object (exact cxx scalars only: the reference is bound as is).
    ScalarRef(Scalar),
    /// A plain value type by value (or `const&`): copied.
    Pod(super::model::PodId),
    /// A byte view's own `data()`: its `size()` bytes, `&'r [u8]` borrowed
    /// from the view.
    ViewData,
    /// A byte view by value from a method: `&'r [u8]`, borrowed like a
    /// borrowed object (the receiver and every object argument).
    ByteView,
    /// A status by value ([`super::roles`]): the call returns
    /// `Result<T, Status>`, `Err` when `ok()` is false.
    Status {
        /// The status class.
        class: ClassId,
    },
    /// `T*`/`T&` (or `const`) to an object of a bound class that C++ keeps
    /// owning: a borrow (`Option` for pointers; see [`Access`]).
    Borrowed {
        /// The class of the object.
        class: ClassId,
        /// What the borrow allows and how long it lives.
        access: Access,
        /// Declared as a pointer: null is `None`.
        nullable: bool,
    },
    /// `const void*` (or a byte pointer) whose length in bytes a sibling
    /// function with the same parameters returns (`sqlite3_column_blob` and
    /// `sqlite3_column_bytes`): copied, `None` for a null pointer.
    SizedText {
        /// The sibling's qualified C++ name, called after the function.
        len_fn: String,
        /// Bytes or UTF-16 code units.
        unit: TextUnit,
    },
    /// `char*` that a function named as making a string (`*printf`, a
    /// creating word: `sqlite3_mprintf`) hands over: copied, then freed with
    /// the library's `*_free(void*)`; `None` for a null pointer.
    FreedCStr {
        /// The library's free function (qualified C++ name).
        free: String,
    },
    /// `const void*` in a function whose name marks UTF-16 (`*16`): a
    /// NUL-terminated UTF-16 string, copied into `Vec<u16>`, `None` for null.
    Utf16Str,
    /// A C handle returned by a function that does not create it: a borrow
    /// of the call's handle arguments (`sqlite3_db_handle(stmt)` borrows
    /// `stmt`), `None` for a null pointer. The shim turns null into an
    /// error, so the bridge function can return a reference.
    BorrowedHandle(HandleId),
    /// Another standard library type ([`super::vocab`]).
    Std(super::vocab::StdRet),
    /// A part written through `Q**` ([`ArgKind::OutPart`]): the bridge
    /// function returns it (null is an error) and the C++ result, when it is
    /// a scalar, through an out-parameter; the safe result is that scalar,
    /// then `Option<&'h ffi::Q>`.
    OutPart {
        /// The part's handle.
        handle: HandleId,
        /// The C++ result; `None` for `void`.
        status: Option<Scalar>,
    },
    /// `char*` of a function writing into the `char*` buffer argument
    /// `buf_arg` (a `&mut [u8]`): by C convention a position in that buffer,
    /// or null. The safe result is the string there up to its NUL, inside
    /// the buffer (`Option<&'r [u8]>`, `None` for null or a pointer outside
    /// the buffer); the bridge returns its offset.
    InBuffer {
        /// Index into the plan's arguments of the buffer.
        buf_arg: usize,
    },
    /// Whether the object argument `arg` ([`ArgKind::Selected`]) was freed:
    /// `false` when the closure chose none, or the receiver itself.
    Freed {
        /// Index into `args` of the chosen object.
        arg: usize,
    },
    /// An object the caller must give back through another member
    /// (`GetSnapshot` / `ReleaseSnapshot`): the method takes a closure that
    /// gets the receiver and the object, and the release runs after it
    /// (see [`super::scoped`]).
    Lease {
        /// The class of the object lent.
        class: ClassId,
        /// The release's plan ([`CallKind::Release`]).
        release: FnId,
    },
    /// `void*` from an allocating function ([`super::memory`]): an owned,
    /// zeroed buffer of argument `len_arg` bytes; `None` for null.
    Allocated {
        /// The size argument (index in the plan's arguments).
        len_arg: usize,
    },
    /// `void*` from a `realloc`: the buffer argument `mem_arg`, resized to
    /// argument `len_arg` bytes (`Ok`), or unchanged (`Err`).
    Reallocated {
        /// The buffer argument.
        mem_arg: usize,
        /// The new size argument.
        len_arg: usize,
    },
}

/// How a plain value parameter crosses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PodPass {
    /// `T` or `const T&`: Rust passes `T` (a copy).
    Value,
    /// `const T*`: `&T`.
    Shared,
    /// `T&` or `T*`: `&mut T`, read and written by the callee.
    InOut,
}

/// How an object C++ owns is lent to Rust.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// `&'r T`, tied to the receiver and every object argument.
    Shared,
    /// `Pin<&'r mut T>`: a non-`const` object from a non-`const` method,
    /// tied to the receiver's exclusive borrow and every object argument.
    Exclusive,
    /// `&'static T`: what a function without parameters returns, an object
    /// the library keeps for good (a singleton). Shared only: two calls
    /// give the same object.
    Static,
}

/// What a sized text result is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextUnit {
    /// Bytes: `Vec<u8>`.
    Byte,
    /// UTF-16 code units in native order: `Vec<u16>` (the byte length halved).
    Utf16,
}

impl RetKind {
    /// Lends memory of the receiver (and object arguments) for `'r`: bytes,
    /// a view, a scalar reference (borrowed objects are told by their
    /// [`Access`]).
    pub fn lends(&self) -> bool {
        matches!(
            self,
            RetKind::BorrowedBytes { .. }
                | RetKind::SizedBytes { .. }
                | RetKind::Std(super::vocab::StdRet::Span { .. })
                | RetKind::Std(super::vocab::StdRet::Function(super::vocab::CppFn {
                    borrows: true,
                    ..
                }))
                | RetKind::ByteView
                | RetKind::ViewData
                | RetKind::ScalarRef(_)
        )
    }

    /// The shim reports a null result as an error (the bridge function
    /// returns `Result` whatever the call's own exceptions).
    pub fn null_as_error(&self) -> bool {
        matches!(self, RetKind::BorrowedHandle(_) | RetKind::OutPart { .. })
    }

    /// A C handle borrowed from the call's handle and object arguments.
    pub fn borrows_handles(&self) -> bool {
        self.null_as_error()
    }
}

/// What a bridge function does, with the classes it involves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallKind {
    /// A free function.
    Free,
    /// A member function called on `self`.
    Method {
        /// The class declaring it.
        class: ClassId,
        /// Non-const member.
        mutable: bool,
    },
    /// A static member function.
    Static {
        /// The class declaring it.
        class: ClassId,
    },
    /// A constructor returning an owned object.
    Constructor {
        /// The class constructed.
        class: ClassId,
    },
    /// The copy constructor from `const T&`, emitted as `Clone`.
    Clone {
        /// The class copied.
        class: ClassId,
    },
    /// An operator implementing a Rust trait; `args` are its operands in C++
    /// order (a member operator's object first).
    Operator {
        /// The class whose safe type implements the trait.
        class: ClassId,
        /// Which operator.
        op: OpKind,
        /// How the shim names the C++ operator.
        form: OpForm,
    },
    /// A public data member read (`name()`) or written (`set_name(v)`);
    /// `cpp_name` is the field's name.
    Field {
        /// The class declaring it.
        class: ClassId,
        /// The setter.
        set: bool,
    },
    /// `&Derived` → `&Base` (or the `Pin<&mut>` form): `AsCpp<Base>` and inherited methods.
    Upcast {
        /// The derived class.
        from: ClassId,
        /// Its public base.
        to: ClassId,
        /// The `Pin<&mut>` form.
        mutable: bool,
    },
    /// The releasing member of a lease ([`RetKind::Lease`]): a bridge
    /// function the acquiring member's safe form calls, with no safe form
    /// of its own.
    Release {
        /// The class declaring it.
        class: ClassId,
        /// Non-const member.
        mutable: bool,
    },
    /// A base method called on the derived safe type through an upcast (virtual
    /// dispatch still picks the override). No bridge function of its own.
    Inherited {
        /// The derived class whose safe type gets the method.
        class: ClassId,
        /// The base's method plan.
        method: FnId,
        /// The shared upcast plan.
        upcast: FnId,
        /// The mutable upcast plan.
        upcast_mut: FnId,
    },
}

impl CallKind {
    /// The class whose safe type this belongs to (`None` for free functions).
    pub fn class(self) -> Option<ClassId> {
        match self {
            CallKind::Free => None,
            CallKind::Method { class, .. }
            | CallKind::Static { class }
            | CallKind::Constructor { class }
            | CallKind::Clone { class }
            | CallKind::Operator { class, .. }
            | CallKind::Field { class, .. }
            | CallKind::Release { class, .. }
            | CallKind::Inherited { class, .. } => Some(class),
            CallKind::Upcast { from, .. } => Some(from),
        }
    }

    /// Has a function of its own in the bridge (inherited methods reuse the base's).
    pub fn has_bridge_fn(self) -> bool {
        !matches!(self, CallKind::Inherited { .. })
    }

    /// The class of the new owned object it returns (constructors and `Clone`).
    pub fn constructed(self) -> Option<ClassId> {
        match self {
            CallKind::Constructor { class } | CallKind::Clone { class } => Some(class),
            _ => None,
        }
    }

    /// A method called on `self` (`Some(mutable)`), own or inherited.
    pub fn receiver(self, b: &super::model::Bindings) -> Option<bool> {
        match self {
            CallKind::Method { mutable, .. } | CallKind::Release { mutable, .. } => Some(mutable),
            CallKind::Field { set, .. } => Some(set),
            CallKind::Inherited { method, .. } => b.function(method).kind.receiver(b),
            _ => None,
        }
    }
}

/// The plan for one bridge function (or one inherited method): everything
/// emit needs to write the bridge line, the shim and the safe wrapper.
#[derive(Debug, Clone, PartialEq)]
pub struct FnBinding {
    /// The declaration it binds (`None` for upcasts, which no header declares).
    pub decision: Option<DecisionId>,
    /// The C++ name being called (unqualified: `Compress`).
    pub cpp_name: String,
    /// Its enclosing namespaces.
    pub cpp_scope: Vec<String>,
    /// What kind of call, with its classes.
    pub kind: CallKind,
    /// The identifier in the bridge (also the shim's name when not direct).
    pub ffi_name: String,
    /// Called by cxx directly (no shim).
    pub direct: bool,
    /// Rust-visible arguments, in C++ order.
    pub args: Vec<Arg>,
    /// How the result comes back.
    pub ret: RetKind,
    /// Not `noexcept`: returns `Result<_, cxx::Exception>`.
    pub throws: bool,
    /// The safe-layer module (snake_case namespaces).
    pub module: Vec<String>,
    /// The safe-layer name (the trait method's name for operators and `Clone`).
    pub rust_name: String,
    /// The doc comment.
    pub doc: Option<String>,
    /// C++ default arguments (`name = value`), which Rust callers pass explicitly.
    pub defaults: Vec<String>,
}

/// A generated C++ subclass that forwards pure virtual calls to a Rust trait object.
#[derive(Debug, Clone, PartialEq)]
pub struct Trampoline {
    /// The pure virtual methods the Rust trait must implement.
    pub methods: Vec<VirtualMethod>,
    /// The constructor decision this subclass uses (abstract classes; a
    /// concrete class keeps its constructors and gains `from_rust`).
    pub ctor_decision: Option<DecisionId>,
    /// The Rust trait to implement (`SinkImpl`), unique in its module.
    pub trait_name: String,
}

/// A pure virtual method implemented in Rust.
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualMethod {
    /// The C++ name.
    pub cpp_name: String,
    /// Not pure: the trait's default leaves it to the C++ class.
    pub inherits: bool,
    /// snake_case trait method name.
    pub rust_name: String,
    /// `const` member.
    pub is_const: bool,
    /// `noexcept` (the override must say so too).
    pub noexcept: bool,
    /// Arguments (scalars, bytes, `const` objects, `std::string*`).
    pub args: Vec<Arg>,
    /// Result (void, scalar, or borrowed bytes with a `size_t*` length).
    pub ret: RetKind,
    /// Declared C++ parameter types, spelled for the override.
    pub cpp_params: Vec<String>,
    /// Declared C++ result type, spelled for the override.
    pub cpp_ret: String,
    /// The doc comment.
    pub doc: Option<String>,
}
