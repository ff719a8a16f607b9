"""Which records are past their review date (retention), for review and automatic erasure.

A message is due when its own review date has come and so has that of every case it
is filed in (a case kept longer keeps its messages with it). A subject is due when
its review date has come, no message still carries it and every case it is in is
due. A case is due when its review date has come; it goes automatically only once
none of its messages or subjects remain. Restricted records are never due (kept for
evidence); messages still waiting to be sent are left alone. A draft is due on its own
review date (`store.drafts`), whatever it is about.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from liaison_app.store import drafts
from liaison_app.store.columns import Conn, opt_from_date_text

_NO_CASE_LATER = """NOT EXISTS (
    SELECT 1 FROM case_messages l JOIN cases c ON c.case_ref = l.case_ref
     WHERE l.message_id = m.message_id
       AND (c.review_on IS NULL OR c.review_on > :day OR c.restricted_at IS NOT NULL))
  AND NOT EXISTS (
    SELECT 1 FROM cases c WHERE c.case_ref = m.case_ref
       AND (c.review_on IS NULL OR c.review_on > :day OR c.restricted_at IS NOT NULL))"""


@dataclass(frozen=True, slots=True)
class DueRecord:
    """A record past its review date."""

    kind: str  # "message", "subject", "case" or "draft"
    ref: str
    label: str
    review_on: date


def messages_due(conn: Conn, on: date, *, limit: int = 500,
                 without_case: bool = False) -> list[DueRecord]:
    """Messages whose review date (and every case's) is `on` or earlier, oldest first;
    only those filed in no case when `without_case` (the others are reviewed with it)."""
    # `+m.case_ref`: no index on case_ref for this term (every unfiled message would
    # match it: the whole table); messages_review narrows to the due ones instead
    extra = """ AND +m.case_ref IS NULL AND NOT EXISTS (
                 SELECT 1 FROM case_messages l WHERE l.message_id = m.message_id)""" \
        if without_case else ""
    rows = conn.execute(
        f"""SELECT m.message_id, m.type, m.direction, m.sender_agency, m.created_at,
                   m.review_on FROM messages m
             WHERE m.restricted_at IS NULL AND m.review_on <= :day AND {_NO_CASE_LATER}
               AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.message_id = m.message_id
                               AND o.state = 'pending'){extra}
             ORDER BY m.review_on, m.row_id LIMIT :limit""",  # noqa: S608 - fixed parts
        {"day": on.isoformat(), "limit": int(limit)})
    out: list[DueRecord] = []
    for r in rows:
        review_on = opt_from_date_text(r[5])
        assert review_on is not None
        label = f"{r[1]} {'from' if r[2] == 'incoming' else 'to'} {r[3]}, {r[4][:10]}" \
            if r[2] == "incoming" else f"{r[1]} sent {r[4][:10]}"
        out.append(DueRecord("message", str(r[0]), label, review_on))
    return out


def subjects_due(conn: Conn, on: date, *, limit: int = 500) -> list[DueRecord]:
    """Subjects past review that no message carries any more and whose cases are due."""
    rows = conn.execute(
        """SELECT s.subject_id, s.label, s.review_on FROM subjects s
            WHERE s.restricted_at IS NULL AND s.review_on <= :day
              AND NOT EXISTS (SELECT 1 FROM message_subjects ms
                               WHERE ms.subject_id = s.subject_id)
              AND NOT EXISTS (SELECT 1 FROM case_subjects l JOIN cases c USING (case_ref)
                               WHERE l.subject_id = s.subject_id
                                 AND (c.review_on IS NULL OR c.review_on > :day
                                      OR c.restricted_at IS NOT NULL))
            ORDER BY s.review_on, s.row_id LIMIT :limit""",
        {"day": on.isoformat(), "limit": int(limit)})
    return [DueRecord("subject", str(r[0]), str(r[1]), date.fromisoformat(r[2])) for r in rows]


def empty_cases_due(conn: Conn, on: date, *, limit: int = 500) -> list[DueRecord]:
    """Cases past review with no message and no subject left in them."""
    rows = conn.execute(
        """SELECT c.case_ref, c.title, c.review_on FROM cases c
            WHERE c.restricted_at IS NULL AND c.review_on <= :day
              AND NOT EXISTS (SELECT 1 FROM case_messages l WHERE l.case_ref = c.case_ref)
              AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.case_ref = c.case_ref)
              AND NOT EXISTS (SELECT 1 FROM case_subjects l WHERE l.case_ref = c.case_ref)
            ORDER BY c.review_on, c.case_ref LIMIT :limit""",
        {"day": on.isoformat(), "limit": int(limit)})
    return [DueRecord("case", str(r[0]), str(r[1]), date.fromisoformat(r[2])) for r in rows]


def drafts_due(conn: Conn, on: date, *, limit: int = 500) -> list[DueRecord]:
    """Drafts whose review date is `on` or earlier (labelled without their text)."""
    return [DueRecord("draft", d.draft_id,
                      f"{d.kind} draft, last edited {d.updated_at.date().isoformat()}",
                      d.review_on) for d in drafts.due(conn, on, limit=limit)]


def count_past(conn: Conn, on: date) -> int:
    """How many messages, subjects, empty cases and drafts are past `on` (what an
    automatic run would erase, or what waits for confirmation)."""
    day = {"day": on.isoformat()}
    msgs = conn.execute(
        f"""SELECT count(*) FROM messages m WHERE m.restricted_at IS NULL
              AND m.review_on <= :day AND {_NO_CASE_LATER}
              AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.message_id = m.message_id
                              AND o.state = 'pending')""", day).fetchone()[0]  # noqa: S608
    return int(msgs) + len(subjects_due(conn, on, limit=100_000)) + len(
        empty_cases_due(conn, on, limit=100_000)) + drafts.count_due(conn, on)


def message_review_on(conn: Conn, message_id: str) -> date | None:
    """A message's own review date."""
    row = conn.execute("SELECT review_on FROM messages WHERE message_id = ?",
                       (message_id,)).fetchone()
    return None if row is None else opt_from_date_text(row[0])


def set_message_review_on(conn: Conn, message_id: str, until: date) -> bool:
    """Move a message's review date (keep it longer); False if there is no such message."""
    return conn.execute("UPDATE messages SET review_on = ? WHERE message_id = ?",
                        (until.isoformat(), message_id)).rowcount == 1
