#!/usr/bin/env bash
# Renders every hand-in sheet of the demo (LibreOffice PDF, then one small PNG per page) into docs/screenshots/,
# each file named by its page and the title in its page header. Needs soffice and pdftoppm (see .ci/run).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
today="${1:-2026-12-04}"
node "$root/cli/bin.mjs" demo --out-dir "$work" --today "$today" >/dev/null
node "$root/cli/bin.mjs" run --all "$work/阳光花园物业-示例.xlsx" --today "$today" --handin --pdf -o "$work/handin.xlsx" >/dev/null 2>&1
out="$root/docs/screenshots"
mkdir -p "$out"
rm -f "$out"/page-*.png
pages="$(pdfinfo "$work/handin.pdf" | awk '/^Pages:/ {print $2}')"
for page in $(seq 1 "$pages"); do
  title="$(pdftotext -f "$page" -l "$page" -layout "$work/handin.pdf" - | awk 'NF && t == "" {t = $NF} END {print t}')"
  name="$(printf 'page-%02d-%s' "$page" "$title" | tr -d '/ ')"
  pdftoppm -f "$page" -l "$page" -r 40 -png -singlefile "$work/handin.pdf" "$out/$name"
done
ls "$out"
