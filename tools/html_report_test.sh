#!/usr/bin/env bash
# The HTML report, rendered in headless Chromium: the page must show one row
# per finding (the rows are built by the page's script) and a summary row
# per document, and a screenshot must be produced.
set -euo pipefail
bin=$1
corpus=$2
chromium=$(command -v chromium || true)
if [ -z "$chromium" ]; then
  echo "html_report_test: chromium is missing; run tools/setup.sh --tests" >&2
  exit 1
fi
tmp=${TEST_TMPDIR:-$(mktemp -d)}
export HOME=$tmp
"$bin" check --format=html --no-config "$corpus" > "$tmp/report.html" 2>/dev/null || true
findings=$("$bin" check --format=jsonl --no-config "$corpus" 2>/dev/null | wc -l)
documents=$(grep -o '<section class="article"' "$tmp/report.html" | wc -l)
flags=(--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking
       --disable-component-update --disable-sync --no-first-run --disable-quic)
timeout 120 "$chromium" "${flags[@]}" --user-data-dir="$tmp/profile1" --dump-dom "file://$tmp/report.html" \
  > "$tmp/dom.html" 2>"$tmp/chromium.log"
rows=$(grep -o 'class="finding-row' "$tmp/dom.html" | wc -l)
summary=$(grep -o 'class="summary-row' "$tmp/dom.html" | wc -l)
timeout 120 "$chromium" "${flags[@]}" --user-data-dir="$tmp/profile2" --window-size=1200,1600 \
  --screenshot="$tmp/report.png" "file://$tmp/report.html" >>"$tmp/chromium.log" 2>&1
status=0
if [ "$findings" -eq 0 ] || [ "$rows" -ne "$findings" ]; then
  echo "FAIL: the rendered page shows $rows finding rows; claimcheck reported $findings findings" >&2
  status=1
fi
if [ "$documents" -eq 0 ] || [ "$summary" -ne "$documents" ]; then
  echo "FAIL: the rendered summary has $summary rows for $documents documents" >&2
  status=1
fi
if [ ! -s "$tmp/report.png" ]; then
  echo "FAIL: no screenshot" >&2
  status=1
fi
[ "$status" -eq 0 ] && echo "1 passed, 0 failed: $rows finding rows and $summary summary rows rendered"
exit $status
