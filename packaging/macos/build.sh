#!/usr/bin/env bash
# Build, sign, notarise and staple the Liaison .app and .pkg on a macOS runner
# (see .github/workflows/installers.yml). It cannot run on the Linux build machine.
#
#   packaging/macos/build.sh
#
# Needs: Xcode command line tools, Python 3.11. Credentials (never in the repo;
# CI imports the certificates into a temporary keychain from secrets):
#   LIAISON_MAC_APP_IDENTITY   "Developer ID Application: <Org> (<TEAMID>)"
#   LIAISON_MAC_PKG_IDENTITY   "Developer ID Installer: <Org> (<TEAMID>)"
#   LIAISON_NOTARY_PROFILE     a keychain profile made by `xcrun notarytool store-credentials`
#   LIAISON_NOTARY_KEYCHAIN    (optional) the keychain holding that profile
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
: "${LIAISON_MAC_APP_IDENTITY:?set LIAISON_MAC_APP_IDENTITY}"
: "${LIAISON_MAC_PKG_IDENTITY:?set LIAISON_MAC_PKG_IDENTITY}"
: "${LIAISON_NOTARY_PROFILE:?set LIAISON_NOTARY_PROFILE}"

python3.11 -m venv .venv
.venv/bin/python -m pip install -q -e . "pyinstaller==6.22.3"
VERSION=$(.venv/bin/python -c 'import liaison_app; print(liaison_app.__version__)')

# 1. The bundle: on macOS the spec also wraps it in Liaison.app.
.venv/bin/python -m PyInstaller --noconfirm --clean \
  --distpath build/pyinstaller --workpath build/pyinstaller/work \
  packaging/pyinstaller/liaison.spec
APP=build/pyinstaller/Liaison.app

# 2. Sign every Mach-O inside out, then the app, with the hardened runtime and
#    a secure timestamp (both required for notarisation).
SIGN=(codesign --force --timestamp --options runtime
      --entitlements packaging/macos/entitlements.plist --sign "$LIAISON_MAC_APP_IDENTITY")
find "$APP/Contents" -type f \( -name '*.dylib' -o -name '*.so' -o -perm -u+x \) -print0 \
  | while IFS= read -r -d '' f; do
      file -b "$f" | grep -q Mach-O && "${SIGN[@]}" "$f"
    done
"${SIGN[@]}" "$APP"
codesign --verify --deep --strict --verbose=2 "$APP"

# 3. A signed installer package, notarised and stapled.
mkdir -p dist
PKG=dist/liaison-$VERSION-macos.pkg
productbuild --component "$APP" /Applications --sign "$LIAISON_MAC_PKG_IDENTITY" \
  --identifier org.liaison.Liaison.pkg --version "$VERSION" "$PKG"
NOTARY=(--keychain-profile "$LIAISON_NOTARY_PROFILE")
[ -n "${LIAISON_NOTARY_KEYCHAIN:-}" ] && NOTARY+=(--keychain "$LIAISON_NOTARY_KEYCHAIN")
xcrun notarytool submit "$PKG" "${NOTARY[@]}" --wait
xcrun stapler staple "$PKG"
xcrun stapler validate "$PKG"
spctl --assess --type install --verbose "$PKG"

# 4. minisign signature with the release key (from a CI secret).
.venv/bin/python packaging/tools/sign.py sign "$PKG"
echo "built $PKG"
