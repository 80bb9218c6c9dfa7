# Shared by corpus.sh and night.sh (sourced, not run): usage, steps, the scratch folder and the release build.
# The sourcing script sets `set -euo pipefail` and names itself in SCRIPT (for messages).

usage() { sed -n '4p' "$0" | sed 's/^#  */usage: /' >&2; exit 2; }
step() { printf '\n== %s\n' "$*" >&2; }

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_PATH="${BUILD_PATH:-$ROOT/.build}"

# make_work NAME: a fresh scratch folder in WORK, removed at exit unless KEEP=1.
make_work() {
    WORK="$(mktemp -d "${TMPDIR:-/tmp}/stancewatch-$1.XXXXXX")"
    if [ "$KEEP" = 1 ]; then echo "keeping $WORK" >&2; else trap 'rm -rf "$WORK"' EXIT; fi
}

# build_release: `swift build -c release` of stancewatch into BUILD_PATH (log in WORK/build.log, its last line
# shown); BIN is the binary.
build_release() {
    step "release build ($BUILD_PATH)"
    if ! (cd "$ROOT" && swift build -c release --product stancewatch --scratch-path "$BUILD_PATH") > "$WORK/build.log" 2>&1; then
        tail -n 40 "$WORK/build.log" >&2
        echo "$SCRIPT: release build failed" >&2
        exit 1
    fi
    tail -n 1 "$WORK/build.log" >&2
    BIN="$(cd "$ROOT" && swift build -c release --scratch-path "$BUILD_PATH" --show-bin-path)/stancewatch"
    [ -x "$BIN" ] || { echo "$SCRIPT: no binary at $BIN" >&2; exit 1; }
}
