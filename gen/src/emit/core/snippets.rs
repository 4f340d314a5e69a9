//! The pieces one argument of a safe function contributes to it
//! ([`ArgSnippets`]): written by [`crate::emit::core::function`] and by the
//! C API wing's writers for the arguments they own.

use proc_macro2::TokenStream;

/// What one argument (or the receiver, or a result read through the
/// bridge's out-parameters) contributes to a safe function, each list in the
/// order it is written.
#[derive(Debug, Default)]
pub struct ArgSnippets {
    /// Parameters of the safe function (`n: &[u8]`).
    pub params: Vec<TokenStream>,
    /// Statements before the bridge call, converting the parameters.
    pub prep: Vec<TokenStream>,
    /// Statements after the bridge call (copying back, resuming a panic).
    pub post: Vec<TokenStream>,
    /// Arguments of the bridge call.
    pub call_args: Vec<TokenStream>,
}

impl ArgSnippets {
    /// One parameter passed on as one call argument.
    pub fn passed(param: TokenStream, call_arg: TokenStream) -> Self {
        Self {
            params: vec![param],
            call_args: vec![call_arg],
            ..Self::default()
        }
    }

    /// No parameter: a local prepared before the call and lent to it.
    pub fn local(prep: TokenStream, call_arg: TokenStream) -> Self {
        Self {
            prep: vec![prep],
            call_args: vec![call_arg],
            ..Self::default()
        }
    }

    /// Appends `other`'s pieces after this one's, list by list.
    pub fn append(&mut self, other: ArgSnippets) {
        self.params.extend(other.params);
        self.prep.extend(other.prep);
        self.post.extend(other.post);
        self.call_args.extend(other.call_args);
    }
}
