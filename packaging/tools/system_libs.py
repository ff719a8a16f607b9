"""List the bundle's libraries that are byte-for-byte copies of Debian-packaged files.

    python packaging/tools/system_libs.py BUNDLE_DIR > system-libs.txt

PyInstaller copies system libraries (zlib, libpng, OpenSSL, X11...) from the
build machine into the bundle. The Debian package leaves these out and depends
on the packages instead, so Debian's security updates reach them. A file is
listed only if the same soname resolves (ldconfig) to a file owned by a
package (dpkg -S) with identical content. Run before stripping. Output: one
path relative to BUNDLE_DIR per line, then a tab and the owning package.

libpython is never listed: PyInstaller's bootloader opens it by its path inside
the bundle, and the frozen standard library must match it exactly (when the
bundle is built with Debian's own python3.11 it is such a copy).
"""

from __future__ import annotations

import filecmp
import sys
from pathlib import Path

from check_depends import owner, system_libs


def main() -> int:
    """Print the copies found."""
    root = Path(sys.argv[1])
    libs = system_libs()
    for path in sorted(root.rglob("*.so*")):
        if path.is_symlink() or not path.is_file() or path.name.startswith("libpython"):
            continue
        system = libs.get(path.name)
        if system is None or not filecmp.cmp(path, system, shallow=False):
            continue
        pkg = owner(system)
        if pkg is not None:
            print(f"{path.relative_to(root)}\t{pkg}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
