#!/usr/bin/env bash
# Installs what building and testing clausecalc needs, skipping every tool whose installed version
# already matches. Usage: scripts/install.sh [build|test]
#   build: the wasm target, Trunk, wasm-bindgen-cli (= Cargo.lock's wasm-bindgen), npm packages
#          (a current wasm-opt from npm binaryen), crates.
#   test:  the same, plus Debian's chromium (+ driver, fonts) and brotli.
# Nothing is downloaded from outside the registries (crates.io, npm, Debian): see
# ../shared/TOOLCHAIN.md for why each pin exists.
set -euo pipefail
cd "$(dirname "$0")/.."

MODE="${1:-build}"
TRUNK_VERSION="0.21.14"
say() { printf '\033[1m[install]\033[0m %s\n' "$*"; }

export PATH="$HOME/.cargo/bin:$PATH"

# 1. The wasm target.
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "wasm32-unknown-unknown: present"
else
  say "adding wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# 2. Debian packages (test only): chromium for the browser tests, brotli for size figures.
if [ "$MODE" = "test" ]; then
  need=()
  [ -x /usr/bin/chromium ] || need+=(chromium)
  command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
  command -v brotli >/dev/null 2>&1 || need+=(brotli)
  if [ ${#need[@]} -gt 0 ]; then
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    say "apt-get install ${need[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
  else
    say "chromium, chromium-driver, brotli: present"
  fi
fi

# 3. Trunk, pinned: the newest needs a newer rustc than these machines have.
if [ "$(trunk --version 2>/dev/null || true)" = "trunk $TRUNK_VERSION" ]; then
  say "trunk $TRUNK_VERSION: present"
else
  say "cargo install trunk $TRUNK_VERSION (about 10 minutes)"
  cargo install trunk --locked --version "$TRUNK_VERSION"
fi

# 4. wasm-bindgen-cli at exactly the version Cargo.lock pins (crate and CLI must be equal).
WB_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
if [ -z "$WB_VERSION" ]; then echo "wasm-bindgen not found in Cargo.lock" >&2; exit 1; fi
if [ "$(wasm-bindgen --version 2>/dev/null || true)" = "wasm-bindgen $WB_VERSION" ]; then
  say "wasm-bindgen-cli $WB_VERSION: present"
else
  # Without --locked: its lockfile pins a crate version the registry mirror lacks.
  say "cargo install wasm-bindgen-cli $WB_VERSION (about 4 minutes)"
  cargo install wasm-bindgen-cli --version "$WB_VERSION" --force
fi
if ! grep -q "wasm_bindgen = \"$WB_VERSION\"" Trunk.toml; then
  echo "Trunk.toml [tools] wasm_bindgen must equal Cargo.lock's wasm-bindgen $WB_VERSION" >&2
  exit 1
fi

# 5. npm packages from the committed lockfile: playwright-core (no browser download), axe-core,
#    binaryen (wasm-opt 132; Debian's binaryen 108 breaks the app). Skipped when unchanged.
if [ -f node_modules/.clausecalc-lock ] && cmp -s package-lock.json node_modules/.clausecalc-lock; then
  say "npm packages: up to date"
else
  say "npm ci"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.clausecalc-lock
fi

# 6. Crates (host and wasm: Trunk's metadata step needs host crates too).
say "cargo fetch --locked"
cargo fetch --locked >/dev/null 2>&1 || cargo fetch --locked
