"""Restriction instead of erasure: kept for evidence, hidden from normal views and search.

LED Art. 16(3) / DPA 2018 s.47(2): where personal data must be kept as evidence
it is restricted rather than erased. A restricted message, subject or case keeps
every row, but `restricted_at` takes it out of the lists, the case view and
search, and automatic erasure passes it by. The officer's explicit choice (kind,
reference, reason) is a row in `restrictions`; what it covers is marked with it:
a case's messages and subjects, a subject's messages, a message's own subjects.
Lifting a restriction unmarks what it covered unless another restriction of its
own still holds it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from liaison_app.store.columns import (
    Conn,
    from_time_text,
    require_transaction,
    time_text,
)

KINDS = ("case", "subject", "message")
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class Restriction:
    """An officer's decision to restrict a record, with the reason."""

    kind: str
    ref: str
    reason: str
    restricted_at: datetime


def _covered(conn: Conn, kind: str, ref: str) -> tuple[list[str], list[str], list[str]]:
    """(cases, subjects, messages) a restriction of (kind, ref) covers."""
    if kind == "case":
        msgs = [str(r[0]) for r in conn.execute(
            """SELECT message_id FROM case_messages WHERE case_ref = ?
               UNION SELECT message_id FROM messages WHERE case_ref = ?""", (ref, ref))]
        subs = [str(r[0]) for r in conn.execute(
            "SELECT subject_id FROM case_subjects WHERE case_ref = ?", (ref,))]
        return [ref], subs, msgs
    if kind == "subject":
        msgs = [str(r[0]) for r in conn.execute(
            "SELECT message_id FROM message_subjects WHERE subject_id = ?", (ref,))]
        return [], [ref], msgs
    subs = [str(r[0]) for r in conn.execute(
        """SELECT subject_id FROM message_subjects ms WHERE message_id = ?
             AND NOT EXISTS (SELECT 1 FROM message_subjects o WHERE o.subject_id = ms.subject_id
                             AND o.message_id != ms.message_id)""", (ref,))]
    return [], subs, [ref]


def _mark(conn: Conn, table: str, key: str, refs: Sequence[str], value: str | None) -> None:
    for start in range(0, len(refs), _CHUNK):
        part = list(refs[start:start + _CHUNK])
        marks = ",".join("?" * len(part))
        conn.execute(f"UPDATE {table} SET restricted_at = ? "  # noqa: S608 - fixed names
                     f"WHERE {key} IN ({marks})", [value, *part])


def restrict(conn: Conn, kind: str, ref: str, reason: str, *, now: datetime) -> int:
    """Restrict a record and what it covers; return how many messages it hides."""
    require_transaction(conn)
    if kind not in KINDS:
        raise ValueError(f"cannot restrict a {kind}")
    stamp = time_text(now, "now")
    conn.execute(
        """INSERT INTO restrictions (kind, ref, reason, restricted_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (kind, ref) DO UPDATE SET reason = excluded.reason""",
        (kind, ref, reason, stamp))
    cases_, subjects, msgs = _covered(conn, kind, ref)
    _mark(conn, "cases", "case_ref", cases_, stamp)
    _mark(conn, "subjects", "subject_id", subjects, stamp)
    _mark(conn, "messages", "message_id", msgs, stamp)
    return len(msgs)


def lift(conn: Conn, kind: str, ref: str) -> bool:
    """Lift a restriction (False if there was none); what it covered shows again unless
    a restriction of its own, or of a case it belongs to, still holds it."""
    require_transaction(conn)
    if conn.execute("DELETE FROM restrictions WHERE kind = ? AND ref = ?",
                    (kind, ref)).rowcount != 1:
        return False
    cases_, subjects, msgs = _covered(conn, kind, ref)
    held = {(r.kind, r.ref) for r in listed(conn)}
    for other_kind, other_ref in held:
        other = _covered(conn, other_kind, other_ref)
        cases_ = [c for c in cases_ if c not in other[0]]
        subjects = [s for s in subjects if s not in other[1]]
        msgs = [m for m in msgs if m not in other[2]]
    _mark(conn, "cases", "case_ref", cases_, None)
    _mark(conn, "subjects", "subject_id", subjects, None)
    _mark(conn, "messages", "message_id", msgs, None)
    return True


def listed(conn: Conn) -> list[Restriction]:
    """Every restriction an officer made, newest first."""
    rows = conn.execute("SELECT kind, ref, reason, restricted_at FROM restrictions "
                        "ORDER BY restricted_at DESC, kind, ref")
    return [Restriction(str(r[0]), str(r[1]), str(r[2]), from_time_text(r[3])) for r in rows]


def get(conn: Conn, kind: str, ref: str) -> Restriction | None:
    """The restriction of one record, if an officer made one."""
    row = conn.execute("SELECT kind, ref, reason, restricted_at FROM restrictions "
                       "WHERE kind = ? AND ref = ?", (kind, ref)).fetchone()
    return None if row is None else Restriction(str(row[0]), str(row[1]), str(row[2]),
                                                from_time_text(row[3]))


def _restricted(conn: Conn, table: str, key: str, refs: Sequence[str]) -> set[str]:
    found: set[str] = set()
    ids = list(dict.fromkeys(refs))
    for start in range(0, len(ids), _CHUNK):
        part = ids[start:start + _CHUNK]
        marks = ",".join("?" * len(part))
        found.update(str(r[0]) for r in conn.execute(
            f"SELECT {key} FROM {table} WHERE restricted_at IS NOT NULL "  # noqa: S608
            f"AND {key} IN ({marks})", part))
    return found


def visible_messages(conn: Conn, message_ids: Sequence[str]) -> list[str]:
    """`message_ids` without the restricted ones, in order."""
    hidden = _restricted(conn, "messages", "message_id", message_ids)
    return [m for m in message_ids if m not in hidden]


def visible_subjects(conn: Conn, subject_ids: Sequence[str]) -> list[str]:
    """`subject_ids` without the restricted ones, in order."""
    hidden = _restricted(conn, "subjects", "subject_id", subject_ids)
    return [s for s in subject_ids if s not in hidden]


def is_restricted(conn: Conn, kind: str, ref: str) -> bool:
    """Whether a case, subject or message is restricted (by itself or what covers it)."""
    table, key = {"case": ("cases", "case_ref"), "subject": ("subjects", "subject_id"),
                  "message": ("messages", "message_id")}[kind]
    return bool(_restricted(conn, table, key, [ref]))
