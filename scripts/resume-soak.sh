#!/usr/bin/env bash
# The full-size resume test: a 48 MB attachment, the syncing process SIGKILLed at 10
# random points and the link cut mid-chunk, both directions (the default suite moves 8 MB).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.venv/bin:$PATH" QT_QPA_PLATFORM=offscreen PYTHONDONTWRITEBYTECODE=1
export LIAISON_RESUME_MB="${LIAISON_RESUME_MB:-48}"
exec dbus-run-session -- bash scripts/with-keyring.sh python -m pytest -p no:cacheprovider \
    --basetemp="${TMPDIR:-/tmp}/liaison-resume-soak" -q tests/sync/test_sync_blob_resume.py "$@"
