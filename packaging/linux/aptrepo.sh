#!/usr/bin/env bash
# Build the GPG-signed apt repository dist/apt from the .deb files in dist/.
# Called by packaging/build.sh, which passes the signing key:
#   GNUPGHOME   the keyring holding the archive signing key
#   LIAISON_GPG_KEY   its fingerprint (or key id / user id)
#   LIAISON_APT_VALID_DAYS   optional: add Valid-Until (days) against freeze attacks;
#                            the repository must then be re-signed before it runs out
# Layout: dists/stable/{Release,InRelease,Release.gpg},
# dists/stable/main/binary-amd64/Packages(.gz), pool/main/l/liaison/*.deb and
# liaison-archive-keyring.gpg (the public key for signed-by=).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DIST=${DIST:-$ROOT/dist}
REPO=$DIST/apt
SUITE=stable
: "${LIAISON_GPG_KEY:?aptrepo: set LIAISON_GPG_KEY to the archive key fingerprint}"
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git -C "$ROOT" log -1 --format=%ct 2>/dev/null || date +%s)}

rm -rf "$REPO"
mkdir -p "$REPO/pool/main/l/liaison" "$REPO/dists/$SUITE/main/binary-amd64"
cp "$DIST"/liaison_*_amd64.deb "$REPO/pool/main/l/liaison/"
cd "$REPO"

apt-ftparchive packages pool > "dists/$SUITE/main/binary-amd64/Packages"
gzip -9n -k "dists/$SUITE/main/binary-amd64/Packages"
cat > "dists/$SUITE/main/binary-amd64/Release" <<EOF
Archive: $SUITE
Component: main
Origin: Liaison
Label: Liaison
Architecture: amd64
EOF

DATE=$(LC_ALL=C date -u -d "@$SOURCE_DATE_EPOCH" '+%a, %d %b %Y %H:%M:%S UTC')
OPTS=(
  -o "APT::FTPArchive::Release::Origin=Liaison"
  -o "APT::FTPArchive::Release::Label=Liaison"
  -o "APT::FTPArchive::Release::Suite=$SUITE"
  -o "APT::FTPArchive::Release::Codename=$SUITE"
  -o "APT::FTPArchive::Release::Architectures=amd64"
  -o "APT::FTPArchive::Release::Components=main"
  -o "APT::FTPArchive::Release::Description=Liaison client packages"
)
if [ -n "${LIAISON_APT_VALID_DAYS:-}" ]; then
  OPTS+=(-o "APT::FTPArchive::Release::ValidTime=$((LIAISON_APT_VALID_DAYS * 86400))")
fi
# The Date field follows SOURCE_DATE_EPOCH, so a rebuild gives the same Release.
apt-ftparchive "${OPTS[@]}" release "dists/$SUITE" \
  | sed "s/^Date: .*/Date: $DATE/" > "dists/$SUITE/Release.new"
mv "dists/$SUITE/Release.new" "dists/$SUITE/Release"

GPG=(gpg --batch --yes --pinentry-mode loopback --local-user "$LIAISON_GPG_KEY" --digest-algo SHA512)
"${GPG[@]}" --clearsign -o "dists/$SUITE/InRelease" "dists/$SUITE/Release"
"${GPG[@]}" --armor --detach-sign -o "dists/$SUITE/Release.gpg" "dists/$SUITE/Release"
gpg --batch --export "$LIAISON_GPG_KEY" > "$DIST/liaison-archive-keyring.gpg"
test -s "$DIST/liaison-archive-keyring.gpg" || { echo "aptrepo: cannot export $LIAISON_GPG_KEY" >&2; exit 1; }
cp "$DIST/liaison-archive-keyring.gpg" "$REPO/liaison-archive-keyring.gpg"
echo "aptrepo: $REPO signed by $(gpg --batch --with-colons --fingerprint "$LIAISON_GPG_KEY" \
  | awk -F: '/^fpr/ {print $10; exit}')"
