#!/usr/bin/env bash
# Output that cannot be written is an error: every command and format,
# written to /dev/full (a disk with no space left), exits 2 and says why.
# So is standard input that cannot be read.
set -uo pipefail
bin=$1
corpus=$2
status=0
expect_failure() {
  local what=$1
  shift
  local err rc
  err=$("$@" 2>&1 >/dev/full)
  rc=$?
  if [ "$rc" -ne 2 ]; then
    echo "FAIL: $what: exit $rc to /dev/full, expected 2" >&2
    status=1
  fi
  if ! grep -q "No space left on device" <<<"$err"; then
    echo "FAIL: $what: no reason given: $err" >&2
    status=1
  fi
}
for format in text jsonl sarif github junit html; do
  expect_failure "check --format=$format" "$bin" check --no-config --format="$format" "$corpus"
done
expect_failure "extract --format=jsonl" "$bin" extract --format=jsonl "$corpus"
expect_failure "extract --format=text" "$bin" extract "$corpus"
expect_failure "rules" "$bin" rules
expect_failure "help" "$bin" help
# The baseline file, written last.
err=$("$bin" check --no-config --write-baseline=/dev/full "$corpus" 2>&1 >/dev/null)
rc=$?
if [ "$rc" -ne 2 ] || ! grep -q "/dev/full: cannot write baseline file: No space left on device" <<<"$err"; then
  echo "FAIL: --write-baseline=/dev/full: exit $rc: $err" >&2
  status=1
fi
# A run that writes fine still exits 0.
if ! "$bin" check --no-config --format=jsonl "$corpus" >/dev/null 2>&1; then
  echo "FAIL: check to /dev/null failed" >&2
  status=1
fi
# Input that cannot be read is an error too: standard input that is a
# directory (read(2) fails with EISDIR) is not an empty corpus.
err=$("$bin" check --no-config --fail-on=never - </ 2>&1 >/dev/null)
rc=$?
if [ "$rc" -ne 2 ] || ! grep -q "error reading standard input: Is a directory" <<<"$err"; then
  echo "FAIL: stdin a directory: exit $rc: $err" >&2
  status=1
fi
# A corpus piped in gives the findings the file gives (only the path differs).
for jsonl in "$corpus"/*.jsonl; do
  from_file=$("$bin" check --no-config --format=jsonl --fail-on=never "$jsonl" 2>/dev/null \
    | sed "s#\"path\":\"[^\"]*\"#\"path\":\"P\"#g")
  from_pipe=$(cat "$jsonl" | "$bin" check --no-config --format=jsonl --fail-on=never - 2>/dev/null \
    | sed "s#\"path\":\"[^\"]*\"#\"path\":\"P\"#g")
  if [ -z "$from_file" ] || [ "$from_file" != "$from_pipe" ]; then
    echo "FAIL: $jsonl through stdin differs from the file" >&2
    status=1
  fi
done
[ "$status" -eq 0 ] && echo "PASS: every write and read error is reported with exit 2"
exit "$status"
