//! The closed list of conventions a binding may rely on: each is a guess
//! read from a name (`analysis/conventions/`), with a stable kebab-case
//! code the report lists under an item's `assumes` and `--strict` refuses.
//!
//! Codes are stable, like reason codes: reports and users' scripts key on
//! them. docs/coverage-report.md says what each one guesses.

use serde::{Deserialize, Serialize};

/// Defines [`Convention`] and [`Convention::ALL`] from one list.
macro_rules! conventions {
    ($($(#[$doc:meta])* $variant:ident = $code:literal,)*) => {
        /// A guess a binding relied on, read from a name rather than stated by the types.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Convention {
            $($(#[$doc])* $variant,)*
        }

        impl Convention {
            /// Every convention, in declaration order.
            pub const ALL: &'static [Convention] = &[$(Convention::$variant,)*];

            /// The stable kebab-case code (`creates-by-name`).
            pub fn code(self) -> &'static str {
                match self {
                    $(Convention::$variant => $code,)*
                }
            }
        }
    };
}

conventions! {
    /// A function hands over a new object the caller owns (`*_open`, `*_new`,
    /// `*_create`, …): a C handle, a string to free.
    CreatesByName = "creates-by-name",
    /// The function taking just a handle's `T*` and named `*_close`,
    /// `*_free`, `*_destroy`, … is its destroy function (run by `Drop`).
    DestroysByName = "destroys-by-name",
    /// A function named like an ending (`*_close_v2`) ends the handle it
    /// is given: it takes the owner by value.
    EndsByName = "ends-by-name",
    /// A member named `Delete…`/`Release…` frees the object it is given
    /// (a lease's release, an object deleted through a chosen borrow), or a
    /// `*_free*(char**)` frees a table of strings.
    FreesByName = "frees-by-name",
    /// The library's `*_free(void*)` frees the memory it hands out (strings
    /// the caller frees, the allocator family's buffers).
    FreeFunctionByName = "free-function-by-name",
    /// A member named `New…`/`Create…` returning `T*` hands over a new
    /// object the caller owns.
    FactoryByName = "factory-by-name",
    /// `Get<Noun>()` lends what `Release<Noun>(…)` takes back: one scoped call.
    LeaseByName = "lease-by-name",
    /// A member named `Parent`/`GetDocument`/… reaches an owner of its
    /// object, lent shared only.
    AncestorByName = "ancestor-by-name",
    /// A `bool` parameter named `static`/`interned`/… says a string
    /// argument is kept: the forms that pass it are left out.
    KeptFlagByName = "kept-flag-by-name",
    /// A static or free setter (`Set…(const char*)`) of no object keeps the
    /// text it is given: it gets a copy that is never freed.
    SetterKeepsByName = "setter-keeps-by-name",
    /// A function named `*_exec`/`*_each`/… calls its callback only during
    /// the call: the closure is lent, not kept.
    LentCallbackByName = "lent-callback-by-name",
    /// The handle's `void* *_user_data(T*)` gives back the user data its
    /// callbacks were registered with.
    UserDataAccessorByName = "user-data-accessor-by-name",
    /// A callback named `deleter`/`free_fn`/… frees the bytes handed over with it.
    DeleterByName = "deleter-by-name",
    /// An integer named `n`/`count`/`*_len` (or unnamed) after a pointer
    /// counts its elements.
    CountByName = "count-by-name",
    /// An integer named `flags`/`mode`/`version`/… after an object pointer
    /// or a non-`const` scalar pointer is not the number of elements there:
    /// the pointer is one object or one out-value.
    NotCountByName = "not-count-by-name",
    /// A parameter spelled with a typedef of an object pointer (`mpz_ptr`)
    /// points to one object, not an array.
    ObjectTypedef = "object-typedef",
    /// An integer named `n`/`len`/`nByte`/`*_size` (or unnamed) next to bytes
    /// is their length.
    LengthByName = "length-by-name",
    /// `*_bytes` gives the length of what `*_blob`/`*_text` returns.
    LengthSiblingByName = "length-sibling-by-name",
    /// A name ending in `16` (`*_open16`) passes its text as UTF-16.
    Utf16ByName = "utf16-by-name",
    /// A variadic function named `*printf` (or whose format parameter is
    /// named `fmt`/`format`) formats like `printf`: bound as `"%s"` and one string.
    PrintfByName = "printf-by-name",
    /// A `*_next_*` function's argument of its result's type is the previous child.
    NextByName = "next-by-name",
    /// `*_malloc`/`*_realloc`/`*_msize` are the library's allocator family.
    AllocatorByName = "allocator-by-name",
    /// A class with `data()` and `size()` is a byte view (`&[u8]`).
    ByteViewByName = "byte-view-by-name",
    /// A class with `ok()` is a status (`Result<T, Status>`).
    StatusByName = "status-by-name",
    /// A `std::string*` its documentation marks `\param[out]` is only
    /// written by the callee: it starts empty and is part of the result.
    OutputByDoc = "output-by-doc",
}

impl Convention {
    /// The convention whose code is `code`.
    pub fn from_code(code: &str) -> Option<Convention> {
        Convention::ALL.iter().copied().find(|c| c.code() == code)
    }
}

impl Serialize for Convention {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Convention {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let code = String::deserialize(d)?;
        Convention::from_code(&code)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown convention `{code}`")))
    }
}

/// Adds `c` to a sorted list of conventions once.
pub fn assume(list: &mut Vec<Convention>, c: Convention) {
    if let Err(at) = list.binary_search(&c) {
        list.insert(at, c);
    }
}

/// Adds every convention of `more` to a sorted list once.
pub fn assume_all(list: &mut Vec<Convention>, more: &[Convention]) {
    for &c in more {
        assume(list, c);
    }
}

#[cfg(test)]
mod tests {
    use super::{assume, Convention};

    #[test]
    fn every_convention_has_a_distinct_kebab_code_that_reads_back() {
        let codes: std::collections::BTreeSet<&str> =
            Convention::ALL.iter().map(|c| c.code()).collect();
        assert_eq!(codes.len(), Convention::ALL.len());
        for c in Convention::ALL {
            let kebab = heck::ToKebabCase::to_kebab_case(format!("{c:?}").as_str());
            assert_eq!(c.code(), kebab);
            let json = serde_json::to_string(c).expect("serializes");
            let back: Convention = serde_json::from_str(&json).expect("reads back");
            assert_eq!(back, *c);
        }
        assert!(serde_json::from_str::<Convention>("\"guessed\"").is_err());
    }

    #[test]
    fn a_list_stays_sorted_and_holds_each_once() {
        let mut list = Vec::new();
        assume(&mut list, Convention::LengthByName);
        assume(&mut list, Convention::CreatesByName);
        assume(&mut list, Convention::LengthByName);
        assert_eq!(
            list,
            vec![Convention::CreatesByName, Convention::LengthByName]
        );
    }
}
