#!/usr/bin/env bash
# Regenerates reports/sample, the committed example output of the bundled sample corpus.
# The end-to-end test `committedExampleReportMatches` fails when it is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build
.build/debug/stancewatch analyze datasets/sample.jsonl datasets/sample-csv datasets/sample-text \
  --period month --no-db --out reports/sample --quiet
