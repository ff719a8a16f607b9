"""Cross-process wake-ups on PostgreSQL: LISTEN/NOTIFY.

A transaction that stores mail NOTIFYs `liaison_mailbox` with the recipient
device ids (PostgreSQL delivers it on commit, never for a rolled-back one).
Each hub process keeps ONE dedicated listening connection (`WakeupListener`,
outside the pool) and wakes its own long-polls for those devices; the woken
request then reads the store again, so a notification is only a hint: a lost,
late or spurious one costs at most a query or a wait until the long-poll's next
recheck. When the listening
connection drops, it reconnects with a capped backoff and then wakes every
waiter (anything may have arrived while it was deaf).

Payloads carry the sender process's origin mark so a process skips its own
(it woke its waiters directly). Device ids are not secret (the directory lists
them); no envelope id or content is ever in a payload.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Iterator, Sequence

MAILBOX_CHANNEL = "liaison_mailbox"
MAX_PAYLOAD = 7900  # PostgreSQL's limit is 8000 bytes
HEALTH_SECONDS = 20.0
"""With no notification for this long the listener checks its connection."""
RETRY_CAP_SECONDS = 5.0

log = logging.getLogger("liaison.hub")


def notify_payloads(origin: str, device_ids: Sequence[str]) -> Iterator[str]:
    """`origin dev1 dev2 …` texts, each within PostgreSQL's payload limit."""
    line = origin
    for device_id in device_ids:
        if len(line) + 1 + len(device_id) > MAX_PAYLOAD:
            yield line
            line = origin
        line += " " + device_id
    if line != origin:
        yield line


def parse_payload(payload: str) -> tuple[str, list[str]]:
    """(origin, device ids) of a mailbox payload."""
    origin, _, rest = payload.partition(" ")
    return origin, rest.split()


def listener_conninfo(database_url: str) -> str:
    """A libpq URI for a SQLAlchemy `postgresql+psycopg://…` URL."""
    from sqlalchemy.engine import make_url

    url = make_url(database_url).set(drivername="postgresql")
    return url.render_as_string(hide_password=False)


class WakeupListener:
    """One LISTEN connection for this process; calls back on the event loop."""

    def __init__(self, conninfo: str, origin: str, *,
                 on_mail: Callable[[list[str]], None],
                 on_reconnect: Callable[[], None]) -> None:
        self._conninfo = conninfo
        self._origin = origin
        self._on_mail = on_mail
        self._on_reconnect = on_reconnect
        self.connected = False
        self.received = 0
        self.reconnects = 0
        self._first = asyncio.Event()

    async def wait_connected(self, timeout: float) -> bool:
        """Wait (bounded) for the first connection; True if it is up."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._first.wait(), timeout)
        return self.connected

    async def run(self) -> None:
        """Listen until cancelled, reconnecting after any failure."""
        import psycopg

        delay = 0.1
        first = True
        while True:
            try:
                conn = await psycopg.AsyncConnection.connect(
                    self._conninfo, autocommit=True, application_name="liaison-hub-listener",
                    connect_timeout=10, keepalives=1, keepalives_idle=10,
                    keepalives_interval=5, keepalives_count=3)
            except (psycopg.Error, OSError) as exc:
                log.warning("wake-up listener cannot connect: %s", type(exc).__name__)
                await asyncio.sleep(delay)
                delay = min(RETRY_CAP_SECONDS, delay * 2)
                continue
            try:
                await conn.execute(f"LISTEN {MAILBOX_CHANNEL}")
                self.connected = True
                self._first.set()
                delay = 0.1
                if not first:
                    self.reconnects += 1
                    log.info("wake-up listener reconnected; waking every long-poll")
                first = False
                self._on_reconnect()  # mail may have come while nobody listened
                await self._pump(conn)
            except (psycopg.Error, OSError) as exc:
                log.warning("wake-up listener lost its connection: %s", type(exc).__name__)
            finally:
                self.connected = False
                with contextlib.suppress(Exception):
                    await conn.close()
            await asyncio.sleep(delay)
            delay = min(RETRY_CAP_SECONDS, delay * 2)

    async def _pump(self, conn: object) -> None:
        import psycopg

        assert isinstance(conn, psycopg.AsyncConnection)
        while True:
            heard = False
            async for note in conn.notifies(timeout=HEALTH_SECONDS):
                heard = True
                self._dispatch(note.channel, note.payload)
            if not heard:
                await conn.execute("SELECT 1")  # raises if the connection is dead

    def _dispatch(self, channel: str, payload: str) -> None:
        self.received += 1
        if channel != MAILBOX_CHANNEL:
            return
        origin, devices = parse_payload(payload)
        if origin != self._origin and devices:
            self._on_mail(devices)
