#!/usr/bin/env bash
# The cxxbind demo: generate safe Rust bindings for an example C++ library
# and for the real snappy library, run a Rust program that uses them (built
# by CMake + cargo), and print interop coverage. Installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh

say() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
out=target/demo
mkdir -p "$out"

say "Building cxxbind"
cargo build --quiet -p cxxbind
cxxbind=target/debug/cxxbind

say "1. Bindings for the example C++ library (examples/cpp-lib/include/inventory/inventory.h)"
"$cxxbind" generate examples/cpp-lib/include/inventory/inventory.h \
  -I examples/cpp-lib/include --name inventory -o "$out/inventory"
echo "generated into $out/inventory/:"
ls "$out/inventory" | sed 's/^/  /'
echo "the safe Rust API (no unsafe, no raw pointers; throwing C++ returns Result):"
api() { grep -E '^\s*pub (fn|struct|use|const|trait)' "$1" \
  | grep -vE 'as_ffi|pin_mut|into_unique_ptr|AsCpp|CxxbindRust' \
  | sed -E 's/^\s+//; s/\{$//; s/^/  /' | head -"$2"; }
api "$out/inventory/inventory.rs" 30

say "2. A Rust program using it: CMake builds the C++ library, runs cxxbind, compiles the glue, drives cargo"
cmake -S . -B build -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build build -j "$(nproc)" >/dev/null
echo "\$ build/…/inventory-demo   (source: examples/cpp-lib/rust/src/main.rs)"
target/debug/inventory-demo | sed 's/^/  /'
ctest --test-dir build 2>&1 | grep -E 'tests passed|Failed' | sed 's/^/  ctest: /'

say "3. Bindings for the real snappy library, straight from /usr/include"
"$cxxbind" generate /usr/include/snappy.h /usr/include/snappy-sinksource.h \
  --config interop-tests/configs/snappy.toml -o "$out/snappy"
api "$out/snappy/bindings.rs" 30
echo "  (interop-tests/tests/snappy.rs round-trips arbitrary bytes through it, with Rust Source/Sink implementations)"

say "4. Interop coverage (each generated crate is built; only what compiles counts)"
for spec in "snappy|/usr/include/snappy.h /usr/include/snappy-sinksource.h|--link snappy --config interop-tests/configs/snappy.toml" \
            "inventory|examples/cpp-lib/include/inventory/inventory.h|-I examples/cpp-lib/include"; do
  IFS='|' read -r name headers flags <<<"$spec"
  # shellcheck disable=SC2086
  "$cxxbind" coverage $headers $flags --format md -o "$out/$name-coverage.md"
  # shellcheck disable=SC2086
  "$cxxbind" coverage $headers $flags --format json -o "$out/$name-coverage.json"
  echo "$name:"
  grep -E '^- (declarations|callables)' "$out/$name-coverage.md" | sed 's/\*\*//g; s/^/  /'
  python3 - "$out/$name-coverage.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
skipped = [i for i in r["items"] if i["status"] == "skipped"]
for i in skipped[:6]:
    print(f"  skipped {i['name']} ({i['location']}): {i['reason_code']}: {i['reason']}")
if len(skipped) > 6:
    print(f"  … {len(skipped) - 6} more in the report")
PY
done
echo
echo "Full reports: $out/*-coverage.md (and .json, the scriptable contract: docs/coverage-report.md)"
echo "The whole corpus (snappy, tinyxml2, leveldb, double-conversion, sqlite3): scripts/corpus-coverage.sh"
