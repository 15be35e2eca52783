#!/usr/bin/env bash
# Every header compiles on its own (includes what it uses), as Bazel 4's
# GCC toolchain cannot check (its layering_check needs clang): each
# engine/, extractors/ and tools/ header is compiled alone with the system
# libraries' include paths. Prints the headers that do not and exits 1.
set -euo pipefail
cd "$(dirname "$0")/.."
flags=(-std=c++17 -fsyntax-only -I. $(pkg-config --cflags yaml-cpp re2 2>/dev/null || true))
bad=0
n=0
while IFS= read -r h; do
  n=$((n + 1))
  if ! out=$(printf '#include "%s"\n' "$h" | g++ "${flags[@]}" -x c++ - 2>&1); then
    echo "header_check: $h does not compile on its own:"
    echo "$out" | head -5 | sed 's/^/  /'
    bad=1
  fi
done < <(find engine extractors tools -name '*.h' -not -path '*/.*' | sort)
# (A checkout with no headers found is a broken run, not a pass.)
if [ "$n" -eq 0 ]; then echo "header_check: no headers found under engine/, extractors/, tools/"; exit 1; fi
if [ "$bad" -eq 0 ]; then echo "header_check: $n headers compile on their own"; fi
exit "$bad"
