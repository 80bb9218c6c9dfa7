#!/usr/bin/env bash
# Issue 8 acceptance: the Spark driver in local mode with 4 partitions on a real corpus must write the same CSV
# files and report.md as `stancewatch analyze --no-db` on the same file, byte for byte.
#   Scripts/spark-test.sh [CORPUS]      (default ../shared/corpora/reuters21578.jsonl)
# Installs PySpark into a venv (STANCEWATCH_SPARK_VENV, default /tmp/stancewatch-spark-venv; kept for reuse) and
# needs Java 17+. Skips, exit 0, when the corpus or Java is absent. Env: SCRATCH_PATH (SwiftPM build folder,
# default .build), SPARK_PARTITIONS (4), SPARK_MASTER (local[2]).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpora/reuters21578.jsonl}"
if [ ! -f "$corpus" ]; then
  echo "spark-test: skipped: $corpus is absent (../shared/corpora is not beside the project)"
  exit 0
fi
if ! java -version >/dev/null 2>&1; then
  echo "spark-test: skipped: no Java (PySpark needs Java 17 or later)"
  exit 0
fi
venv="${STANCEWATCH_SPARK_VENV:-/tmp/stancewatch-spark-venv}"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -c 'import pyspark' 2>/dev/null || "$venv/bin/pip" install --quiet pyspark
scratch="${SCRATCH_PATH:-.build}"
swift build -c release --scratch-path "$scratch" --product stancewatch
bin="$(swift build -c release --scratch-path "$scratch" --show-bin-path)/stancewatch"

work="$(mktemp -d /tmp/stancewatch-spark-test-XXXXXX)"
trap 'rm -rf "$work"' EXIT
export PYSPARK_PYTHON="$venv/bin/python" PYSPARK_DRIVER_PYTHON="$venv/bin/python"
start=$(date +%s)
set +e
"$venv/bin/spark-submit" --master "${SPARK_MASTER:-local[2]}" --conf spark.ui.enabled=false \
  integrations/spark/stancewatch_spark.py "$corpus" --out "$work/spark" \
  --partitions "${SPARK_PARTITIONS:-4}" --binary "$bin" 2> "$work/spark.log"
spark_status=$?
spark_end=$(date +%s)
"$bin" analyze "$corpus" --no-db --out "$work/analyze" --quiet
analyze_status=$?
set -e
end=$(date +%s)
echo "spark-test: spark driver $((spark_end - start)) s (exit $spark_status), analyze $((end - spark_end)) s (exit $analyze_status)"
if [ "$spark_status" -ge 2 ] || [ "$spark_status" != "$analyze_status" ]; then
  tail -30 "$work/spark.log"
  echo "spark-test: FAILED: exit codes differ (spark $spark_status, analyze $analyze_status)"
  exit 1
fi
failed=0
for file in articles.csv mentions.csv stances.csv sentences.csv entities.csv pairs.csv trends.csv rejects.csv \
  changes.csv report.md charts/entities.svg charts/pairs.svg charts/pairs-goldstein.svg; do
  if [ -e "$work/analyze/$file" ] || [ -e "$work/spark/$file" ]; then
    if ! cmp -s "$work/analyze/$file" "$work/spark/$file"; then
      echo "spark-test: $file differs:"
      diff "$work/analyze/$file" "$work/spark/$file" | head -5 || true
      failed=1
    fi
  fi
done
rows=$(($(wc -l < "$work/analyze/articles.csv") - 1))
if [ "$failed" != 0 ]; then
  echo "spark-test: FAILED"
  exit 1
fi
echo "spark-test: identical: every CSV, report.md and the charts ($rows articles, $(basename "$corpus"), ${SPARK_PARTITIONS:-4} partitions)"
