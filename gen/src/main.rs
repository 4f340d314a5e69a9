fn main() {
    let headers: Vec<_> = std::env::args().skip(1).map(std::path::PathBuf::from).collect();
    let api = cxxbind::frontend::parse(&cxxbind::frontend::ParseOptions { headers, clang_args: vec![] });
    match api {
        Ok(a) => println!("{}", cxxbind::frontend::to_json(&a)),
        Err(e) => { eprintln!("{e}"); if let cxxbind::frontend::FrontendError::Parse{diagnostics} = e { eprintln!("{}", cxxbind::frontend::render_diagnostics(&diagnostics)); } }
    }
}
