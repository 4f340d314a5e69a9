//! How a result comes back: [`RetKind`] and the small enums it uses.

use super::Scalar;
use crate::plan::{ClassId, FnId, HandleId};

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
    /// ([`crate::analysis::c_api::sized`]): `&'r mut [u8]` (`&'r [u8]` unless `mutable`)
    /// borrowed from the receiver and the call's sized buffers.
    SizedBytes {
        /// Lent exclusively.
        mutable: bool,
        /// The number of bytes, a C++ expression over the C++ parameters.
        size: crate::plan::SizeExpr,
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
    Pod(crate::plan::PodId),
    /// A byte view's own `data()`: its `size()` bytes, `&'r [u8]` borrowed
    /// from the view.
    ViewData,
    /// A byte view by value from a method: `&'r [u8]`, borrowed like a
    /// borrowed object (the receiver and every object argument).
    ByteView,
    /// A status by value ([`crate::analysis::class::roles`]): the call returns
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
    /// Another standard library type ([`crate::analysis::stdlib::vocab`]).
    Std(crate::plan::StdRet),
    /// A part written through `Q**` ([`super::ArgKind::OutPart`]): the bridge
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
    /// Whether the object argument `arg` ([`super::ArgKind::Selected`]) was freed:
    /// `false` when the closure chose none, or the receiver itself.
    Freed {
        /// Index into `args` of the chosen object.
        arg: usize,
    },
    /// An object the caller must give back through another member
    /// (`GetSnapshot` / `ReleaseSnapshot`): the method takes a closure that
    /// gets the receiver and the object, and the release runs after it
    /// (see [`crate::analysis::class::scoped`]).
    Lease {
        /// The class of the object lent.
        class: ClassId,
        /// The release's plan ([`super::CallKind::Release`]).
        release: FnId,
    },
    /// `void*` from an allocating function ([`crate::analysis::c_api::memory`]): an owned,
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
                | RetKind::Std(crate::plan::StdRet::Span { .. })
                | RetKind::Std(crate::plan::StdRet::Function(crate::plan::CppFn {
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
