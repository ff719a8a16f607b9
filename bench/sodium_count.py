"""Counting libsodium calls, for the bench only (P4: ours and the crypto floor must make
the same calls, counted call by call in each process).

`install()` wraps every `crypto_*` function of `nacl.bindings`. PyNaCl's classes
(SigningKey, VerifyKey, SealedBox, SecretBox, nacl.hash) look those functions up
on the module at each call, and Liaison's code calls libsodium only through
them or through `nacl.bindings` itself, so every call is seen. The wrapper costs
a lock and a dict update per call: counting runs are separate from timed runs.

`python -m bench.sodium_count OUT -- ARGV...` runs a Python module (`-m name
args`) with counting installed; SIGUSR1 writes the counts since the last
SIGUSR1 to OUT (JSON) and starts counting afresh, so a parent can take the
counts of exactly its timed window from a server process.
"""

from __future__ import annotations

import json
import runpy
import signal
import sys
import threading
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

_counts: Counter[str] = Counter()
_lock = threading.Lock()
_originals: dict[str, Callable[..., Any]] = {}


def _wrap(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def counted(*args: Any, **kwargs: Any) -> Any:
        with _lock:
            _counts[name] += 1
        return fn(*args, **kwargs)

    counted.__name__ = name
    return counted


def install() -> None:
    """Count every libsodium function called from now on in this process."""
    if _originals:
        return
    import nacl.bindings

    for name in dir(nacl.bindings):
        fn = getattr(nacl.bindings, name)
        if name.startswith("crypto_") and callable(fn):
            _originals[name] = fn
            setattr(nacl.bindings, name, _wrap(name, fn))
    take()


def uninstall() -> None:
    """Stop counting (the functions are the plain ones again)."""
    import nacl.bindings

    for name, fn in _originals.items():
        setattr(nacl.bindings, name, fn)
    _originals.clear()


def take() -> dict[str, int]:
    """The counts since the last `take` (and start afresh)."""
    with _lock:
        out = dict(_counts)
        _counts.clear()
    return out


def _serve(out: Path, argv: list[str]) -> None:
    install()

    def dump(_sig: int, _frame: FrameType | None) -> None:
        out.write_text(json.dumps(take()), encoding="utf-8")

    signal.signal(signal.SIGUSR1, dump)
    if argv[:1] != ["-m"] or len(argv) < 2:
        raise SystemExit("usage: python -m bench.sodium_count OUT -- -m MODULE [ARGS...]")
    sys.argv = [argv[1], *argv[2:]]
    runpy.run_module(argv[1], run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    if len(sys.argv) < 4 or sys.argv[2] != "--":
        raise SystemExit("usage: python -m bench.sodium_count OUT -- -m MODULE [ARGS...]")
    _serve(Path(sys.argv[1]), sys.argv[3:])
