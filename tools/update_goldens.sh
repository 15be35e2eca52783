#!/usr/bin/env bash
# Regenerates the golden outputs under testdata/golden/ after an intended
# change in what claimcheck reports. Review the diff before committing it.
set -euo pipefail
cd "$(dirname "$0")/.."
bazel build //tools:claimcheck
bin=bazel-bin/tools/claimcheck
"$bin" extract --format=text testdata/corpus/summit_article.txt > testdata/golden/summit_article.extract.txt 2>/dev/null
"$bin" extract --format=jsonl testdata/corpus/summit_article.txt > testdata/golden/summit_article.extract.jsonl 2>/dev/null
"$bin" check --format=text testdata/corpus/summit_article.txt > testdata/golden/summit_article.check.txt 2>/dev/null || true
"$bin" check --format=jsonl testdata/corpus > testdata/golden/corpus.check.jsonl 2>/dev/null || true
git diff --stat -- testdata/golden
