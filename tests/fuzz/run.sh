#!/usr/bin/env bash
# Runs every fuzz target built in BUILD (tests/fuzz/, one after another) for SECONDS each on
# its seed corpus plus what earlier runs found (BUILD/corpus/<target>/), then prints one row
# per target: seconds, executions, executions per second, corpus size and the crash, if any.
# Exits 1 when any target crashed; the input is saved as BUILD/crashes/<target>-crash-*.
# FUZZ_WORK, when set, holds the corpora, crashes and logs in place of BUILD.
#   usage: tests/fuzz/run.sh BUILD SECONDS [TARGET...]
set -uo pipefail
BUILD=$(cd "$1" && pwd)
SECONDS_EACH=$2
shift 2
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=${FUZZ_WORK:-$BUILD}
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then
  for source in "$HERE"/*.cpp; do TARGETS+=("$(basename "$source" .cpp)"); done
fi

mkdir -p "$WORK/crashes" "$WORK/logs"
rows=()
failed=0
for target in "${TARGETS[@]}"; do
  corpus="$WORK/corpus/$target"
  log="$WORK/logs/$target.log"
  mkdir -p "$corpus"
  dict=()
  [ -f "$HERE/$target.dict" ] && dict=("-dict=$HERE/$target.dict")
  echo "fuzzing $target for ${SECONDS_EACH}s (log: $log)"
  start=$(date +%s)
  # The sanitizers abort on their first finding; libFuzzer counts that as a crash.
  ASAN_OPTIONS=abort_on_error=1:detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
    "$BUILD/tests/fuzz/fuzz_$target" "$corpus" "$HERE/corpus/$target" "${dict[@]}" \
      -max_total_time="$SECONDS_EACH" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
      -artifact_prefix="$WORK/crashes/$target-" >"$log" 2>&1
  status=$?
  took=$(( $(date +%s) - start ))
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  crash=$(sed -n 's/^artifact_prefix=.*Test unit written to \(.*\)$/\1/p' "$log" | tail -1)
  if [ "$status" -ne 0 ]; then
    failed=1
    crash=${crash:-"exit status $status (see the log)"}
  fi
  rows+=("$(printf '%-18s %8s %12s %10s %8s  %s' "$target" "$took" "${runs:-?}" \
            "$(( ${runs:-0} / (took > 0 ? took : 1) ))" "$(find "$corpus" -type f | wc -l)" "${crash:-none}")")
done

printf '\n%-18s %8s %12s %10s %8s  %s\n' target seconds executions exec/s corpus crash
printf '%s\n' "${rows[@]}"
exit $failed
