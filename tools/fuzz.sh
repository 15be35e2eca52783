#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each one on
# one core, starting from the seeds in testdata/fuzz/<target> plus the corpus
# grown by earlier runs (kept in $CLAIMCHECK_FUZZ_DIR, default
# ~/.cache/claimcheck-fuzz). Prints, per target: executions, executions per
# second, coverage (edges / features), corpus growth, peak RSS and failures.
#
#   tools/fuzz.sh [SECONDS_PER_TARGET]          (default 60)
#   tools/fuzz.sh --total=SECONDS               spread over the targets
#   tools/fuzz.sh --resource [...]              resource mode (below)
#   tools/fuzz.sh --jobs=N [...]                N targets at a time (one core each)
#   tools/fuzz.sh --only=reader,pipeline [...]  some targets
#
# Normal mode caps inputs at 4 KB (fast: thousands of runs per second) and
# fails on crashes, leaks, sanitizer reports, inputs slower than 10 s and
# RSS above 2 GB. Resource mode looks for superlinear time and memory: inputs
# up to 256 KB, grown quickly (-len_control=0), and any input that takes more
# than 2 s, allocates more than 256 MB at once or pushes RSS over 1.5 GB is a
# failure (like the nested HTML of issue #17: quadratic in depth).
#
# A failing input is written to testdata/fuzz/<target>/ (crash-*, leak-*,
# timeout-*, oom-*, slow-unit-*): fix the bug and keep the file, and
# //...:*_fuzzer_regression_test runs it from then on. Exit 1 on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

per_target=60 total="" resource=0 jobs=1 only=""
for a in "$@"; do
  case "$a" in
    --total=*) total=${a#--total=} ;;
    --resource) resource=1 ;;
    --jobs=*) jobs=${a#--jobs=} ;;
    --only=*) only=${a#--only=} ;;
    -h|--help) sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    [0-9]*) per_target=$a ;;
    *) echo "fuzz.sh: unknown argument: $a (see --help)" >&2; exit 2 ;;
  esac
done

missing=()
for p in clang libclang-rt-14-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# target label -> seed directory (and dictionary) name under testdata/fuzz
declare -A seeds=(
  [//engine/input:reader_fuzzer]=reader
  [//extractors:analysis_fuzzer]=analysis
  [//engine/rules:rule_set_fuzzer]=rules
  [//engine:pipeline_fuzzer]=pipeline
)
# Input caps in normal mode, per seed name (default 4 KB). Rule packs: 2 KB,
# since yaml-cpp's scanner and RE2's compiler cost about 6 million
# instructions per 4 KB pack (2,183 inputs/s at 2 KB against 835 at 4 KB).
declare -A max_len=([rules]=2048)
targets=()
for t in $(printf '%s\n' "${!seeds[@]}" | sort); do
  name=${t##*:}
  if [ -z "$only" ] || [[ ",$only," == *",${name%_fuzzer},"* || ",$only," == *",$name,"* ]]; then
    targets+=("$t")
  fi
done
[ "${#targets[@]}" -gt 0 ] || { echo "fuzz.sh: no target matches --only=$only" >&2; exit 2; }
if [ -n "$total" ]; then
  per_target=$(( total * jobs / ${#targets[@]} ))
fi

bazel build --config=fuzz "${targets[@]}" 2>&1 | grep -E "ERROR|error:" || true

# -entropic=0: libFuzzer's entropic schedule spent 60% of the time in its own
# feature-frequency bookkeeping here (perf); without it the analysis target ran
# 1,714 inputs/s against 1,189 and reached more edges in the same 90 s.
if [ "$resource" = 1 ]; then
  mode=(-entropic=0 -max_len=262144 -len_control=0 -timeout=2 -rss_limit_mb=1536 -malloc_limit_mb=256 -report_slow_units=2)
else
  mode=(-entropic=0 -timeout=10 -rss_limit_mb=2048)
fi
store=${CLAIMCHECK_FUZZ_DIR:-$HOME/.cache/claimcheck-fuzz}
logs=$(mktemp -d)
# Copies of the binaries: a later Bazel build with other flags repoints bazel-bin.
for t in "${targets[@]}"; do
  b=bazel-bin/${t#//}; cp "${b/://}" "$logs/"
done

run_one() {
  local target=$1 name=${1##*:} seed=${seeds[$1]}
  local bin=$logs/$name
  local corpus=$store/$name
  mkdir -p "$corpus"
  cp -n "testdata/fuzz/$seed/." "$corpus/" 2>/dev/null || cp -rn "testdata/fuzz/$seed/." "$corpus/"
  local dict=()
  [ -f "testdata/fuzz/$seed.dict" ] && dict=(-dict="testdata/fuzz/$seed.dict")
  local cap=()
  [ "$resource" = 0 ] && cap=(-max_len="${max_len[$seed]:-4096}")
  local before
  before=$(ls "$corpus" | wc -l)
  "$bin" "$corpus" "${dict[@]}" "${mode[@]}" "${cap[@]}" -max_total_time="$per_target" \
    -print_final_stats=1 -artifact_prefix="testdata/fuzz/$seed/" >"$logs/$name.log" 2>&1 || true
  echo "$before $(ls "$corpus" | wc -l)" >"$logs/$name.corpus"
}

running=0
for t in "${targets[@]}"; do
  run_one "$t" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then wait -n || true; running=$((running - 1)); fi
done
wait

status=0
printf '%-18s %7s %12s %8s %8s %9s %13s %8s %8s\n' \
  target seconds executions exec/s edges features corpus rss_mb failures
for t in "${targets[@]}"; do
  name=${t##*:}
  log=$logs/$name.log
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -1)
  last=$(grep -E '^#[0-9]+.*cov: ' "$log" | tail -1 || true)
  cov=$(sed -nE 's/.*cov: ([0-9]+).*/\1/p' <<<"$last")
  ft=$(sed -nE 's/.*ft: ([0-9]+).*/\1/p' <<<"$last")
  read -r before after <"$logs/$name.corpus"
  failures=$(grep -cE '^==[0-9]+==ERROR|^SUMMARY: (Address|Undefined|Leak)|deadly signal|Test unit written|ALARM: working on the last Unit|out-of-memory|malloc\(.*\) exceeds limit|Slowest unit' "$log" || true)
  printf '%-18s %7s %12s %8s %8s %9s %13s %8s %8s\n' "${name%_fuzzer}" "$per_target" \
    "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "$before->$after" "${rss:-?}" "$failures"
  if [ "$failures" != "0" ]; then
    status=1
    grep -E 'ERROR|SUMMARY|Test unit written|ALARM|exceeds limit|Slowest unit' "$log" | head -5 | sed 's/^/    /'
  fi
done
rm -rf "$logs"
exit $status
