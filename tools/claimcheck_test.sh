#!/usr/bin/env bash
# Runner for claimcheck_test (tools/claimcheck.bzl): runs `claimcheck check`
# and passes when its exit code is the expected one (0 clean, or 1 when the
# target expects findings). Usage errors (2) always fail.
set -uo pipefail
expect=$1
shift
"$@"
code=$?
if [ "$code" -eq "$expect" ]; then exit 0; fi
echo "claimcheck_test: claimcheck exited $code, expected $expect" >&2
exit 1
