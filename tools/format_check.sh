#!/usr/bin/env bash
# Every C++ file is formatted as .clang-format says (Google style), by
# Debian 12's clang-format 14 (tools/setup.sh --tests installs it): prints
# the files that are not and exits 1. Fix with
#   clang-format-14 -i $(git ls-files '*.cc' '*.h')
set -euo pipefail
cd "$(dirname "$0")/.."
bad=()
while IFS= read -r f; do
  if ! clang-format-14 --dry-run --Werror "$f" >/dev/null 2>&1; then bad+=("$f"); fi
done < <(git ls-files '*.cc' '*.h')
if [ "${#bad[@]}" -gt 0 ]; then
  echo "format_check: not formatted (clang-format-14 -i FILE):"
  printf '  %s\n' "${bad[@]}"
  exit 1
fi
echo "format_check: $(git ls-files '*.cc' '*.h' | wc -l) files formatted"
