//! How long the pipeline takes, stage by stage, on real headers:
//! `cargo bench -p cxxbind`. (The coverage build is cargo's time, not ours.)

use criterion::{criterion_group, criterion_main, Criterion};
use cxxbind::analysis::{self, AnalysisOptions};
use cxxbind::driver::{self, Request};
use cxxbind::frontend::{self, ParseOptions};
use std::path::PathBuf;

fn snappy() -> Vec<PathBuf> {
    vec![
        PathBuf::from("/usr/include/snappy.h"),
        PathBuf::from("/usr/include/snappy-sinksource.h"),
    ]
}

fn stages(c: &mut Criterion) {
    let opts = ParseOptions {
        headers: snappy(),
        clang_args: vec!["-std=c++17".into()],
        ..Default::default()
    };
    c.bench_function("snappy/frontend (libclang parse + IR)", |b| {
        b.iter(|| frontend::parse(&opts).expect("parses"))
    });
    let api = frontend::parse(&opts).expect("parses");
    c.bench_function("snappy/analysis", |b| {
        b.iter(|| analysis::analyze(&api, &AnalysisOptions::default()))
    });
    let req = Request {
        headers: snappy(),
        ..Default::default()
    };
    c.bench_function("snappy/generate (all stages + cxx-gen)", |b| {
        b.iter(|| driver::run(&req).expect("generates"))
    });
    let inventory = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../examples/cpp-lib/include");
    let req = Request {
        headers: vec![inventory.join("inventory/inventory.h")],
        include_dirs: vec![inventory],
        ..Default::default()
    };
    c.bench_function("inventory/generate (all stages + cxx-gen)", |b| {
        b.iter(|| driver::run(&req).expect("generates"))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = stages
}
criterion_main!(benches);
