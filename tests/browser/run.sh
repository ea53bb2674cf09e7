#!/usr/bin/env bash
# Renders a generated clinician summary in headless Chromium and checks that the mood
# chart is drawn (pixels of the chart's stroke colour in the screenshot). A control run
# with the <svg> removed must fail the same check, so the check cannot pass vacuously.
# Needs: chromium (Debian), python3. Writes only to a temporary directory.
set -euo pipefail
cd "$(dirname "$0")/../.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/var/cache/hearth/target}"

chromium_bin=$(command -v chromium || command -v chromium-browser || true)
if [[ -z "$chromium_bin" ]]; then
  echo "tests/browser: chromium is not installed (apt-get install chromium)" >&2
  exit 1
fi

cargo build -q -p hearth-cli
hearth="$CARGO_TARGET_DIR/debug/hearth"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
store="$work/store"

"$hearth" --store "$store" demo --days 45 --json >/dev/null
"$hearth" --store "$store" assess phq9 --answers 1,2,1,0,2,1,0,1,0 >/dev/null
"$hearth" --store "$store" assess who5 --answers 3,3,2,4,2 >/dev/null
"$hearth" --store "$store" export --format summary --out "$work/summary.html" 2>/dev/null
# The control: the same page without its chart.
python3 - "$work/summary.html" "$work/nochart.html" <<'PY'
import re, sys
html = open(sys.argv[1], encoding="utf-8").read()
stripped, n = re.subn(r"<svg.*?</svg>", "", html, flags=re.S)
assert n == 1, f"expected one <svg>, found {n}"
open(sys.argv[2], "w", encoding="utf-8").write(stripped)
PY

shoot() { # html png
  timeout 90 "$chromium_bin" --headless --no-sandbox --disable-gpu --disable-quic \
    --no-first-run --disable-background-networking --disable-component-update \
    --disable-sync --user-data-dir="$work/profile" --screenshot="$2" \
    --window-size=1000,1400 "file://$1" >"$work/chromium.log" 2>&1 || {
      cat "$work/chromium.log" >&2; return 1; }
  [[ -s "$2" ]] || { echo "no screenshot written" >&2; cat "$work/chromium.log" >&2; return 1; }
}

passed=0 failed=0
shoot "$work/summary.html" "$work/summary.png"
if python3 tests/browser/check_chart.py "$work/summary.png"; then
  passed=$((passed + 1))
else
  failed=$((failed + 1))
fi
shoot "$work/nochart.html" "$work/nochart.png"
if python3 tests/browser/check_chart.py "$work/nochart.png" >"$work/control.log"; then
  echo "FAIL: the check passed on a page without the chart" >&2
  failed=$((failed + 1))
else
  echo "ok: control without the <svg> fails the check ($(cat "$work/control.log"))"
  passed=$((passed + 1))
fi
if [[ -n "${HEARTH_KEEP_SCREENSHOT:-}" ]]; then
  cp "$work/summary.png" "$HEARTH_KEEP_SCREENSHOT"
fi
echo "browser: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
