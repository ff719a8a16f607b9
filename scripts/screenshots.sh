#!/usr/bin/env bash
# Screenshots of each main screen under Xvfb with the demo data → docs/screenshots/,
# then each main screen at 1366x768 in every language → docs/screenshots/<language>/.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -f demo-data/officer-A/keys.json ]]; then
  LIAISON_DEMO_NO_WAIT=1 .venv/bin/python scripts/demo.py --fresh --no-gui
fi
if [[ "${1:-}" != "--languages" ]]; then
  xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshots.py
fi
exec xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots_languages.py
