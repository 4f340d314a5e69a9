#!/usr/bin/env bash
# The full test suite: formatting, lints, every Rust test (unit, CLI,
# snapshots, round trips through real C++, real libraries, compile-fail
# programs, the HTML report in Chromium), the round trips again under
# valgrind, and the CMake build of the example with its ctest. Installs what
# is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh

step() { printf '\n== %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (warnings are errors)"
cargo clippy --workspace --all-targets --quiet -- -D warnings

step "cargo test"
cargo test --workspace --quiet

step "round trips under valgrind (no invalid access, no definite leak)"
scripts/valgrind.sh

step "CMake build of the example + ctest"
cmake -S . -B build -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build build -j "$(nproc)"
ctest --test-dir build --output-on-failure

step "all tests passed"
