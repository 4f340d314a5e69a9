#!/usr/bin/env bash
# The library census: runs `cxxbind coverage` with no config on 30+ Debian C
# and C++ libraries the corpus does not name, and writes docs/census.md.
#
# Too slow for scripts/test.sh or CI (hours on 2 cores): run it by hand.
#
#   scripts/census.sh [LIB...]        # all libraries, or only those named (by --link name)
#
# Environment:
#   CXXBIND          the binary to measure (default: `cargo build --release -p cxxbind`)
#   CENSUS_DIR       where reports and logs go (default: $CARGO_TARGET_DIR or target, /census)
#   CENSUS_TIMEOUT   seconds before one library's coverage run is killed (default 1200)
#   CENSUS_OUT       the Markdown written (default docs/census.md)
#   CENSUS_RENDER_ONLY=1   only rewrite CENSUS_OUT from the results already in CENSUS_DIR
#   CENSUS_RECOUNT=1       with CENSUS_RENDER_ONLY: first redo the independent counts
#
# Missing packages are installed with apt-get (as root). Libraries run one
# after the other; each writes CENSUS_DIR/<link>.json (the report),
# <link>.log (cxxbind's output) and <link>.meta.json (exit code, wall time,
# builds, the independent count of callables by scripts/census_count.py).
set -uo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

# package | header | --link name [| build flags, when the header demands them].
# The first column is installed if missing.
LIBRARIES=(
  # C: compression, formats, handles with callbacks, umbrella and multiarch headers
  "libzstd-dev|/usr/include/zstd.h|zstd"
  "liblz4-dev|/usr/include/lz4.h|lz4"
  "liblzma-dev|/usr/include/lzma.h|lzma"
  "libbrotli-dev|/usr/include/brotli/encode.h|brotlienc"
  "libjansson-dev|/usr/include/jansson.h|jansson"
  "libcjson-dev|/usr/include/cjson/cJSON.h|cjson"
  "libinih-dev|/usr/include/ini.h|inih"
  "liblmdb-dev|/usr/include/lmdb.h|lmdb"
  "libmagic-dev|/usr/include/magic.h|magic"
  "libpcre2-dev|/usr/include/pcre2.h|pcre2-8|-DPCRE2_CODE_UNIT_WIDTH=8"
  "libsodium-dev|/usr/include/sodium.h|sodium"
  "libgit2-dev|/usr/include/git2.h|git2"
  "libpcap-dev|/usr/include/pcap.h|pcap"
  "libuv1-dev|/usr/include/uv.h|uv"
  "libevent-dev|/usr/include/event2/event.h|event"
  "libarchive-dev|/usr/include/archive.h|archive"
  "libzip-dev|/usr/include/zip.h|zip"
  "libcurl4-openssl-dev|/usr/include/x86_64-linux-gnu/curl/curl.h|curl"
  "libtiff-dev|/usr/include/x86_64-linux-gnu/tiffio.h|tiff"
  "libgmp-dev|/usr/include/x86_64-linux-gnu/gmp.h|gmp"
  "libmpfr-dev|/usr/include/mpfr.h|mpfr"
  "libwebp-dev|/usr/include/webp/decode.h|webp"
  "libopus-dev|/usr/include/opus/opus.h|opus"
  "libsndfile1-dev|/usr/include/sndfile.h|sndfile"
  "libusb-1.0-0-dev|/usr/include/libusb-1.0/libusb.h|usb-1.0"
  "libhiredis-dev|/usr/include/hiredis/hiredis.h|hiredis"
  "libzmq3-dev|/usr/include/zmq.h|zmq"
  "libgeos-dev|/usr/include/geos_c.h|geos_c"
  "libsystemd-dev|/usr/include/systemd/sd-bus.h|systemd"
  # C++: small to large, templates, inheritance, std containers of own classes
  "libinih-dev|/usr/include/INIReader.h|INIReader"
  "libtinyxml-dev|/usr/include/tinyxml.h|tinyxml"
  "libconfig++-dev|/usr/include/libconfig.h++|config++"
  "libsqlitecpp-dev|/usr/include/SQLiteCpp/SQLiteCpp.h|SQLiteCpp"
  "libgflags-dev|/usr/include/gflags/gflags.h|gflags"
  "libre2-dev|/usr/include/re2/re2.h|re2"
  "libyaml-cpp-dev|/usr/include/yaml-cpp/yaml.h|yaml-cpp"
  "libgoogle-glog-dev|/usr/include/glog/logging.h|glog"
  "libflac++-dev|/usr/include/FLAC++/decoder.h|FLAC++"
  "libcppunit-dev|/usr/include/cppunit/TestCase.h|cppunit"
  "libfmt-dev|/usr/include/fmt/format.h|fmt"
  "libtag1-dev|/usr/include/taglib/fileref.h|tag"
  "libpoppler-cpp-dev|/usr/include/poppler/cpp/poppler-document.h|poppler-cpp"
  "libcrypto++-dev|/usr/include/crypto++/sha.h|crypto++"
  "libqpdf-dev|/usr/include/qpdf/QPDF.hh|qpdf"
  "libexiv2-dev|/usr/include/exiv2/exiv2.hpp|exiv2"
  "libxerces-c-dev|/usr/include/xercesc/dom/DOM.hpp|xerces-c"
  "librocksdb-dev|/usr/include/rocksdb/db.h|rocksdb"
)

target="${CARGO_TARGET_DIR:-$repo/target}"
dir="${CENSUS_DIR:-$target/census}"
timeout_s="${CENSUS_TIMEOUT:-1200}"
out_md="${CENSUS_OUT:-docs/census.md}"
mkdir -p "$dir"

selected=()
for row in "${LIBRARIES[@]}"; do
  IFS='|' read -r pkg header link flags <<<"$row"
  if [ "$#" -gt 0 ]; then
    keep=0
    for want in "$@"; do [ "$want" = "$link" ] && keep=1; done
    [ "$keep" = 1 ] || continue
  fi
  selected+=("$row")
done

install_missing() {
  local missing=() pkg header link row
  for row in "${selected[@]}"; do
    IFS="|" read -r pkg header link _ <<<"$row"
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "census: missing packages (run as root to install): ${missing[*]}" >&2
    return 0
  fi
  echo "census: installing ${missing[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    $(printf '%s\n' "${missing[@]}" | sort -u) >&2
}

# Runs "$@" in its own process group; kills the whole group after $1 seconds.
# Prints nothing; returns the command's exit code, or 124 on timeout.
run_with_timeout() {
  local limit="$1"
  shift
  setsid "$@" &
  local pid=$! waited=0
  while kill -0 "$pid" 2>/dev/null; do
    if [ "$waited" -ge "$limit" ]; then
      kill -TERM -- "-$pid" 2>/dev/null
      sleep 5
      kill -KILL -- "-$pid" 2>/dev/null
      wait "$pid" 2>/dev/null
      return 124
    fi
    sleep 1
    waited=$((waited + 1))
  done
  wait "$pid"
}

measure() { # pkg header link [flags]
  local pkg="$1" header="$2" link="$3" flags=()
  read -r -a flags <<<"${4:-}"
  local json="$dir/$link.json" log="$dir/$link.log" builds_file="$dir/$link.builds"
  rm -f "$json" "$builds_file"
  : >"$builds_file"
  echo "census: $link ($header)" >&2
  local start end code
  start=$(date +%s)
  CARGO="$cargo_counter" CENSUS_REAL_CARGO="$real_cargo" CENSUS_BUILDS_FILE="$builds_file" \
    run_with_timeout "$timeout_s" "$cxxbind" coverage "$header" "${flags[@]}" --link "$link" \
    --format json -o "$json" -v >"$log" 2>&1
  code=$?
  end=$(date +%s)
  local count_json
  count_json=$(timeout 900 python3 scripts/census_count.py "$header" "${flags[@]}" 2>>"$log") ||
    count_json='{"callables": null}'
  python3 - "$dir/$link.meta.json" "$pkg" "$header" "$link" "$code" \
    "$((end - start))" "$(wc -l <"$builds_file")" "$count_json" "$timeout_s" "${flags[*]}" <<'PY'
import json, sys
path, pkg, header, link, code, secs, builds, count, limit, flags = sys.argv[1:]
json.dump({"package": pkg, "header": header, "link": link, "flags": flags,
           "exit": int(code), "timed_out": int(code) == 124,
           "seconds": int(secs), "cargo_builds": int(builds),
           "timeout": int(limit),
           "independent": json.loads(count)}, open(path, "w"), indent=1)
PY
  echo "census: $link exit $code in $((end - start)) s" >&2
}

if [ "${CENSUS_RENDER_ONLY:-0}" != 1 ]; then
  install_missing
  if [ -z "${CXXBIND:-}" ]; then
    cargo build --release -p cxxbind >&2 || exit 1
    CXXBIND="$target/release/cxxbind"
  fi
  cxxbind="$(realpath "$CXXBIND")"
  real_cargo="$(command -v cargo)"
  # Counts the builds coverage starts: cxxbind runs `$CARGO build` once per build.
  cargo_counter="$dir/cargo-counter.sh"
  cat >"$cargo_counter" <<'SH'
#!/bin/sh
[ "$1" = build ] && echo build >>"$CENSUS_BUILDS_FILE"
exec "$CENSUS_REAL_CARGO" "$@"
SH
  chmod +x "$cargo_counter"
  # A run of a subset keeps the other libraries' results and the first run's facts.
  [ "$#" -gt 0 ] && [ -f "$dir/run.env" ] || {
    echo "binary=$cxxbind"
    echo "commit=$(git rev-parse HEAD)"
    echo "date=$(date -u +%Y-%m-%d)"
    echo "timeout=$timeout_s"
  } >"$dir/run.env"
  for row in "${selected[@]}"; do
    IFS='|' read -r pkg header link flags <<<"$row"
    measure "$pkg" "$header" "$link" "$flags"
  done
fi

if [ "${CENSUS_RENDER_ONLY:-0}" = 1 ] && [ "${CENSUS_RECOUNT:-0}" = 1 ]; then
  for row in "${selected[@]}"; do
    IFS='|' read -r pkg header link flags <<<"$row"
    [ -f "$dir/$link.meta.json" ] || continue
    read -r -a extra <<<"${flags:-}"
    count_json=$(timeout 900 python3 scripts/census_count.py "$header" "${extra[@]}" 2>/dev/null) ||
      count_json='{"callables": null}'
    python3 - "$dir/$link.meta.json" "$count_json" <<'PY'
import json, sys
path, count = sys.argv[1:]
meta = json.load(open(path))
meta["independent"] = json.loads(count)
json.dump(meta, open(path, "w"), indent=1)
PY
  done
fi

links=()
for row in "${LIBRARIES[@]}"; do
  IFS="|" read -r pkg header link _ <<<"$row"
  links+=("$link")
done
python3 scripts/census_table.py "$dir" "${links[@]}" >"$out_md.tmp" && mv "$out_md.tmp" "$out_md"
echo "census: wrote $out_md" >&2
