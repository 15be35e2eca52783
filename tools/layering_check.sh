#!/usr/bin/env bash
# The dependency graph goes one way (README "Layout"): tools → engine →
# extractors, and inside engine: the pipeline → output → rules → input
# → json, with no reader → rules edge. Checked with `bazel query` on this
# workspace's targets; prints each forbidden edge and exits 1 when any.
set -euo pipefail
cd "$(dirname "$0")/.."
bad=0
# forbid FROM PATTERN WHY: no target under FROM depends on a target matching PATTERN.
forbid() {
  local from=$1 pattern=$2 why=$3 hits
  hits=$(bazel query --noshow_progress "deps($from)" 2>/dev/null | grep -E "$pattern" | grep -vE '\.(h|cc|bzl)$' || true)
  if [ -n "$hits" ]; then
    echo "layering: $from must not depend on $why:"
    echo "$hits" | sed 's/^/  /'
    bad=1
  fi
}
forbid '//extractors/...' '^//(engine|tools)[:/]' 'the engine or the tools'
forbid '//engine/...' '^//tools:' 'the tools'
forbid '//engine/input/...' '^//engine/(rules|output)[:/]|^//engine:|yaml_cpp|:re2$' 'the rules, the output or the pipeline (reading a file links neither yaml-cpp nor RE2)'
forbid '//engine/json/...' '^//engine/(input|rules|output)[:/]|^//engine:' 'other engine stages'
forbid '//engine/rules/...' '^//engine/output[:/]|^//engine:' 'the output or the pipeline'
forbid '//engine/output/...' '^//engine:' 'the pipeline'
forbid '//engine/stats/...' '^//engine/output[:/]|^//engine:|^//engine/input:reader$' 'the reader, the output or the pipeline'
if [ "$bad" -eq 0 ]; then echo "layering: all edges go one way"; fi
exit "$bad"
