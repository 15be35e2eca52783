#!/usr/bin/env bash
# Installs what claimcheck needs to build and test on Debian 12, and nothing else.
# Idempotent: packages already present are not touched; runs apt only when one is missing.
set -euo pipefail

packages=(
  bazel-bootstrap g++ pkg-config ca-certificates
  libyaml-cpp-dev libre2-dev libabsl-dev libgtest-dev libgmock-dev libbenchmark-dev
  libsimdjson-dev libcmark-dev libgumbo-dev
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi
