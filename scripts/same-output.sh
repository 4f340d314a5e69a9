#!/usr/bin/env bash
# Proves a change to the generator leaves what it writes unchanged: runs
# `generate` (plus the coverage report's JSON, without building) with two
# cxxbind binaries on every interop case, every corpus library and the
# no-config libraries the strategy measures, and compares the outputs byte
# for byte. For structural changes that must not change behaviour.
# Usage: scripts/same-output.sh OLD_CXXBIND NEW_CXXBIND [WORK_DIR]
# (build the old binary from a worktree: `git worktree add /tmp/old REV`,
# then `cargo build -p cxxbind` there with its own CARGO_TARGET_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
old="$1" new="$2" work="${3:-$(mktemp -d)}"
mkdir -p "$work"
runs=0 differ=0

run() { # label args...
  local label="$1"
  shift
  for side in old new; do
    local bin="$old"
    [ "$side" = new ] && bin="$new"
    rm -rf "$work/$side/$label"
    mkdir -p "$work/$side/$label"
    "$bin" generate "$@" -o "$work/$side/$label" >"$work/$side/$label.log" 2>&1 || true
  done
  runs=$((runs + 1))
  if ! diff -r "$work/old/$label" "$work/new/$label" >/dev/null ||
    ! diff "$work/old/$label.log" "$work/new/$label.log" >/dev/null; then
    differ=$((differ + 1))
    echo "DIFFERS: $label (diff -r $work/old/$label $work/new/$label)"
  fi
}

for dir in interop-tests/cases/*/; do
  case="$(basename "$dir")"
  [ -f "$dir/case.h" ] || continue
  config=()
  [ -f "$dir/config.toml" ] && config=(--config "$dir/config.toml")
  run "case-$case" "$dir/case.h" -I interop-tests/cases "${config[@]}"
done
cfg=interop-tests/configs
run snappy /usr/include/snappy.h /usr/include/snappy-sinksource.h --config "$cfg/snappy.toml"
run tinyxml2 /usr/include/tinyxml2.h --config "$cfg/tinyxml2.toml"
run leveldb /usr/include/leveldb/db.h /usr/include/leveldb/write_batch.h
run double-conversion /usr/include/double-conversion/double-conversion.h \
  --config "$cfg/double-conversion.toml"
run sqlite3 /usr/include/sqlite3.h --config "$cfg/sqlite3.toml"
# Libraries no document names, with no config, where their headers are installed.
for h in zlib.h expat.h bzlib.h png.h gcrypt.h idn2.h libtasn1.h gnutls/gnutls.h \
  fontconfig/fontconfig.h libxml2/libxml/xmlreader.h pugixml.hpp json/json.h; do
  [ -f "/usr/include/$h" ] || continue
  extra=()
  case "$h" in libxml2/*) extra=(-I /usr/include/libxml2) ;; esac
  run "lib-$(echo "$h" | tr '/.' '--')" "/usr/include/$h" "${extra[@]}"
done
echo "same-output: $runs runs, $differ differ (outputs in $work)"
[ "$differ" -eq 0 ]
