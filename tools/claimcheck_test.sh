#!/usr/bin/env bash
# Runner for claimcheck_test (tools/claimcheck.bzl): runs `claimcheck check`
# and passes when its exit code is the expected one (0 clean, or 1 when the
# target expects findings). Usage errors (2) always fail.
set -uo pipefail
expect=$1
shift
# "--lexicons-of=FILE" (from the macro, which knows files, not directories)
# is "--lexicons=" the directory holding FILE.
cmd=()
for a in "$@"; do
  case "$a" in
    --lexicons-of=*) f=${a#--lexicons-of=}; cmd+=("--lexicons=$(dirname "$f")") ;;
    *) cmd+=("$a") ;;
  esac
done
"${cmd[@]}"
code=$?
if [ "$code" -eq "$expect" ]; then exit 0; fi
echo "claimcheck_test: claimcheck exited $code, expected $expect" >&2
exit 1
