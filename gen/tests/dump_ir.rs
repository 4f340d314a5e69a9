//! `--dump-ir`: the IR as JSON states what the header says.

use std::process::Command;

#[test]
fn dump_ir_states_which_bases_are_virtual() {
    let tmp = tempfile::tempdir().unwrap();
    let header = tmp.path().join("bases.h");
    std::fs::write(
        &header,
        "#pragma once\nnamespace b {\nstruct A { int a; };\nstruct Z { int z; };\n\
         struct Left : virtual A {};\nstruct Right : public virtual A, Z {};\nstruct Plain : A {};\n}\n",
    )
    .unwrap();
    let ir = tmp.path().join("ir.json");
    let o = Command::new(env!("CARGO_BIN_EXE_cxxbind"))
        .args(["coverage", "--no-build", "--dump-ir"])
        .arg(&ir)
        .arg(&header)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let api: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&ir).unwrap()).unwrap();
    let bases = |name: &str| -> Vec<(String, bool)> {
        let item = api["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["name"] == name)
            .unwrap_or_else(|| panic!("{name} in {api}"));
        item["kind"]["bases"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| {
                (
                    b["name"].as_str().unwrap().to_string(),
                    b["is_virtual"].as_bool().unwrap(),
                )
            })
            .collect()
    };
    let base = |n: &str, v: bool| (n.to_string(), v);
    assert_eq!(bases("Left"), [base("b::A", true)]);
    assert_eq!(bases("Right"), [base("b::A", true), base("b::Z", false)]);
    assert_eq!(bases("Plain"), [base("b::A", false)]);
}
