#!/usr/bin/env bash
# The test command (README; CI's .ci/run runs exactly this). Installs what is missing, then runs:
# rustfmt check, clippy (warnings denied; native and wasm), all native tests, a release build
# with Trunk offline, and the end-to-end tests in headless Chromium against dist/.
# Ends with one line: "summary: N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/.."

scripts/install.sh test || { echo "install failed"; echo "summary: 0 passed, 1 failed"; exit 1; }
. scripts/env.sh

mkdir -p tests/output
passed=0
failed=0
failures=()
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
check() { # a check that counts as one test: name, command...
  local name="$1"; shift
  step "$name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); failures+=("$name"); fi
}

check "rustfmt" cargo fmt --all -- --check
check "clippy (native, all targets)" cargo clippy --workspace --all-targets --locked -- -D warnings
check "clippy (native, json entry point)" cargo clippy --workspace --all-targets --locked --features clausecalc-engine/json -- -D warnings
check "clippy (wasm app)" cargo clippy -p clausecalc --target wasm32-unknown-unknown --locked -- -D warnings
check "clippy (wasm app, test hooks)" cargo clippy -p clausecalc --target wasm32-unknown-unknown --locked --features test-hooks -- -D warnings
check "clippy (wasm page module, ru)" cargo clippy -p clausecalc-calc-wasm --target wasm32-unknown-unknown --locked --no-default-features --features ru -- -D warnings
check "clippy (wasm page module, se)" cargo clippy -p clausecalc-calc-wasm --target wasm32-unknown-unknown --locked --no-default-features --features se -- -D warnings
check "clippy (wasm host API, ru)" cargo clippy -p clausecalc-api --target wasm32-unknown-unknown --locked --no-default-features --features ru -- -D warnings
check "clippy (wasm host API, se)" cargo clippy -p clausecalc-api --target wasm32-unknown-unknown --locked --no-default-features --features se -- -D warnings

step "native tests"
cargo test --workspace --locked --features clausecalc-engine/json 2>&1 | tee tests/output/cargo-test.log
cargo_rc=${PIPESTATUS[0]}
read -r cp_ cf_ < <(awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } } END { print p+0, f+0 }' tests/output/cargo-test.log)
passed=$((passed + ${cp_:-0})); failed=$((failed + ${cf_:-0}))
if [ "$cargo_rc" -ne 0 ] && [ "${cf_:-0}" -eq 0 ]; then failed=$((failed + 1)); failures+=("cargo test (did not run to the end)"); fi
[ "${cf_:-0}" -eq 0 ] || failures+=("cargo test: $cf_ failed")

# The app, and (Trunk's post_build hook, scripts/build-modules.sh) the two page modules and the
# two host-API modules (dist/api/).
check "release build (trunk, offline)" trunk build --release

check "test build (dist-test: the app with its test-only hooks)" scripts/build-test-variant.sh

if [ -f dist/index.html ] && ls dist/calc-ru-*.wasm dist/calc-se-*.wasm dist/api/clausecalc-*_bg.wasm >/dev/null 2>&1; then
  step "end-to-end tests (headless Chromium, dist/)"
  node --test --test-concurrency=1 --test-reporter=spec --test-reporter-destination=stdout \
       --test-reporter=tap --test-reporter-destination=tests/output/e2e.tap tests/e2e/
  e2e_rc=$?
  ep=$(grep -E '^# pass ' tests/output/e2e.tap | awk '{print $3}')
  ef=$(grep -E '^# fail ' tests/output/e2e.tap | awk '{print $3}')
  passed=$((passed + ${ep:-0})); failed=$((failed + ${ef:-0}))
  if [ "$e2e_rc" -ne 0 ] && [ "${ef:-0}" -eq 0 ]; then failed=$((failed + 1)); failures+=("e2e runner"); fi
  [ "${ef:-0}" -eq 0 ] || failures+=("e2e: $ef failed")
else
  failed=$((failed + 1)); failures+=("e2e skipped: no build")
fi

echo
if [ ${#failures[@]} -gt 0 ]; then printf 'failed: %s\n' "${failures[@]}"; fi
echo "summary: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
