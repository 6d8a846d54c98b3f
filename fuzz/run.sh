#!/usr/bin/env bash
# Runs every fuzz target for SECONDS seconds each (default 600) and prints executions and
# crashes. Needs cargo-fuzz (cargo install cargo-fuzz); the toolchain is stable, so
# RUSTC_BOOTSTRAP=1 lets cargo-fuzz use the sanitizer flags it needs.
set -u
cd "$(dirname "$0")/.."
seconds=${1:-600}
export RUSTC_BOOTSTRAP=1
mkdir -p fuzz/logs
cargo fuzz build -O >fuzz/logs/build.log 2>&1 || { echo "cargo fuzz build failed (fuzz/logs/build.log)"; exit 1; }
for target in time_recognizer gazetteer_matcher manifest_reader jsonl_reader pipeline; do
  log=fuzz/logs/$target.log
  cargo fuzz run -O "$target" "fuzz/corpus/$target" -- -max_total_time="$seconds" -max_len=4096 -timeout=10 -print_final_stats=1 >"$log" 2>&1
  status=$?
  execs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' | tail -1)
  crashes=$(ls fuzz/artifacts/"$target" 2>/dev/null | wc -l)
  echo "$target: ${execs:-?} executions in ${seconds}s, exit $status, artifacts $crashes"
done
