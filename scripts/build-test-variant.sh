#!/usr/bin/env bash
# A test build beside the release build: dist-test/ is dist/ with the app compiled with the
# feature `test-hooks` (`__panic=1` in the address makes it panic), for the browser test that a
# panic never leaves a dead page. Never deployed; dist/ has no such hook.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
rm -rf dist-test
cp -r dist dist-test
app="$(cd dist && ls clausecalc-*_bg.wasm | head -1 | sed 's/_bg\.wasm$//')"
cargo build -q --release --target wasm32-unknown-unknown -p clausecalc --locked --features test-hooks
wasm-bindgen --target web --no-typescript --out-dir dist-test --out-name "$app" \
  target/wasm32-unknown-unknown/release/clausecalc.wasm
wasm-opt -Oz --enable-bulk-memory --enable-sign-ext --enable-mutable-globals \
  --enable-nontrapping-float-to-int --enable-reference-types --enable-multivalue \
  "dist-test/${app}_bg.wasm" -o "dist-test/${app}_bg.wasm"
# The files changed, so their integrity hashes in the page no longer hold.
sed -i 's/ integrity="[^"]*"//g' dist-test/index.html
