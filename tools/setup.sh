#!/usr/bin/env bash
# Installs what claimcheck needs on Debian 12, and nothing else. Idempotent:
# what is present is left alone; apt and npm run only when something is missing.
#
#   tools/setup.sh           build and run claimcheck
#   tools/setup.sh --dask    also Dask (python3-distributed) for tools/dask/claimcheck-dask, the
#                            cluster driver; run it on the driver's machine and on every worker
#   tools/setup.sh --tests   also what the tests use: Chromium, Neovim, pre-commit, git, clang-format, Dask,
#                            Node.js and Microsoft's SARIF validator (npm @microsoft/sarif-multitool-linux,
#                            installed under /opt/claimcheck/sarif)
set -euo pipefail

tests=false
dask=false
for arg in "$@"; do
  case "$arg" in
    --tests) tests=true; dask=true ;;
    --dask) dask=true ;;
    *) echo "setup: unknown option $arg (expected --tests or --dask)" >&2; exit 2 ;;
  esac
done

packages=(
  bazel-bootstrap g++ pkg-config ca-certificates
  libyaml-cpp-dev libre2-dev libabsl-dev libgtest-dev libgmock-dev libbenchmark-dev
  libcmark-dev libgumbo-dev
)
# Chromium renders the HTML report in a test; Python checks the judged corpus;
# pre-commit and git run the pre-commit hook on a scratch repository;
# clang-format-14 checks the C++ formatting (tools/format_check.sh); Neovim is
# the editor whose built-in LSP client drives the language server in a test.
$tests && packages+=(chromium python3 pre-commit git clang-format-14 neovim)
# Dask's scheduler, workers and client (the cluster driver and its test).
$dask && packages+=(python3 python3-distributed python3-dask)
# Node.js and npm from Debian, unless the machine already has an npm.
$tests && ! command -v npm >/dev/null && packages+=(nodejs npm)

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

if $tests; then
  sarif=/opt/claimcheck/sarif
  if [ ! -x "$sarif/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool" ]; then
    echo "setup: installing the SARIF validator into $sarif" >&2
    $sudo mkdir -p "$sarif"
    # Trust the system's certificate store (it holds any CA a proxy here uses).
    ca=()
    [ -f /etc/ssl/certs/ca-certificates.crt ] && ca=(--cafile /etc/ssl/certs/ca-certificates.crt)
    if ! (cd "$sarif" && $sudo npm install --silent --no-audit --no-fund "${ca[@]}" \
            @microsoft/sarif-multitool-linux@5 >&2); then
      # Not fatal: everything else builds and tests without it; the SARIF
      # validation test reports itself as skipped, naming this step.
      echo "setup: WARNING: could not install @microsoft/sarif-multitool-linux from the npm" \
           "registry; the SARIF validation test will be skipped" >&2
    fi
  fi
fi
