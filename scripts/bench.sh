#!/usr/bin/env bash
# Benchmarks: set-up, then `python -m bench` (pass ids like P1 P3, or --large).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m bench "$@"
