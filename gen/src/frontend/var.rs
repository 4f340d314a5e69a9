//! Enums, variables and constants.

use super::types;
use crate::clang::{Cursor, CursorKind, EvalValue, TypeKind};
use crate::ir::{ConstValue, Constant, Enum, IntKind, ItemKind, Type, Variant};

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
    let (value, unsigned) = e.enum_constant_value();
    let ty = types::convert(parent.enum_integer_type());
    let is_unsigned = matches!(
        ty,
        Type::Int {
            kind: IntKind::UChar
                | IntKind::UShort
                | IntKind::UInt
                | IntKind::ULong
                | IntKind::ULongLong,
            ..
        }
    );
    let value = if is_unsigned {
        i64::try_from(unsigned).map_or(ConstValue::UInt(unsigned), ConstValue::Int)
    } else {
        ConstValue::Int(value)
    };
    Constant {
        ty,
        value: Some(value),
        from_macro: false,
    }
}

/// A variable: a constant when `const`/`constexpr` with a value clang can evaluate.
pub fn import_var(c: &Cursor<'_>) -> ItemKind {
    let ty = c.ty();
    let ir_ty = types::convert(ty);
    // `constexpr const char* k` and `constexpr char k[]` are constants too
    // (the pointer itself, or the array elements, are const).
    let canonical = ty.canonical();
    let char_array = matches!(canonical.kind(), TypeKind::ConstantArray)
        && matches!(
            canonical.array_element().kind(),
            TypeKind::CharS | TypeKind::CharU
        );
    let const_array = char_array
        && (canonical.array_element().is_const() || canonical.spelling().starts_with("const "));
    let const_non_char_array = matches!(canonical.kind(), TypeKind::ConstantArray)
        && !char_array
        && canonical.spelling().starts_with("const ");
    let const_pointer_to_const =
        ty.is_const() && matches!(&ir_ty, Type::Pointer { is_const: true, .. });
    if const_non_char_array {
        return ItemKind::Constant(Constant {
            ty: ir_ty,
            value: None,
            from_macro: false,
        });
    }
    if ty.is_const() || const_array {
        let value = c.evaluate().map(|v| match v {
            EvalValue::Int(i) => ConstValue::Int(i),
            EvalValue::UInt(u) => ConstValue::UInt(u),
            EvalValue::Float(f) => ConstValue::Float(f),
            EvalValue::Str(s) => ConstValue::Str(s),
        });
        let ty = if const_array || const_pointer_to_const {
            Type::Pointer {
                pointee: Box::new(Type::Char),
                is_const: true,
            }
        } else {
            ir_ty
        };
        let value = match (&ty, value) {
            // Only `const char*`/`char[]` strings are read as strings.
            (Type::Pointer { pointee, .. }, Some(ConstValue::Str(s)))
                if **pointee == Type::Char =>
            {
                Some(ConstValue::Str(s))
            }
            (_, Some(ConstValue::Str(_))) => None,
            (_, v) => v,
        };
        return ItemKind::Constant(Constant {
            ty,
            value,
            from_macro: false,
        });
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
