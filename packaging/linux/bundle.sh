#!/usr/bin/env bash
# Build the PyInstaller one-folder bundle of the client into build/pyinstaller/liaison.
# Called by packaging/build.sh; run alone only to iterate on the spec.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
PY=${PYTHON:-$ROOT/.venv/bin/python}
PYINSTALLER_VERSION=${PYINSTALLER_VERSION:-6.22.3}

# PyInstaller is a build tool, not a runtime dependency: install it into the
# venv here (it moves to a `packaging` extra in pyproject.toml later).
if ! "$PY" -c 'import PyInstaller' 2>/dev/null; then
  echo "bundle: installing pyinstaller==$PYINSTALLER_VERSION into the venv"
  "$PY" -m pip install -q "pyinstaller==$PYINSTALLER_VERSION"
fi

export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
export PYTHONHASHSEED=0
WORK=$ROOT/build/pyinstaller
rm -rf "$WORK/liaison"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$WORK" --workpath "$WORK/work" \
  packaging/pyinstaller/liaison.spec
test -x "$WORK/liaison/liaison"

# Record which libraries are unmodified copies of Debian-packaged files (the
# .deb leaves them out and depends on their packages), before stripping.
"$PY" packaging/tools/system_libs.py "$WORK/liaison" > "$WORK/system-libs.txt"
echo "bundle: $(wc -l < "$WORK/system-libs.txt") libraries are copies of Debian packages' files"

# Post-process the shared objects as Debian's dh_strip/chrpath would:
# - drop RUNPATHs that point at the build machine (e.g. a pyenv prefix);
#   $ORIGIN-relative ones (Qt's) stay;
# - strip debug symbols. The executable itself is not stripped: PyInstaller
#   appends the program's archive to it and strip would cut that off.
command -v patchelf >/dev/null || { echo "bundle: patchelf is missing (apt-get install patchelf)" >&2; exit 1; }
find "$WORK/liaison/_internal" -type f -name '*.so*' | sort | while read -r so; do
  head -c4 "$so" | grep -q ELF || continue
  rp=$(patchelf --print-rpath "$so" 2>/dev/null || true)
  keep=$(printf '%s' "$rp" | tr ':' '\n' | grep '^\$ORIGIN' | paste -sd: || true)
  if [ "$keep" != "$rp" ]; then
    if [ -n "$keep" ]; then patchelf --set-rpath "$keep" "$so"; else patchelf --remove-rpath "$so"; fi
  fi
  strip --strip-unneeded --remove-section=.comment --remove-section=.note "$so"
done
echo "bundle: $WORK/liaison ($(du -sh "$WORK/liaison" | cut -f1))"
