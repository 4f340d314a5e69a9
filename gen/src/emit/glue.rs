//! cxx's own C++ glue, generated in-process by `cxx-gen` from the same
//! bridge tokens the Rust side compiles.

use proc_macro2::TokenStream;

/// The glue header and source.
pub struct Glue {
    /// `<name>.cxx.h`.
    pub header: String,
    /// `<name>.cxx.cc`.
    pub source: String,
}

/// Runs cxx-gen on the bridge module.
pub fn generate(bridge: TokenStream) -> Result<Glue, String> {
    let opt = cxx_gen::Opt::default();
    let code = cxx_gen::generate_header_and_cc(bridge, &opt).map_err(|e| e.to_string())?;
    Ok(Glue {
        header: String::from_utf8_lossy(&code.header).into_owned(),
        source: String::from_utf8_lossy(&code.implementation).into_owned(),
    })
}

/// cxx's runtime header `rust/cxx.h`, matching the cxx version in use.
pub fn cxx_header() -> &'static str {
    cxx_gen::HEADER
}
