#!/usr/bin/env bash
# claimcheck_report from a newsroom's workspace (testdata/newsroom): a
# 1,000-article corpus in 16 shards; adding one article re-runs one shard
# and the merge, nothing else (counted in Bazel's execution log), and the
# merged SARIF passes Microsoft's SARIF Multitool when tools/setup.sh
# --tests could install it. Run from anywhere; .ci/run runs it.
set -euo pipefail
cd "$(dirname "$0")/../testdata/newsroom"
gen=generated  # (ignored by git: testdata/newsroom/.gitignore)
log=$(mktemp)
work=$(mktemp -d)
trap 'rm -rf "$gen" "$log" "$work"' EXIT
rm -rf "$gen"
mkdir -p "$gen/articles"
article() {
  printf 'Council vote %s\n\nThe council approved plan %s on Tuesday. It is understood that the budget will rise by %s percent next year. "We have done our best," the mayor said.\n' \
    "$1" "$1" "$(( 10#$1 % 40 + 1 ))" > "$gen/articles/a$1.txt"
}
for i in $(seq -w 1 1000); do article "$i"; done
cat > "$gen/BUILD" <<'BUILD'
load("@claimcheck//tools:claimcheck.bzl", "claimcheck_report")

claimcheck_report(
    name = "corpus_report",
    srcs = glob(["articles/*.txt"]),
    format = "sarif",
    shards = 16,
)
BUILD
bazel build //generated:corpus_report
article 1001
bazel build --execution_log_json_file="$log" //generated:corpus_report
shards=$(grep -c '"mnemonic": "ClaimcheckReport"' "$log" || true)
merges=$(grep -c '"mnemonic": "ClaimcheckMerge"' "$log" || true)
echo "shard_rerun_test: after adding one article, $shards shard action(s) and $merges merge(s) ran"
if [ "$shards" -ne 1 ] || [ "$merges" -ne 1 ]; then
  echo "shard_rerun_test: FAILED: expected 1 shard and 1 merge to run again" >&2
  exit 1
fi
sarif=bazel-bin/generated/corpus_report.sarif
count() { grep -o "$1" "$2" | wc -l || true; }  # (grep finding nothing is a count of 0)
results=$(count '"ruleId"' "$sarif")
docs=$(grep -o '"uri":"generated/articles/a[0-9]*\.txt"' "$sarif" | sort -u | wc -l || true)
echo "shard_rerun_test: merged SARIF holds $results results from $docs articles"
if [ "$docs" -ne 1001 ]; then
  echo "shard_rerun_test: FAILED: expected findings from all 1,001 articles" >&2
  exit 1
fi
tool=${SARIF_MULTITOOL:-/opt/claimcheck/sarif/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool}
if [ -x "$tool" ]; then
  cp "$sarif" "$work/merged.sarif"
  (cd "$work" && DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 DOTNET_CLI_HOME="$work" DOTNET_BUNDLE_EXTRACT_BASE_DIR="$work" \
     HOME="$work" "$tool" validate -o "$work/report.sarif" "$work/merged.sarif" > "$work/log.txt" 2>&1)
  problems=$(count '"ruleId"' "$work/report.sarif")
  echo "shard_rerun_test: SARIF Multitool: $problems problems"
  if [ "$problems" -ne 0 ]; then
    echo "shard_rerun_test: FAILED: the merged SARIF does not validate (see $work/report.sarif)" >&2
    trap - EXIT
    exit 1
  fi
else
  echo "shard_rerun_test: SARIF Multitool not installed ($tool): validation skipped"
fi
echo "shard_rerun_test: PASSED"
