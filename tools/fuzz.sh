#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for a
# while, starting from the seeds in testdata/fuzz/<target>. Prints the
# executions and crashes per target. A crash input is left in
# testdata/fuzz/<target>/crash-*: fix the bug and keep the file, and
# //...:*_fuzzer_regression_test runs it from then on.
#
#   tools/fuzz.sh [SECONDS_PER_TARGET]      (default 60)
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-60}
missing=()
for p in clang libclang-rt-14-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

declare -A seeds=(
  [//engine:reader_fuzzer]=reader
  [//extractors:analysis_fuzzer]=analysis
  [//engine:rule_set_fuzzer]=rules
  [//engine:pipeline_fuzzer]=pipeline
)
bazel build --config=fuzz "${!seeds[@]}" 2>&1 | grep -E "ERROR|error:" || true

status=0
printf '%-32s %12s %8s\n' target executions crashes
for target in $(printf '%s\n' "${!seeds[@]}" | sort); do
  name=${target##*:}
  bin=bazel-bin/${target#//}; bin=${bin/://}
  work=$(mktemp -d)
  cp -r "testdata/fuzz/${seeds[$target]}/." "$work/"
  log=$(mktemp)
  "$bin" -max_total_time="$secs" -print_final_stats=1 -timeout=10 -rss_limit_mb=4096 \
    -artifact_prefix="testdata/fuzz/${seeds[$target]}/" "$work" >"$log" 2>&1 || true
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  crashes=$(grep -cE '^==[0-9]+==ERROR|^SUMMARY: (Address|Undefined)|deadly signal|Test unit written' "$log" || true)
  printf '%-32s %12s %8s\n' "$name" "${execs:-?}" "$crashes"
  if [ "$crashes" != "0" ]; then
    status=1
    grep -E 'ERROR|SUMMARY|Test unit written' "$log" | head -5
  fi
  rm -rf "$work" "$log"
done
exit $status
