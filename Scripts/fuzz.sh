#!/usr/bin/env bash
# Builds and runs one libFuzzer target for a given time with a seed corpus made from datasets/.
#
#   Scripts/fuzz.sh TARGET SECONDS [extra libFuzzer flags...]
#   TARGET: json (JSONRecord.parse), csv (CSVReader through openInput, libcsv callbacks included),
#           frontmatter (FrontMatter.split), extract (Extractor.analyze on one article)
#
# The fuzz package is Fuzz/ (its own Package.swift, so the main build never sees -sanitize=fuzzer); it builds
# in release with libFuzzer and AddressSanitizer into .build-fuzz/. The corpus grows in .build-fuzz/corpus/TARGET
# across runs; a crash, leak, timeout (over 10 s for one input) or out-of-memory input is written to
# .build-fuzz/artifacts/TARGET/ and the script exits non-zero. Runs at nice 19: the machine is shared.
# Replay one input: .build-fuzz/release/FuzzCSV .build-fuzz/artifacts/csv/crash-...
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { echo "usage: $0 json|csv|frontmatter|extract SECONDS [libFuzzer flags...]" >&2; exit 2; }
[[ $# -ge 2 ]] || usage
target=$1
seconds=$2
shift 2
case $target in
  json | jsonl) target=json product=FuzzJSONRecord ;;
  csv) product=FuzzCSV ;;
  frontmatter) product=FuzzFrontMatter ;;
  extract) product=FuzzExtract ;;
  *) usage ;;
esac
[[ $seconds =~ ^[0-9]+$ ]] || usage

scratch=.build-fuzz
nice -n 19 swift build --package-path Fuzz --scratch-path "$scratch" -c release \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library --product "$product" 2>&1 |
  grep -v "Cannot export local symbol '__asan_extra_spill_area'" >&2

seeds=$scratch/seeds/$target
corpus=$scratch/corpus/$target
artifacts=$scratch/artifacts/$target
mkdir -p "$corpus" "$artifacts"
python3 Fuzz/seeds.py "$target" "$seeds" >&2

log=$scratch/fuzz-$target.log
set +e
nice -n 19 "$scratch/release/$product" "$corpus" "$seeds" \
  -max_total_time="$seconds" -print_final_stats=1 -timeout=10 -rss_limit_mb=2048 \
  -artifact_prefix="$artifacts/" "$@" 2>&1 | tee "$log" | grep -E "^(INFO: Seed|#[0-9]+[[:space:]]+(INITED|DONE)|==|SUMMARY|stat::|Done|Slowest|MS:|.*Fatal error|ALARM|artifact_prefix)" >&2
status=${PIPESTATUS[0]}
set -e

done_line=$(grep -E "^#[0-9]+[[:space:]]+DONE" "$log" | tail -1 || true)
echo "target:      $target ($product), $seconds s"
echo "executions:  $(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')"
echo "exec/s:      $(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')"
field() { echo "$done_line" | grep -o "$1: [0-9]*" | grep -o '[0-9]*$' || echo '?'; }
echo "coverage:    $(field cov) edges, $(field ft) features (libFuzzer's cov/ft at the end)"
echo "corpus:      $(find "$corpus" -type f | wc -l) inputs, $(find "$corpus" -type f -printf '%s\n' | awk '{s+=$1} END {print s+0}') bytes ($corpus)"
echo "peak RSS:    $(grep -o 'stat::peak_rss_mb: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?') MB"
findings=$(find "$artifacts" -type f | wc -l)
echo "findings:    $findings in $artifacts/ (libFuzzer exit status $status)"
exit "$status"
