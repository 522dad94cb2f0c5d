#!/usr/bin/env bash
# Fuzzes the decoders and the engine (README: `make fuzz`; not part of `make test`). Usage:
#   scripts/fuzz.sh [seconds-per-target] [target…]      (default 60 s, every target)
# Installs cargo-fuzz when it is missing or another version, seeds fuzz/corpus/<target>/ from the
# golden scenarios (fuzz/seed.py), builds every target, runs each for the given time and prints,
# per target, the seconds run and the executions. A crash leaves its input in
# fuzz/artifacts/<target>/ and makes the script fail. docs/FUZZING.md says what each target does.
#
# cargo fuzz needs nightly-only compiler flags (-Z…); the machine has one stable toolchain, so the
# flags are unlocked with RUSTC_BOOTSTRAP=1 for this crate's build only (fuzz/ is outside the
# workspace: nothing else is built this way).
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh

SECONDS_PER_TARGET="${1:-60}"
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(query_decode form_decode json_entry evaluate)
CARGO_FUZZ_VERSION="0.13.2"
say() { printf '\033[1m[fuzz]\033[0m %s\n' "$*"; }

if [ "$(cargo fuzz --version 2>/dev/null)" = "cargo-fuzz $CARGO_FUZZ_VERSION" ]; then
  say "cargo-fuzz $CARGO_FUZZ_VERSION: present"
else
  say "installing cargo-fuzz $CARGO_FUZZ_VERSION"
  cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked || exit 1
fi

python3 fuzz/seed.py || exit 1

export RUSTC_BOOTSTRAP=1
# No sanitizer: the engine and calc forbid unsafe code, and AddressSanitizer would halve the
# executions. Debug assertions and overflow checks on (-a): an overflow is a crash here, where
# the release build would silently wrap.
FLAGS=(--sanitizer none --debug-assertions --fuzz-dir fuzz)
say "building ${TARGETS[*]}"
cargo fuzz build "${FLAGS[@]}" || exit 1

mkdir -p fuzz/logs
status=0
summary=()
for t in "${TARGETS[@]}"; do
  say "$t: ${SECONDS_PER_TARGET} s"
  log="fuzz/logs/$t.log"
  start=$(date +%s)
  cargo fuzz run "${FLAGS[@]}" "$t" -- -max_total_time="$SECONDS_PER_TARGET" -timeout=10 \
    -rss_limit_mb=4096 -dict=fuzz/fields.dict -print_final_stats=1 >"$log" 2>&1
  rc=$?
  ran=$(( $(date +%s) - start ))
  execs=$(awk -F': *' '/stat::number_of_executed_units/ {print $2}' "$log" | tail -1)
  if [ -z "$execs" ]; then execs=$(grep -oE '^#[0-9]+' "$log" | tail -1 | tr -d '#'); fi
  corpus=$(find "fuzz/corpus/$t" -type f | wc -l)
  if [ "$rc" -eq 0 ]; then result="no crash"; else result="CRASH (exit $rc, see $log and fuzz/artifacts/$t/)"; status=1; fi
  line=$(printf '%-13s %5s s  %10s executions  corpus %5s  %s' "$t" "$ran" "${execs:-?}" "$corpus" "$result")
  summary+=("$line")
  say "$line"
done

echo
printf '%s\n' "${summary[@]}"
exit $status
