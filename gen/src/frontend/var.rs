//! Enums, variables and constants.

use super::types;
use crate::clang::{Cursor, CursorKind, EvalValue};
use crate::ir::{ConstValue, Constant, Enum, ItemKind, Type, Variant};

/// Imports an enum definition.
pub fn import_enum(c: &Cursor<'_>) -> Enum {
    let variants = c
        .children()
        .iter()
        .filter(|e| e.kind() == CursorKind::EnumConstant)
        .map(|e| {
            let (value, unsigned_value) = e.enum_constant_value();
            Variant {
                name: e.spelling(),
                value,
                unsigned_value,
                doc: super::doc::of(e),
            }
        })
        .collect();
    Enum {
        scoped: c.is_scoped_enum(),
        underlying: types::convert(c.enum_integer_type()),
        variants,
    }
}

/// An enumerator of an anonymous enum, as an integer constant.
pub fn enumerator_constant(parent: &Cursor<'_>, e: &Cursor<'_>) -> Constant {
    let (value, _) = e.enum_constant_value();
    Constant {
        ty: types::convert(parent.enum_integer_type()),
        value: Some(ConstValue::Int(value)),
        from_macro: false,
    }
}

/// A variable: a constant when `const`/`constexpr` with a value clang can evaluate.
pub fn import_var(c: &Cursor<'_>) -> ItemKind {
    let ty = c.ty();
    let ir_ty = types::convert(ty);
    if ty.is_const() {
        let value = c.evaluate().map(|v| match v {
            EvalValue::Int(i) => ConstValue::Int(i),
            EvalValue::UInt(u) => ConstValue::UInt(u),
            EvalValue::Float(f) => ConstValue::Float(f),
        });
        if value.is_some() || ir_ty.is_scalar() {
            return ItemKind::Constant(Constant {
                ty: ir_ty,
                value,
                from_macro: false,
            });
        }
    }
    ItemKind::Variable { ty: ir_ty }
}

/// Used by the macro importer: the IR type of an integer literal.
pub fn literal_int_type(unsigned: bool, long_long: bool) -> Type {
    use crate::ir::IntKind;
    let kind = match (unsigned, long_long) {
        (false, false) => IntKind::Long,
        (true, false) => IntKind::ULong,
        (false, true) => IntKind::LongLong,
        (true, true) => IntKind::ULongLong,
    };
    Type::Int { kind, alias: None }
}
