#!/usr/bin/env bash
# Build dist/liaison_VERSION_amd64.deb from the PyInstaller bundle in
# build/pyinstaller/liaison. Called by packaging/build.sh.
#
# Layout: the bundle in /usr/lib/liaison, /usr/bin/liaison -> the bundle's
# executable, the desktop entry, AppStream metainfo, the icon, a man page,
# DEP-5 copyright, changelog.gz, lintian overrides. Depends is computed from
# what the bundle links against: dpkg-shlibdeps gives the version constraints,
# tools/check_depends.py (readelf + ldconfig + dpkg -S) keeps the packages of
# the libraries the bundle does not carry and fails if one has no package. Reproducible: SOURCE_DATE_EPOCH,
# fixed mtimes and modes, root:root, sorted tar (dpkg-deb), gzip -n.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
PY=${PYTHON:-$ROOT/.venv/bin/python}
HERE=packaging/linux
BUNDLE=build/pyinstaller/liaison
DIST=${DIST:-$ROOT/dist}
APP_ID=org.liaison.Liaison
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
umask 022

VERSION=$("$PY" -c 'import liaison_app; print(liaison_app.__version__)')
CHANGELOG_VERSION=$(sed -n '1s/^liaison (\([^)]*\)).*/\1/p' $HERE/debian/changelog)
if [ "$VERSION" != "$CHANGELOG_VERSION" ]; then
  echo "deb: version $VERSION has no entry in $HERE/debian/changelog (top is $CHANGELOG_VERSION)" >&2
  exit 1
fi
test -x "$BUNDLE/liaison" || { echo "deb: no bundle in $BUNDLE; run packaging/linux/bundle.sh" >&2; exit 1; }

STAGE=$ROOT/build/deb/liaison
rm -rf "$ROOT/build/deb"
mkdir -p "$STAGE/DEBIAN" "$STAGE/usr/lib" "$STAGE/usr/bin"
cp -a "$BUNDLE" "$STAGE/usr/lib/liaison"
ln -s ../lib/liaison/liaison "$STAGE/usr/bin/liaison"
# Leave out the bundle's copies of Debian-packaged libraries (bundle.sh listed
# them): Depends then names their packages and Debian's updates reach them.
cut -f1 build/pyinstaller/system-libs.txt | while read -r rel; do
  rm -f "$STAGE/usr/lib/liaison/$rel"
done
find "$STAGE/usr/lib/liaison" -xtype l -delete
install -D -m644 resources/$APP_ID.desktop "$STAGE/usr/share/applications/$APP_ID.desktop"
install -D -m644 resources/$APP_ID.metainfo.xml "$STAGE/usr/share/metainfo/$APP_ID.metainfo.xml"
install -D -m644 resources/icons/$APP_ID.svg \
  "$STAGE/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
DOC=$STAGE/usr/share/doc/liaison
install -D -m644 $HERE/debian/copyright "$DOC/copyright"
install -D -m644 $HERE/debian/policy.toml.example "$DOC/examples/policy.toml"
gzip -9n -c $HERE/debian/changelog > "$DOC/changelog.gz"
install -d "$STAGE/usr/share/man/man1"
gzip -9n -c $HERE/debian/liaison.1 > "$STAGE/usr/share/man/man1/liaison.1.gz"
install -D -m644 $HERE/debian/lintian-overrides "$STAGE/usr/share/lintian/overrides/liaison"

# Modes: directories and executables 0755, everything else (shared libraries
# included, as Debian policy asks) 0644.
find "$STAGE" -type d -exec chmod 0755 {} +
find "$STAGE" -type f -exec chmod 0644 {} +
chmod 0755 "$STAGE/usr/lib/liaison/liaison"

# Depends from the libraries the bundle links against but does not carry.
mapfile -t ELF < <(find "$STAGE/usr/lib/liaison" -type f \( -name '*.so*' -o -name liaison \) \
  -exec sh -c 'head -c4 "$1" | grep -q ELF && echo "$1"' _ {} \; | sort)
mapfile -t LIBDIRS < <(find "$STAGE/usr/lib/liaison" -name '*.so*' -printf '%h\n' | sort -u)
SHL=$ROOT/build/deb/shlibdeps
mkdir -p "$SHL/debian"
printf 'Source: liaison\nMaintainer: x <x@example.org>\n\nPackage: liaison\nArchitecture: amd64\n' \
  > "$SHL/debian/control"
# --ignore-missing-info: the bundle's own libraries come from no package.
(cd "$SHL" && dpkg-shlibdeps -O --ignore-missing-info -S"$STAGE" \
  "${LIBDIRS[@]/#/-l}" "${ELF[@]}" 2>"$SHL/warnings") > "$SHL/substvars"
ALL_DEPENDS=$(sed -n 's/^shlibs:Depends=//p' "$SHL/substvars")
test -n "$ALL_DEPENDS" || { echo "deb: dpkg-shlibdeps found nothing" >&2; cat "$SHL/warnings" >&2; exit 1; }
DEPENDS=$("$PY" packaging/tools/check_depends.py "$STAGE/usr/lib/liaison" "$ALL_DEPENDS" \
  2>"$SHL/check.txt") || { cat "$SHL/check.txt" >&2; exit 1; }
tail -1 "$SHL/check.txt"

SIZE=$(du -sk --apparent-size "$STAGE/usr" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@INSTALLED_SIZE@/$SIZE/" -e "s/@DEPENDS@/$DEPENDS/" \
  $HERE/debian/control.in > "$STAGE/DEBIAN/control"
(cd "$STAGE" && find usr -type f -print0 | sort -z | xargs -0 md5sum) > "$STAGE/DEBIAN/md5sums"
chmod 0644 "$STAGE/DEBIAN/control" "$STAGE/DEBIAN/md5sums"

find "$STAGE" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
mkdir -p "$DIST"
DEB=$DIST/liaison_${VERSION}_amd64.deb
dpkg-deb --root-owner-group -Zxz --build "$STAGE" "$DEB" >/dev/null
echo "deb: $DEB ($(du -h "$DEB" | cut -f1)); Depends: $DEPENDS"
