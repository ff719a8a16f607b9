"""File a message's subjects and case under the case tables, for both directions.

Compose (outgoing) and sync (incoming) both call this inside the transaction
that stores the message, so the case view and subject search see received
subjects exactly like composed ones.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta

from liaison_app.domain.cases import CaseStatus, CrimeArea
from liaison_app.domain.financial import financial_keys
from liaison_app.domain.subjects import Subject, subject_label, subject_to_wire
from liaison_app.store import cases, cash_amounts, subject_keys
from liaison_app.store.columns import Conn

REVIEW_DAYS = 365


def review_date(now: datetime, days: int = REVIEW_DAYS) -> date:
    """When a record filed now is due for review (retention, LED Art. 5)."""
    return (now + timedelta(days=days)).date()


def ensure_case(conn: Conn, case_ref: str, now: datetime, *, title: str | None = None,
                crime_area: CrimeArea = CrimeArea.OTHER) -> None:
    """Open `case_ref` locally if this profile has no record of it yet."""
    if cases.get_case(conn, case_ref) is None:
        cases.create_case(conn, case_ref=case_ref, title=title or case_ref,
                          crime_area=crime_area.value, status=CaseStatus.OPEN.value,
                          now=now, review_on=review_date(now))


def file_message(conn: Conn, message_id: str, case_ref: str | None,
                 subjects: tuple[Subject, ...], now: datetime) -> None:
    """Link the message to its case and store + link each of its subjects, with the
    normalised keys (IBAN, address, ...) that link it to the same one in other messages."""
    if case_ref is not None:
        ensure_case(conn, case_ref, now)
        cases.link_message(conn, case_ref, message_id, now=now)
    for subject in subjects:
        subject_id = str(uuid.uuid4())
        cases.add_subject(
            conn, subject_id=subject_id, kind=subject.kind, category=subject.category.value,
            basis=subject.basis.value, label=subject_label(subject),
            data=subject_to_wire(subject), now=now, review_on=review_date(now))
        subject_keys.add_keys(conn, subject_id, financial_keys(subject))
        cases.link_message_subject(conn, message_id, subject_id)
        cash_amounts.file_cash(conn, message_id, subject_id, subject_to_wire(subject))
        if case_ref is not None:
            cases.link_subject(conn, case_ref, subject_id, now=now)
