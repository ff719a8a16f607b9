#!/usr/bin/env bash
# The hub's bounded load test (issue 18): 200 simulated devices long-polling and
# 20 senders (one envelope a second each) for 60 s against `liaison-hub serve
# --workers 2` on a throw-away PostgreSQL, all on 127.0.0.1. Prints a JSON
# summary (push and delivery latency p50/p99, the hub's own push times, the load
# generator's loop lag); exits 1 on any 5xx, transport error, or an envelope not
# delivered exactly once. Options are passed on (e.g. --batch 3 for 60
# envelopes a second, --seconds 20 --devices 50).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python -m tests.support.hub_load "$@"
