#!/usr/bin/env bash
# Runs the test suite under AddressSanitizer and/or ThreadSanitizer (issue 7).
#
#   Scripts/sanitizers.sh [asan|tsan|all]        (default: all)
#
# asan: every test, built with --sanitize=address into .build-asan/. The end-to-end tests run the stancewatch
#       binary of that build, so the child processes are checked too.
# tsan: built with --sanitize=thread into .build-tsan/: the tests except the slow ReliabilityTests suite (they
#       analyse one article at a time; ASan covers them), then the TSan-built binary on datasets/ with --jobs 4
#       and small batches, so the Dispatch workers, the overlapped write stage and the history store all run
#       at once: without and with the history database, and twice to compare the bytes.
#
# Sanitizer reports go to .build-{asan,tsan}/sanitizer-logs/ (one file per process that found something) as
# well as failing the test or run that triggered them; the script exits non-zero when any test failed, any
# run failed, or any report was written. Runs at nice 19: the machine is shared. Leak checking is off unless
# ASAN_LEAKS=1 (the Swift runtime's and Foundation's process-lifetime caches are reported as leaks).
set -uo pipefail
cd "$(dirname "$0")/.."
mode=${1:-all}
case $mode in asan | tsan | all) ;; *) echo "usage: $0 [asan|tsan|all]" >&2; exit 2 ;; esac

failed=0
note() { echo "sanitizers: $*" >&2; }

# Counts the reports in a log folder; prints their first lines.
reports() {
  local logs=$1 count
  count=$(find "$logs" -type f | wc -l)
  if [[ $count -gt 0 ]]; then
    note "$count sanitizer report(s) in $logs:"
    for f in "$logs"/*; do grep -m 3 -E "ERROR|WARNING|SUMMARY" "$f" | sed "s|^|  $(basename "$f"): |" >&2; done
    failed=1
  fi
}

# Runs `swift test` (arguments after the scratch path) and reports the closing lines.
suite() {
  local scratch=$1 sanitizer=$2
  shift 2
  nice -n 19 swift build --build-tests --sanitize="$sanitizer" --scratch-path "$scratch" 2>&1 | grep -E "error:|warning: .*sanitiz|Compiling|Build" | grep -v Compiling >&2 || true
  nice -n 19 swift test --skip-build --sanitize="$sanitizer" --scratch-path "$scratch" "$@" > "$scratch/test.log" 2>&1
  local status=$?
  grep -E "^(Test Suite 'All tests'|\s*Executed [0-9]+ tests)|Test run with [0-9]+ tests|✘ Test .* (failed|recorded an issue)" "$scratch/test.log" | tail -n 25 >&2
  if [[ $status -ne 0 ]]; then note "swift test --sanitize=$sanitizer failed (exit $status), see $scratch/test.log"; failed=1; fi
}

run_asan() {
  local scratch=.build-asan logs
  logs=$PWD/$scratch/sanitizer-logs
  rm -rf "$logs" && mkdir -p "$logs"
  note "AddressSanitizer: swift test --sanitize=address (all tests)"
  ASAN_OPTIONS="detect_leaks=${ASAN_LEAKS:-0}:log_path=$logs/asan:halt_on_error=1" suite "$scratch" address
  reports "$logs"
}

run_tsan() {
  local scratch=.build-tsan logs bin work status
  logs=$PWD/$scratch/sanitizer-logs
  rm -rf "$logs" && mkdir -p "$logs"
  export TSAN_OPTIONS="log_path=$logs/tsan:halt_on_error=0:second_deadlock_stack=1"
  note "ThreadSanitizer: swift test --sanitize=thread --skip ReliabilityTests"
  suite "$scratch" thread --skip ReliabilityTests

  bin=$(swift build --sanitize=thread --scratch-path "$scratch" --show-bin-path)/stancewatch
  work=$(mktemp -d "${TMPDIR:-/tmp}/stancewatch-tsan.XXXXXX")
  local inputs=(datasets/sample.jsonl datasets/sample-csv datasets/sample-text)
  for run in jobs4-a jobs4-b history; do
    local extra=(--no-db)
    [[ $run == history ]] && extra=(--db "$work/history.sqlite")
    note "ThreadSanitizer: stancewatch analyze datasets --jobs 4 --batch-size 8 ${extra[*]}"
    nice -n 19 "$bin" analyze "${inputs[@]}" --out "$work/$run" --jobs 4 --batch-size 8 -q "${extra[@]}" 2> "$work/$run.stderr"
    status=$?
    if [[ $status -ne 0 ]]; then note "exit $status: $(head -c 300 "$work/$run.stderr")"; failed=1; fi
  done
  for name in articles.csv mentions.csv stances.csv sentences.csv entities.csv pairs.csv trends.csv rejects.csv; do
    cmp -s "$work/jobs4-a/$name" "$work/jobs4-b/$name" || { note "$name differs between two --jobs 4 runs"; failed=1; }
  done
  rm -rf "$work"
  reports "$logs"
}

[[ $mode == asan || $mode == all ]] && run_asan
[[ $mode == tsan || $mode == all ]] && run_tsan
if [[ $failed -eq 0 ]]; then note "$mode: passed"; else note "$mode: FAILED"; fi
exit $failed
