//! The text every writer builds (C++ shims and their helpers, coverage
//! reports): a `String` that `write!` and `writeln!` append to without a
//! `Result` to discard at every call (after cxx's `gen/src/out.rs`). A leaf:
//! it imports nothing from the crate, so both `emit` and `report` use it.

use std::fmt::{self, Write as _};

/// Generated text being written.
#[derive(Default)]
pub struct Out {
    text: String,
}

impl Out {
    /// Empty text.
    pub fn new() -> Self {
        Out::default()
    }

    /// The target of `write!(out, …)` and `writeln!(out, …)`.
    pub fn write_fmt(&mut self, args: fmt::Arguments<'_>) {
        // Writing to a `String` cannot fail, so its `fmt::Result` is ignored
        // here, once, instead of at every call.
        let _ = self.text.write_fmt(args);
    }

    /// Appends `s`.
    pub fn push_str(&mut self, s: &str) {
        self.text.push_str(s);
    }

    /// Appends `c`.
    pub fn push(&mut self, c: char) {
        self.text.push(c);
    }

    /// The text so far.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The finished text.
    pub fn into_string(self) -> String {
        self.text
    }
}

impl From<&str> for Out {
    fn from(s: &str) -> Self {
        Out { text: s.into() }
    }
}

impl From<String> for Out {
    fn from(text: String) -> Self {
        Out { text }
    }
}
