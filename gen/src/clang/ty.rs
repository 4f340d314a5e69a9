//! Types as libclang reports them.

use super::{take_string, Cursor};
use clang_sys::*;
use std::marker::PhantomData;

/// The type kinds the importers distinguish.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum TypeKind {
    Invalid,
    Void,
    Bool,
    CharS,
    CharU,
    SChar,
    UChar,
    Char16,
    Char32,
    WChar,
    Short,
    UShort,
    Int,
    UInt,
    Long,
    ULong,
    LongLong,
    ULongLong,
    Int128,
    UInt128,
    Float,
    Double,
    LongDouble,
    NullPtr,
    Pointer,
    LValueReference,
    RValueReference,
    Record,
    Enum,
    Typedef,
    Elaborated,
    FunctionProto,
    FunctionNoProto,
    ConstantArray,
    IncompleteArray,
    MemberPointer,
    Auto,
    Unexposed,
    Other(i32),
}

/// A type that outlives none of its translation unit.
#[derive(Clone, Copy)]
pub struct Type<'tu> {
    raw: CXType,
    _tu: PhantomData<&'tu ()>,
}

impl<'tu> Type<'tu> {
    pub(crate) fn new(raw: CXType) -> Self {
        Type {
            raw,
            _tu: PhantomData,
        }
    }

    /// The kind of this (possibly sugared) type.
    pub fn kind(&self) -> TypeKind {
        use TypeKind::*;
        match self.raw.kind {
            CXType_Invalid => Invalid,
            CXType_Void => Void,
            CXType_Bool => Bool,
            CXType_Char_S => CharS,
            CXType_Char_U => CharU,
            CXType_SChar => SChar,
            CXType_UChar => UChar,
            CXType_Char16 => Char16,
            CXType_Char32 => Char32,
            CXType_WChar => WChar,
            CXType_Short => Short,
            CXType_UShort => UShort,
            CXType_Int => Int,
            CXType_UInt => UInt,
            CXType_Long => Long,
            CXType_ULong => ULong,
            CXType_LongLong => LongLong,
            CXType_ULongLong => ULongLong,
            CXType_Int128 => Int128,
            CXType_UInt128 => UInt128,
            CXType_Float => Float,
            CXType_Double => Double,
            CXType_LongDouble => LongDouble,
            CXType_NullPtr => NullPtr,
            CXType_Pointer => Pointer,
            CXType_LValueReference => LValueReference,
            CXType_RValueReference => RValueReference,
            CXType_Record => Record,
            CXType_Enum => Enum,
            CXType_Typedef => Typedef,
            CXType_Elaborated => Elaborated,
            CXType_FunctionProto => FunctionProto,
            CXType_FunctionNoProto => FunctionNoProto,
            CXType_ConstantArray => ConstantArray,
            CXType_IncompleteArray => IncompleteArray,
            CXType_MemberPointer => MemberPointer,
            CXType_Auto => Auto,
            CXType_Unexposed => Unexposed,
            other => Other(other),
        }
    }

    /// The type as written (`size_t`, `const char *`, `std::string`).
    pub fn spelling(&self) -> String {
        unsafe { take_string(clang_getTypeSpelling(self.raw)) }
    }

    /// The type with all sugar (typedefs, elaboration) removed.
    pub fn canonical(&self) -> Type<'tu> {
        Type::new(unsafe { clang_getCanonicalType(self.raw) })
    }

    /// The type behind a pointer or reference.
    pub fn pointee(&self) -> Type<'tu> {
        Type::new(unsafe { clang_getPointeeType(self.raw) })
    }

    /// `const`-qualified at the top level.
    pub fn is_const(&self) -> bool {
        unsafe { clang_isConstQualifiedType(self.raw) != 0 }
    }

    /// The declaration of a record, enum or typedef type.
    pub fn declaration(&self) -> Cursor<'tu> {
        Cursor::new(unsafe { clang_getTypeDeclaration(self.raw) })
    }

    /// `sizeof`, if the type is complete.
    pub fn size_of(&self) -> Option<u64> {
        let v = unsafe { clang_Type_getSizeOf(self.raw) };
        (v >= 0).then_some(v as u64)
    }

    /// `alignof`, if the type is complete.
    pub fn align_of(&self) -> Option<u64> {
        let v = unsafe { clang_Type_getAlignOf(self.raw) };
        (v >= 0).then_some(v as u64)
    }

    /// Template arguments of a specialization (`std::vector<int>` → `int`).
    pub fn template_arguments(&self) -> Vec<Type<'tu>> {
        let n = unsafe { clang_Type_getNumTemplateArguments(self.raw) };
        (0..n.max(0) as u32)
            .map(|i| Type::new(unsafe { clang_Type_getTemplateArgumentAsType(self.raw, i) }))
            .collect()
    }

    /// The element type of an array.
    pub fn array_element(&self) -> Type<'tu> {
        Type::new(unsafe { clang_getArrayElementType(self.raw) })
    }

    /// The `&`/`&&` qualifier of a member function type.
    pub fn ref_qualifier(&self) -> crate::ir::RefQualifier {
        match unsafe { clang_Type_getCXXRefQualifier(self.raw) } {
            CXRefQualifier_LValue => crate::ir::RefQualifier::LValue,
            CXRefQualifier_RValue => crate::ir::RefQualifier::RValue,
            _ => crate::ir::RefQualifier::None,
        }
    }

    /// The result type of a function type.
    pub fn result(&self) -> Type<'tu> {
        Type::new(unsafe { clang_getResultType(self.raw) })
    }

    /// The parameter types of a function type (empty for non-prototypes).
    pub fn arg_types(&self) -> Vec<Type<'tu>> {
        let n = unsafe { clang_getNumArgTypes(self.raw) };
        (0..n.max(0) as u32)
            .map(|i| Type::new(unsafe { clang_getArgType(self.raw, i) }))
            .collect()
    }

    /// A function type taking C variadic arguments (`void(*)(void*, const char*, ...)`).
    pub fn is_variadic(&self) -> bool {
        unsafe { clang_isFunctionTypeVariadic(self.raw) != 0 }
    }

    /// The type named by an elaborated type (`struct iovec` → `iovec`).
    pub fn named(&self) -> Type<'tu> {
        Type::new(unsafe { clang_Type_getNamedType(self.raw) })
    }
}
