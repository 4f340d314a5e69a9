//! Handle values: a small class whose every data member is a pointer to a
//! class (`XMLHandle { XMLNode* _node; }`) is passed by value, with no
//! heap: the bridge names it as a Rust struct of as many pointer-sized
//! words (`Kind = Trivial`), the shim header `static_assert`s its size and
//! alignment and declares it relocatable for cxx, and the safe type holds it
//! inline instead of in a `UniquePtr`.
//!
//! Relocatable means a move is a byte copy and the source needs no
//! destructor run: true when the class has no bases, no virtual functions,
//! no user-declared destructor and only pointer members, whatever its copy
//! constructor says (tinyxml2's is `_node(ref._node)`). Assumed, and written
//! down in docs/strategy.md: a copy constructor of such a class does not
//! record where the copy lives.

use crate::ir::{MethodKind, Record, RecordTag, Type};
use crate::plan::ValueLayout;

/// Most pointers a handle value holds.
const MAX_WORDS: usize = 4;

/// The layout of `r` as a handle value, when it is one.
pub fn handle_value(r: &Record, destructible: bool) -> Option<ValueLayout> {
    let shaped = r.tag != RecordTag::Union
        && r.complete
        && !r.is_polymorphic
        && !r.is_abstract
        && r.bases.is_empty()
        && destructible
        && !r.fields.is_empty()
        && r.fields.len() <= MAX_WORDS
        && !r.copy_hidden
        // Copyable: results are returned by value, `const T&` ones copied.
        && !r.methods.iter().any(|m| match m.kind {
            MethodKind::Destructor { .. } => true,
            MethodKind::Constructor { is_copy, is_move, .. } => is_move || (is_copy && m.deleted),
            _ => false,
        });
    if !shaped {
        return None;
    }
    let (size, align) = (r.size?, r.align?);
    let words = r.fields.len() as u64;
    let pointers = r.fields.iter().enumerate().all(|(i, f)| {
        let to_class = matches!(&f.ty, Type::Pointer { pointee, .. } if matches!(**pointee, Type::Record { .. }));
        to_class && f.offset_bits == Some(i as u64 * align * 8)
    });
    (pointers && align > 0 && size == words * align).then_some(ValueLayout { size, align, words })
}
