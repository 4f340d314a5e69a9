//! "Generated code always compiles", checked on headers nobody wrote by
//! hand: a deterministic proptest builds headers from random combinations of
//! parameter and result types (bindable or not, class-template instances
//! with type and value arguments among them), runs `cxxbind coverage`
//! (which builds the generated crate) and requires exit 0, a compiled crate,
//! and every declaration accounted for.
//!
//! The generator is free to write overloads that C++ forbids (see
//! [`deliberate_conflicts`]): it knows when it did, and then requires exit 1
//! (clang's diagnostics, nothing generated). Any other header clang rejects
//! is a generator bug and fails the test.

use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use std::path::Path;
use std::process::Command;

const PARAMS: &[&str] = &[
    "int",
    "unsigned",
    "long long",
    "unsigned long long",
    "size_t",
    "int64_t",
    "uint8_t",
    "double",
    "float",
    "bool",
    "char",
    "const char*",
    "std::string",
    "const std::string&",
    "std::string*",
    "std::string&",
    "std::string_view",
    "const char* data#, size_t len#",
    "const int* values#, size_t count#",
    "char* buf#, size_t cap#",
    "int*",
    "E",
    "const E&",
    "const C&",
    "C&",
    "C*",
    "const C*",
    "std::vector<int>",
    "void*",
    "int (*cb#)(int)",
    "std::string&&",
    "long double",
    "const C* items#, size_t n#",
    "Base&",
    "const Base*",
    // C APIs: an opaque handle (`struct H;`), buffers, out-strings, callbacks.
    "H*",
    "const H*",
    "H** out_#",
    "const void* blob_#, int n_#",
    "void* dst_#, int n_#",
    "const char* text_#, int n_#, void (*destroy_#)(void*)",
    "int (*cb_#)(void*, int, char**), void* ud_#",
    "void (*hook_#)(void*, int), void* ud_#",
    "char** errmsg_#",
    "const char** tail_#",
    // Class-template instances, directly and through an alias.
    "const Box<double>&",
    "Box<std::string>&",
    "IntBox&",
    "Box<int>",
    // User data before its callback, a handle in the callback, a release function.
    "void* ud_#, void (*cb_#)(void*, H*, int)",
    "void (*on_#)(void*, int), void* ud_#, void (*release_#)(void*)",
    // A library string type (a token) and a counted out-string.
    "S",
    "const char** name_#, int* n_#",
    // Instances with value arguments (negative, `bool`).
    "const Arr<int, 3>&",
    "Arr<double, -2>&",
    "const Flag<true>&",
    // Standard library vocabulary (and forms left unbound).
    "std::shared_ptr<C>",
    "const std::shared_ptr<C>&",
    "std::array<int, 3>",
    "const std::array<double, 2>&",
    "std::pair<int, std::string>",
    "const std::tuple<bool, double, std::string>&",
    "const std::map<std::string, int>&",
    "std::unordered_map<int, std::string>",
    "std::map<double, int>",
    "std::function<int(int)>",
    "const std::function<void(double, bool)>&",
    "std::function<void(const std::string&)>",
];

const RESULTS: &[&str] = &[
    "void",
    "int",
    "double",
    "bool",
    "char",
    "size_t",
    "long long",
    "std::string",
    "const std::string&",
    "const char*",
    "C",
    "C*",
    "C&",
    "E",
    "std::string_view",
    "void*",
    "int*",
    "std::vector<int>",
    "H*",
    "const unsigned char*",
    "Box<int>",
    "IntBox",
    "Box<bool>",
    "Box<std::string>",
    "S",
    "char*",
    "const void*",
    "std::shared_ptr<C>",
    "const std::shared_ptr<C>&",
    "std::array<int, 2>",
    "std::pair<int, double>",
    "std::tuple<std::string, bool>",
    "std::map<std::string, int>",
    "const std::unordered_map<int, std::string>&",
    "std::array<C, 1>",
    "std::function<int()>",
];

#[derive(Debug, Clone)]
struct Decl {
    ret: usize,
    params: Vec<usize>,
    noexcept: bool,
}

fn decl() -> impl Strategy<Value = Decl> {
    (
        0..RESULTS.len(),
        prop::collection::vec(0..PARAMS.len(), 0..4),
        any::<bool>(),
    )
        .prop_map(|(ret, params, noexcept)| Decl {
            ret,
            params,
            noexcept,
        })
}

/// Declarations over the types a Rust implementation can forward, plus a few it cannot.
fn simple_decl() -> impl Strategy<Value = Decl> {
    let params = [0usize, 2, 4, 7, 8, 9, 10, 17, 20];
    let results = [0usize, 1, 2, 3, 4, 5, 9];
    (
        prop::sample::select(results.to_vec()),
        prop::collection::vec(prop::sample::select(params.to_vec()), 0..3),
        any::<bool>(),
    )
        .prop_map(|(ret, params, noexcept)| Decl {
            ret,
            params,
            noexcept,
        })
}

fn signature(name: &str, d: &Decl) -> String {
    let params: Vec<String> = d
        .params
        .iter()
        .enumerate()
        .map(|(i, &p)| {
            let t = PARAMS[p];
            if t.contains('#') {
                // Names its parameters; the position keeps them distinct.
                t.replace('#', &i.to_string())
            } else {
                format!("{t} p{i}")
            }
        })
        .collect();
    let tail = if d.noexcept { " noexcept" } else { "" };
    format!("{} {name}({}){tail}", RESULTS[d.ret], params.join(", "))
}

/// The parameter types of `d`, names dropped (`(const char* data, size_t
/// len)` and `(const char*, size_t)` are the same list).
fn param_types(d: &Decl) -> Vec<String> {
    d.params
        .iter()
        .flat_map(|&p| PARAMS[p].split(", "))
        .map(|t| match t.split_once('#') {
            // `int (*cb#)(int)` → `int (*)(int)`; `size_t len#` → `size_t`.
            Some((head, tail)) => {
                let head = head.trim_end_matches(|c: char| c.is_ascii_alphanumeric() || c == '_');
                format!("{}{tail}", head.trim_end())
            }
            None => t.to_string(),
        })
        .collect()
}

/// The headers C++ forbids that the generator writes on purpose, each
/// with why: two declarations of one function with the same parameter
/// types but a different result or `noexcept` (free functions share a name
/// when `fn_name` says so), and two constructors with the same parameter
/// types (a member cannot be redeclared). An empty list means the header
/// must parse.
fn deliberate_conflicts(functions: &[Decl], ctors: &[Decl]) -> Vec<String> {
    let mut out = Vec::new();
    for (j, b) in functions.iter().enumerate() {
        for (i, a) in functions[..j].iter().enumerate() {
            if fn_name(i) == fn_name(j)
                && param_types(a) == param_types(b)
                && (a.ret != b.ret || a.noexcept != b.noexcept)
            {
                out.push(format!(
                    "{} redeclared with another result or noexcept",
                    fn_name(j)
                ));
            }
        }
    }
    for (j, b) in ctors.iter().enumerate() {
        if ctors[..j].iter().any(|a| param_types(a) == param_types(b)) {
            out.push(format!("constructor {j} redeclared"));
        }
    }
    out
}

/// Puts a method qualifier after the parameter list: after the last `)`,
/// not the first (a function-pointer parameter has its own).
fn qualify(sig: &str, qualifier: &str) -> String {
    match sig.rfind(')') {
        Some(close) => format!("{}{qualifier}{}", &sig[..=close], &sig[close + 1..]),
        None => format!("{sig}{qualifier}"),
    }
}

/// Every third function overloads the one before it. The name has a creating
/// word (`open`: its `H*`/`H**` results are owned handles) and a call-only
/// word (`each`: it may take a closure lent for the call).
fn fn_name(i: usize) -> String {
    format!("f{}_open_each", if i % 3 == 2 { i - 1 } else { i })
}

/// Member operators of `C` the generator may declare (no two conflict).
const MEMBER_OPERATORS: &[&str] = &[
    "C operator-(const C& o) const;",
    "C operator*(double k) const;",
    "double operator*(const C& o) const;",
    "C& operator+=(const C& o);",
    "C& operator*=(int k);",
    "bool operator<(const C& o) const;",
    "bool operator>=(const C& o) const;",
    "C operator-() const;",
    "C operator~() const;",
    "const double& operator[](std::size_t i) const;",
    "double& operator[](std::size_t i);",
    "long operator[](int i) const;",
    "int operator()(int a, const std::string& s) const;",
    "C& operator++();",
    "C operator++(int);",
    "C& operator--();",
    "explicit operator bool() const;",
    "operator long long() const;",
    "operator std::string() const;",
    "bool operator!() const;",
    "C operator<<(int n) const;",
    "C& operator>>=(unsigned n);",
    "C& operator=(const C& o);",
    "C* operator->();",
];

/// Free operators on `C` the generator may declare.
const FREE_OPERATORS: &[&str] = &[
    "C operator/(const C& a, double k);",
    "C& operator-=(C& a, const C& b);",
    "bool operator<=(const C& a, const C& b);",
    "C operator&(unsigned a, const C& b);",
    "C operator%(const C& a, const C& b) noexcept;",
    "bool operator>(const C& a, const C& b);",
    "C operator|(C& a, const C& b);",
];

fn header(functions: &[Decl], methods: &[Decl], ctors: &[Decl], pure: &[Decl]) -> String {
    let mut h = String::from(
        "#pragma once\n#include <array>\n#include <cstddef>\n#include <cstdint>\n#include <functional>\n#include <map>\n#include <memory>\n#include <ostream>\n#include <string>\n#include <string_view>\n#include <tuple>\n#include <unordered_map>\n#include <utility>\n#include <vector>\nnamespace r {\nstruct H;\nint h_close(H* h);\nvoid h_free(void* p);\ntypedef const char* S;\nint h_logf(H* h, const char* fmt, ...);\nconst void* h_blob(const H* h, int i);\nint h_bytes(const H* h, int i);\nconst void* h_name16(H* h);\nint h_open16(const void* name, H** out);\nint h_find(H* h, int i, H** out) noexcept;\nint h_peek(const H* h, const H** out) noexcept;\nchar* h_format(int n, char* buf, const char* fmt, ...) noexcept;\nstruct K;\nK* k_open(H* h) noexcept;\nint k_close(K* k) noexcept;\nH* k_h(K* k) noexcept;\nK* h_next_k(H* h, K* prev) noexcept;\nenum class E { A, B };\ntemplate <typename T>\nclass Box {\n public:\n  Box() : v_() {}\n  explicit Box(T v) : v_(v) {}\n  T get() const { return v_; }\n  void set(T v) { v_ = v; }\n  T& ref() { return v_; }\n  const T* ptr() const { return &v_; }\n  bool operator==(const Box& o) const { return v_ == o.v_; }\n  Box<T> twice() const { return Box(v_ + v_); }\n private:\n  T v_;\n};\nusing IntBox = Box<int>;\ntemplate <typename T, int N>\nclass Arr {\n public:\n  Arr() : v_(N) {}\n  T get() const { return v_; }\n  void add(T x) { v_ += x * N; }\n private:\n  T v_;\n};\ntemplate <bool B>\nstruct Flag {\n  Flag() {}\n  bool get() const { return B; }\n};\nstruct Base { virtual ~Base(); virtual int v() const; };\nclass C : public Base {\n public:\n",
    );
    for (i, d) in ctors.iter().enumerate() {
        // Constructors take the parameters of a random declaration.
        let sig = signature(
            "C",
            &Decl {
                ret: 0,
                ..d.clone()
            },
        );
        h.push_str(&format!(
            "  {};\n",
            sig.trim_start_matches("void ")
                .replace(" p", &format!(" c{i}p"))
        ));
    }
    for (i, d) in methods.iter().enumerate() {
        let constness = if i % 2 == 0 { " const" } else { "" };
        let sig = qualify(&signature(&format!("m{i}"), d), constness);
        h.push_str(&format!("  {sig};\n"));
    }
    h.push_str("  static int count();\n  bool operator==(const C& o) const;\n  C operator+(const C& o) const;\n");
    // A varying subset of the other operators, member and free.
    let mask = functions.len() * 7 + methods.len() * 3 + ctors.len() * 5 + pure.len();
    let chosen = |pool: &[&'static str], shift: usize| {
        pool.iter()
            .enumerate()
            .filter(|(i, _)| (mask.wrapping_mul(2654435761) >> (i + shift)) & 1 == 1)
            .map(|(_, d)| *d)
            .collect::<Vec<_>>()
    };
    for d in chosen(MEMBER_OPERATORS, 0) {
        h.push_str(&format!("  {d}\n"));
    }
    h.push_str("};\nbool operator!=(const C& a, const C& b) noexcept;\nstd::ostream& operator<<(std::ostream& os, const C& c);\n");
    for d in chosen(FREE_OPERATORS, 3) {
        h.push_str(&format!("{d}\n"));
    }
    // An interface Rust may implement, when every pure virtual allows it.
    h.push_str("class I {\n public:\n  I() {}\n  virtual ~I();\n");
    for (i, d) in pure.iter().enumerate() {
        let constness = if i % 2 == 1 { " const" } else { "" };
        let sig = qualify(&signature(&format!("pv{}", i / 2), d), constness);
        h.push_str(&format!("  virtual {sig} = 0;\n"));
    }
    h.push_str("};\nint use_i(I& i);\n");
    // Every third function overloads the one before it.
    for (i, d) in functions.iter().enumerate() {
        h.push_str(&format!("{};\n", signature(&fn_name(i), d)));
    }
    h.push_str("}\n");
    h
}

#[test]
fn random_headers_generate_code_that_compiles() {
    let config = Config {
        // CI runs 12; `CXXBIND_RANDOM_CASES=200 cargo test --test random_headers` digs deeper.
        cases: std::env::var("CXXBIND_RANDOM_CASES")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(12),
        failure_persistence: None,
        // Each shrink step is a cargo build: keep a failing run short.
        max_shrink_iters: 16,
        ..Config::default()
    };
    let mut runner =
        TestRunner::new_with_rng(config, TestRng::deterministic_rng(RngAlgorithm::ChaCha));
    let cache = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/cxxbind-cache");
    let strategy = (
        prop::collection::vec(decl(), 4..10),
        prop::collection::vec(decl(), 2..6),
        prop::collection::vec(decl(), 0..3),
        prop::collection::vec(simple_decl(), 1..4),
    );
    runner
        .run(&strategy, |(functions, methods, ctors, pure)| {
            let tmp = tempfile::tempdir().unwrap();
            let path = tmp.path().join("random.h");
            let text = header(&functions, &methods, &ctors, &pure);
            std::fs::write(&path, &text).unwrap();
            let report = tmp.path().join("r.json");
            let out = Command::new(env!("CARGO_BIN_EXE_cxxbind"))
                .env("CXXBIND_CACHE_DIR", &cache)
                .arg("coverage")
                .arg(&path)
                .arg("-o")
                .arg(&report)
                .output()
                .unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            let conflicts = deliberate_conflicts(&functions, &ctors);
            if !conflicts.is_empty() {
                // Invalid on purpose: clang must reject it, and say where.
                prop_assert_eq!(
                    out.status.code(),
                    Some(1),
                    "{:?}\nheader:\n{}\nstderr:\n{}",
                    conflicts,
                    text,
                    stderr
                );
                prop_assert!(stderr.contains("random.h:") && stderr.contains("error:"));
                return Ok(());
            }
            prop_assert_eq!(
                out.status.code(),
                Some(0),
                "header:\n{}\nstderr:\n{}",
                text,
                stderr
            );
            let r: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
            prop_assert_eq!(&r["compiled"], true);
            let items = r["items"].as_array().unwrap();
            let named = |n: &str| items.iter().filter(|i| i["name"] == n).count();
            for i in 0..functions.len() {
                let name = fn_name(i);
                // Declarations with the same parameter types are one function.
                let expected = (0..functions.len())
                    .filter(|&j| fn_name(j) == name)
                    .map(|j| param_types(&functions[j]))
                    .collect::<std::collections::BTreeSet<_>>()
                    .len();
                prop_assert_eq!(
                    named(&format!("r::{name}")),
                    expected,
                    "{} missing:\n{}",
                    name,
                    text
                );
            }
            for i in 0..methods.len() {
                prop_assert_eq!(
                    named(&format!("r::C::m{i}")),
                    1,
                    "m{} missing:\n{}",
                    i,
                    text
                );
            }
            prop_assert_eq!(named("r::C::C"), ctors.len());
            Ok(())
        })
        .unwrap();
}
