#!/usr/bin/env bash
# Runs every fuzz target for SECONDS seconds (default 600), JOBS at a time (default 2), and
# prints executions and crashes. Needs cargo-fuzz (cargo install cargo-fuzz); the toolchain
# is stable, so RUSTC_BOOTSTRAP=1 lets cargo-fuzz use the flags it needs. Panics are what we
# look for, so the address sanitizer is off (Rust code, no unsafe of ours): three times the
# executions for the same time. Logs: fuzz/logs/TARGET.log; crashes: fuzz/artifacts/TARGET.
set -u
cd "$(dirname "$0")/.."
seconds=${1:-600}
jobs=${2:-2}
export RUSTC_BOOTSTRAP=1
mkdir -p fuzz/logs
cargo fuzz build -O --sanitizer none >fuzz/logs/build.log 2>&1 || { echo "cargo fuzz build failed (fuzz/logs/build.log)"; exit 1; }
run() {
  target=$1
  log=fuzz/logs/$target.log
  cargo fuzz run -O --sanitizer none "$target" "fuzz/corpus/$target" -- \
    -max_total_time="$seconds" -max_len=2048 -timeout=10 -print_final_stats=1 >"$log" 2>&1
  status=$?
  execs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' | tail -1)
  crashes=$(ls fuzz/artifacts/"$target" 2>/dev/null | wc -l)
  echo "$target: ${execs:-?} executions in ${seconds}s, exit $status, crash files $crashes"
}
targets=(time_recognizer gazetteer_matcher manifest_reader jsonl_reader pipeline)
for target in "${targets[@]}"; do
  run "$target" &
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do sleep 5; done
done
wait
