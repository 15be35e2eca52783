#!/usr/bin/env bash
# Times claimcheck and the tools a user would otherwise pick — proselint,
# write-good, alex — on the same articles, in one run, and prints how many
# times slower each peer is. Installs the peers on first use (proselint from
# Debian's packages, write-good and alex from the npm registry into a cache
# folder); nothing is installed into the repository.
#
#   tools/compare_peers.sh [CORPUS.jsonl] [ARTICLES]
#   (default: ../shared/data/polnear_train.jsonl, 200 articles)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/data/polnear_train.jsonl}
n=${2:-200}
cache=${XDG_CACHE_HOME:-$HOME/.cache}/claimcheck-peers

command -v proselint >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-proselint >/dev/null; }
command -v npm >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null; }
if [ ! -x "$cache/node_modules/.bin/alex" ] || [ ! -x "$cache/node_modules/.bin/write-good" ]; then
  mkdir -p "$cache"
  (cd "$cache" && npm install --silent --no-audit --no-fund write-good alex >/dev/null)
fi
bazel build -c opt //tools:claimcheck >/dev/null 2>&1
bin=bazel-bin/tools/claimcheck

# The same articles as plain-text files for every tool.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$corpus" "$n" "$work" <<'PY'
import json, sys, os
corpus, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
seen = set()
for line in open(corpus, encoding="utf-8"):
    r = json.loads(line)
    if r.get("id") in seen:
        continue
    seen.add(r.get("id"))
    with open(os.path.join(out, f"a{len(seen):05d}.txt"), "w", encoding="utf-8") as f:
        f.write(r["text"])
    if len(seen) >= n:
        break
PY
files=("$work"/*.txt)
bytes=$(cat "${files[@]}" | wc -c)

time_of() {  # seconds for a command, output discarded
  local s e
  s=$(date +%s.%N)
  "$@" >/dev/null 2>&1 || true
  e=$(date +%s.%N)
  echo "$e - $s" | bc -l
}

t_cc=$(time_of "$bin" check --format=jsonl "$work")
t_cc1=$(time_of "$bin" check --jobs=1 --format=jsonl "$work")
# proselint memoises its results in $XDG_CACHE_HOME/proselint: a fresh,
# empty cache each run, or a second run times cache lookups, not checking.
t_pl=$(time_of env XDG_CACHE_HOME="$work/proselint-cache" proselint "${files[@]}")
t_wg=$(time_of "$cache/node_modules/.bin/write-good" "${files[@]}")
t_al=$(time_of "$cache/node_modules/.bin/alex" "${files[@]}")

printf '%d articles, %d bytes\n' "${#files[@]}" "$bytes"
printf '%-26s %8.2f s  %7.1f MB/s\n' "claimcheck (all cores)" "$t_cc" "$(echo "$bytes / 1000000 / $t_cc" | bc -l)"
printf '%-26s %8.2f s  %7.1f MB/s\n' "claimcheck (--jobs=1)" "$t_cc1" "$(echo "$bytes / 1000000 / $t_cc1" | bc -l)"
for pair in "proselint:$t_pl" "write-good:$t_wg" "alex:$t_al"; do
  name=${pair%%:*}; t=${pair#*:}
  printf '%-26s %8.2f s  %7.1f MB/s  %6.1fx slower than claimcheck --jobs=1\n' "$name" "$t" \
    "$(echo "$bytes / 1000000 / $t" | bc -l)" "$(echo "$t / $t_cc1" | bc -l)"
done
