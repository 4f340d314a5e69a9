//! A small safe wrapper over `clang-sys`.
#![allow(non_upper_case_globals)]
//!
//! libclang is loaded at run time (`clang-sys`'s `runtime` feature), so the
//! `cxxbind` binary starts even where libclang is missing and can say what to
//! install. Nothing from this module escapes the front end: the importers
//! turn cursors and types into IR values.

mod cursor;
mod ty;

pub use cursor::{Access, Cursor, CursorKind, EvalValue, ExceptionSpec, Location};
pub use ty::{Type, TypeKind};

use clang_sys::*;
use std::ffi::{CStr, CString};
use std::os::raw::{c_char, c_int};
use std::path::Path;

/// Why libclang could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ClangError {
    /// The shared library could not be found or loaded.
    #[error(
        "libclang could not be loaded: {0}\n  install it (Debian/Ubuntu: `apt-get install libclang-dev`) \
         or point LIBCLANG_PATH at the directory that holds libclang.so"
    )]
    NotFound(String),
    /// libclang refused to create a translation unit.
    #[error("libclang could not parse {file}: error code {code}")]
    ParseFailed {
        /// The file handed to libclang.
        file: String,
        /// The raw `CXErrorCode`.
        code: i32,
    },
    /// An argument contained a NUL byte.
    #[error("argument contains a NUL byte: {0:?}")]
    NulByte(String),
}

/// Loads libclang for the calling thread (honours `LIBCLANG_PATH`).
///
/// `clang-sys` keeps the loaded library per thread, so every thread that
/// parses calls this first; loading again on a thread is a no-op.
pub fn load() -> Result<(), ClangError> {
    if clang_sys::is_loaded() {
        return Ok(());
    }
    clang_sys::load().map_err(ClangError::NotFound)
}

/// The libclang version string, e.g. `Debian clang version 14.0.6`.
pub fn version() -> String {
    if load().is_err() {
        return "libclang not found".to_string();
    }
    unsafe { take_string(clang_getClangVersion()) }
}

/// Converts and frees a `CXString`.
pub(crate) unsafe fn take_string(s: CXString) -> String {
    let ptr = clang_getCString(s);
    let out = if ptr.is_null() {
        String::new()
    } else {
        CStr::from_ptr(ptr).to_string_lossy().into_owned()
    };
    clang_disposeString(s);
    out
}

/// A diagnostic reported by clang while parsing.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    /// True for errors and fatal errors.
    pub is_error: bool,
    /// clang's own rendering: `file:line:col: error: message`.
    pub rendered: String,
}

/// An index plus one parsed translation unit; cursors borrow from it.
pub struct TranslationUnit {
    index: CXIndex,
    tu: CXTranslationUnit,
}

impl TranslationUnit {
    /// Parses `file` with `args` (clang command-line arguments). Function
    /// bodies are skipped and comments attached to declarations.
    pub fn parse(file: &Path, args: &[String]) -> Result<Self, ClangError> {
        load()?;
        let c_file = CString::new(file.to_string_lossy().as_bytes())
            .map_err(|_| ClangError::NulByte(file.display().to_string()))?;
        let c_args = args
            .iter()
            .map(|a| CString::new(a.as_bytes()).map_err(|_| ClangError::NulByte(a.clone())))
            .collect::<Result<Vec<_>, _>>()?;
        let arg_ptrs: Vec<*const c_char> = c_args.iter().map(|a| a.as_ptr()).collect();
        unsafe {
            let index = clang_createIndex(0, 0);
            let mut tu: CXTranslationUnit = std::ptr::null_mut();
            let options = CXTranslationUnit_SkipFunctionBodies
                | CXTranslationUnit_DetailedPreprocessingRecord
                | CXTranslationUnit_KeepGoing;
            let code = clang_parseTranslationUnit2(
                index,
                c_file.as_ptr(),
                arg_ptrs.as_ptr(),
                arg_ptrs.len() as c_int,
                std::ptr::null_mut(),
                0,
                options,
                &mut tu,
            );
            if code != CXError_Success || tu.is_null() {
                clang_disposeIndex(index);
                return Err(ClangError::ParseFailed {
                    file: file.display().to_string(),
                    code: code as i32,
                });
            }
            Ok(TranslationUnit { index, tu })
        }
    }

    /// The translation unit's root cursor.
    pub fn root(&self) -> Cursor<'_> {
        Cursor::new(unsafe { clang_getTranslationUnitCursor(self.tu) })
    }

    /// Every diagnostic, in clang's order.
    pub fn diagnostics(&self) -> Vec<Diagnostic> {
        unsafe {
            let n = clang_getNumDiagnostics(self.tu);
            (0..n)
                .map(|i| {
                    let d = clang_getDiagnostic(self.tu, i);
                    let severity = clang_getDiagnosticSeverity(d);
                    let rendered = take_string(clang_formatDiagnostic(
                        d,
                        clang_defaultDiagnosticDisplayOptions(),
                    ));
                    clang_disposeDiagnostic(d);
                    Diagnostic {
                        is_error: severity >= CXDiagnostic_Error,
                        rendered,
                    }
                })
                .collect()
        }
    }

    /// Every file the translation unit includes, directly or not.
    pub fn included_files(&self) -> Vec<String> {
        extern "C" fn visit(
            file: CXFile,
            _stack: *mut CXSourceLocation,
            _len: std::os::raw::c_uint,
            data: CXClientData,
        ) {
            // SAFETY: `data` is the `Vec` passed below, alive for the whole visit.
            let out = unsafe { &mut *(data as *mut Vec<String>) };
            out.push(unsafe { take_string(clang_getFileName(file)) });
        }
        let mut out: Vec<String> = Vec::new();
        unsafe {
            clang_getInclusions(self.tu, visit, &mut out as *mut Vec<String> as CXClientData);
        }
        out
    }
}

impl Drop for TranslationUnit {
    fn drop(&mut self) {
        unsafe {
            clang_disposeTranslationUnit(self.tu);
            clang_disposeIndex(self.index);
        }
    }
}
