#!/usr/bin/env bash
# The self-contained binary (bazel build --config=static //tools:claimcheck)
# runs in an empty root holding only itself and an article, as on a CI
# runner with none of Debian's libraries, and finds what the regular build
# finds. .ci/run runs it (it needs root, or user namespaces, to enter the
# empty root).
set -euo pipefail
cd "$(dirname "$0")/.."
bazel build //tools:claimcheck
regular=$(mktemp -d)
cp bazel-bin/tools/claimcheck "$regular/claimcheck"
bazel build --config=static //tools:claimcheck
root=$(mktemp -d)
trap 'rm -rf "$regular" "$root"' EXIT
cp bazel-bin/tools/claimcheck "$root/claimcheck"
cp testdata/corpus/summit_article.txt testdata/corpus/council_vote.md "$root/"
if readelf -l "$root/claimcheck" | grep -q "INTERP\|interpreter"; then
  echo "static_binary_test: FAILED: the binary asks for a dynamic loader" >&2
  exit 1
fi
if readelf -d "$root/claimcheck" 2>/dev/null | grep -q NEEDED; then
  echo "static_binary_test: FAILED: the binary needs shared libraries:" >&2
  readelf -d "$root/claimcheck" | grep NEEDED >&2
  exit 1
fi
args=(check --fail-on=never --format=jsonl summit_article.txt council_vote.md)
run_in_root() {
  if chroot "$root" /claimcheck --help > /dev/null 2>&1; then
    chroot "$root" /claimcheck "${args[@]}"
  elif unshare --user --map-root-user --root="$root" /claimcheck --help > /dev/null 2>&1; then
    unshare --user --map-root-user --root="$root" /claimcheck "${args[@]}"
  else
    echo "static_binary_test: FAILED: cannot enter an empty root here (chroot needs root; unshare needs user namespaces)" >&2
    return 1
  fi
}
got=$(run_in_root)
want=$(cd "$root" && "$regular/claimcheck" "${args[@]}")
if [ "$got" != "$want" ]; then
  echo "static_binary_test: FAILED: the static binary's findings differ from the regular build's" >&2
  diff <(echo "$want") <(echo "$got") >&2 || true
  exit 1
fi
# The regular build is what the other steps use.
bazel build //tools:claimcheck
echo "static_binary_test: PASSED ($(wc -l <<<"$got") findings in an empty root, $(stat -c %s "$root/claimcheck") bytes)"
