#!/usr/bin/env bash
# The test command of the README: builds and runs every test (unit, data, golden files, end-to-end).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build
swift test 2>&1 | tee .build/test.log
