//! Pins the generated code per construct: the safe Rust file (bridge +
//! wrappers), our C++ shim header and the coverage report. Review changes
//! with `cargo insta review`.

use cxxbind::driver::{self, Request};
use cxxbind::report;
use std::path::PathBuf;

/// Every construct directory under `cases/`, sorted.
fn case_names() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir("cases")
        .expect("cases/")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("case.h").exists())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// A case's bindings, with its `config.toml` when it has one.
fn generate(headers: Vec<PathBuf>, include_dirs: Vec<PathBuf>, name: &str) -> driver::Generated {
    let config = PathBuf::from(format!("cases/{name}/config.toml"));
    driver::run(&Request {
        headers,
        include_dirs,
        config: config.exists().then_some(config),
        name: Some(name.to_string()),
        ..Default::default()
    })
    .unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// The audited `unsafe` forms, whitespace removed: the blocks that turn the
/// pointer a shim returned (or C++ passed to a Rust implementation) into the
/// borrow its plan states (null → `None`; docs/strategy.md, "Objects C++
/// owns"), the glue functions taking such pointers, the `ExternType`
/// of a plain value or of `struct iovec` (layouts `static_assert`ed), the
/// one cast of `&[IoSliceMut]` to the `struct iovec` array it is laid out
/// as; and the two halves of an object chosen to be freed
/// (`delete_node`): the choice's exclusive borrow is given up as a
/// pointer, so the receiver can be lent again for the call, and the
/// pointer is lent back to C++ as the choice. The handles of an array a
/// callback receives (`sqlite3_value** argv`) are read the first way too
/// (`cxxbind_ptr.as_ref()`), valid for that one callback. A handle value
/// held inline is pinned in place for calls (it is not `Unpin`, so the
/// pin gives no `&mut`; C++ declares it relocatable). Nothing else may
/// use `unsafe`.
const LENDING: [&str; 11] = [
    "unsafe{cxxbind_p.get_unchecked_mut()}",
    "unsafe{::core::pin::Pin::new_unchecked(&mut*cxxbind_chosen)}",
    "unsafeimpl::cxx::ExternTypefor",
    "unsafe{cxxbind_ptr.as_ref()}",
    "unsafefncxxbind_rs_",
    "unsafe{cxxbind_r.as_ref()}",
    "unsafe{&*cxxbind_r}",
    "unsafe{cxxbind_r.as_mut().map(|p|::core::pin::Pin::new_unchecked(p))}",
    "unsafe{::core::pin::Pin::new_unchecked(&mut*cxxbind_r)}",
    "unsafe{::core::pin::Pin::new_unchecked(&mutself.inner)}",
    // `&[IoSliceMut]` lent as the `struct iovec` array it is laid out as.
    "unsafe{::core::slice::from_raw_parts(bufs.as_ptr().cast::<IoVec>(),bufs.len())}",
];

/// The safe layer (everything after the raw `ffi` bridge, the private
/// `cxxbind_values` structs cxx passes handle values as and the private
/// `cxxbind_busy` registry, which names handles by address) has no raw pointer
/// type and no `unsafe` but the one lifetime erasure in `from_rust` and the
/// audited lending forms above.
fn assert_safe_layer(name: &str, rs: &str) {
    let safe = &rs[rs
        .find("pub trait AsCpp")
        .expect("the AsCpp trait starts the safe layer")..];
    // The private glue Rust implementations of C++ classes are called
    // through (`fn cxxbind_rs_…`) receives C++'s pointers; nothing public does.
    let mut public = String::new();
    let mut rest = safe;
    while let Some(at) = rest.find("fn cxxbind_rs_") {
        public.push_str(&rest[..at]);
        let body = rest[at..].find('{').map_or(rest.len(), |b| at + b);
        rest = &rest[body..];
    }
    public.push_str(rest);
    for bad in ["*const ", "*mut "] {
        assert!(
            !public.contains(bad),
            "{name}: raw pointer `{bad}` in the safe layer"
        );
    }
    let dense: String = safe.chars().filter(|c| !c.is_whitespace()).collect();
    let erasures = dense.matches("letimp=unsafe{").count();
    let lending: usize = LENDING.iter().map(|form| dense.matches(form).count()).sum();
    assert_eq!(
        dense.matches("unsafe").count(),
        erasures + lending,
        "{name}: an `unsafe` outside the audited forms"
    );
    assert_eq!(
        erasures,
        safe.matches("pub fn from_rust(").count(),
        "{name}"
    );
}

fn snapshot(name: &str, g: &driver::Generated) {
    let rs = g.output.file(&format!("{name}.rs")).expect("rust file");
    assert_safe_layer(name, rs);
    let shim = g
        .output
        .file(&format!("{name}.shim.h"))
        .expect("shim header");
    let shim_cc = g
        .output
        .file(&format!("{name}.shim.cc"))
        .expect("shim source");
    // The libclang version is a fact of the machine, not of the generator.
    let r = report::build(&g.bindings, "<libclang>", false);
    insta::assert_snapshot!(format!("{name}_rs"), rs);
    insta::assert_snapshot!(format!("{name}_shim_h"), shim);
    insta::assert_snapshot!(format!("{name}_shim_cc"), shim_cc);
    insta::assert_snapshot!(format!("{name}_report"), report::json(&r));
}

#[test]
fn cases() {
    // Relative paths keep the snapshots independent of the checkout location.
    let names = case_names();
    assert!(names.len() >= 9, "{names:?}");
    for case in &names {
        let g = generate(
            vec![PathBuf::from(format!("cases/{case}/case.h"))],
            vec![PathBuf::from("cases")],
            case,
        );
        snapshot(case, &g);
    }
}

#[test]
fn snappy() {
    // With the corpus config (its sized raw buffers), as `tests/snappy.rs` uses it.
    let g = driver::run(&Request {
        headers: vec![
            PathBuf::from("/usr/include/snappy.h"),
            PathBuf::from("/usr/include/snappy-sinksource.h"),
        ],
        config: Some(PathBuf::from("configs/snappy.toml")),
        name: Some("snappy".to_string()),
        ..Default::default()
    })
    .unwrap_or_else(|e| panic!("snappy: {e}"));
    snapshot("snappy", &g);
}

/// Every reason code is triggered by some case (so each has an example a
/// reader can look up, and a reason nothing triggers any more is noticed).
/// Only the reasons that depend on command-line choices are left to the CLI
/// tests; the match is exhaustive, so a new reason defaults to "a case must
/// show it".
#[test]
fn every_reason_code_is_triggered_by_a_case() {
    use cxxbind::plan::Reason;
    let mut seen = std::collections::BTreeSet::new();
    for case in case_names() {
        let g = generate(
            vec![PathBuf::from(format!("cases/{case}/case.h"))],
            vec![PathBuf::from("cases")],
            &case,
        );
        for d in &g.bindings.decisions {
            if let cxxbind::plan::Status::Skipped { reason, .. } = d.status {
                seen.insert(reason);
            }
        }
    }
    for &r in Reason::ALL {
        let needs_case = match r {
            // `--allow`/`--block` (cli.rs: block_and_allow_filter_by_qualified_name)
            // and `coverage`'s isolation of a failing build
            // (cli.rs: coverage_isolates_declarations_that_fail_to_build).
            // `internal` is a generator bug isolated at run time (cli.rs:
            // cxx_rejections_skip_only_the_declarations_named).
            // `assumed-by-name` is `--strict`, a choice for a whole run
            // (strict.rs: strict_binds_only_what_the_types_state).
            Reason::Blocked | Reason::BuildFailed | Reason::Internal | Reason::AssumedByName => {
                false
            }
            _ => true,
        };
        assert!(
            !needs_case || seen.contains(&r),
            "no case under interop-tests/cases triggers `{}`",
            r.code()
        );
    }
}

#[test]
fn every_reason_code_is_documented() {
    let doc =
        std::fs::read_to_string("../docs/coverage-report.md").expect("docs/coverage-report.md");
    for r in cxxbind::plan::Reason::ALL {
        assert!(
            doc.contains(&format!("`{}`", r.code())),
            "reason {} is not documented",
            r.code()
        );
    }
}

/// Every convention code is relied on by some case's binding (each has an
/// example, and a convention nothing relies on any more is noticed).
#[test]
fn every_convention_code_is_relied_on_by_a_case() {
    let mut seen = std::collections::BTreeSet::new();
    for case in case_names() {
        let g = generate(
            vec![PathBuf::from(format!("cases/{case}/case.h"))],
            vec![PathBuf::from("cases")],
            &case,
        );
        for d in &g.bindings.decisions {
            seen.extend(d.assumes.iter().copied());
        }
    }
    for c in cxxbind::plan::Convention::ALL {
        assert!(
            seen.contains(c),
            "no case under interop-tests/cases relies on `{}`",
            c.code()
        );
    }
}

#[test]
fn every_convention_code_is_documented() {
    let report =
        std::fs::read_to_string("../docs/coverage-report.md").expect("docs/coverage-report.md");
    let strategy = std::fs::read_to_string("../docs/strategy.md").expect("docs/strategy.md");
    for c in cxxbind::plan::Convention::ALL {
        let row = format!("| `{}` |", c.code());
        assert!(
            report.contains(&row),
            "{} is not in coverage-report.md",
            c.code()
        );
        assert!(
            strategy.contains(&row),
            "{} is not in strategy.md",
            c.code()
        );
    }
}

/// `--strict` on every case: no plan and no decision relies on a
/// convention, and what would have is skipped as `assumed-by-name`.
#[test]
fn strict_runs_rely_on_no_convention() {
    use cxxbind::plan::{Reason, Status};
    let mut refused = 0;
    for case in case_names() {
        let config = PathBuf::from(format!("cases/{case}/config.toml"));
        let g = driver::run(&Request {
            headers: vec![PathBuf::from(format!("cases/{case}/case.h"))],
            include_dirs: vec![PathBuf::from("cases")],
            config: config.exists().then_some(config),
            name: Some(case.clone()),
            strict: true,
            ..Default::default()
        })
        .unwrap_or_else(|e| panic!("{case} --strict: {e}"));
        for f in &g.bindings.functions {
            assert!(
                f.assumes.is_empty(),
                "{case}: {} {:?}",
                f.cpp_name,
                f.assumes
            );
        }
        for h in &g.bindings.handles {
            assert!(h.destroy_assumes.is_empty(), "{case}: {}", h.cpp_name);
        }
        for d in &g.bindings.decisions {
            assert!(d.assumes.is_empty(), "{case}: {} {:?}", d.name, d.assumes);
            if let Status::Skipped { reason, .. } = d.status {
                refused += usize::from(reason == Reason::AssumedByName);
            }
        }
    }
    assert!(refused > 10, "{refused} refusals");
}
