"""A fixed watch-list snapshot and index for the golden vectors and the crypto tests."""

from __future__ import annotations

from datetime import timedelta

from liaison_app.protocol.watchlist import (
    EntryIdentifier,
    EntryName,
    IndexedList,
    WatchEntry,
    WatchList,
    WatchListIndex,
)
from tests.vectors.samples import T0

ENTRIES = (
    WatchEntry(entry_id="RS-BP-0001", kind="person",
               names=(EntryName("ПЕТРОВИЋ, Драган"), EntryName("Dragi", alias=True)),
               dates_of_birth=("1979",), nationalities=("RS",), sex="male",
               identifiers=(EntryIdentifier("document", "014478326", "RS"),),
               note="Fictional sample entry", listed_on="2026-11-01"),
    WatchEntry(entry_id="RS-BP-0002", kind="vehicle",
               identifiers=(EntryIdentifier("plate", "CA1234BX", "BG"),)),
)


def snapshot(version: int = 3, *, entries: tuple[WatchEntry, ...] = ENTRIES,
             days: int = 30) -> WatchList:
    """Version `version` of list `rs-bp`, issued at T0."""
    return WatchList("rs-bp", "Agency watch list", "liaison-csv", version, T0,
                     T0 + timedelta(days=days), "ab" * 32, entries)


def index(version: int, lists: tuple[IndexedList, ...]) -> WatchListIndex:
    """An index issued at T0, valid 30 days."""
    return WatchListIndex(version, T0, T0 + timedelta(days=30), lists)
