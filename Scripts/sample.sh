#!/usr/bin/env bash
# The main job on the bundled sample: builds a release binary and analyses datasets/ into out/sample.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release
.build/release/stancewatch analyze datasets/sample.jsonl datasets/sample-csv datasets/sample-text --out "${1:-out/sample}" "${@:2}"
