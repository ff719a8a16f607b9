"""Scratch space shared by the benches of one run, and child-process plumbing.

P1 leaves its 100k-message databases here so P2 can search them without
building them again. Everything lives in one temporary directory removed at exit.

SQLCipher's `cipher_memory_security` is process-wide and cannot be switched
off once on, so a configuration that must start from a clean process runs in a
child: `python -m <module> --child '<json>'`, which prints one JSON line.
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
_dir: Path | None = None


@dataclass(frozen=True)
class BuiltPair:
    """The same n messages in an encrypted store and in its plain sqlite3 twin."""

    n: int
    cipher: Path
    plain: Path
    key: bytes


BUILT: dict[int, BuiltPair] = {}


def workdir() -> Path:
    """This run's scratch directory (on the same disk as a real profile would be)."""
    global _dir
    if _dir is None:
        _dir = Path(tempfile.mkdtemp(prefix="liaison-bench-"))
        atexit.register(shutil.rmtree, _dir, True)
    return _dir


def run_child(module: str, args: dict[str, Any]) -> dict[str, Any]:
    """Run `module --child json(args)` in a fresh interpreter; return its JSON answer."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)}
    proc = subprocess.run(
        [sys.executable, "-m", module, "--child", json.dumps(args)],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"{module} child failed ({proc.returncode}):\n{proc.stderr[-4000:]}")
    lines = [line for line in proc.stdout.splitlines() if line.strip()]
    answer: dict[str, Any] = json.loads(lines[-1])
    return answer


def child_main(argv: list[str], handler: Any) -> int:
    """Entry point for `--child`: call handler(**json) and print its JSON-ready result."""
    if len(argv) != 2 or argv[0] != "--child":
        print("usage: --child JSON", file=sys.stderr)
        return 2
    result = handler(**json.loads(argv[1]))
    print(json.dumps(result), flush=True)
    return 0
