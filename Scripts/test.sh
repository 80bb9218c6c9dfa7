#!/usr/bin/env bash
# The test command of the README: builds and runs every test (unit, data, golden files, end-to-end).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .build
swift build
swift test 2>&1 | tee .build/test.log
# A plain closing line for CI: the Swift Testing summary as 'N passed, N failed'.
if grep -q "Test run with .* passed" .build/test.log; then
  n=$(grep -o "Test run with [0-9]* tests" .build/test.log | tail -1 | grep -o "[0-9]*")
  echo "$n passed, 0 failed"
fi
