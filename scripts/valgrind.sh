#!/usr/bin/env bash
# Runs every round-trip and real-library test binary of interop-tests under
# valgrind (memcheck): any invalid read or write, use of uninitialised
# memory, or definite leak fails the run. The only suppression is the
# documented one in scripts/valgrind.supp. Proptest cases are reduced to
# keep the run short (PROPTEST_CASES, default 8).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
export PROPTEST_CASES="${PROPTEST_CASES:-8}"
bins=$(cargo test -p interop-tests --no-run --message-format=json 2>/dev/null | python3 -c '
import json, sys
for line in sys.stdin:
    try:
        m = json.loads(line)
    except ValueError:
        continue
    t = m.get("target", {})
    if m.get("reason") == "compiler-artifact" and m.get("executable") and t.get("kind") == ["test"]:
        name = t["name"]
        if name.startswith("roundtrip_") or name in ("snappy", "sqlite3", "sqlite3_arrays", "sqlite3_reentry", "c_handles_reentry", "double_conversion", "tinyxml2", "leveldb", "attacks_final"):
            print(m["executable"])
')
if [ -z "$bins" ]; then
  echo "valgrind.sh: no test binaries found" >&2
  exit 1
fi
passed=0
failed=0
for bin in $bins; do
  name=$(basename "$bin" | sed 's/-[0-9a-f]*$//')
  if valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
      --show-leak-kinds=definite --suppressions=scripts/valgrind.supp \
      "$bin" --test-threads=1 >"target/valgrind-$name.log" 2>&1; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "valgrind: $name failed (target/valgrind-$name.log):" >&2
    grep -E '^==[0-9]+== ' "target/valgrind-$name.log" | head -40 >&2
  fi
done
echo "valgrind: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
