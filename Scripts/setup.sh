#!/usr/bin/env bash
# Installs the system libraries stancewatch links against (Debian/Ubuntu): libcsv (CSV through libcsv),
# zlib (.jsonl.gz input), SQLite (history database). Needs root or sudo; skips what is already there.
set -euo pipefail
need=()
for pkg in libcsv-dev zlib1g-dev libsqlite3-dev time; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}"
fi
