"""Derive Depends from a bundle's external libraries.

    python packaging/tools/check_depends.py BUNDLE_DIR "DPKG-SHLIBDEPS DEPENDS" > depends

Reads DT_NEEDED of every ELF file under BUNDLE_DIR (readelf), drops the
libraries the bundle carries itself, resolves the rest through `ldconfig -p`
and maps each file to its package (`dpkg -S`). Prints, on stdout, the
dpkg-shlibdeps entries (with their version constraints) for exactly those
packages: dpkg-shlibdeps also lists packages whose libraries the bundle
carries its own copy of. Fails if a library is unresolved or its package is
missing from dpkg-shlibdeps' line. The mapping goes to stderr.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

_NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]")


def elf_files(root: Path) -> list[Path]:
    """Every regular ELF file under `root`."""
    out = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as fh:
                if fh.read(4) == b"\x7fELF":
                    out.append(path)
    return out


def needed(path: Path) -> set[str]:
    """The DT_NEEDED sonames of one ELF file."""
    text = subprocess.run(["readelf", "-dW", str(path)], capture_output=True, text=True,
                          check=True).stdout
    return set(_NEEDED.findall(text))


def system_libs() -> dict[str, str]:
    """soname -> path for the x86-64 libraries ldconfig knows."""
    text = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    out: dict[str, str] = {}
    for line in text.splitlines():
        m = re.match(r"\s+(\S+) \(([^)]*)\) => (\S+)", line)
        if m and "x86-64" in m[2]:
            out.setdefault(m[1], m[3])
    return out


def owner(path: str) -> str | None:
    """The Debian package owning `path` (following /lib -> /usr/lib), or None."""
    for candidate in (path, str(Path(path).resolve()), path.replace("/usr/lib/", "/lib/", 1)):
        res = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True,
                             check=False)
        if res.returncode == 0:
            return res.stdout.split(":", 1)[0].strip()
    return None


def main() -> int:
    """Check and report."""
    root, depends = Path(sys.argv[1]), sys.argv[2]
    entries = {re.split(r"[\s(:]", d.strip())[0]: d.strip() for d in depends.split(",")}
    files = elf_files(root)
    carried = {p.name for p in root.rglob("*")}
    external: set[str] = set()
    for f in files:
        external |= needed(f) - carried
    libs = system_libs()
    problems = []
    wanted: set[str] = set()
    for soname in sorted(external):
        path = libs.get(soname)
        pkg = owner(path) if path else None
        print(f"  {soname:28} {path or '?':48} {pkg or '?'}", file=sys.stderr)
        if pkg is None:
            problems.append(f"{soname}: not found in any installed package")
        elif pkg.split(":")[0] not in entries:
            problems.append(f"{soname}: package {pkg} is missing from Depends")
        else:
            wanted.add(pkg.split(":")[0])
    for p in problems:
        print(f"check_depends: {p}", file=sys.stderr)
    print(f"check_depends: {len(files)} ELF files, {len(external)} external libraries "
          f"from {len(wanted)} packages, {len(problems)} problems", file=sys.stderr)
    if problems:
        return 1
    print(", ".join(entries[name] for name in sorted(wanted)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
