#!/usr/bin/env bash
# Checks a run folder the way its readers will open it:
#   - report.md renders with cmark-gfm (GitHub-flavoured Markdown) without warnings,
#   - every chart is well-formed XML (xmllint --noout),
#   - every CSV opens in LibreOffice headless (soffice --convert-to xlsx) with the contract's header row.
# Usage: Scripts/check-report.sh RUN_DIR   (installs cmark-gfm, libxml2-utils, libreoffice-calc-nogui if missing)
set -euo pipefail
run="${1:?usage: Scripts/check-report.sh RUN_DIR}"
need=()
command -v cmark-gfm >/dev/null || need+=(cmark-gfm)
command -v xmllint >/dev/null || need+=(libxml2-utils)
command -v soffice >/dev/null || need+=(libreoffice-calc-nogui)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
status=0
warnings=$(cmark-gfm --validate-utf8 -e table -e strikethrough -e autolink "$run/report.md" 2>&1 >/dev/null || true)
if [ -n "$warnings" ]; then echo "report.md: cmark-gfm warnings: $warnings"; status=1; else echo "report.md: renders cleanly"; fi
if ls "$run"/charts/*.svg >/dev/null 2>&1; then
  if xmllint --noout "$run"/charts/*.svg; then echo "charts: $(ls "$run"/charts/*.svg | wc -l) well-formed SVG files"; else status=1; fi
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for csv in "$run"/*.csv; do
  name=$(basename "$csv" .csv)
  soffice --headless --calc --convert-to xlsx --outdir "$tmp" "$csv" >/dev/null 2>&1 || { echo "$name.csv: LibreOffice could not open it"; status=1; continue; }
  # The first row of the sheet, read back from the xlsx (shared strings in order of first use).
  header=$(python3 - "$tmp/$name.xlsx" <<'PY'
import re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
strings = re.findall(r'<t[^>]*>([^<]*)</t>', z.read('xl/sharedStrings.xml').decode()) if 'xl/sharedStrings.xml' in z.namelist() else []
sheet = z.read('xl/worksheets/sheet1.xml').decode()
row = re.search(r'<row r="1"[^>]*>(.*?)</row>', sheet, re.S).group(1)
cells = re.findall(r'<c ([^>]*)><v>([^<]*)</v></c>', row)
print(",".join(strings[int(v)] if 't="s"' in attrs else v for attrs, v in cells))
PY
)
  expected=$(head -1 "$csv" | tr -d '"')
  if [ "$header" = "$expected" ]; then echo "$name.csv: opens in LibreOffice, columns $header"; else echo "$name.csv: columns '$header', expected '$expected'"; status=1; fi
done
exit $status
