#!/usr/bin/env bash
# Builds the page modules — one contract's calculator pages each (calc/wasm), named by content
# hash: calc-ru-<hash>.wasm and calc-se-<hash>.wasm — and writes them beside the app, with their
# names in index.html (<meta name="clausecalc-modules">) for the app to fetch; and the host API's
# modules (api/, one per contract) with their example page into api/. Trunk runs it as a
# post_build hook (Trunk.toml), so `trunk build` and `trunk serve` produce them with the app; the
# target is $TRUNK_STAGING_DIR, else the directory given, else dist/. Always a release build: a
# debug module is megabytes.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
out="${1:-${TRUNK_STAGING_DIR:-dist}}"
mkdir -p "$out"
rm -f "$out"/calc-ru*.wasm "$out"/calc-se*.wasm
# The features rustc enables for wasm32 by default; wasm-opt must be told it may keep them.
features=(--enable-bulk-memory --enable-sign-ext --enable-mutable-globals
          --enable-nontrapping-float-to-int --enable-reference-types --enable-multivalue)
names=()
for c in ru se; do
  cargo build -q -p clausecalc-calc-wasm --target wasm32-unknown-unknown --release --locked \
        --no-default-features --features "$c"
  wasm-opt -Oz "${features[@]}" --strip-debug --strip-producers \
        target/wasm32-unknown-unknown/release/clausecalc_calc_wasm.wasm -o "$out/calc-$c.tmp"
  name="calc-$c-$(sha256sum "$out/calc-$c.tmp" | cut -c1-16).wasm"
  mv "$out/calc-$c.tmp" "$out/$name"
  names+=("$c=$name")
done
# The host API (api/, docs/API.md "The host API"): the engine as an ES module per contract,
# dist/api/clausecalc-ru.js + clausecalc-ru_bg.wasm (and -se), with the example page beside them.
rm -rf "$out/api"
mkdir -p "$out/api"
for c in ru se; do
  cargo build -q -p clausecalc-api --target wasm32-unknown-unknown --release --locked \
        --no-default-features --features "$c"
  wasm-bindgen --target web --no-typescript --out-dir "$out/api" --out-name "clausecalc-$c" \
        target/wasm32-unknown-unknown/release/clausecalc_api.wasm
  wasm-opt -Oz "${features[@]}" --strip-debug --strip-producers \
        "$out/api/clausecalc-${c}_bg.wasm" -o "$out/api/clausecalc-$c.tmp"
  mv "$out/api/clausecalc-$c.tmp" "$out/api/clausecalc-${c}_bg.wasm"
done
cp web/api-example.html web/api-example.js web/api-example.svg "$out/api/"
if command -v brotli >/dev/null 2>&1; then
  for f in "$out"/api/clausecalc-*; do
    printf 'host API: %-22s %7d bytes, %6d brotli\n' "${f##*/}" "$(wc -c <"$f")" "$(brotli -c -q 11 "$f" | wc -c)"
  done
fi
if [ -f "$out/index.html" ]; then
  meta="<meta name=\"clausecalc-modules\" content=\"${names[*]}\">"
  cp web/preload.js "$out/preload.js"
  sed -i -e '/<meta name="clausecalc-modules"/d' -e '/preload\.js/d' \
      -e "s#</head>#  $meta\n  <script src=\"./preload.js\"></script>\n</head>#" "$out/index.html"
  # No inline script anywhere (a strict Content-Security-Policy, script-src 'self'): Trunk's
  # bootstrap (the inline module that imports and starts the app) moves into a file of its own,
  # named by content hash.
  python3 scripts/outline-boot.py "$out/index.html"
  # The service worker's version and shell: the built files the page loads (content-hashed
  # names), so every build is a new worker with its own cache.
  shell=$(cd "$out" && ls *.js *.css *.wasm favicon.svg 2>/dev/null | grep -v '^sw\.js$' | grep -v '^embed\.js$' | grep -v '^calc-' | sed "s#.*#, './&'#" | tr -d '\n')
  build=$(cd "$out" && ls | sort | sha256sum | cut -c1-16)
  if [ -f "$out/sw.js" ]; then
    sed -i -e "s#__BUILD__#$build#" -e "s#/\*__SHELL__\*/#$shell#" "$out/sw.js"
  fi
fi
