#!/usr/bin/env bash
# Builds the page modules — calc-ru.wasm and calc-se.wasm, one contract's calculator pages each
# (calc/wasm) — and writes them beside the app. Trunk runs it as a post_build hook (Trunk.toml),
# so `trunk build` and `trunk serve` produce them with the app; the target is $TRUNK_STAGING_DIR,
# else the directory given, else dist/. Always a release build: a debug module is megabytes.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
out="${1:-${TRUNK_STAGING_DIR:-dist}}"
mkdir -p "$out"
# The features rustc enables for wasm32 by default; wasm-opt must be told it may keep them.
features=(--enable-bulk-memory --enable-sign-ext --enable-mutable-globals
          --enable-nontrapping-float-to-int --enable-reference-types --enable-multivalue)
for c in ru se; do
  cargo build -q -p clausecalc-calc-wasm --target wasm32-unknown-unknown --release --locked \
        --no-default-features --features "$c"
  wasm-opt -Oz "${features[@]}" --strip-debug --strip-producers \
        target/wasm32-unknown-unknown/release/clausecalc_calc_wasm.wasm -o "$out/calc-$c.wasm"
done
