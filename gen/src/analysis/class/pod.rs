//! Plain values: a struct with only public scalar fields and no
//! user-declared member functions (a C-style record, trivially copyable) is
//! a Rust `#[repr(C)]` struct with the same fields, passed by value. Its
//! layout is decided here from the field types with C's rules and compared
//! with what clang laid out (size, alignment, every offset); emit then
//! `static_assert`s the same in C++ and asserts size and alignment in Rust,
//! so a mismatch cannot compile. A record that does not qualify stays an
//! opaque class with field accessors.

use crate::analysis::core::naming;
use crate::analysis::core::types::{scalar, TypeEnv};
use crate::ir::{Item, Record, RecordTag, Type};
use crate::plan::PodId;
use crate::plan::{ArgKind, PodPass, RetKind, Scalar};
use crate::plan::{PodBinding, PodField};

/// Size (= alignment) of a scalar as Rust lays it out.
fn size_of(s: &Scalar) -> u64 {
    match s.rust {
        "bool" | "c_char" | "i8" | "u8" => 1,
        "i16" | "u16" => 2,
        "i32" | "u32" | "f32" => 4,
        _ => 8,
    }
}

/// The record's fields as a plain value, when it is one and its layout is
/// exactly `#[repr(C)]`'s for those fields. `operands`: see [`operands`](crate::analysis::class::scan::operands).
pub fn fields(
    item: &Item,
    r: &Record,
    destructible: bool,
    operands: &std::collections::HashSet<String>,
) -> Option<(Vec<PodField>, u64, u64)> {
    let plain = r.tag != RecordTag::Union
        && !operands.contains(&item.qualified_name())
        && r.complete
        && !r.is_polymorphic
        && r.bases.is_empty()
        && r.methods.is_empty()
        && !r.user_constructors
        && destructible
        && r.nested_records.is_empty()
        && !r.fields.is_empty()
        && item.scope.iter().all(|s| naming::cxx_can_name(s));
    if !plain {
        return None;
    }
    let (size, align) = (r.size?, r.align?);
    let mut out = Vec::new();
    let mut names = naming::NameSet::default();
    let (mut at, mut max_align) = (0u64, 1u64);
    for f in &r.fields {
        let s = scalar(&f.ty)?;
        if !f.public || f.is_const || !naming::cxx_can_name(&f.name) {
            return None;
        }
        let n = size_of(&s);
        at = at.div_ceil(n) * n;
        // A bit-field or any padding clang chose differently: not plain.
        if f.offset_bits? != at * 8 {
            return None;
        }
        out.push(PodField {
            cpp_name: f.name.clone(),
            rust_name: names.claim(&naming::param(&f.name)),
            scalar: s,
            offset: at,
        });
        at += n;
        max_align = max_align.max(n);
    }
    let total = at.div_ceil(max_align) * max_align;
    (total == size && max_align == align).then_some((out, size, align))
}

/// Records a plain value found in pass 1.
pub fn declare(
    cx: &mut crate::analysis::context::Context,
    item: &Item,
    fields: Vec<PodField>,
    size: u64,
    align: u64,
) -> PodId {
    let module = cx.names.module(&item.scope);
    let (ffi_name, rust_name) = cx.names.type_names(&module, &item.scope, &[], &item.name);
    let id = cx.push_pod(PodBinding {
        cpp_name: item.name.clone(),
        cpp_scope: item.scope.clone(),
        ffi_name,
        rust_name,
        module,
        fields,
        size,
        align,
        doc: item.doc.clone(),
    });
    cx.env.pods.insert(item.qualified_name(), id);
    id
}

/// How a parameter of a plain value type crosses: by value (`T`, `const T&`),
/// shared (`const T*`: `&T`) or in/out (`T&`, `T*`: `&mut T`).
pub fn param(ty: &Type, env: &TypeEnv) -> Option<ArgKind> {
    let pod = |name: &str| env.pods.get(name).copied();
    let (id, pass, pointer) = match ty {
        Type::Record { name } => (pod(name)?, PodPass::Value, false),
        Type::Ref { pointee, is_const } | Type::Pointer { pointee, is_const } => {
            let Type::Record { name } = &**pointee else {
                return None;
            };
            let pointer = matches!(ty, Type::Pointer { .. });
            let pass = match (is_const, pointer) {
                (true, false) => PodPass::Value,
                (true, true) => PodPass::Shared,
                (false, _) => PodPass::InOut,
            };
            (pod(name)?, pass, pointer)
        }
        _ => return None,
    };
    Some(ArgKind::Pod { id, pass, pointer })
}

/// A plain value result (by value or `const T&`): copied.
pub fn ret(ty: &Type, env: &TypeEnv) -> Option<RetKind> {
    match ty {
        Type::Record { name } => env.pods.get(name).copied().map(RetKind::Pod),
        Type::Ref {
            pointee,
            is_const: true,
        } => match &**pointee {
            Type::Record { name } => env.pods.get(name).copied().map(RetKind::Pod),
            _ => None,
        },
        _ => None,
    }
}
