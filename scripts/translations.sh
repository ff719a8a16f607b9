#!/usr/bin/env bash
# Regenerate the GUI's translation sources and compiled catalogues.
#
#   scripts/translations.sh            lupdate (keeps existing translations) + lrelease
#   scripts/translations.sh --release  lrelease only: compile resources/translations/*.ts to .qm
#
# Sources: liaison_app/gui/**/*.py, liaison_app/reports/*.py (the PDF reports) and ui/*.ui. The .qm files are committed;
# tests/gui/test_translations.py fails when one no longer matches its .ts.
set -euo pipefail
cd "$(dirname "$0")/.."

BIN="${LIAISON_VENV:-.venv}/bin"
OUT=resources/translations
# file suffix -> the TS file's target language (Qt picks the plural rules from it)
declare -A LANGS=([sr_Latn]=sr_Latn_RS [sr_Cyrl]=sr_Cyrl_RS [bg]=bg_BG)

if [[ "${1:-}" != "--release" ]]; then
    mapfile -t sources < <(find liaison_app/gui liaison_app/reports -name '*.py' | LC_ALL=C sort)
    for suffix in "${!LANGS[@]}"; do
        "$BIN/pyside6-lupdate" -silent -source-language en_GB \
            -target-language "${LANGS[$suffix]}" \
            "${sources[@]}" ui/*.ui -ts "$OUT/liaison_$suffix.ts"
    done
fi
for ts in "$OUT"/liaison_*.ts; do
    "$BIN/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
echo "translations: $(ls "$OUT"/liaison_*.qm | wc -l) catalogues in $OUT"
