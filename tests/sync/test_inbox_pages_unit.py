"""Reading the inbox one page ahead, against a hub stand-in that a real one cannot be
made to be: one that reports each request as it arrives (so the test fails unless the
next page is asked for while this one is still being stored) and one that fails the
page ahead."""

from __future__ import annotations

import threading
from contextlib import closing

import pytest

from liaison_app.protocol.api import InboxItem, InboxPage
from liaison_app.sync.errors import Unreachable
from liaison_app.sync.inbox_pages import inbox_pages

PAGES = 4


class RecordingHub:
    """Pages 1..PAGES of one item each; every request is recorded as it arrives."""

    def __init__(self, fail_after: str | None = None) -> None:
        self.asked = threading.Condition()
        self.calls: list[tuple[str | None, int, str]] = []
        self.fail_after = fail_after

    def get_inbox(self, after: str | None, limit: int = 100, wait: int = 0) -> InboxPage:
        with self.asked:
            self.calls.append((after, wait, threading.current_thread().name))
            self.asked.notify_all()
        if self.fail_after is not None and after == self.fail_after:
            raise Unreachable("the hub did not answer (connection reset)")
        k = int(after or "0") + 1
        if k > PAGES:
            return InboxPage((), str(k - 1), False)
        return InboxPage((InboxItem(str(k), {"id": f"m-{k}"}),), str(k), k < PAGES)

    def wait_for_calls(self, n: int) -> bool:
        with self.asked:
            return self.asked.wait_for(lambda: len(self.calls) >= n, 10)


def test_the_next_page_is_asked_for_while_this_one_is_stored() -> None:
    hub = RecordingHub()
    got = []
    with closing(inbox_pages(hub, None, page_size=1, wait=30, max_pages=100)) as pages:
        for page in pages:
            # "Storing" this page: the request for the next must already be out.
            if page.more:
                assert hub.wait_for_calls(len(got) + 2), "no request ahead"
            got.append(page.next_cursor)
    assert got == ["1", "2", "3", "4"]
    assert [c[0] for c in hub.calls] == [None, "1", "2", "3"]  # the last page said no more
    assert [c[1] for c in hub.calls] == [30, 0, 0, 0]  # only the first request long-polls
    assert hub.calls[0][2] == threading.current_thread().name
    assert all(c[2].startswith("liaison-pull") for c in hub.calls[1:])


def test_a_failed_page_ahead_fails_the_pull_when_it_is_reached() -> None:
    hub = RecordingHub(fail_after="2")
    got = []
    with pytest.raises(Unreachable), \
            closing(inbox_pages(hub, None, page_size=1, wait=0, max_pages=100)) as pages:
        for page in pages:
            got.append(page.next_cursor)
    assert got == ["1", "2"]  # the pages before it were handed over, in order


def test_stopping_early_waits_for_the_page_ahead_and_asks_no_more() -> None:
    hub = RecordingHub()
    with closing(inbox_pages(hub, None, page_size=1, wait=0, max_pages=100)) as pages:
        first = next(pages)
    assert first.next_cursor == "1"
    assert [c[0] for c in hub.calls] == [None, "1"]  # the one ahead, nothing after it
    assert not [t for t in threading.enumerate() if t.name.startswith("liaison-pull")]


def test_no_page_is_asked_for_beyond_the_limit() -> None:
    hub = RecordingHub()
    with closing(inbox_pages(hub, None, page_size=1, wait=0, max_pages=2)) as pages:
        got = [page.next_cursor for page in pages]
    assert got == ["1", "2"]
    assert [c[0] for c in hub.calls] == [None, "1"]
