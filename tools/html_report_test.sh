#!/usr/bin/env bash
# The HTML report in headless Chromium, with JavaScript off (as a mail client,
# a CMS preview or print shows it) and on: the page is rendered by claimcheck,
# so both DOMs must show one row per finding, one summary row per document,
# the two charts, each article titled by its headline, every in-page link
# resolving, and no script at all; a screenshot is taken of each.
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
status=0
fail() {
  echo "FAIL: $*" >&2
  status=1
}
count() { grep -o "$1" "$2" | wc -l; }

# Server-side: no script; every href="#x" names an element of the page.
[ "$(count '<script' "$tmp/report.html")" -eq 0 ] || fail "the page holds a script"
grep -o 'href="#[^"]*"' "$tmp/report.html" | sed 's/href="#\(.*\)"/\1/' | sort -u > "$tmp/links"
grep -o ' id="[^"]*"' "$tmp/report.html" | sed 's/ id="\(.*\)"/\1/' | sort -u > "$tmp/ids"
dangling=$(comm -23 "$tmp/links" "$tmp/ids" | head -3)
repeated=$(grep -o ' id="[^"]*"' "$tmp/report.html" | sort | uniq -d | head -3)
[ -z "$repeated" ] || fail "ids used twice: $repeated"
[ -z "$dangling" ] || fail "links to no element: $dangling"
[ "$(wc -l < "$tmp/links")" -ge "$findings" ] || fail "fewer links than findings"

# JavaScript off: the page's own scripts are barred by a Content-Security-Policy
# (--dump-dom and --screenshot work through script themselves, so the
# browser-wide switch would leave them empty).
sed 's|<head>|<head><meta http-equiv="Content-Security-Policy" content="script-src '"'"'none'"'"'">|' \
  "$tmp/report.html" > "$tmp/report-off.html"
cp "$tmp/report.html" "$tmp/report-on.html"
for mode in off on; do
  timeout 120 "$chromium" "${flags[@]}" --user-data-dir="$tmp/profile-$mode" --dump-dom \
    "file://$tmp/report-$mode.html" > "$tmp/dom-$mode.html" 2>"$tmp/chromium-$mode.log"
  [ "$mode" = off ] && ! grep -q 'Content-Security-Policy' "$tmp/dom-$mode.html" && fail "the page was not barred from scripts"
  dom=$tmp/dom-$mode.html
  rows=$(count 'class="finding-row' "$dom")
  summary=$(count 'class="summary-row' "$dom")
  charts=$(count '<svg' "$dom")
  bars=$(count 'class="bar bar-' "$dom")
  titles=$(count '<h2>' "$dom")
  if [ "$findings" -eq 0 ] || [ "$rows" -ne "$findings" ]; then
    fail "JavaScript $mode: $rows finding rows for $findings findings"
  fi
  if [ "$documents" -eq 0 ] || [ "$summary" -ne "$documents" ]; then
    fail "JavaScript $mode: $summary summary rows for $documents documents"
  fi
  [ "$charts" -eq 2 ] && [ "$bars" -eq 8 ] || fail "JavaScript $mode: $charts charts with $bars bars (expected 2 and 8)"
  [ "$titles" -eq $((documents + 1)) ] || fail "JavaScript $mode: $titles titles for $documents articles"
  grep -q '<h2>Council narrowly backs waterfront stadium deal</h2>' "$dom" ||
    fail "JavaScript $mode: the Markdown article is not titled by its headline"
  grep -q '<details class="who" open=""><summary>Who says what: ' "$dom" ||
    fail "JavaScript $mode: no list of who says what"
  timeout 120 "$chromium" "${flags[@]}" --user-data-dir="$tmp/shot-$mode" --window-size=1200,1600 \
    --screenshot="$tmp/report-$mode.png" "file://$tmp/report-$mode.html" >>"$tmp/chromium-$mode.log" 2>&1
  [ -s "$tmp/report-$mode.png" ] || fail "JavaScript $mode: no screenshot"
done
[ "$status" -eq 0 ] && echo "1 passed, 0 failed: $findings finding rows, $documents summary rows, 2 charts, with JavaScript off and on"
exit $status
