#!/usr/bin/env bash
# Every C++ file is formatted as .clang-format says (Google style), by
# Debian 12's clang-format 14 (tools/setup.sh --tests installs it): prints
# the files that are not and exits 1. Fix with
#   clang-format-14 -i $(find engine extractors tools -name '*.cc' -o -name '*.h')
set -euo pipefail
cd "$(dirname "$0")/.."
# (Found by path, not by git: CI may run on an export with no .git.)
mapfile -t files < <(find engine extractors tools -name '*.cc' -o -name '*.h' | sort)
if [ "${#files[@]}" -eq 0 ]; then
  echo "format_check: no C++ files found under engine/, extractors/, tools/"
  exit 1
fi
bad=()
for f in "${files[@]}"; do
  if ! clang-format-14 --dry-run --Werror "$f" >/dev/null 2>&1; then bad+=("$f"); fi
done
if [ "${#bad[@]}" -gt 0 ]; then
  echo "format_check: not formatted (clang-format-14 -i FILE):"
  printf '  %s\n' "${bad[@]}"
  exit 1
fi
echo "format_check: ${#files[@]} files formatted"
