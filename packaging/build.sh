#!/usr/bin/env bash
# Build every Linux release artifact into dist/ (see docs/deploying.md):
#
#   LIAISON_MINISIGN_KEY=/secure/liaison-release.key \
#   GNUPGHOME=/secure/gnupg LIAISON_GPG_KEY=<fingerprint> \
#   packaging/build.sh [--reuse-bundle]
#
# 1. the PyInstaller one-folder bundle (packaging/linux/bundle.sh);
# 2. a tarball of it and the Debian package (packaging/linux/deb.sh);
# 3. the GPG-signed apt repository dist/apt (packaging/linux/aptrepo.sh);
# 4. the signed update manifest, the release public key, SHA256SUMS;
# 5. a minisign signature (.minisig) for every artifact and for SHA256SUMS.
#
# Keys never come from the repository. Release (minisign) key: --minisign-key
# FILE, $LIAISON_MINISIGN_KEY (a path) or $LIAISON_MINISIGN_SECRET_KEY (the key
# text); $LIAISON_MINISIGN_PASSWORD if it is encrypted. Archive (GPG) key:
# --gpg-key ID or $LIAISON_GPG_KEY in --gnupghome DIR or $GNUPGHOME.
# Other settings: --channel (stable), --manifest-days (30, the manifest's
# lifetime), $LIAISON_APT_VALID_DAYS (Valid-Until for the apt Release file).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
PY=${PYTHON:-$ROOT/.venv/bin/python}
REUSE_BUNDLE=0
CHANNEL=stable
MANIFEST_DAYS=30
while [ $# -gt 0 ]; do
  case "$1" in
    --reuse-bundle) REUSE_BUNDLE=1 ;;
    --minisign-key) export LIAISON_MINISIGN_KEY=$2; shift ;;
    --gpg-key) export LIAISON_GPG_KEY=$2; shift ;;
    --gnupghome) export GNUPGHOME=$2; shift ;;
    --channel) CHANNEL=$2; shift ;;
    --manifest-days) MANIFEST_DAYS=$2; shift ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "build: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

missing=()
for tool in dpkg-deb dpkg-shlibdeps apt-ftparchive gpg readelf strip patchelf gzip; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "build: missing tools: ${missing[*]}" >&2
  echo "build: apt-get install dpkg-dev apt-utils gnupg binutils patchelf" >&2
  exit 1
fi
if [ -z "${LIAISON_MINISIGN_KEY:-}${LIAISON_MINISIGN_SECRET_KEY:-}" ]; then
  echo "build: no release key: set LIAISON_MINISIGN_KEY or pass --minisign-key FILE" >&2
  exit 1
fi
: "${LIAISON_GPG_KEY:?build: no archive key: set LIAISON_GPG_KEY or pass --gpg-key ID}"

export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
export DIST=$ROOT/dist
VERSION=$("$PY" -c 'import liaison_app; print(liaison_app.__version__)')
SIGN=("$PY" "$ROOT/packaging/tools/sign.py")

if [ "$REUSE_BUNDLE" = 1 ] && [ -x build/pyinstaller/liaison/liaison ]; then
  echo "== bundle (reused)"
else
  echo "== bundle"; bash packaging/linux/bundle.sh
fi
rm -rf "$DIST"; mkdir -p "$DIST"

echo "== tarball"
TARBALL=$DIST/liaison-$VERSION-linux-x86_64.tar.gz
tar --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner \
  --transform "s,^liaison,liaison-$VERSION," -C build/pyinstaller -cf - liaison \
  | gzip -9n > "$TARBALL"

echo "== deb"; bash packaging/linux/deb.sh
echo "== apt repository"; bash packaging/linux/aptrepo.sh

echo "== release key, manifest, checksums, signatures"
"${SIGN[@]}" pubkey > "$DIST/liaison-release.pub"
DEB=$DIST/liaison_${VERSION}_amd64.deb
"${SIGN[@]}" manifest --out "$DIST/liaison-update-$CHANNEL.json" --channel "$CHANNEL" \
  --expires-days "$MANIFEST_DAYS" "$DEB" "$TARBALL"
ARTIFACTS=(
  "$(basename "$DEB")" "$(basename "$TARBALL")" "liaison-update-$CHANNEL.json"
  liaison-archive-keyring.gpg liaison-release.pub
)
(cd "$DIST" && sha256sum "${ARTIFACTS[@]}" > SHA256SUMS)
(cd "$DIST" && "${SIGN[@]}" sign "${ARTIFACTS[@]}" SHA256SUMS)
echo "== done: $DIST"
(cd "$DIST" && ls -1)
