"""The layer table of docs/architecture.md holds for every module of liaison_app/.

The table is parsed from the document itself, so the document stays the law:
each row names a package (or a top-level module), the Liaison packages it may
import and the third-party modules it may import. Every import statement of
every module is checked, including imports inside functions and under
`TYPE_CHECKING`. A package on disk that the table does not list fails, so a
new package gets classified before it grows.
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "liaison_app"
DOC = ROOT / "docs" / "architecture.md"
ROW = re.compile(r"^\|\s*`liaison_app/([A-Za-z_]+)(/|\.py)`\s*\|(.*)$")
TICKED = re.compile(r"`([A-Za-z_][A-Za-z0-9_]*)`")
WORD = re.compile(r"[a-z_]+")


@dataclass(frozen=True)
class Rule:
    """What one package (or top-level module) may import."""

    name: str
    liaison: frozenset[str]
    third_party: frozenset[str]


def layer_table() -> dict[str, Rule]:
    """The rows of the layer table, by package name (`__main__` for a top-level module)."""
    lines = DOC.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == "## Layers")
    rows: list[tuple[str, str, str]] = []
    for line in lines[start + 1:]:
        if line.startswith("## "):
            break
        match = ROW.match(line)
        if match is None:
            continue
        cells = [c.strip() for c in match.group(3).split("|")]
        assert len(cells) >= 4, f"layer table row has too few columns: {line}"
        rows.append((match.group(1), cells[1], cells[2]))
    names = {name for name, _l, _t in rows}
    table: dict[str, Rule] = {}
    for name, liaison, third in rows:
        # "services, domain (plain types ...)": only words that name a package count
        allowed = {w for w in WORD.findall(re.sub(r"\([^)]*\)", "", liaison)) if w in names}
        table[name] = Rule(name, frozenset(allowed), frozenset(TICKED.findall(third)))
    return table


def unit_of(path: Path) -> str:
    """The table row a module belongs to: its package, or the top-level module's name."""
    rel = path.relative_to(PACKAGE)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def modules() -> Iterator[Path]:
    """Every Python module of liaison_app/."""
    yield from sorted(PACKAGE.rglob("*.py"))


def imports(path: Path) -> Iterator[tuple[int, str]]:
    """(line, absolute module name) of every import in `path` (relative ones resolved)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = ".".join(("liaison_app", *path.relative_to(PACKAGE).parent.parts)).rstrip(".")
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            if module == "liaison_app":  # `from liaison_app import gui` names a package
                for alias in node.names:
                    yield node.lineno, f"liaison_app.{alias.name}"
            else:
                yield node.lineno, module


def violations() -> list[str]:
    """Every import the layer table does not allow, as `file:line: what`."""
    table = layer_table()
    stdlib = set(sys.stdlib_module_names) | {"__future__"}
    found: list[str] = []
    for path in modules():
        unit = unit_of(path)
        rule = table.get(unit)
        where = path.relative_to(ROOT)
        if rule is None:
            found.append(f"{where}: package `liaison_app/{unit}/` is not in the layer table "
                         "of docs/architecture.md: add a row for it")
            continue
        for line, module in imports(path):
            parts = module.split(".")
            if parts[0] == "liaison_app":
                target = parts[1] if len(parts) > 1 else ""
                if target in ("", "__version__", unit) or target in rule.liaison:
                    continue
                found.append(f"{where}:{line}: {unit} may not import liaison_app.{target}")
            elif parts[0] not in stdlib and parts[0] not in rule.third_party:
                found.append(f"{where}:{line}: {unit} may not import {parts[0]}")
    return found


def test_the_layer_table_parses_and_names_every_layer() -> None:
    table = layer_table()
    for name in ("domain", "protocol", "crypto", "store", "config", "sync", "services", "cli",
                 "gui", "hub"):
        assert name in table, name
    assert table["gui"].liaison == {"services", "reports", "domain"}
    assert table["gui"].third_party == {"PySide6"}
    assert table["hub"].liaison == {"protocol", "crypto", "domain"}
    assert table["domain"].liaison == frozenset()


def test_every_import_follows_the_layer_table() -> None:
    found = violations()
    assert not found, "imports the layer table forbids:\n" + "\n".join(found)


def test_an_unlisted_package_or_a_forbidden_import_is_caught(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch
                                                              ) -> None:
    """The checker itself: a new package and a GUI module reaching into the store fail."""
    fake = tmp_path / "liaison_app"
    (fake / "gui").mkdir(parents=True)
    (fake / "gui" / "page.py").write_text(
        "def f():\n    from liaison_app.store import messages\n    import httpx\n")
    (fake / "newthing").mkdir()
    (fake / "newthing" / "mod.py").write_text("import os\n")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", fake)
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    found = violations()
    assert any("gui may not import liaison_app.store" in f for f in found), found
    assert any("gui may not import httpx" in f for f in found), found
    assert any("`liaison_app/newthing/` is not in the layer table" in f for f in found), found
