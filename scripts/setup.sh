#!/usr/bin/env bash
# One-step set-up on a fresh Debian machine with Python 3.11: system packages,
# a virtual environment in .venv and the project with its dev extras.
# Idempotent: a second run only checks.
set -euo pipefail
cd "$(dirname "$0")/.."

# System packages the project uses: a Secret Service for the keystore tests
# (gnome-keyring inside dbus-run-session), Xvfb for screenshots and headless
# runs, fonts and the X/GL libraries Qt's platform plugins load, minisign and
# the Debian tooling for the installers, PostgreSQL for the hub's tests on that
# backend (the tests start a throw-away cluster of their own), the openssl
# command (the hub test that its TLS refuses CBC suites), the venv module
# for Debian's own python3.11, and poppler-utils (pdftotext, pdffonts,
# pdftoppm) with which the tests read the PDF reports back.
APT_PACKAGES=(
  dbus dbus-x11 gnome-keyring libsecret-tools
  xvfb xauth fonts-dejavu-core
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xfixes0 libxcb-xkb1
  minisign gnupg python3-venv postgresql openssl poppler-utils
)
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "setup: installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  elif command -v sudo >/dev/null 2>&1; then
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: these system packages are missing and I am not root: ${missing[*]}" >&2
    echo "setup: ask IT to install them, then run this again." >&2
    exit 1
  fi
fi

# The interpreter: $PYTHON if set, else Debian's own python3.11 (built with
# profile-guided optimisation and patched through apt: what a Debian install
# runs), else whatever python3 is first on PATH. A .venv made from another
# interpreter is rebuilt.
if [ -n "${PYTHON:-}" ]; then
  PY=$PYTHON
elif [ -x /usr/bin/python3.11 ]; then
  PY=/usr/bin/python3.11
else
  PY=python3
fi
PY_REAL=$(command -v "$PY")
PY_REAL=$(readlink -f "$PY_REAL")
if [ -x .venv/bin/python ] && [ "$(cat .venv/.liaison-interpreter 2>/dev/null)" != "$PY_REAL" ]; then
  echo "setup: rebuilding .venv for $PY_REAL"
  rm -rf .venv
fi
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
  echo "$PY_REAL" > .venv/.liaison-interpreter
fi
stamp=.venv/.liaison-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip 2>&1 | grep -v '^WARNING' || true
  .venv/bin/python -m pip install -q -e '.[dev]' 2>&1 | grep -v '^WARNING' || true
  .venv/bin/python -c 'import liaison_app, sqlcipher3, nacl, keyring, httpx, PySide6' \
    || { echo "setup: the Python dependencies did not install" >&2; exit 1; }
  touch "$stamp"
fi
