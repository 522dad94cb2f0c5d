#!/usr/bin/env bash
# Benchmarks (figures, not pass/fail): first-load transfer and load times of the app beside a
# Leptos hello world built here with the same toolchain and profile, engine cost per golden
# scenario natively and in wasm, the reconciliation scaling series. Writes docs/PERFORMANCE.md.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh test
. scripts/env.sh
mkdir -p bench/output docs

echo "== release builds: app and baseline"
trunk build --release
(cd bench/baseline && trunk build --release)

echo "== engine in wasm (batch benchmark)"
(cd bench/wasm-eval && cargo build --release --target wasm32-unknown-unknown --locked)
wasm-bindgen --target web --out-dir bench/output/wasm-eval \
  bench/wasm-eval/target/wasm32-unknown-unknown/release/engine_wasm_eval.wasm

echo "== engine natively"
cargo bench -p clausecalc-engine --bench engine --locked | tee bench/output/native.txt

echo "== browser"
export CHROMIUM_VERSION="$(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}')"
node bench/browser.mjs > bench/output/browser.log
node bench/report.mjs
