//! Cursors: declarations and other AST nodes of a parsed translation unit.

use super::{take_string, Type};
use clang_sys::*;
use std::marker::PhantomData;
use std::os::raw::c_uint;
use std::path::PathBuf;

/// The cursor kinds the importers distinguish; everything else is `Other`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum CursorKind {
    TranslationUnit,
    Namespace,
    LinkageSpec,
    FunctionDecl,
    FunctionTemplate,
    Method,
    Constructor,
    Destructor,
    ConversionFunction,
    ClassDecl,
    StructDecl,
    UnionDecl,
    ClassTemplate,
    ClassTemplatePartialSpecialization,
    EnumDecl,
    EnumConstant,
    FieldDecl,
    VarDecl,
    ParmDecl,
    TypedefDecl,
    TypeAliasDecl,
    TypeAliasTemplateDecl,
    BaseSpecifier,
    AccessSpecifier,
    MacroDefinition,
    InclusionDirective,
    UsingDirective,
    UsingDeclaration,
    StaticAssert,
    FriendDecl,
    NamespaceAlias,
    TemplateTypeParameter,
    NonTypeTemplateParameter,
    TemplateTemplateParameter,
    TypeRef,
    Other(i32),
}

impl CursorKind {
    fn from_raw(kind: CXCursorKind) -> Self {
        use CursorKind::*;
        match kind {
            CXCursor_TranslationUnit => TranslationUnit,
            CXCursor_Namespace => Namespace,
            CXCursor_LinkageSpec => LinkageSpec,
            CXCursor_FunctionDecl => FunctionDecl,
            CXCursor_FunctionTemplate => FunctionTemplate,
            CXCursor_CXXMethod => Method,
            CXCursor_Constructor => Constructor,
            CXCursor_Destructor => Destructor,
            CXCursor_ConversionFunction => ConversionFunction,
            CXCursor_ClassDecl => ClassDecl,
            CXCursor_StructDecl => StructDecl,
            CXCursor_UnionDecl => UnionDecl,
            CXCursor_ClassTemplate => ClassTemplate,
            CXCursor_ClassTemplatePartialSpecialization => ClassTemplatePartialSpecialization,
            CXCursor_EnumDecl => EnumDecl,
            CXCursor_EnumConstantDecl => EnumConstant,
            CXCursor_FieldDecl => FieldDecl,
            CXCursor_VarDecl => VarDecl,
            CXCursor_ParmDecl => ParmDecl,
            CXCursor_TypedefDecl => TypedefDecl,
            CXCursor_TypeAliasDecl => TypeAliasDecl,
            CXCursor_TypeAliasTemplateDecl => TypeAliasTemplateDecl,
            CXCursor_CXXBaseSpecifier => BaseSpecifier,
            CXCursor_CXXAccessSpecifier => AccessSpecifier,
            CXCursor_MacroDefinition => MacroDefinition,
            CXCursor_InclusionDirective => InclusionDirective,
            CXCursor_UsingDirective => UsingDirective,
            CXCursor_UsingDeclaration => UsingDeclaration,
            CXCursor_StaticAssert => StaticAssert,
            CXCursor_FriendDecl => FriendDecl,
            CXCursor_NamespaceAlias => NamespaceAlias,
            CXCursor_TemplateTypeParameter => TemplateTypeParameter,
            CXCursor_NonTypeTemplateParameter => NonTypeTemplateParameter,
            CXCursor_TemplateTemplateParameter => TemplateTemplateParameter,
            CXCursor_TypeRef => TypeRef,
            other => Other(other),
        }
    }
}

/// Where a cursor starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The file, absent for built-in declarations.
    pub file: Option<PathBuf>,
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub column: u32,
}

/// A cursor into a translation unit that outlives none of it.
#[derive(Clone, Copy)]
pub struct Cursor<'tu> {
    raw: CXCursor,
    _tu: PhantomData<&'tu ()>,
}

/// The value of a constant expression evaluated by clang.
#[derive(Debug, Clone, PartialEq)]
pub enum EvalValue {
    /// A signed integer.
    Int(i64),
    /// An unsigned integer that does not fit `i64`.
    UInt(u64),
    /// A floating-point value.
    Float(f64),
    /// A string literal (valid UTF-8 only).
    Str(String),
}

fn flag(v: c_uint) -> bool {
    v != 0
}

impl<'tu> Cursor<'tu> {
    pub(crate) fn new(raw: CXCursor) -> Self {
        Cursor {
            raw,
            _tu: PhantomData,
        }
    }

    /// The cursor's kind.
    pub fn kind(&self) -> CursorKind {
        CursorKind::from_raw(unsafe { clang_getCursorKind(self.raw) })
    }

    /// True for the null cursor.
    pub fn is_null(&self) -> bool {
        unsafe { clang_Cursor_isNull(self.raw) != 0 }
    }

    /// The declared name (`Compress`, `Sink`, `~Sink`, `operator+`).
    pub fn spelling(&self) -> String {
        unsafe { take_string(clang_getCursorSpelling(self.raw)) }
    }

    /// clang's Unified Symbol Resolution: a stable identity for a declaration.
    pub fn usr(&self) -> String {
        unsafe { take_string(clang_getCursorUSR(self.raw)) }
    }

    /// Where the cursor starts (file, line, column).
    pub fn location(&self) -> Location {
        unsafe {
            let loc = clang_getCursorLocation(self.raw);
            let mut file: CXFile = std::ptr::null_mut();
            let (mut line, mut column, mut offset) = (0, 0, 0);
            clang_getFileLocation(loc, &mut file, &mut line, &mut column, &mut offset);
            let file = if file.is_null() {
                None
            } else {
                Some(PathBuf::from(take_string(clang_getFileName(file))))
            };
            Location { file, line, column }
        }
    }

    /// Direct children, in source order.
    pub fn children(&self) -> Vec<Cursor<'tu>> {
        extern "C" fn visit(c: CXCursor, _p: CXCursor, data: CXClientData) -> CXChildVisitResult {
            // SAFETY: `data` is the `Vec` passed below, alive for the whole visit.
            let out = unsafe { &mut *(data as *mut Vec<CXCursor>) };
            out.push(c);
            CXChildVisit_Continue
        }
        let mut raw: Vec<CXCursor> = Vec::new();
        unsafe {
            clang_visitChildren(
                self.raw,
                visit,
                &mut raw as *mut Vec<CXCursor> as CXClientData,
            );
        }
        raw.into_iter().map(Cursor::new).collect()
    }

    /// The semantic parent (the class of a method, the namespace of a function).
    pub fn semantic_parent(&self) -> Cursor<'tu> {
        Cursor::new(unsafe { clang_getCursorSemanticParent(self.raw) })
    }

    /// `public`, `protected` or `private` (members and base specifiers).
    pub fn access(&self) -> Access {
        match unsafe { clang_getCXXAccessSpecifier(self.raw) } {
            CX_CXXPublic => Access::Public,
            CX_CXXProtected => Access::Protected,
            CX_CXXPrivate => Access::Private,
            _ => Access::None,
        }
    }

    /// For a template, the kind of declaration it makes (`FunctionDecl`,
    /// `Method`, `Constructor`, `ClassDecl`, …).
    pub fn template_kind(&self) -> CursorKind {
        CursorKind::from_raw(unsafe { clang_getTemplateCursorKind(self.raw) })
    }

    /// The declared type.
    pub fn ty(&self) -> Type<'tu> {
        Type::new(unsafe { clang_getCursorType(self.raw) })
    }

    /// A function's result type.
    pub fn result_type(&self) -> Type<'tu> {
        Type::new(unsafe { clang_getCursorResultType(self.raw) })
    }

    /// A function's parameters.
    pub fn arguments(&self) -> Vec<Cursor<'tu>> {
        let n = unsafe { clang_Cursor_getNumArguments(self.raw) };
        (0..n.max(0) as u32)
            .map(|i| Cursor::new(unsafe { clang_Cursor_getArgument(self.raw, i) }))
            .collect()
    }

    /// A parameter with a default argument has an expression child and an
    /// `=` (a value template argument of its type, `Arr<int, 3>`, is an
    /// expression child too).
    pub fn has_default_argument(&self) -> bool {
        self.children()
            .iter()
            .any(|c| unsafe { clang_isExpression(clang_getCursorKind(c.raw)) != 0 })
            && self.tokens().iter().any(|t| t == "=")
    }

    /// `static` member function.
    pub fn is_static_method(&self) -> bool {
        flag(unsafe { clang_CXXMethod_isStatic(self.raw) })
    }

    /// `const` member function.
    pub fn is_const_method(&self) -> bool {
        flag(unsafe { clang_CXXMethod_isConst(self.raw) })
    }

    /// `virtual` member function (declared or inherited).
    pub fn is_virtual_method(&self) -> bool {
        flag(unsafe { clang_CXXMethod_isVirtual(self.raw) })
    }

    /// A base specifier that says `virtual` (`struct B : virtual A`).
    pub fn is_virtual_base(&self) -> bool {
        flag(unsafe { clang_isVirtualBase(self.raw) })
    }

    /// `= 0`.
    pub fn is_pure_virtual(&self) -> bool {
        flag(unsafe { clang_CXXMethod_isPureVirtual(self.raw) })
    }

    /// `= delete` (libclang 14 has no direct query; deleted functions are "not available").
    pub fn is_deleted(&self) -> bool {
        unsafe { clang_getCursorAvailability(self.raw) == CXAvailability_NotAvailable }
    }

    /// `= default` on its first declaration.
    pub fn is_defaulted(&self) -> bool {
        flag(unsafe { clang_CXXMethod_isDefaulted(self.raw) })
    }

    /// The template arguments of a function template's specialization
    /// (`template <> int parse<int>(const char*)` → `int`), written or
    /// deduced; `None` for any other cursor. A type argument is its type; an
    /// argument of another kind (a value, a template) is `None`.
    pub fn template_arguments(&self) -> Option<Vec<Option<Type<'tu>>>> {
        let n = unsafe { clang_Cursor_getNumTemplateArguments(self.raw) };
        if n < 0 {
            return None;
        }
        Some(
            (0..n as c_uint)
                .map(|i| {
                    let kind = unsafe { clang_Cursor_getTemplateArgumentKind(self.raw, i) };
                    (kind == CXTemplateArgumentKind_Type).then(|| {
                        Type::new(unsafe { clang_Cursor_getTemplateArgumentType(self.raw, i) })
                    })
                })
                .collect(),
        )
    }

    /// A copy constructor.
    pub fn is_copy_constructor(&self) -> bool {
        flag(unsafe { clang_CXXConstructor_isCopyConstructor(self.raw) })
    }

    /// A move constructor.
    pub fn is_move_constructor(&self) -> bool {
        flag(unsafe { clang_CXXConstructor_isMoveConstructor(self.raw) })
    }

    /// A record with at least one pure virtual function (own or inherited).
    pub fn is_abstract(&self) -> bool {
        flag(unsafe { clang_CXXRecord_isAbstract(self.raw) })
    }

    /// The cursor is the definition of its entity.
    pub fn is_definition(&self) -> bool {
        flag(unsafe { clang_isCursorDefinition(self.raw) })
    }

    /// An anonymous namespace, record or enum.
    pub fn is_anonymous(&self) -> bool {
        flag(unsafe { clang_Cursor_isAnonymous(self.raw) })
    }

    /// `inline namespace`.
    pub fn is_inline_namespace(&self) -> bool {
        flag(unsafe { clang_Cursor_isInlineNamespace(self.raw) })
    }

    /// A C-style variadic function (`...`).
    pub fn is_variadic(&self) -> bool {
        flag(unsafe { clang_Cursor_isVariadic(self.raw) })
    }

    /// `enum class` / `enum struct`.
    pub fn is_scoped_enum(&self) -> bool {
        flag(unsafe { clang_EnumDecl_isScoped(self.raw) })
    }

    /// The underlying integer type of an enum.
    pub fn enum_integer_type(&self) -> Type<'tu> {
        Type::new(unsafe { clang_getEnumDeclIntegerType(self.raw) })
    }

    /// An enumerator's value, signed and unsigned readings.
    pub fn enum_constant_value(&self) -> (i64, u64) {
        unsafe {
            (
                clang_getEnumConstantDeclValue(self.raw),
                clang_getEnumConstantDeclUnsignedValue(self.raw),
            )
        }
    }

    /// A function-like macro (`#define F(x)`).
    pub fn is_macro_function_like(&self) -> bool {
        flag(unsafe { clang_Cursor_isMacroFunctionLike(self.raw) })
    }

    /// The file an `#include` directive brought in (as libclang spells its path).
    pub fn included_file(&self) -> Option<PathBuf> {
        unsafe {
            let file = clang_getIncludedFile(self.raw);
            (!file.is_null()).then(|| PathBuf::from(take_string(clang_getFileName(file))))
        }
    }

    /// The raw doc comment attached to the declaration, if any.
    pub fn raw_comment(&self) -> Option<String> {
        let s = unsafe { take_string(clang_Cursor_getRawCommentText(self.raw)) };
        (!s.is_empty()).then_some(s)
    }

    /// The linker symbol; equal to the plain name for C linkage.
    pub fn mangling(&self) -> String {
        unsafe { take_string(clang_Cursor_getMangling(self.raw)) }
    }

    /// The exception specification of a function declaration.
    pub fn exception_spec(&self) -> ExceptionSpec {
        let raw = unsafe { clang_getCursorExceptionSpecificationType(self.raw) };
        match raw {
            CXCursor_ExceptionSpecificationKind_BasicNoexcept
            | CXCursor_ExceptionSpecificationKind_DynamicNone => ExceptionSpec::NoThrow,
            CXCursor_ExceptionSpecificationKind_ComputedNoexcept => ExceptionSpec::Computed,
            CXCursor_ExceptionSpecificationKind_Unevaluated
            | CXCursor_ExceptionSpecificationKind_Uninstantiated
            | CXCursor_ExceptionSpecificationKind_Unparsed => ExceptionSpec::Unknown,
            _ => ExceptionSpec::MayThrow,
        }
    }

    /// Evaluates a constant initializer (`constexpr int k = 1 << 4;`).
    pub fn evaluate(&self) -> Option<EvalValue> {
        unsafe {
            let res = clang_Cursor_Evaluate(self.raw);
            if res.is_null() {
                return None;
            }
            let value = match clang_EvalResult_getKind(res) {
                CXEval_Int => {
                    if clang_EvalResult_isUnsignedInt(res) != 0 {
                        let v = clang_EvalResult_getAsUnsigned(res);
                        Some(i64::try_from(v).map_or(EvalValue::UInt(v), EvalValue::Int))
                    } else {
                        Some(EvalValue::Int(clang_EvalResult_getAsLongLong(res)))
                    }
                }
                CXEval_Float => Some(EvalValue::Float(clang_EvalResult_getAsDouble(res))),
                CXEval_StrLiteral => {
                    let p = clang_EvalResult_getAsStr(res);
                    (!p.is_null())
                        .then(|| {
                            std::ffi::CStr::from_ptr(p)
                                .to_str()
                                .ok()
                                .map(str::to_string)
                        })
                        .flatten()
                        .map(EvalValue::Str)
                }
                _ => None,
            };
            clang_EvalResult_dispose(res);
            value
        }
    }

    /// The byte offset of a field in its record, if laid out.
    pub fn field_offset_bits(&self) -> Option<u64> {
        let v = unsafe { clang_Cursor_getOffsetOfField(self.raw) };
        (v >= 0).then_some(v as u64)
    }

    /// The defining cursor of the entity, if visible.
    pub fn definition(&self) -> Option<Cursor<'tu>> {
        let d = Cursor::new(unsafe { clang_getCursorDefinition(self.raw) });
        (!d.is_null()).then_some(d)
    }
}

/// C++ member access.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum Access {
    Public,
    Protected,
    Private,
    None,
}

/// What a function declares about exceptions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExceptionSpec {
    /// `noexcept`, `noexcept(true)` or `throw()`.
    NoThrow,
    /// `noexcept(expr)`; treated as possibly throwing.
    Computed,
    /// Not known yet (implicit members); treated as possibly throwing.
    Unknown,
    /// No specification: may throw.
    MayThrow,
}

impl<'tu> Cursor<'tu> {
    /// The spellings of the tokens in the cursor's extent.
    pub fn tokens(&self) -> Vec<String> {
        unsafe {
            let tu = clang_Cursor_getTranslationUnit(self.raw);
            if tu.is_null() {
                return Vec::new();
            }
            let range = clang_getCursorExtent(self.raw);
            let mut tokens: *mut CXToken = std::ptr::null_mut();
            let mut count: u32 = 0;
            clang_tokenize(tu, range, &mut tokens, &mut count);
            if tokens.is_null() {
                return Vec::new();
            }
            let out = (0..count as usize)
                .map(|i| take_string(clang_getTokenSpelling(tu, *tokens.add(i))))
                .collect();
            clang_disposeTokens(tu, tokens, count);
            out
        }
    }

    /// The type a typedef or alias declaration names.
    pub fn typedef_underlying(&self) -> super::Type<'tu> {
        super::Type::new(unsafe { clang_getTypedefDeclUnderlyingType(self.raw) })
    }
}
