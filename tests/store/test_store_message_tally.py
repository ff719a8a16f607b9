"""`message_tally` (migration 19) stays equal to counting the messages, whatever writes them.

The Inbox total and the unread badges are read off the tally, so a drift would
show the officer a wrong number. Every kind of write is tried on a real
SQLCipher file, and after each the tally is compared with a GROUP BY over the
messages themselves.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from store_samples import NOW

from liaison_app.store import message_tally, messages, restrictions
from liaison_app.store import view_queries as vq
from liaison_app.store.database import Database
from liaison_app.store.messages import MessageStatus, NewMessage
from liaison_app.store.migrations import upgrade

_COUNTED = """SELECT direction, type, status, priority, restricted_at IS NOT NULL, count(*)
                FROM messages GROUP BY 1, 2, 3, 4, 5"""


def _tally(db: Database) -> dict[tuple[object, ...], int]:
    rows = db.execute("SELECT direction, type, status, priority, restricted, n "
                      "FROM message_tally WHERE n <> 0")
    return {tuple(row[:5]): int(row[5]) for row in rows}


def _counted(db: Database) -> dict[tuple[object, ...], int]:
    return {tuple(row[:5]): int(row[5]) for row in db.execute(_COUNTED)}


def test_every_kind_of_write_keeps_the_tally_exact(
        db: Database, make_message: Callable[..., NewMessage]) -> None:
    rng = random.Random(19)
    kinds = ("request", "alert", "reply", "ack", "operation")
    priorities = ("routine", "priority", "urgent", "immediate")
    ids: list[str] = []
    for step in range(240):
        action = rng.choice(("in", "in", "out", "status", "many", "restrict", "lift",
                             "delete", "raw"))
        with db.transaction() as tx:
            if action in ("in", "out") or not ids:
                msg = make_message(f"M-{step}", type=rng.choice(kinds),
                                   priority=rng.choice(priorities))
                if action == "out":
                    messages.insert_outgoing(tx, msg, now=NOW)
                else:
                    messages.insert_incoming(tx, msg, received_at=NOW)
                ids.append(msg.message_id)
            elif action == "status":
                row = messages.get(tx, rng.choice(ids))
                assert row is not None
                for status in messages.TRANSITIONS[row.status]:
                    messages.set_status(tx, row.message_id, status, now=NOW,
                                        failure_reason="refused")
                    break
            elif action == "many":
                picked = rng.sample(ids, min(5, len(ids)))
                movable = [m for m in picked if (r := messages.get(tx, m)) is not None
                           and MessageStatus.READ in messages.TRANSITIONS[r.status]]
                messages.set_status_many(tx, movable, MessageStatus.READ,
                                         now=NOW + timedelta(minutes=step))
            elif action == "restrict":
                restrictions.restrict(tx, "message", rng.choice(ids), "kept for the trial",
                                      now=NOW)
            elif action == "lift":
                restrictions.lift(tx, "message", rng.choice(ids))
            elif action == "delete":
                gone = rng.choice(ids)
                messages.delete(tx, gone)
                ids.remove(gone)
            else:  # a write outside the repositories: the triggers still see it
                tx.execute("UPDATE messages SET priority = ?, type = ? WHERE message_id = ?",
                           (rng.choice(priorities), rng.choice(kinds), rng.choice(ids)))
        assert _tally(db) == _counted(db), (step, action)
    assert sum(_counted(db).values()) == len(ids) > 20


def test_list_totals_from_the_tally_equal_counting_the_messages(
        db: Database, make_message: Callable[..., NewMessage]) -> None:
    with db.transaction() as tx:
        for i, (kind, prio) in enumerate([("request", "urgent"), ("alert", "immediate"),
                                          ("ack", "routine"), ("operation", "routine"),
                                          ("reply", "routine"), ("alert", "routine")]):
            messages.insert_incoming(tx, make_message(f"I-{i}", type=kind, priority=prio),
                                     received_at=NOW)
        messages.insert_outgoing(tx, make_message("O-1"), now=NOW)
        restrictions.restrict(tx, "message", "I-5", "kept for the trial", now=NOW)
    filters = [
        vq.MessageListFilter(),
        vq.MessageListFilter(direction="incoming", exclude_types=("ack",)),
        vq.MessageListFilter(direction="incoming", include_restricted=True),
        vq.MessageListFilter(types=("operation",)),
        vq.MessageListFilter(types=()),
        vq.MessageListFilter(priorities=("immediate", "urgent")),
        vq.MessageListFilter(direction="outgoing", statuses=("queued", "draft")),
    ]
    for flt in filters:
        where, params = vq.message_where(flt)
        counted = int(db.execute(f"SELECT count(*) FROM messages{where}", params)
                      .fetchone()[0])
        assert message_tally.list_total(db, flt) == counted == vq.message_total(db, flt), flt
    assert message_tally.list_total(db, vq.MessageListFilter(case_ref="C-1")) is None
    assert message_tally.list_total(db, vq.MessageListFilter(text="minibus")) is None
    assert message_tally.unread_counts(db) == (4, 2)  # the restricted alert counts too


def test_the_migration_fills_the_tally_from_messages_already_held(
        tmp_path: Path, raw_key: bytes, make_message: Callable[..., NewMessage]) -> None:
    path = tmp_path / "v18.db"
    db = Database.open(path, raw_key, migrate=False)
    upgrade(db, target=18)
    with db.transaction() as tx:
        for i in range(30):
            messages.insert_incoming(tx, make_message(f"M-{i}", type=("alert", "request")[i % 2]),
                                     received_at=NOW)
    upgrade(db)
    try:
        assert _tally(db) == _counted(db)
        assert message_tally.unread_counts(db) == (30, 15)
    finally:
        db.close()
