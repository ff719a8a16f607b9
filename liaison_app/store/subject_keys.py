"""The normalised keys of stored subjects, and the other records that share them.

A key (`iban:GB82WEST...`, `crypto:evm:0x...`; see `domain.financial.
financial_keys`) links a subject to every other one holding the same account,
wallet, transfer or phone, whichever message brought it: "seen in case ...".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from liaison_app.store.columns import Conn, from_time_text, require_transaction

_CHUNK = 400


@dataclass(frozen=True, slots=True)
class KeyedRecord:
    """Another stored subject with one of the keys: where it came from."""

    key: str
    subject_id: str
    label: str
    message_id: str | None
    case_ref: str | None
    sender_agency: str | None
    direction: str | None
    created_at: datetime


def add_keys(conn: Conn, subject_id: str, keys: Iterable[str]) -> None:
    """Record a subject's keys (idempotent)."""
    require_transaction(conn)
    conn.executemany("INSERT OR IGNORE INTO subject_keys (key, subject_id) VALUES (?, ?)",
                     [(key, subject_id) for key in sorted(set(keys))])


def keys_of(conn: Conn, subject_id: str) -> set[str]:
    """The keys recorded for one subject."""
    rows = conn.execute("SELECT key FROM subject_keys WHERE subject_id = ?", (subject_id,))
    return {str(r[0]) for r in rows}


def subject_ids_with(conn: Conn, keys: Iterable[str], *, limit: int = 200) -> list[str]:
    """Subjects holding any of `keys`, newest first."""
    wanted = sorted(set(keys))
    if not wanted:
        return []
    marks = ",".join("?" * len(wanted[:_CHUNK]))
    rows = conn.execute(
        f"""SELECT DISTINCT s.subject_id, s.row_id FROM subject_keys k
            JOIN subjects s USING (subject_id)
            WHERE k.key IN ({marks}) ORDER BY s.row_id DESC LIMIT ?""",  # noqa: S608
        [*wanted[:_CHUNK], int(limit)])
    return [str(r[0]) for r in rows]


def records_sharing(conn: Conn, keys: Iterable[str], *, exclude_subjects: Sequence[str] = (),
                    exclude_message: str | None = None, limit: int = 50) -> list[KeyedRecord]:
    """Other subjects holding any of `keys`, each with the message that brought it
    (and that message's case), oldest first; `exclude_*` leave out the record shown."""
    wanted = sorted(set(keys))
    if not wanted:
        return []
    marks = ",".join("?" * len(wanted[:_CHUNK]))
    rows = conn.execute(
        f"""SELECT k.key, s.subject_id, s.label, s.created_at, m.message_id, m.direction,
                   m.sender_agency, m.created_at AS sent,
                   COALESCE(m.case_ref, (SELECT min(c.case_ref) FROM case_subjects c
                                         WHERE c.subject_id = s.subject_id)) AS case_ref
            FROM subject_keys k JOIN subjects s USING (subject_id)
            LEFT JOIN message_subjects ms ON ms.subject_id = s.subject_id
            LEFT JOIN messages m ON m.message_id = ms.message_id
            WHERE k.key IN ({marks})
            ORDER BY COALESCE(m.created_at, s.created_at), s.row_id LIMIT ?""",  # noqa: S608
        [*wanted[:_CHUNK], int(limit) + len(exclude_subjects) + 10])
    skip = set(exclude_subjects)
    out: list[KeyedRecord] = []
    for r in rows:
        if r["subject_id"] in skip or (exclude_message and r["message_id"] == exclude_message):
            continue
        out.append(KeyedRecord(
            key=r["key"], subject_id=r["subject_id"], label=r["label"],
            message_id=r["message_id"], case_ref=r["case_ref"],
            sender_agency=r["sender_agency"], direction=r["direction"],
            created_at=from_time_text(r["sent"] or r["created_at"])))
    return out[:limit]
