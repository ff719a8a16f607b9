#!/usr/bin/env bash
# The full installer test (several minutes; root, because it installs the
# package with apt-get on this machine and removes it afterwards):
#
#   packaging/test.sh [--reuse-bundle] [--repro]
#
# 1. installs the system tools it needs (lintian, desktop-file-utils,
#    appstream, apt-utils, dpkg-dev, gnupg, minisign, binutils, patchelf);
# 2. makes throwaway keys: a minisign release key and a GPG archive key in a
#    temporary GNUPGHOME (no passphrase), deleted at the end;
# 3. builds everything with packaging/build.sh (--reuse-bundle keeps an
#    existing PyInstaller bundle);
# 4. runs tests/packaging: minisign -V accepts every artifact and refuses each
#    after one flipped byte; SHA256SUMS and the update manifest check out;
#    lintian reports no errors; desktop-file-validate and appstreamcli pass;
#    apt-get installs liaison from the signed repository (served on
#    127.0.0.1, signed-by=), the installed client reports its version and
#    starts offscreen, and apt refuses the repository after InRelease is edited.
#    --repro also rebuilds the .deb and requires identical bytes.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
BUILD_ARGS=()
for arg in "$@"; do
  case "$arg" in
    --reuse-bundle) BUILD_ARGS+=(--reuse-bundle) ;;
    --repro) export LIAISON_PACKAGING_REPRO=1 ;;
    *) echo "test: unknown option $arg" >&2; exit 2 ;;
  esac
done
if [ "$(id -u)" -ne 0 ]; then
  echo "test: run as root: it installs and removes the package with apt-get" >&2
  exit 1
fi

APT_PACKAGES=(lintian desktop-file-utils appstream apt-utils dpkg-dev gnupg minisign
              binutils patchelf xz-utils)
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "test: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=600 "${missing[@]}" >/dev/null
fi
bash scripts/setup.sh
PY=$ROOT/.venv/bin/python

KEYS=$(mktemp -d /tmp/liaison-keys.XXXXXX)
cleanup() {
  GNUPGHOME=$KEYS/gnupg gpgconf --kill all 2>/dev/null || true
  rm -rf "$KEYS"
}
trap cleanup EXIT
echo "== throwaway keys in $KEYS"
"$PY" packaging/tools/sign.py keygen --secret "$KEYS/release.key" --public "$KEYS/release.pub"
export GNUPGHOME=$KEYS/gnupg
mkdir -m 700 "$GNUPGHOME"
gpg --batch --quiet --passphrase '' --quick-gen-key \
  "Liaison Test Archive Key <archive@liaison.example.org>" ed25519 sign 2d
FPR=$(gpg --batch --with-colons --list-secret-keys | awk -F: '/^fpr/ {print $10; exit}')

export LIAISON_MINISIGN_KEY=$KEYS/release.key LIAISON_GPG_KEY=$FPR
# Fixed once: the build and the tests agree even if a commit lands meanwhile.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct)}
bash packaging/build.sh "${BUILD_ARGS[@]}"

echo "== installer tests"
LIAISON_PACKAGING_DIST=$ROOT/dist LIAISON_PACKAGING_KEYS=$KEYS \
  "$PY" -m pytest tests/packaging -m packaging -v -p no:cacheprovider -o addopts="" -rA
