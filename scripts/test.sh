#!/usr/bin/env bash
# The test command: set-up, lint (ruff, mypy --strict), then the default
# pytest suite inside a private D-Bus session with a real gnome-keyring
# Secret Service, Qt offscreen. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/.venv/bin:$PATH"
export QT_QPA_PLATFORM=offscreen
export PYTHONDONTWRITEBYTECODE=1

if [ "$#" -eq 0 ]; then
  echo "== ruff"; ruff check liaison_app tests bench
  echo "== mypy --strict"; mypy liaison_app bench
fi
echo "== pytest"
exec dbus-run-session -- bash scripts/with-keyring.sh python -m pytest "$@"
