#!/usr/bin/env bash
# The merged SARIF report of stories_report holds the draft's findings: the house
# rule (raised to warning by .claimcheck.yaml) and a built-in rule.
set -euo pipefail
all=$(cat "$@")
for want in '"ruleId":"house.sources-close"' '"ruleId":"unsourced.agentless"' '"level":"warning"'; do
  if ! grep -qF "$want" <<<"$all"; then
    echo "stories_report: no $want in $*" >&2
    exit 1
  fi
done
