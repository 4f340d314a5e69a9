//! The front end: parses the selected headers with libclang and builds the IR.
//!
//! One umbrella translation unit includes every selected header, so a type
//! declared in one header and used in another is one entity. Only
//! declarations whose location is inside the library's headers are kept
//! (the selected headers and what they include from the library, see
//! `scope.rs`).

mod doc;
mod function;
mod macros;
mod record;
mod scope;
pub mod types;
mod var;

use crate::clang::{self, Cursor, CursorKind, Diagnostic, TranslationUnit};
use crate::ir::{Api, Item, ItemKind, Loc};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// What the front end needs to parse the headers as the user's build does.
#[derive(Debug, Clone, Default)]
pub struct ParseOptions {
    /// The headers whose declarations are bound.
    pub headers: Vec<PathBuf>,
    /// Arguments for clang (`-I`, `-D`, `-std=`, and anything after `--`).
    pub clang_args: Vec<String>,
    /// `--scope` directories: when given, the headers under them (plus the
    /// selected ones) are the library, instead of the default rule.
    pub scope: Vec<PathBuf>,
}

/// Why the front end produced no IR.
#[derive(Debug, thiserror::Error)]
pub enum FrontendError {
    /// libclang is missing or refused to start.
    #[error(transparent)]
    Clang(#[from] clang::ClangError),
    /// A header does not exist.
    #[error("header not found: {0}")]
    MissingHeader(String),
    /// clang reported errors; they are in `diagnostics`.
    #[error("the headers do not parse ({} error(s))", .diagnostics.iter().filter(|d| d.is_error).count())]
    Parse {
        /// Every diagnostic clang printed, errors and warnings.
        diagnostics: Vec<Diagnostic>,
    },
    /// The library's headers declare nothing cxxbind counts: there is
    /// nothing to bind or report (a usage error, exit 2).
    #[error("{}", nothing_in_scope(.counted, .outside))]
    NothingInScope {
        /// The headers in scope, as named in a report.
        counted: Vec<String>,
        /// The other headers the parse read, system headers aside.
        outside: Vec<String>,
    },
    /// Writing the umbrella file failed.
    #[error("i/o error: {0}")]
    Io(#[from] std::io::Error),
}

/// Parses the headers and returns the IR of everything they declare.
pub fn parse(opts: &ParseOptions) -> Result<Api, FrontendError> {
    clang::load()?;
    let mut selected = Vec::new();
    let mut umbrella = String::new();
    for h in &opts.headers {
        let canon = std::fs::canonicalize(h)
            .ok()
            .filter(|c| c.is_file())
            .ok_or_else(|| FrontendError::MissingHeader(h.display().to_string()))?;
        umbrella.push_str(&format!("#include \"{}\"\n", canon.display()));
        selected.push((canon, h.display().to_string()));
    }
    let dir = tempfile::Builder::new().prefix("cxxbind-").tempdir()?;
    let umbrella_path = dir.path().join("cxxbind_umbrella.cpp");
    std::fs::write(&umbrella_path, umbrella)?;

    let mut args = vec!["-x".to_string(), "c++".to_string()];
    if !opts.clang_args.iter().any(|a| a.starts_with("-std=")) {
        args.push("-std=c++17".to_string());
    }
    args.extend(opts.clang_args.iter().cloned());
    args.push("-fparse-all-comments".to_string());
    // The builtin include directory: libclang needs it for <stddef.h> and friends.
    let builtin = builtin_include_dir();
    if let Some(dir) = &builtin {
        args.push("-isystem".to_string());
        args.push(dir.clone());
    }
    let tu = TranslationUnit::parse(&umbrella_path, &args)?;
    let diagnostics = tu.diagnostics();
    if diagnostics.iter().any(|d| d.is_error) {
        return Err(FrontendError::Parse { diagnostics });
    }
    let inclusions = scope::Inclusion::all(&tu.root());
    let facts = scope::ParseFacts {
        clang_args: &args,
        builtin_include: builtin.as_deref(),
        inclusions: &inclusions,
    };
    let mut importer = Importer {
        scope: scope::Scope::new(&selected, &opts.scope, &facts),
        seen: HashSet::new(),
        items: Vec::new(),
        friends: Vec::new(),
        macros: HashSet::new(),
    };
    importer.visit_scope(&tu.root(), &[], false);
    importer.import_macros(&tu.root());
    importer.add_hidden_friends();
    let umbrella_name = umbrella_path.display().to_string();
    // The library's headers: the selected ones as given, then the others
    // they include from the library, by path.
    let mut headers: Vec<String> = selected.iter().map(|(_, given)| given.clone()).collect();
    let mut others: Vec<String> = tu
        .included_files()
        .into_iter()
        .filter(|f| *f != umbrella_name)
        .filter_map(|f| importer.scope.name_of(Path::new(&f)))
        .filter(|name| !headers.contains(name))
        .collect();
    others.sort();
    others.dedup();
    headers.extend(others);
    // Source order, header by header (macros and hidden friends are collected
    // in separate walks). Stable: declarations at one location keep their order.
    let header_rank: HashMap<&str, usize> = headers
        .iter()
        .enumerate()
        .map(|(i, h)| (h.as_str(), i))
        .collect();
    importer.items.sort_by(|a, b| {
        // In the report's header order (selected first, then the rest of the
        // library by path); a file outside it has no rank and sorts last.
        let key = |i: &Item| {
            let rank = header_rank.get(i.loc.file.as_str()).copied();
            (rank.is_none(), rank, i.loc.line, i.loc.column)
        };
        key(a)
            .cmp(&key(b))
            .then_with(|| a.loc.file.cmp(&b.loc.file))
    });
    let mut files: Vec<String> = tu
        .included_files()
        .into_iter()
        .filter(|f| *f != umbrella_name)
        // libclang may spell paths through its prefix (`/../lib/gcc/...`).
        .map(|f| {
            std::fs::canonicalize(&f)
                .map(|p| p.display().to_string())
                .unwrap_or(f)
        })
        .collect();
    files.sort();
    files.dedup();
    if importer.items.is_empty() {
        return Err(FrontendError::NothingInScope {
            outside: outside_scope(&mut importer.scope, &files),
            counted: headers,
        });
    }
    let mut macros: Vec<String> = importer.macros.into_iter().collect();
    macros.sort();
    Ok(Api {
        headers,
        items: importer.items,
        files,
        macros,
    })
}

/// The headers among `files` (canonical) that are neither in scope nor
/// system headers: the ones a `--scope` could bring in.
fn outside_scope(scope: &mut scope::Scope, files: &[String]) -> Vec<String> {
    files
        .iter()
        .filter(|f| scope.name_of(Path::new(f)).is_none() && !scope.is_system(Path::new(f)))
        .cloned()
        .collect()
}

/// Most headers outside the scope [`FrontendError::NothingInScope`] lists.
const MAX_LISTED: usize = 20;

/// The message of [`FrontendError::NothingInScope`]: the headers read, and
/// the `--scope` that would count them.
fn nothing_in_scope(counted: &[String], outside: &[String]) -> String {
    let mut text = format!(
        "no declaration in scope: nothing to bind or report\n  headers in scope (they declare nothing cxxbind counts): {}",
        counted.join(", ")
    );
    if outside.is_empty() {
        text.push_str("\n  no other header of a library was read");
        text.push_str("\n  pass --scope DIR to count the headers under DIR");
        return text;
    }
    text.push_str("\n  headers read outside the scope (not counted):");
    for h in outside.iter().take(MAX_LISTED) {
        text.push_str(&format!("\n    {h}"));
    }
    if outside.len() > MAX_LISTED {
        text.push_str(&format!("\n    … and {} more", outside.len() - MAX_LISTED));
    }
    let example = Path::new(&outside[0])
        .parent()
        .map(|d| format!(", e.g. --scope {}", d.display()))
        .unwrap_or_default();
    text.push_str(&format!(
        "\n  pass --scope DIR to count the headers under DIR{example}"
    ));
    text
}

/// Finds clang's resource `include` directory next to the loaded libclang.
fn builtin_include_dir() -> Option<String> {
    let lib = clang_sys::get_library()?;
    let path = lib.path();
    let lib_dir = path.parent()?;
    let clang_dir = lib_dir.join("clang");
    let mut versions: Vec<_> = std::fs::read_dir(&clang_dir)
        .ok()?
        .filter_map(|e| e.ok())
        .map(|e| e.path().join("include"))
        .filter(|p| p.join("stddef.h").exists())
        .collect();
    versions.sort();
    versions.pop().map(|p| p.display().to_string())
}

/// A class, struct, union or class template (an enclosing class).
fn is_record(c: &Cursor<'_>) -> bool {
    matches!(
        c.kind(),
        CursorKind::ClassDecl
            | CursorKind::StructDecl
            | CursorKind::UnionDecl
            | CursorKind::ClassTemplate
            | CursorKind::ClassTemplatePartialSpecialization
    )
}

/// `CXCursor_UnexposedDecl`.
const UNEXPOSED_DECL: i32 = 1;

pub(crate) struct Importer {
    /// Which files' declarations count.
    scope: scope::Scope,
    /// USRs already imported (a forward declaration and its definition are one entity).
    seen: HashSet<String>,
    items: Vec<Item>,
    /// Friend functions declared in class bodies, by USR: counted at the end
    /// unless the namespace declares them too.
    friends: Vec<(String, Item)>,
    /// Names of the library's object-like macros.
    macros: HashSet<String>,
}

impl Importer {
    /// The location of `c` if it is inside one of the library's headers.
    pub(crate) fn scope_loc(&mut self, c: &Cursor<'_>) -> Option<Loc> {
        let l = c.location();
        let file = self.scope.name_of(&l.file?)?;
        Some(Loc {
            file,
            line: l.line,
            column: l.column,
        })
    }

    fn push(&mut self, c: &Cursor<'_>, scope: &[String], loc: Loc, kind: ItemKind) {
        self.items.push(Item {
            name: c.spelling(),
            scope: scope.to_vec(),
            loc,
            doc: doc::of(c),
            kind,
        });
    }

    /// Imports the members of a namespace, `extern "C"` block or the TU.
    fn visit_scope(&mut self, parent: &Cursor<'_>, scope: &[String], c_linkage: bool) {
        for c in parent.children() {
            match c.kind() {
                CursorKind::Namespace => {
                    // Anonymous namespaces have internal linkage: not public API.
                    if c.is_anonymous() || self.scope_loc(&c).is_none() {
                        continue;
                    }
                    let mut inner = scope.to_vec();
                    inner.push(c.spelling());
                    self.visit_scope(&c, &inner, c_linkage);
                }
                // `extern "C"`: its children are filtered one by one (the
                // block itself may report no location).
                CursorKind::LinkageSpec => self.visit_scope(&c, scope, true),
                // libclang before 16 reports `extern "C"` blocks as unexposed
                // declarations; C linkage is then read from the mangling.
                CursorKind::Other(UNEXPOSED_DECL) => self.visit_scope(&c, scope, c_linkage),
                _ => {
                    if let Some(loc) = self.scope_loc(&c) {
                        self.import_decl(&c, scope, loc, c_linkage);
                    }
                }
            }
        }
    }

    fn first_time(&mut self, c: &Cursor<'_>) -> bool {
        let usr = c.usr();
        usr.is_empty() || self.seen.insert(usr)
    }

    /// A typedef or alias: of an anonymous struct or enum, it names that
    /// declaration; otherwise an alias item.
    fn import_typedef(&mut self, c: &Cursor<'_>, scope: &[String], loc: Loc) {
        let underlying = c.typedef_underlying();
        // `typedef struct X {..} X;` names the record itself: not a second declaration.
        let target_decl = underlying.canonical().declaration();
        if !target_decl.is_null()
            && types::qualified_name(&target_decl) == crate::ir::qualify(scope, &c.spelling())
        {
            return;
        }
        let anonymous_record = (target_decl.is_anonymous() || target_decl.spelling().is_empty())
            && matches!(
                target_decl.kind(),
                CursorKind::StructDecl | CursorKind::ClassDecl | CursorKind::UnionDecl
            );
        let anonymous_enum = (target_decl.is_anonymous() || target_decl.spelling().is_empty())
            && target_decl.kind() == CursorKind::EnumDecl
            && types::linkage_name(&target_decl.usr()).is_some();
        if anonymous_enum {
            // `typedef enum { ... } Name;` (C's result codes): the enum is `Name`.
            if self.first_time(c) {
                let kind = ItemKind::Enum(var::import_enum(&target_decl));
                self.push(c, scope, loc, kind);
            }
            return;
        }
        if anonymous_record {
            // `typedef struct { ... } Name;`: the record takes the typedef's name.
            if self.first_time(c) {
                let kind = ItemKind::Record(record::import(self, &target_decl, scope, false));
                self.push(c, scope, loc, kind);
            }
            return;
        }
        if self.first_time(c) {
            let kind = ItemKind::Alias {
                target: types::convert(underlying),
            };
            self.push(c, scope, loc, kind);
        }
    }

    fn import_decl(&mut self, c: &Cursor<'_>, scope: &[String], loc: Loc, c_linkage: bool) {
        // A member defined outside its class (`class Outer::Inner { … };`,
        // `void Outer::f() { … }`): imported with the class's members.
        if is_record(&c.semantic_parent()) {
            return;
        }
        match c.kind() {
            CursorKind::FunctionDecl => {
                if c.is_definition() || self.first_time(c) {
                    let kind = ItemKind::Function(function::import(c, c_linkage));
                    self.push(c, scope, loc, kind);
                }
            }
            CursorKind::ClassDecl | CursorKind::StructDecl | CursorKind::UnionDecl => {
                if c.spelling().is_empty() || c.is_anonymous() {
                    return; // anonymous records are reached through their fields or typedef
                }

                // An explicit specialization (`template <> struct std::hash<K>`)
                // belongs to its template: counted as a class template.
                if !c.ty().template_arguments().is_empty() || types::in_std(c) {
                    if self.first_time(c) {
                        let kind = record::class_template(self, c);
                        self.push(c, scope, loc, kind);
                    }
                    return;
                }
                if !c.is_definition() {
                    // A forward declaration: the definition, if selected, is the item.
                    if let Some(def) = c.definition() {
                        if self.scope_loc(&def).is_some() {
                            return;
                        }
                    }
                }
                if self.first_time(c) {
                    let kind = ItemKind::Record(record::import(self, c, scope, false));
                    self.push(c, scope, loc, kind);
                }
            }
            CursorKind::EnumDecl => {
                if !self.first_time(c) {
                    return;
                }
                if (c.spelling().is_empty() || c.is_anonymous())
                    && types::linkage_name(&c.usr()).is_some()
                {
                    return; // `typedef enum { … } T;`: the typedef imports it as `T`
                }
                if c.spelling().is_empty() || c.is_anonymous() {
                    // Enumerators of an anonymous enum are plain constants.
                    for e in c.children() {
                        if let Some(l) = self.scope_loc(&e) {
                            let kind = ItemKind::Constant(var::enumerator_constant(c, &e));
                            self.push(&e, scope, l, kind);
                        }
                    }
                    return;
                }
                let kind = ItemKind::Enum(var::import_enum(c));
                self.push(c, scope, loc, kind);
            }
            CursorKind::TypedefDecl | CursorKind::TypeAliasDecl => {
                self.import_typedef(c, scope, loc);
            }
            CursorKind::VarDecl => {
                if self.first_time(c) {
                    let kind = var::import_var(c);
                    self.push(c, scope, loc, kind);
                }
            }
            CursorKind::FunctionTemplate => {
                if self.first_time(c) {
                    let kind = function::import_template(c);
                    self.push(c, scope, loc, kind);
                }
            }
            CursorKind::ClassTemplate | CursorKind::ClassTemplatePartialSpecialization => {
                if self.first_time(c) {
                    let kind = record::class_template(self, c);
                    self.push(c, scope, loc, kind);
                }
            }
            CursorKind::TypeAliasTemplateDecl => {
                if self.first_time(c) {
                    let kind = ItemKind::Unsupported {
                        what: "alias template".to_string(),
                    };
                    self.push(c, scope, loc, kind);
                }
            }
            // Not declarations of API: directives, assertions, references.
            CursorKind::UsingDirective
            | CursorKind::UsingDeclaration
            | CursorKind::StaticAssert
            | CursorKind::NamespaceAlias
            | CursorKind::MacroDefinition
            | CursorKind::InclusionDirective
            | CursorKind::FriendDecl
            | CursorKind::TypeRef
            | CursorKind::Other(_) => {}
            other => {
                if self.first_time(c) {
                    let kind = ItemKind::Unsupported {
                        what: format!("{other:?}"),
                    };
                    self.push(c, scope, loc, kind);
                }
            }
        }
    }

    /// A `friend` function declared in a class body (in the class's namespace).
    pub(crate) fn note_friend(&mut self, friend: &Cursor<'_>, scope: &[String]) {
        for f in friend.children() {
            if f.kind() != CursorKind::FunctionDecl {
                continue;
            }
            let Some(loc) = self.scope_loc(&f) else {
                continue;
            };
            let mut func = function::import(&f, false);
            func.hidden_friend = true;
            self.friends.push((
                f.usr(),
                Item {
                    name: f.spelling(),
                    scope: scope.to_vec(),
                    loc,
                    doc: doc::of(&f),
                    kind: ItemKind::Function(func),
                },
            ));
        }
    }

    /// Friends the namespace never declares are only found by argument-dependent lookup.
    fn add_hidden_friends(&mut self) {
        for (usr, item) in std::mem::take(&mut self.friends) {
            if usr.is_empty() || self.seen.insert(usr) {
                self.items.push(item);
            }
        }
    }

    /// Object-like macros with a literal value are constants. Not macros
    /// with reserved names (`__STDC_LIMIT_MACROS`: the implementation's,
    /// defined before the header may get to it) nor macros the header
    /// `#undef`s again (gone by the time a user's code includes it).
    fn import_macros(&mut self, root: &Cursor<'_>) {
        let mut undefs: HashMap<String, Vec<(String, u32)>> = HashMap::new();
        for c in root.children() {
            if c.kind() != CursorKind::MacroDefinition || c.is_macro_function_like() {
                continue;
            }
            let Some(loc) = self.scope_loc(&c) else {
                continue;
            };
            let name = c.spelling();
            if macros::is_reserved(&name) {
                continue;
            }
            let later = undefs.entry(loc.file.clone()).or_insert_with(|| {
                std::fs::read_to_string(&loc.file)
                    .map(|text| macros::undefs(&text))
                    .unwrap_or_default()
            });
            if later.iter().any(|(n, line)| *n == name && *line > loc.line) {
                continue;
            }
            let tokens = c.tokens();
            // `#define XML_STATUS_OK XML_STATUS_OK` (so `#ifdef` sees an
            // enumerator) expands to the name itself: harmless.
            if !matches!(tokens.as_slice(), [name, body] if name == body) {
                self.macros.insert(c.spelling());
            }
            if let Some(constant) = macros::literal_constant(&tokens) {
                self.push(&c, &[], loc, ItemKind::Constant(constant));
            }
        }
    }
}

/// Renders diagnostics the way clang prints them, one per line.
pub fn render_diagnostics(diags: &[Diagnostic]) -> String {
    diags
        .iter()
        .map(|d| d.rendered.clone())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The IR as pretty JSON (`--dump-ir`).
pub fn to_json(api: &Api) -> String {
    serde_json::to_string_pretty(api).unwrap_or_default()
}
