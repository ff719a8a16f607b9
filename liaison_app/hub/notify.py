"""Wake long-polling inbox requests when mail arrives for their device."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from liaison_app.hub.metrics import WAITERS


class MailboxNotifier:
    """Per-device asyncio events, set on arrival and on shutdown (one event loop)."""

    def __init__(self) -> None:
        self._waiters: dict[str, set[asyncio.Event]] = {}
        self._closing = False

    @property
    def closing(self) -> bool:
        """True once the server is shutting down."""
        return self._closing

    @contextmanager
    def watch(self, device_id: str) -> Iterator[asyncio.Event]:
        """An event set whenever mail arrives for `device_id` while the block runs."""
        event = asyncio.Event()
        if self._closing:
            event.set()
        self._waiters.setdefault(device_id, set()).add(event)
        WAITERS.inc()
        try:
            yield event
        finally:
            WAITERS.dec()
            waiters = self._waiters.get(device_id)
            if waiters is not None:
                waiters.discard(event)
                if not waiters:
                    del self._waiters[device_id]

    def notify(self, device_ids: Iterable[str]) -> None:
        """Wake every waiter of these devices."""
        for device_id in device_ids:
            for event in self._waiters.get(device_id, ()):
                event.set()

    def wake_all(self) -> None:
        """Wake every waiter once (they read the store again and wait on)."""
        for waiters in self._waiters.values():
            for event in waiters:
                event.set()

    @property
    def waiting(self) -> int:
        """How many requests wait right now."""
        return sum(len(w) for w in self._waiters.values())

    def close(self) -> None:
        """Wake every waiter for good (the server is stopping)."""
        self._closing = True
        for waiters in self._waiters.values():
            for event in waiters:
                event.set()
