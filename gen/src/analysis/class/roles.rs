//! Value-like classes Rust users think of as Rust types, recognised by
//! convention (docs/strategy.md, "Byte views and statuses"):
//!
//! - a **byte view** (`Slice`, `StringPiece`): constructible from
//!   `(const char*, size_t)`, with `const` `data()` returning the bytes and
//!   `size()` their count. Parameters taking one (`const Slice&` or by value)
//!   accept `impl AsRef<[u8]>`; a method returning one by value lends
//!   `&[u8]`, borrowed like any result of the receiver.
//! - a **status** (`Status`): a `const` `ok()` returning `bool`, movable or
//!   copyable. A call returning one by value returns `Result<T, Status>`:
//!   `Err` holds the status when `ok()` is false, `T` is what the call's
//!   out-parameters gave (`()` when none).

use crate::analysis::conventions::{
    is_byte_len, BYTE_VIEW_DATA, BYTE_VIEW_SIZE, STATUS_MESSAGE_NAMES, STATUS_OK,
};
use crate::analysis::core::types::byte_like;
use crate::ir::{Method, MethodKind, Record, Type};
use crate::plan::{Bindings, ClassId, FnId};
use crate::plan::{CallKind, RetKind};

/// A `const` pointer to bytes however it is spelled: `const char*`,
/// `const uint8_t*`, or a typedef naming one (`const_pointer`), read by
/// its canonical type.
pub fn const_bytes(t: &Type) -> bool {
    match t {
        Type::Pointer {
            pointee,
            is_const: true,
        } => byte_like(pointee),
        Type::StringToken { is_const, .. } => *is_const,
        _ => false,
    }
}

/// `(const char*, size_t)`: the byte-view constructor's parameters.
pub fn bytes_and_length(m: &Method) -> bool {
    matches!(m.kind, MethodKind::Constructor { .. })
        && !m.deleted
        && matches!(
            m.sig.params.as_slice(),
            [p, n] if const_bytes(&p.ty) && matches!(&n.ty, Type::Int { .. })
        )
}

/// A public `const` member `name()` without parameters whose result passes `ret`.
fn const_getter(r: &Record, name: &str, ret: impl Fn(&Type) -> bool) -> bool {
    r.methods.iter().any(|m| {
        m.name == name
            && !m.deleted
            && matches!(m.kind, MethodKind::Instance { is_const: true, .. })
            && m.sig.params.is_empty()
            && ret(&m.sig.ret)
    })
}

/// The record (whose destructor Rust may call when `destructible`) is a
/// byte view: the C++ pointer type its `(bytes, length)` constructor takes
/// (`const char*`, `const uint8_t*`; a typedef of one by its canonical
/// type), which shims building one cast to.
pub fn byte_view_pointer(r: &Record, destructible: bool) -> Option<String> {
    let ctor = r.methods.iter().find(|m| bytes_and_length(m))?;
    let view = destructible && views_bytes(r);
    view.then(|| match &ctor.sig.params[0].ty {
        Type::StringToken { .. } => "const char*".to_string(),
        other => crate::ir::cpp_spelling(other),
    })
}

/// `const` `data()` giving bytes and `size()` their count.
fn views_bytes(r: &Record) -> bool {
    const_getter(r, BYTE_VIEW_DATA, const_bytes)
        && const_getter(r, BYTE_VIEW_SIZE, |t| matches!(t, Type::Int { .. }))
}

/// The record looks like a view of bytes someone else owns, whether or
/// not it is bound as a byte view: a `(bytes, length)` constructor whose
/// integer is a byte length ([`is_byte_len`]: `Exception(const char* msg,
/// int code)` is no view), or `data()` and `size()`. A pointer it takes may
/// point into a `std::string` argument, so nothing building or setting one
/// may accept a temporary.
pub fn view_like(r: &Record) -> bool {
    let sized = |m: &&Method| m.sig.params.get(1).is_some_and(is_byte_len);
    r.methods.iter().filter(sized).any(bytes_and_length) || views_bytes(r)
}

/// The record (whose destructor Rust may call when `destructible`) is a status.
pub fn is_status(r: &Record, destructible: bool) -> bool {
    let movable = r.methods.iter().any(|m| {
        !m.deleted
            && matches!(m.kind, MethodKind::Constructor { is_copy, is_move } if is_copy || is_move)
    });
    destructible
        && !r.is_abstract
        && movable
        && const_getter(r, STATUS_OK, |t| matches!(t, Type::Bool))
}

/// The `const` method without parameters that gives a status's message.
pub fn status_message(b: &Bindings, class: ClassId) -> Option<FnId> {
    STATUS_MESSAGE_NAMES.iter().find_map(|want| {
        b.function_ids()
            .find(|(_, f)| {
                f.kind
                    == CallKind::Method {
                        class,
                        mutable: false,
                    }
                    && f.cpp_name == *want
                    && f.args.is_empty()
                    && f.ret == RetKind::String
            })
            .map(|(id, _)| id)
    })
}
