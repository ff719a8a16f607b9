"""Cases, subjects and the links between cases, subjects and messages."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from liaison_app.domain.errors import ValidationError
from liaison_app.protocol.canonical import JsonValue
from liaison_app.store.columns import (
    Conn,
    from_json_text,
    from_time_text,
    json_text,
    opt_date_text,
    opt_from_date_text,
    require_text,
    require_transaction,
    time_text,
)
from liaison_app.store.errors import UnknownRecord
from liaison_app.store.search_terms import folded_terms, subject_terms

_UNSET: Any = object()


@dataclass(frozen=True)
class CaseRow:
    """A local case."""

    case_ref: str
    title: str
    crime_area: str
    status: str
    review_on: date | None
    external_refs: JsonValue
    notes: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class SubjectRow:
    """A person, vehicle, document, ... held locally."""

    subject_id: str
    kind: str
    category: str
    basis: str
    label: str
    data: JsonValue
    review_on: date | None
    created_at: datetime
    updated_at: datetime


def _case(row: Any) -> CaseRow:
    return CaseRow(
        case_ref=row["case_ref"], title=row["title"], crime_area=row["crime_area"],
        status=row["status"], review_on=opt_from_date_text(row["review_on"]),
        external_refs=from_json_text(row["external_refs"]), notes=row["notes"],
        created_at=from_time_text(row["created_at"]),
        updated_at=from_time_text(row["updated_at"]),
    )


def _subject(row: Any) -> SubjectRow:
    return SubjectRow(
        subject_id=row["subject_id"], kind=row["kind"], category=row["category"],
        basis=row["basis"], label=row["label"], data=from_json_text(row["data"]),
        review_on=opt_from_date_text(row["review_on"]),
        created_at=from_time_text(row["created_at"]),
        updated_at=from_time_text(row["updated_at"]),
    )


# -- cases ---------------------------------------------------------------------


def create_case(
    conn: Conn, *, case_ref: str, title: str, crime_area: str, status: str, now: datetime,
    review_on: date | None = None, external_refs: Any = (), notes: str = "",
) -> None:
    """Open a case; its reference must be new."""
    require_transaction(conn)
    for name, value in (("case_ref", case_ref), ("title", title),
                        ("crime_area", crime_area), ("status", status)):
        require_text(value, name)
    if get_case(conn, case_ref) is not None:
        raise ValidationError("case_ref", f"case {case_ref} already exists")
    stamp = time_text(now, "now")
    conn.execute(
        """INSERT INTO cases (case_ref, title, crime_area, status, review_on, external_refs,
               notes, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)""",
        (case_ref, title, crime_area, status, opt_date_text(review_on),
         json_text(list(external_refs), "external_refs"), notes, stamp, stamp),
    )


def update_case(
    conn: Conn, case_ref: str, *, now: datetime, title: str = _UNSET, status: str = _UNSET,
    crime_area: str = _UNSET, review_on: date | None = _UNSET, external_refs: Any = _UNSET,
    notes: str = _UNSET,
) -> None:
    """Change the given fields of a case."""
    require_transaction(conn)
    changes: dict[str, object] = {}
    for name, value in (("title", title), ("status", status), ("crime_area", crime_area),
                        ("notes", notes)):
        if value is not _UNSET:
            changes[name] = require_text(value, name) if name != "notes" else value
    if review_on is not _UNSET:
        changes["review_on"] = opt_date_text(review_on)
    if external_refs is not _UNSET:
        changes["external_refs"] = json_text(list(external_refs), "external_refs")
    changes["updated_at"] = time_text(now, "now")
    assignments = ", ".join(f"{name} = ?" for name in changes)  # names from the fixed set above
    cursor = conn.execute(f"UPDATE cases SET {assignments} WHERE case_ref = ?",  # noqa: S608
                          [*changes.values(), case_ref])
    if cursor.rowcount != 1:
        raise UnknownRecord(f"no case {case_ref}")


def get_case(conn: Conn, case_ref: str) -> CaseRow | None:
    """One case by reference."""
    row = conn.execute("SELECT * FROM cases WHERE case_ref = ?", (case_ref,)).fetchone()
    return None if row is None else _case(row)


def list_cases(conn: Conn, *, status: str | None = None) -> list[CaseRow]:
    """Cases, most recently updated first."""
    if status is None:
        rows = conn.execute("SELECT * FROM cases ORDER BY updated_at DESC, case_ref")
    else:
        rows = conn.execute(
            "SELECT * FROM cases WHERE status = ? ORDER BY updated_at DESC, case_ref", (status,))
    return [_case(row) for row in rows]


def cases_due_for_review(conn: Conn, on: date) -> list[CaseRow]:
    """Cases whose review date is on or before `on` (retention)."""
    rows = conn.execute("SELECT * FROM cases WHERE review_on <= ? ORDER BY review_on",
                        (on.isoformat(),))
    return [_case(row) for row in rows]


def count_due_for_review(conn: Conn, on: date) -> int:
    """How many cases and subjects have a review date on or before `on`."""
    day = on.isoformat()
    row = conn.execute(
        """SELECT (SELECT count(*) FROM cases WHERE review_on <= ?)
                + (SELECT count(*) FROM subjects WHERE review_on <= ?)""", (day, day)).fetchone()
    return int(row[0])


def delete_case(conn: Conn, case_ref: str) -> bool:
    """Erase a case and its links (not the linked messages or subjects)."""
    require_transaction(conn)
    return conn.execute("DELETE FROM cases WHERE case_ref = ?", (case_ref,)).rowcount == 1


# -- subjects ------------------------------------------------------------------


def add_subject(
    conn: Conn, *, subject_id: str, kind: str, category: str, basis: str, label: str,
    data: Mapping[str, Any], now: datetime, review_on: date | None = None,
) -> None:
    """Store a subject and index its names, aliases and numbers for search."""
    require_transaction(conn)
    for name, value in (("subject_id", subject_id), ("kind", kind), ("category", category),
                        ("basis", basis), ("label", label)):
        require_text(value, name)
    stamp = time_text(now, "now")
    terms = subject_terms(dict(data))
    cursor = conn.execute(
        """INSERT INTO subjects (subject_id, kind, category, basis, label, data, review_on,
               created_at, updated_at, search_terms, search_folded)
           VALUES (?,?,?,?,?,?,?,?,?,?,?)""",
        (subject_id, kind, category, basis, label, json_text(dict(data), "data"),
         opt_date_text(review_on), stamp, stamp, terms, folded_terms(label, terms)),
    )
    from liaison_app.store import match_index  # lazily: matching is off the start-up path

    match_index.index_subject(conn, int(cursor.lastrowid or 0), data, label)


def update_subject(
    conn: Conn, subject_id: str, *, now: datetime, label: str, data: Mapping[str, Any],
    category: str = _UNSET, basis: str = _UNSET, review_on: date | None = _UNSET,
) -> None:
    """Replace a subject's label and data (re-indexed) and optionally its codes."""
    require_transaction(conn)
    terms = subject_terms(dict(data))
    changes: dict[str, object] = {
        "label": require_text(label, "label"), "data": json_text(dict(data), "data"),
        "search_terms": terms, "search_folded": folded_terms(label, terms),
        "updated_at": time_text(now, "now"),
    }
    if category is not _UNSET:
        changes["category"] = require_text(category, "category")
    if basis is not _UNSET:
        changes["basis"] = require_text(basis, "basis")
    if review_on is not _UNSET:
        changes["review_on"] = opt_date_text(review_on)
    assignments = ", ".join(f"{name} = ?" for name in changes)
    cursor = conn.execute(f"UPDATE subjects SET {assignments} WHERE subject_id = ?",  # noqa: S608
                          [*changes.values(), subject_id])
    if cursor.rowcount != 1:
        raise UnknownRecord(f"no subject {subject_id}")
    row = conn.execute("SELECT row_id FROM subjects WHERE subject_id = ?",
                       (subject_id,)).fetchone()
    # lazily: matching, money and currencies are off the start-up path
    from liaison_app.store import cash_amounts, match_index

    match_index.reindex_subject(conn, int(row[0]), data, label)
    cash_amounts.refile_cash(conn, int(row[0]), data)


def get_subject(conn: Conn, subject_id: str) -> SubjectRow | None:
    """One subject by id."""
    row = conn.execute("SELECT * FROM subjects WHERE subject_id = ?", (subject_id,)).fetchone()
    return None if row is None else _subject(row)


def subjects_due_for_review(conn: Conn, on: date) -> list[SubjectRow]:
    """Subjects whose review date is on or before `on` (retention)."""
    rows = conn.execute("SELECT * FROM subjects WHERE review_on <= ? ORDER BY review_on",
                        (on.isoformat(),))
    return [_subject(row) for row in rows]


def delete_subject(conn: Conn, subject_id: str) -> bool:
    """Erase a subject, its links and its index entries."""
    require_transaction(conn)
    cursor = conn.execute("DELETE FROM subjects WHERE subject_id = ?", (subject_id,))
    return cursor.rowcount == 1


# -- links -----------------------------------------------------------------------


def link_message(conn: Conn, case_ref: str, message_id: str, *, now: datetime) -> None:
    """Attach a message to a case (idempotent)."""
    require_transaction(conn)
    conn.execute(
        "INSERT OR IGNORE INTO case_messages (case_ref, message_id, linked_at) VALUES (?,?,?)",
        (case_ref, message_id, time_text(now, "now")),
    )


def link_subject(
    conn: Conn, case_ref: str, subject_id: str, *, now: datetime, role: str = "",
) -> None:
    """Attach a subject to a case with an optional role (idempotent; updates the role)."""
    require_transaction(conn)
    conn.execute(
        """INSERT INTO case_subjects (case_ref, subject_id, role, linked_at) VALUES (?,?,?,?)
           ON CONFLICT (case_ref, subject_id) DO UPDATE SET role = excluded.role""",
        (case_ref, subject_id, role, time_text(now, "now")),
    )


def link_message_subject(conn: Conn, message_id: str, subject_id: str) -> None:
    """Record that a message carries a subject (idempotent)."""
    require_transaction(conn)
    conn.execute("INSERT OR IGNORE INTO message_subjects (message_id, subject_id) VALUES (?,?)",
                 (message_id, subject_id))


def unlink_message(conn: Conn, case_ref: str, message_id: str) -> None:
    """Detach a message from a case."""
    require_transaction(conn)
    conn.execute("DELETE FROM case_messages WHERE case_ref = ? AND message_id = ?",
                 (case_ref, message_id))


def unlink_subject(conn: Conn, case_ref: str, subject_id: str) -> None:
    """Detach a subject from a case."""
    require_transaction(conn)
    conn.execute("DELETE FROM case_subjects WHERE case_ref = ? AND subject_id = ?",
                 (case_ref, subject_id))


def case_message_ids(conn: Conn, case_ref: str) -> list[str]:
    """Messages linked to a case, oldest first."""
    rows = conn.execute(
        """SELECT m.message_id FROM case_messages l JOIN messages m USING (message_id)
           WHERE l.case_ref = ? ORDER BY m.created_at, m.row_id""", (case_ref,))
    return [str(row[0]) for row in rows]


def case_subjects(conn: Conn, case_ref: str) -> list[tuple[SubjectRow, str]]:
    """Subjects linked to a case with their role."""
    rows = conn.execute(
        """SELECT s.*, l.role AS link_role FROM case_subjects l JOIN subjects s USING (subject_id)
           WHERE l.case_ref = ? ORDER BY s.label, s.subject_id""", (case_ref,))
    return [(_subject(row), str(row["link_role"])) for row in rows]


def cases_of_message(conn: Conn, message_id: str) -> list[str]:
    """Case references a message is linked to."""
    rows = conn.execute("SELECT case_ref FROM case_messages WHERE message_id = ? ORDER BY 1",
                        (message_id,))
    return [str(row[0]) for row in rows]


def message_subject_ids(conn: Conn, message_id: str) -> list[str]:
    """Subjects recorded for a message."""
    rows = conn.execute(
        "SELECT subject_id FROM message_subjects WHERE message_id = ? ORDER BY 1", (message_id,))
    return [str(row[0]) for row in rows]


def subject_message_ids(conn: Conn, subject_id: str) -> list[str]:
    """Messages that carry a subject."""
    rows = conn.execute(
        "SELECT message_id FROM message_subjects WHERE subject_id = ? ORDER BY 1", (subject_id,))
    return [str(row[0]) for row in rows]


def closed_at(conn: Conn, case_ref: str) -> datetime | None:
    """When the case was last closed (schema 5), or None while it is not closed."""
    row = conn.execute("SELECT closed_at FROM cases WHERE case_ref = ?", (case_ref,)).fetchone()
    return None if row is None or row[0] is None else from_time_text(row[0])
