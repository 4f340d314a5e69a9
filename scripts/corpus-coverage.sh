#!/usr/bin/env bash
# Measures interop coverage on every corpus library (../shared/corpus.md):
# public callables bound and compiled, all declarations, whether the
# generated crate built, and the largest remaining reason codes.
# Usage: scripts/corpus-coverage.sh [OUT_DIR]   (reports land in OUT_DIR, default target/corpus)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
out="${1:-target/corpus}"
mkdir -p "$out"
cargo build --quiet -p cxxbind
bin="${CARGO_TARGET_DIR:-target}/debug/cxxbind"

measure() { # name link headers...
  local name="$1" link="$2"
  shift 2
  local config=()
  if [ -f "interop-tests/configs/$link.toml" ]; then
    config=(--config "interop-tests/configs/$link.toml")
  fi
  local code=0
  "$bin" coverage "$@" --link "$link" "${config[@]}" --format json -o "$out/$name.json" \
    >"$out/$name.log" 2>&1 || code=$?
  python3 - "$out/$name.json" "$name" "$code" <<'PY'
import json, sys
path, name, code = sys.argv[1], sys.argv[2], sys.argv[3]
try:
    r = json.load(open(path))
except OSError:
    print(f"| {name} | no report (exit {code}) | | | | |")
    sys.exit(0)
s = r["summary"]
c = s["callables"]
pct = "n/a" if c["coverage"] is None else f"{100 * c['coverage']:.1f}%"
gaps = ", ".join(f"`{k}` ×{v}" for k, v in sorted(s["by_reason"].items(), key=lambda kv: -kv[1])[:5])
print(f"| {name} | {c['bound']}/{c['total']} = {pct} | {s['bound']}/{s['declarations']} | {r['compiled']} (exit {code}) | {r.get('config_entries', 0)} | {gaps} |")
PY
}

echo "| library | callables | all declarations | compiled | config entries | largest gaps |"
echo "|---|---:|---:|---|---:|---|"
measure snappy snappy /usr/include/snappy.h /usr/include/snappy-sinksource.h
measure tinyxml2 tinyxml2 /usr/include/tinyxml2.h
measure leveldb leveldb /usr/include/leveldb/db.h /usr/include/leveldb/write_batch.h
measure double-conversion double-conversion /usr/include/double-conversion/double-conversion.h
measure sqlite3 sqlite3 /usr/include/sqlite3.h
