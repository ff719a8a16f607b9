"""The matching package is pure: no Qt, no I/O, no layer above domain."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "liaison_app" / "matching"
ALLOWED = ("__future__", "collections", "dataclasses", "functools", "itertools", "re",
           "typing", "unicodedata", "rapidfuzz", "phonenumbers", "liaison_app.domain",
           "liaison_app.matching")


def test_matching_imports_only_domain_and_its_libraries() -> None:
    for path in sorted(PACKAGE.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            for name in names:
                assert name.startswith(ALLOWED), f"{path.name} imports {name}"
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                assert node.func.id not in ("open", "input", "print"), f"{path.name}: I/O"


def test_importing_matching_loads_no_qt_and_no_client_layer() -> None:
    code = ("import sys, liaison_app.matching.scoring, liaison_app.matching.keys\n"
            "print([m for m in sys.modules if m.startswith(('PySide6', 'liaison_app.store', "
            "'liaison_app.crypto', 'liaison_app.protocol', 'liaison_app.sync', "
            "'liaison_app.services', 'sqlcipher3', 'httpx', 'nacl'))])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60, check=True)
    assert out.stdout.strip() == "[]"
