"""Reading the inbox one page ahead: the next page is on its way while this one is
opened and stored.

A pull used to wait for each page's request before it could open the page, and
leave the hub idle while it opened and stored it. Now the request for the page
after travels on a worker thread meanwhile (the long-poll wait is only ever on
the first request, which is made on the caller's thread). Nothing about the
cursor changes: a page is stored, and the cursor moved past it, by the caller
in order, so a page fetched ahead and then dropped (the caller failed, or
stopped) is simply fetched again by the next pull.
"""

from __future__ import annotations

import logging
from collections.abc import Generator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Protocol

from liaison_app.protocol.api import InboxPage

log = logging.getLogger(__name__)


class InboxHub(Protocol):
    """The hub call a pull makes (thread-safe: the page ahead runs on a worker)."""

    def get_inbox(self, after: str | None, limit: int = ..., wait: int = 0) -> InboxPage: ...


def inbox_pages(hub: InboxHub, after: str | None, *, page_size: int, wait: int,
                max_pages: int) -> Generator[InboxPage, None, None]:
    """The inbox pages after `after`, at most `max_pages`, each next one requested as
    this one is handed over (when the hub says there is more). Close the iterator
    (`contextlib.closing`) when stopping early: a request still ahead is waited for."""
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="liaison-pull")
    ahead: Future[InboxPage] | None = None
    try:
        page = hub.get_inbox(after, page_size, wait)
        for taken in range(1, max_pages + 1):
            if page.items and page.more and taken < max_pages:
                ahead = pool.submit(hub.get_inbox, page.next_cursor, page_size, 0)
            yield page
            if ahead is None:
                return
            page, ahead = ahead.result(), None
    finally:
        if ahead is not None:
            _drop(ahead)
        pool.shutdown(wait=True)


def _drop(ahead: Future[InboxPage]) -> None:
    """A page fetched ahead that will not be stored now (the next pull fetches it)."""
    try:
        ahead.result()
    except Exception as exc:  # the caller's own failure is the one reported
        log.info("pull: the page fetched ahead was dropped (%s)", exc.__class__.__name__)
