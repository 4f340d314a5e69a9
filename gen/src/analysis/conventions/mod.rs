//! Conventions: every rule that reads meaning from a name, in one place.
//!
//! A header states types; what a function *does* with them (creates,
//! frees, ends, lends, keeps a callback, counts, carries text) is often
//! only in its name. Each such guess is a named function here with a doc
//! line saying what it reads, and the unit tests below hold names that must
//! match and names that must not. The deciders call these and nothing else
//! to read a name's meaning; a guess that could be unsound errs on the side
//! that loses a binding rather than frees twice (docs/strategy.md).
//!
//! A guess that shapes a binding is recorded as a [`Convention`] on the
//! argument, plan and decision that rely on it (the report's `assumes`);
//! `--strict` refuses every binding that records one.

use crate::analysis::core::naming::{snake, words};
use crate::ir::{IntKind, Param, Type};
use crate::plan::Convention;

/// Last name words of a handle's destroy function (`sqlite3_close`).
pub const DESTROY_WORDS: &[&str] = &["close", "destroy", "finalize", "release", "free"];

/// Name words of a function creating the handle it returns or writes
/// through `T**`.
pub const CREATE_WORDS: &[&str] = &[
    "open", "new", "create", "alloc", "dup", "clone", "copy", "init", "prepare", "make", "connect",
];

/// [`CREATE_WORDS`] that only say memory is set aside, not that a new
/// object is made: an allocator may hand out a shared one it selects
/// (`sqlite3_mutex_alloc(SQLITE_MUTEX_STATIC_MAIN)`).
pub const ALLOCATING_WORDS: &[&str] = &["alloc"];

/// Name words of functions that free what they are given.
pub const FREEING_WORDS: &[&str] = &[
    "free", "destroy", "delete", "dispose", "release", "finalize",
];

/// Name words that end a handle's life (never bound as calls: only `Drop`
/// ends an owned handle).
pub const ENDING_WORDS: &[&str] = &[
    "close", "destroy", "finalize", "release", "free", "finish", "delete", "dispose",
];

/// Name words of a function that restarts its handle, dropping the state a
/// call running on it uses (`sqlite3_reset`, `sqlite3_clear_bindings`).
pub const RESTARTING_WORDS: &[&str] = &["reset", "restart", "rewind", "clear"];

/// Nouns that, right after an ending word, name what is ended instead of
/// the handle (`sqlite3_db_release_memory` frees memory, not the database).
pub const RESOURCE_NOUNS: &[&str] = &[
    "memory",
    "cache",
    "caches",
    "lock",
    "locks",
    "buffer",
    "buffers",
    "resources",
];

/// First name words of a member that acquires what a matching freeing
/// member gives back (`GetSnapshot` / `ReleaseSnapshot`).
pub const ACQUIRING_WORDS: &[&str] = &["get", "acquire", "new", "create", "open", "make", "take"];

/// Name words of a member returning an ancestor or owner of its object.
pub const ANCESTOR_WORDS: &[&str] = &["parent", "document", "owner", "ancestor", "container"];

/// Name words of a `bool` parameter saying a string argument is kept.
pub const KEPT_FLAG_WORDS: &[&str] = &["static", "interned", "persistent"];

/// Name words of functions that call their callback only during the call.
pub const CALL_ONLY_WORDS: &[&str] = &[
    "exec", "each", "foreach", "visit", "walk", "iterate", "traverse", "scan",
];

/// Name words of a function giving a handle's user data (`sqlite3_user_data`).
pub const ACCESSOR_WORDS: &[&str] = &["user", "data", "userdata", "udata", "app", "client"];

/// Name words of a `void*` that say it is user data, not bytes.
pub const USER_DATA_WORDS: &[&str] = &[
    "ctx", "context", "arg", "user", "userdata", "cookie", "opaque", "client", "app",
];

/// Words of a callback parameter's name that say it frees what it is given.
pub const DELETER_WORDS: &[&str] = &[
    "deleter", "delete", "free", "release", "destroy", "dispose", "cleanup",
];

/// First name words of a function making a new object the caller owns.
pub const FACTORY_WORDS: &[&str] = &["new", "create", "make", "open"];

/// Last name words that name a function's data (`*_blob`, `*_text16`).
pub const DATA_WORDS: &[&str] = &[
    "blob", "text", "data", "buf", "buffer", "content", "contents",
];

/// Name words of the sibling giving the data's length in bytes.
pub const LENGTH_WORDS: &[&str] = &["bytes", "len", "length", "size"];

/// Whole names of an integer parameter counting the elements of the pointer before it.
const COUNT_NAMES: &[&str] = &[
    "n", "len", "length", "count", "size", "num", "cnt", "nelem", "nitems", "nbyte", "nbytes",
    "nchar", "nparam",
];

/// Suffixes of an integer parameter counting elements (`item_count`).
const COUNT_SUFFIXES: &[&str] = &["_len", "_length", "_count", "_size", "_cnt"];

/// Last name words of an integer that is not the element count of the
/// pointer before it (`open_flags`, `mode`, `api_version`).
const NOT_COUNT_WORDS: &[&str] = &[
    "flags",
    "flag",
    "flg",
    "mode",
    "version",
    "options",
    "opts",
    "kind",
    "type",
    "level",
    "priority",
    "timeout",
    "fd",
    "format",
    "style",
    "status",
    "state",
    "times",
    "iterations",
];

/// Whole names of an integer parameter giving a length in bytes.
const BYTE_LEN_NAMES: &[&str] = &[
    "n", "len", "length", "size", "nbyte", "nbytes", "n_byte", "n_bytes", "nchar", "n_char",
];

/// Suffixes of an integer parameter giving a length in bytes (`key_len`).
const BYTE_LEN_SUFFIXES: &[&str] = &["_len", "_length", "_size", "_bytes", "_byte"];

/// A word without its trailing digits (`open16` → `open`).
fn stem(w: &str) -> &str {
    w.trim_end_matches(|c: char| c.is_ascii_digit())
}

/// Creates what it returns: a word (trailing digits aside) is a
/// [`CREATE_WORDS`] word (`sqlite3_open16`, `leveldb_create_iterator`).
/// When the only such words are [`ALLOCATING_WORDS`], the types must say
/// nothing is selected: every integer or enum parameter is a size
/// ([`is_count`]: a `size_t` or a count-named integer), so
/// `gsl_vector_alloc(size_t n)` and `av_frame_alloc()` create and
/// `sqlite3_mutex_alloc(int)` (whose kind may pick a static mutex) does not.
pub fn is_creating(name: &str, params: &[Param]) -> bool {
    let w: Vec<String> = words(name);
    let creating = w
        .iter()
        .map(|w| stem(w))
        .filter(|w| CREATE_WORDS.contains(w));
    let (allocating, making): (Vec<&str>, Vec<&str>) =
        creating.partition(|w| ALLOCATING_WORDS.contains(w));
    !making.is_empty() || (!allocating.is_empty() && !params.iter().any(selects))
}

/// A parameter that may select what an allocator hands out: an enum, or an
/// integer that is not a size.
fn selects(p: &Param) -> bool {
    match &p.ty {
        Type::Enum { .. } | Type::Bool => true,
        Type::Int { .. } => !is_count(p),
        _ => false,
    }
}

/// A destroy function's name words: the last is a [`DESTROY_WORDS`] word,
/// or any is `free` (`sqlite3_free_table`).
pub fn is_destroy_name(w: &[String]) -> bool {
    w.last()
        .is_some_and(|l| DESTROY_WORDS.contains(&l.as_str()))
        || w.iter().any(|x| x == "free")
}

/// Frees what it is given: a word is a [`FREEING_WORDS`] word.
pub fn names_freeing(name: &str) -> bool {
    words(name)
        .iter()
        .any(|w| FREEING_WORDS.contains(&w.as_str()))
}

/// A key or data the call reads: a parameter naming an entry or carrying
/// data rather than an object it could free (`const char*`, `std::string`,
/// `const void*`, a `const` pointer to scalars, a library string type, or a
/// byte view such as `const Slice&`, which `is_view` tells by the class's
/// qualified name). A non-`const` buffer (`char*`, `void*`) may be what a
/// call frees: not a key.
pub fn is_key_or_data(ty: &Type, is_view: &dyn Fn(&str) -> bool) -> bool {
    match ty {
        Type::StdString | Type::StdStringView | Type::StringToken { .. } => true,
        Type::ConstVoidPointer => true,
        Type::Record { name } => is_view(name),
        Type::Ref { pointee, .. } => match &**pointee {
            Type::Record { name } => is_view(name),
            inner => matches!(inner, Type::StdString | Type::StdStringView),
        },
        Type::Pointer {
            pointee,
            is_const: true,
        } => matches!(
            &**pointee,
            Type::Char | Type::Bool | Type::Int { .. } | Type::Float | Type::Double
        ),
        _ => false,
    }
}

/// An object or a handle (by pointer, reference or value).
fn is_object(ty: &Type) -> bool {
    match ty {
        Type::Record { .. } => true,
        Type::Pointer { pointee, .. } | Type::Ref { pointee, .. } => {
            matches!(**pointee, Type::Record { .. })
        }
        _ => false,
    }
}

/// A freeing name frees the pointer at `params[at]` (covering `count`
/// parameters: a `(buffer, n)` pair is one) only when the types agree: no
/// key or data parameter follows it ([`is_key_or_data`]), and it is not
/// itself a key into an object given before it. `Delete(const
/// WriteOptions&, ColumnFamilyHandle*, const Slice& key)` deletes a key,
/// `cJSON_DeleteItemFromObject(cJSON*, const char*)` an item, and
/// `cfg_delete_entry(cfg*, const char* name)` an entry: none frees what it
/// is given. A pointer after a context handle is still freed
/// (`libusb_dev_mem_free(handle*, unsigned char* buffer, size_t)`), and so
/// is a first `const char*` (`lib_free_string(const char*)`): a miss would
/// free what Rust still holds.
pub fn frees_object(
    params: &[Param],
    at: usize,
    count: usize,
    is_view: &dyn Fn(&str) -> bool,
) -> bool {
    let key = |p: &Param| is_key_or_data(&p.ty, is_view);
    let keyed = params.iter().skip(at + count).any(key);
    let own_key =
        params.get(at).is_some_and(key) && params.iter().take(at).any(|p| is_object(&p.ty));
    !(keyed || own_key)
}

/// An ending name ([`names_ending`], name words `w`) ends the handle at
/// `params[at]`, whose type's name words are `handle`, unless the types
/// and the name both say it ends an entry of it: a key or data parameter
/// follows the handle, and the ending word's object — the word after it
/// (a version suffix such as `v2` aside), else the word before it — is not
/// a word of the handle's name (`cfg_delete_entry(cfg*, const char*
/// name)`, `git_reflog_delete(git_repository*, const char* name)`).
/// Either alone keeps the ending (`kv_close_quietly(kv*)`,
/// `cfg_delete(cfg*, const char* key)`): a missed ending frees twice.
pub fn ends_object(w: &[String], params: &[Param], at: usize, handle: &[String]) -> bool {
    let keyed = params
        .iter()
        .skip(at + 1)
        .any(|p| is_key_or_data(&p.ty, &|_| false));
    !(keyed && names_other_object(w, handle))
}

/// The ending word's object names something other than the handle
/// (`entry` in `cfg_delete_entry`, `reflog` in `git_reflog_delete`).
fn names_other_object(w: &[String], handle: &[String]) -> bool {
    let Some(at) = w.iter().position(|x| ENDING_WORDS.contains(&x.as_str())) else {
        return false;
    };
    let after = w.get(at + 1).filter(|next| !is_version(next));
    let object = after.or_else(|| at.checked_sub(1).and_then(|i| w.get(i)));
    object.is_some_and(|o| !handle.contains(o))
}

/// A version suffix word (`v2`).
fn is_version(w: &str) -> bool {
    w.len() > 1 && w.starts_with('v') && w[1..].chars().all(|c| c.is_ascii_digit())
}

/// Words before `set` that make a name a question (`sd_bus_error_is_set`,
/// `pcap_can_set_rfmon`), not a setter.
pub const PREDICATE_WORDS: &[&str] = &["is", "can", "has"];

/// Name words saying a call hands what it is given over to the library for
/// later (`sqlite3_vfs_register(sqlite3_vfs*, int)`, `Registry::Install`).
pub const REGISTERING_WORDS: &[&str] = &["register", "install", "subscribe"];

/// The name says the call registers what it is given, which the library
/// keeps: a whole word of [`REGISTERING_WORDS`], not after a predicate
/// word (`unregister`, `registered`, `registry_get`, `is_register` do not
/// match).
pub fn names_registering(name: &str) -> bool {
    let w = words(name);
    w.iter().enumerate().any(|(i, x)| {
        REGISTERING_WORDS.contains(&x.as_str())
            && !(i > 0 && PREDICATE_WORDS.contains(&w[i - 1].as_str()))
    })
}

/// A setter: a name word is `set`, not after a [`PREDICATE_WORDS`] word
/// (`SetBoolSerialization`, `kv_set_default`; not `reset`, `setup`,
/// `offset`, `is_set`). Of no object (a static member, or a free function
/// whose first parameter is not an object or handle the value follows), it
/// sets global state and may keep what it is given
/// ([`crate::analysis::c_api::setters`]).
pub fn names_setter(name: &str) -> bool {
    let w = words(name);
    w.iter()
        .enumerate()
        .any(|(i, x)| x == "set" && !(i > 0 && PREDICATE_WORDS.contains(&w[i - 1].as_str())))
}

/// A setter's name says it sets the object of type `ty_words` itself (a
/// word after `set` is one of them): `SetLogger(int, Logger*)`,
/// `randombytes_set_implementation(randombytes_implementation*)` keep the
/// object; `mpfr_set_nan(mpfr*)` and `archive_write_set_format_zip(archive*)`
/// set a property of it.
pub fn setter_names(name: &str, ty_words: &[String]) -> bool {
    let w = words(name);
    let Some(at) = w.iter().position(|x| x == "set") else {
        return false;
    };
    w[at + 1..].iter().any(|x| ty_words.contains(x))
}

/// A freeing member: its first word is a [`FREEING_WORDS`] word and a noun
/// follows (`DeleteNode`, `ReleaseSnapshot`; not `Delete` alone).
pub fn names_freeing_member(w: &[String]) -> bool {
    w.len() >= 2 && FREEING_WORDS.contains(&w[0].as_str())
}

/// The library's general free function: a word is `free` (`sqlite3_free`).
pub fn names_free_function(name: &str) -> bool {
    words(name).iter().any(|w| w == "free")
}

/// Ends a handle: an [`ENDING_WORDS`] word not followed by a
/// [`RESOURCE_NOUNS`] word (`kv_close_quietly`, not `db_release_memory`).
pub fn names_ending(words: &[String]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        ENDING_WORDS.contains(&w.as_str())
            && !words
                .get(i + 1)
                .is_some_and(|next| RESOURCE_NOUNS.contains(&next.as_str()))
    })
}

/// Ends or restarts the handle it is given ([`names_ending`], or a
/// [`RESTARTING_WORDS`] word: `sqlite3_reset`, `kv_query_rewind`): such a
/// call is refused while a call on that handle runs (a guess that only
/// protects: it also applies under `--strict`).
pub fn names_ending_or_restarting(name: &str) -> bool {
    let w = words(name);
    names_ending(&w) || w.iter().any(|w| RESTARTING_WORDS.contains(&w.as_str()))
}

/// Acquires what a freeing member with the noun `noun` releases: an
/// [`ACQUIRING_WORDS`] word, then exactly that noun (`GetSnapshot` for
/// `ReleaseSnapshot`).
pub fn acquires(w: &[String], noun: &[String]) -> bool {
    w.len() == noun.len() + 1 && ACQUIRING_WORDS.contains(&w[0].as_str()) && w[1..] == *noun
}

/// Reaches an ancestor or owner of its object (`Parent`, `GetDocument`).
pub fn names_ancestor(name: &str) -> bool {
    words(name)
        .iter()
        .any(|w| ANCESTOR_WORDS.contains(&w.as_str()))
}

/// A `bool` flag saying a string argument is kept (`isStatic`, `interned`).
pub fn names_kept_flag(name: &str) -> bool {
    words(name)
        .iter()
        .any(|w| KEPT_FLAG_WORDS.contains(&w.as_str()))
}

/// Calls its callback only during the call (`sqlite3_exec`, `kv_each16`):
/// a word, trailing digits aside, is a [`CALL_ONLY_WORDS`] word.
pub fn calls_back_only_during_call(name: &str) -> bool {
    snake(name)
        .split('_')
        .any(|w| CALL_ONLY_WORDS.contains(&stem(w)))
}

/// Gives a handle's user data (`sqlite3_user_data`).
pub fn names_user_data_accessor(name: &str) -> bool {
    words(name)
        .iter()
        .any(|w| ACCESSOR_WORDS.contains(&w.as_str()))
}

/// A `void*` parameter that is user data, not bytes (`void* context`).
pub fn names_user_data(param: &str) -> bool {
    snake(param)
        .split('_')
        .any(|w| USER_DATA_WORDS.contains(&w))
}

/// A callback parameter that frees what it is given (`deleter`, `free_fn`).
pub fn names_deleter(param: &str) -> bool {
    snake(param).split('_').any(|w| DELETER_WORDS.contains(&w))
}

/// Makes a new object the caller owns: the first word is a
/// [`FACTORY_WORDS`] word (`NewIterator`, `create_parser`, `OpenFile`).
pub fn is_factory(name: &str) -> bool {
    let snake = snake(name);
    let first = snake.split('_').next().unwrap_or_default();
    FACTORY_WORDS.contains(&first)
}

/// A [`DATA_WORDS`] word: the function gives data whose byte length a
/// sibling named with a [`LENGTH_WORDS`] word gives.
pub fn is_data_word(w: &str) -> bool {
    DATA_WORDS.contains(&w)
}

/// Walks to the next item (`sqlite3_next_stmt`, `vtab_in_next`).
pub fn names_next(name: &str) -> bool {
    words(name).iter().any(|w| w == "next")
}

/// What a function is to a library's allocator family, by its last word
/// (trailing digits aside); the types must agree before it counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AllocatorWord {
    /// `*_malloc`, `*_alloc`.
    Alloc,
    /// `*_realloc`.
    Realloc,
    /// `*_msize`, `*_size`.
    Size,
}

/// The allocator role `name`'s last word names (`sqlite3_malloc64` → `Alloc`).
pub fn allocator_word(name: &str) -> Option<AllocatorWord> {
    let snake = snake(name);
    let last = stem(snake.rsplit('_').next().unwrap_or_default());
    match last {
        "alloc" | "malloc" => Some(AllocatorWord::Alloc),
        "realloc" => Some(AllocatorWord::Realloc),
        "msize" | "size" => Some(AllocatorWord::Size),
        _ => None,
    }
}

fn is_length(ty: &Type) -> bool {
    matches!(ty, Type::Int { .. })
}

fn is_size_t(p: &Param) -> bool {
    matches!(&p.ty, Type::Int { alias: Some(a), .. } if a == "size_t" || a == "ssize_t")
}

/// The element count of the pointer before it: an integer that is a
/// `size_t` or named like a count ([`is_count_name`]).
pub fn is_count(p: &Param) -> bool {
    is_length(&p.ty) && (is_size_t(p) || is_count_name(&p.name))
}

/// The convention a count or length `p` relies on: none for a `size_t`
/// (the type says it is a size), `kind` for an integer read as one by its
/// name (or its lack of one).
pub fn length_assumes(p: &Param, kind: Convention) -> Option<Convention> {
    (!is_size_t(p)).then_some(kind)
}

/// A name that reads as a count or length (`n`, `len`, `nByte`, `*_size`, …).
pub fn is_count_name(name: &str) -> bool {
    let name = snake(name);
    COUNT_NAMES.contains(&name.as_str())
        || COUNT_SUFFIXES.iter().any(|s| name.ends_with(s))
        || name.starts_with("num_")
        || name.starts_with("n_")
}

/// An integer named as something other than a count of the objects
/// before it: its last name word is `flags`, `mode`, `version`, `options`,
/// `kind`, `type`, `timeout`, `times`, … (`NOT_COUNT_WORDS`) and it does
/// not read as a count ([`is_count_name`]: `num_flags` counts flags). An
/// unnamed integer, `k`, `how_many` or `index` say nothing of the kind.
pub fn names_not_count(name: &str) -> bool {
    let w = words(name);
    !is_count_name(name)
        && w.last()
            .is_some_and(|l| NOT_COUNT_WORDS.contains(&l.as_str()))
}

/// A length in bytes (or characters): a `size_t`, an unnamed integer, or an
/// integer named `n`, `len`, `size`, `nByte`, `*_len`, `*_size`, `*_bytes`, …
/// — not an element count such as `nParam` or `count`.
pub fn is_byte_len(p: &Param) -> bool {
    let name = snake(&p.name);
    let named = BYTE_LEN_NAMES.contains(&name.as_str())
        || BYTE_LEN_SUFFIXES.iter().any(|s| name.ends_with(s));
    // An unnamed `long long` is a value (`sqlite3_uri_int64(z, key, default)`):
    // byte lengths are `int`, unsigned or `size_t`.
    let unnamed_len = p.name.is_empty()
        && !matches!(
            p.ty,
            Type::Int {
                kind: IntKind::LongLong,
                ..
            }
        );
    is_length(&p.ty) && (is_size_t(p) || unnamed_len || named)
}

/// The length of a `(T* p, n)` slice: a count ([`is_count`]), or an
/// unnamed integer (C prototypes often leave them unnamed).
pub fn is_slice_len(p: &Param) -> bool {
    is_count(p) || (p.name.is_empty() && is_length(&p.ty))
}

/// Names a byte view's members: `data()` gives the bytes, `size()` their count.
pub const BYTE_VIEW_DATA: &str = "data";
/// See [`BYTE_VIEW_DATA`].
pub const BYTE_VIEW_SIZE: &str = "size";

/// Names a status's `const bool ok()`.
pub const STATUS_OK: &str = "ok";

/// Names of a status's message method, in the order they are preferred.
pub const STATUS_MESSAGE_NAMES: [&str; 6] = [
    "ToString",
    "to_string",
    "message",
    "Message",
    "what",
    "description",
];

/// The name marks UTF-16 text: its last word, or the word before a version
/// suffix (`_v2`), ends in `16` (`open16`, `text16le`, `prepare16_v2`).
pub fn is_utf16(name: &str) -> bool {
    let snake = snake(name);
    let mut words: Vec<&str> = snake.split('_').collect();
    if words.len() > 1 && words.last().is_some_and(|w| is_version(w)) {
        words.pop();
    }
    words.last().is_some_and(|last| {
        let cut = last
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(last.len());
        cut > 0 && last[cut..].starts_with("16")
    })
}

/// The parameters a doc comment says the callee only writes: Doxygen's
/// `\param[out] name` (or `@param[out] a,b`). `[in,out]`, `[in]` and a
/// plain `\param` say nothing of the kind: such a parameter is read too.
pub fn documented_outputs(doc: Option<&str>) -> Vec<String> {
    let mut out = Vec::new();
    for line in doc.unwrap_or_default().lines() {
        let mut rest = line;
        while let Some(at) = rest.find("param[") {
            let command = rest[..at].ends_with('\\') || rest[..at].ends_with('@');
            rest = &rest[at + "param[".len()..];
            let Some(close) = rest.find(']') else {
                break;
            };
            let direction: String = rest[..close]
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            rest = &rest[close + 1..];
            if !command || !direction.eq_ignore_ascii_case("out") {
                continue;
            }
            // The names: one word, or a comma-separated list (`a,b`).
            let names = rest.split_whitespace().next().unwrap_or_default();
            out.extend(
                names
                    .split(',')
                    .filter(|n| !n.is_empty() && n.chars().all(|c| c.is_alphanumeric() || c == '_'))
                    .map(String::from),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests;
