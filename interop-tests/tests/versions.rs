//! `cxx`, `cxx-build` and `cxx-gen` must stay on the same patch version:
//! the glue cxx-gen writes is only valid for the cxx runtime of that patch.

fn workspace_version(manifest: &toml::Value, krate: &str) -> String {
    let v = &manifest["workspace"]["dependencies"][krate];
    let s = v
        .as_str()
        .or_else(|| v.get("version").and_then(|x| x.as_str()))
        .unwrap_or_default();
    s.trim_start_matches('=').to_string()
}

#[test]
fn cxx_family_on_equal_patch_versions() {
    let text = std::fs::read_to_string("../Cargo.toml").unwrap();
    let manifest: toml::Value = toml::from_str(&text).unwrap();
    let cxx = workspace_version(&manifest, "cxx");
    let build = workspace_version(&manifest, "cxx-build");
    let gen = workspace_version(&manifest, "cxx-gen");
    let patch = |v: &str| v.rsplit('.').next().unwrap_or_default().to_string();
    assert_eq!(cxx, build, "cxx and cxx-build");
    assert_eq!(patch(&cxx), patch(&gen), "cxx {cxx} vs cxx-gen {gen}");
    assert!(!patch(&cxx).is_empty());
    // Crates written by `--crate` and `coverage` pin the same cxx.
    assert_eq!(cxxbind::krate::CXX_VERSION, cxx);
    // And the Cargo.lock actually resolved those versions.
    let lock = std::fs::read_to_string("../Cargo.lock").unwrap();
    // (cxx-build is pinned for users' build scripts; nothing here links it.)
    for (name, want) in [("cxx", &cxx), ("cxx-gen", &gen)] {
        let entry = format!("name = \"{name}\"\nversion = \"{want}\"");
        assert!(lock.contains(&entry), "Cargo.lock has no {name} {want}");
    }
}
