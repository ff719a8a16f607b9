#!/usr/bin/env bash
# The run command: set-up, then a local demo hub with two enrolled officers and
# fictional traffic between them, then the desktop client for officer A.
#   --both      open officer B's client too (watch a message cross)
#   --headless  run the client(s) under Xvfb (no display needed)
#   --fresh     start the demo over;  --no-gui  set up and keep the hub only
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
headless=0
for arg in "$@"; do [[ "$arg" == "--headless" ]] && headless=1; done
if [[ $headless == 1 ]]; then
  if ! command -v xvfb-run >/dev/null; then
    echo "run.sh: --headless needs xvfb-run (apt-get install xvfb)" >&2
    exit 1
  fi
  exec xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/demo.py "$@"
fi
if [[ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" && "$(uname)" == "Linux" ]]; then
  echo "run.sh: no display here. The demo hub and officers are set up; to see the client:"
  echo "  scripts/run.sh --headless        runs it under Xvfb (screenshots: scripts/screenshots.sh)"
  echo "  ssh -X / a desktop session, then: scripts/run.sh"
fi
exec .venv/bin/python scripts/demo.py "$@"
