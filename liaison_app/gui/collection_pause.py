"""The cyclic garbage collector paused while a screen is built at start-up.

Building the unlock screen and then the main window creates tens of thousands of
objects that live as long as the session (modules, classes, Qt wrappers, forms,
the first page of rows). Each time allocations pass the collector's threshold it
walks them all and frees nothing: about eighty collections, 20-30 ms of the
start-up on the two-core laptops (docs/adr/0029). Reference counting still frees
everything that is not in a cycle; once the main window is built the shell
freezes what it built (`gc.freeze`) and collection resumes for the session.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collection_paused() -> Iterator[None]:
    """No cyclic collection inside the block; resumed after it, unless it was already
    off when the block began (nested blocks, or a caller that turned it off)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
