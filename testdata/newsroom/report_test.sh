#!/usr/bin/env bash
# The merged SARIF report of stories_report holds the draft's findings: the
# house rule (raised to warning by .claimcheck.yaml) and a built-in rule, and
# the fees story's info finding (a "note"); stories_warnings, made with
# min_severity = "warning", has the warnings and no note.
set -euo pipefail
report=$1 warnings=$2
result_level() { grep -o '"ruleIndex":[0-9]*,"level":"'"$1"'"' "$2" | wc -l || true; }
for want in '"ruleId":"house.sources-close"' '"ruleId":"unsourced.agentless"'; do
  for f in "$report" "$warnings"; do
    if ! grep -qF "$want" "$f"; then
      echo "report_test: no $want in $f" >&2
      exit 1
    fi
  done
done
if [ "$(result_level note "$report")" -eq 0 ]; then
  echo "report_test: no note-level result in $report" >&2
  exit 1
fi
if [ "$(result_level note "$warnings")" -ne 0 ]; then
  echo "report_test: a note-level result in $warnings (min_severity = warning)" >&2
  exit 1
fi
if [ "$(result_level warning "$warnings")" -ne "$(result_level warning "$report")" ]; then
  echo "report_test: the warnings differ between $report and $warnings" >&2
  exit 1
fi
echo "report_test: PASSED"
