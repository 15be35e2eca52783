#!/usr/bin/env bash
# The judged corpus (testdata/judged/) is well formed: known articles and
# splits, verdicts and reasons from the documented sets, spans and
# fingerprints that parse, nothing judged twice. Needs no data directory.
set -euo pipefail
exec python3 tools/quality.py validate
