#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages cxxbind needs to build and run its tests.
# Quiet and fast when everything is already installed.
set -euo pipefail

# chromium: gen/tests/reports.rs renders the HTML report headless.
PACKAGES=(libclang-dev clang cmake make g++ pkg-config valgrind
  libsnappy-dev libtinyxml2-dev libleveldb-dev libdouble-conversion-dev libsqlite3-dev chromium)

if ! command -v dpkg >/dev/null 2>&1; then
  echo "install-deps: dpkg not found; install these packages manually: ${PACKAGES[*]}" >&2
  exit 1
fi

missing=()
for pkg in "${PACKAGES[@]}"; do
  if ! dpkg -s "$pkg" >/dev/null 2>&1; then
    missing+=("$pkg")
  fi
done

# The Rust side: rustfmt and clippy (components of a rustup toolchain).
for component in rustfmt clippy; do
  if ! cargo "${component/rustfmt/fmt}" --version >/dev/null 2>&1; then
    if command -v rustup >/dev/null 2>&1; then
      echo "install-deps: adding rustup component ${component}"
      rustup component add "$component" >/dev/null
    fi
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  as_root() { "$@"; }
elif command -v sudo >/dev/null 2>&1; then
  as_root() { sudo "$@"; }
else
  echo "install-deps: missing packages: ${missing[*]}" >&2
  echo "install-deps: not root and sudo is unavailable; run as root:" >&2
  echo "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 1
fi

echo "install-deps: installing ${missing[*]}"
as_root apt-get update -qq
as_root env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
