#!/usr/bin/env bash
# The run command: set-up, then a local demo hub with two enrolled officers and
# fictional traffic between them. Pass --fresh to start the demo over.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python scripts/demo.py "$@"
