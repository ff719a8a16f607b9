"""File a message's subjects and case under the case tables, for both directions.

Compose (outgoing) and sync (incoming) both call this inside the transaction
that stores the message, so the case view and subject search see received
subjects exactly like composed ones. A subject is one record per case however
many messages carry it (a forward, a reply quoting it): a subject identical to
one the case already holds is linked, not stored again. Review dates follow the
policy (`store.review_dates`); filing a message in a case moves the case's and
the subject's review date on, never back.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from liaison_app.domain.cases import CaseStatus, CrimeArea
from liaison_app.domain.financial import financial_keys
from liaison_app.domain.subjects import Subject, subject_label, subject_to_wire
from liaison_app.store import cases, cash_amounts, subject_keys
from liaison_app.store.columns import Conn, json_text, opt_date_text
from liaison_app.store.review_dates import review_date


def ensure_case(conn: Conn, case_ref: str, now: datetime, *, title: str | None = None,
                crime_area: CrimeArea = CrimeArea.OTHER) -> None:
    """Open `case_ref` locally if this profile has no record of it yet."""
    if cases.get_case(conn, case_ref) is None:
        cases.create_case(conn, case_ref=case_ref, title=title or case_ref,
                          crime_area=crime_area.value, status=CaseStatus.OPEN.value,
                          now=now, review_on=review_date(conn, now))


def _move_review_on(conn: Conn, table: str, key: str, ref: str, now: datetime) -> None:
    """A record that gains a message is reviewed a full period after that, or later."""
    day = opt_date_text(review_date(conn, now))
    conn.execute(f"UPDATE {table} SET review_on = ? WHERE {key} = ? "  # noqa: S608 - fixed
                 "AND (review_on IS NULL OR review_on < ?)", (day, ref, day))


def _same_subject_in_case(conn: Conn, case_ref: str, kind: str, data_text: str) -> str | None:
    row = conn.execute(
        """SELECT s.subject_id FROM case_subjects l JOIN subjects s USING (subject_id)
           WHERE l.case_ref = ? AND s.kind = ? AND s.data = ? ORDER BY s.row_id LIMIT 1""",
        (case_ref, kind, data_text)).fetchone()
    return None if row is None else str(row[0])


def file_message(conn: Conn, message_id: str, case_ref: str | None,
                 subjects: tuple[Subject, ...], now: datetime) -> None:
    """Link the message to its case and store + link each of its subjects, with the
    normalised keys (IBAN, address, ...) that link it to the same one in other messages."""
    if case_ref is not None:
        ensure_case(conn, case_ref, now)
        cases.link_message(conn, case_ref, message_id, now=now)
        _move_review_on(conn, "cases", "case_ref", case_ref, now)
    for subject in subjects:
        data = subject_to_wire(subject)
        same = None if case_ref is None else _same_subject_in_case(
            conn, case_ref, subject.kind, json_text(data, "data"))
        if same is not None:
            cases.link_message_subject(conn, message_id, same)
            cash_amounts.file_cash(conn, message_id, same, data)  # reported again: counts again
            _move_review_on(conn, "subjects", "subject_id", same, now)
            continue
        subject_id = str(uuid.uuid4())
        cases.add_subject(
            conn, subject_id=subject_id, kind=subject.kind, category=subject.category.value,
            basis=subject.basis.value, label=subject_label(subject),
            data=data, now=now, review_on=review_date(conn, now))
        subject_keys.add_keys(conn, subject_id, financial_keys(subject))
        cases.link_message_subject(conn, message_id, subject_id)
        cash_amounts.file_cash(conn, message_id, subject_id, data)
        if case_ref is not None:
            cases.link_subject(conn, case_ref, subject_id, now=now)
