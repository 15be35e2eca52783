#!/usr/bin/env bash
# The pre-commit hook (.pre-commit-hooks.yaml) through Debian's pre-commit,
# on a scratch git repository: a clean article passes, one with a finding at
# the gate fails the commit and names the rule. Arguments: the claimcheck
# binary, the hooks file.
set -euo pipefail
claimcheck=$(readlink -f "$1")
hooks=$(readlink -f "$2")
if ! command -v pre-commit >/dev/null || ! command -v git >/dev/null; then
  echo "precommit_test: pre-commit and git are needed (tools/setup.sh --tests installs them)" >&2
  exit 1
fi
tmp=$(mktemp -d "${TEST_TMPDIR:-/tmp}/precommit.XXXXXX")
export HOME="$tmp/home" PRE_COMMIT_HOME="$tmp/cache" GIT_CONFIG_NOSYSTEM=1
mkdir -p "$HOME" "$tmp/bin"
ln -s "$claimcheck" "$tmp/bin/claimcheck"
export PATH="$tmp/bin:$PATH"
git config --global user.email test@example.invalid
git config --global user.name test
git config --global init.defaultBranch main
pre-commit validate-manifest "$hooks"
# The hook repository: claimcheck's hooks file in a repository of its own.
mkdir "$tmp/hooks" && cp "$hooks" "$tmp/hooks/.pre-commit-hooks.yaml"
(cd "$tmp/hooks" && git init -q && git add -A && git commit -qm hooks)
# The newsroom's repository.
mkdir "$tmp/desk" && cd "$tmp/desk" && git init -q
printf 'Council approves budget\n\nThe council approved the budget on Tuesday, its leader said.\n' > clean.md
printf 'Council approves budget\n\nIt is understood that the budget will rise sharply next year.\n' > draft.md
git add clean.md draft.md
# Without arguments, the default gate (error): the draft's warning passes.
out=$(pre-commit try-repo "$tmp/hooks" claimcheck --files draft.md 2>&1) || {
  echo "precommit_test: a warning failed the default gate:" >&2; echo "$out" >&2; exit 1; }
# As a newsroom installs it, gated at warnings: committing the clean story
# works, committing the draft fails and names the rule.
rev=$(git -C "$tmp/hooks" rev-parse HEAD)
cat > .pre-commit-config.yaml <<CONFIG
repos:
  - repo: $tmp/hooks
    rev: $rev
    hooks:
      - id: claimcheck
        args: [--fail-on=warning]
CONFIG
git add .pre-commit-config.yaml
git rm -q --cached draft.md
pre-commit install > /dev/null
out=$(git commit -qm "clean story" 2>&1) || {
  echo "precommit_test: committing the clean story failed:" >&2; echo "$out" >&2; exit 1; }
git add draft.md
if out=$(git commit -qm "draft" 2>&1); then
  echo "precommit_test: the draft was committed past the hook" >&2; echo "$out" >&2; exit 1
fi
if ! grep -q "unsourced.agentless" <<<"$out"; then
  echo "precommit_test: the failing hook did not name the rule:" >&2; echo "$out" >&2; exit 1
fi
rm -rf "$tmp"
echo "precommit_test: PASSED"
