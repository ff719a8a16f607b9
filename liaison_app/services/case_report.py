"""The hand-over file's content: a case gathered whole, for a colleague, a prosecutor or
the partner's liaison officer.

`case_dossier` reads everything the file shows (summary, references, outcomes,
timeline, subjects, every message with its text, grading and handling) and
the marking of the whole document: the highest handling code per scheme with
its conditions (`domain.handling_marking`). It writes nothing: the export
that follows is audited with the officer's justification (report_export).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, time

from liaison_app.domain.grading import GradingScheme, HandlingCode
from liaison_app.domain.handling_marking import SchemeMarking, document_marking
from liaison_app.services import views
from liaison_app.services.case_records import (
    ExternalRefView,
    OutcomeView,
    external_refs_of,
    outcomes_of,
)
from liaison_app.services.detail_types import CaseView, MessageDetail, SubjectView
from liaison_app.services.session import Session
from liaison_app.store import cases, directory_cache
from liaison_app.store import view_queries as vq

_PAGE = 1000
SKIPPED_TYPES = ("ack",)
"""Acknowledgements carry no intelligence and no text: counted, not reproduced."""


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One line of the case's timeline: a message, an outcome, or the case opened/closed."""

    at: datetime
    kind: str
    """`message`, `outcome`, `opened` or `closed`."""
    ref: str
    """Message id, outcome id, or the case reference."""
    direction: str
    type: str
    partner: str
    text: str


@dataclass(frozen=True, slots=True)
class CaseDossier:
    """Everything the hand-over file shows, and who issues it."""

    case: CaseView
    opened_at: datetime | None
    closed_at: datetime | None
    external_refs: tuple[ExternalRefView, ...]
    outcomes: tuple[OutcomeView, ...]
    subjects: tuple[SubjectView, ...]
    messages: tuple[MessageDetail, ...]
    skipped: int
    """Acknowledgements in the case, not reproduced."""
    timeline: tuple[TimelineEntry, ...]
    marking: tuple[SchemeMarking, ...]
    unmarked: int
    """Messages that carry no handling code."""
    generated_at: datetime
    officer_id: str
    officer_name: str
    agency_id: str
    agency_name: str
    device_id: str

    @property
    def holds_personal_data(self) -> bool:
        """True if a subject of the case or of a message identifies a person."""
        return self.case.holds_personal_data or any(m.holds_personal_data
                                                    for m in self.messages)


def case_message_ids(session: Session, case_ref: str) -> tuple[list[str], int]:
    """Every message of the case, oldest first (acknowledgements left out), and how many
    acknowledgements there were."""
    flt = vq.MessageListFilter(case_ref=case_ref)
    ids: list[str] = []
    skipped = 0
    after: tuple[object, int] | None = None
    while True:
        rows = vq.message_rows(session.db, flt, sort="created_at", descending=False,
                               limit=_PAGE, after=after)
        for row in rows:
            if row.type in SKIPPED_TYPES:
                skipped += 1
            else:
                ids.append(row.message_id)
        if len(rows) < _PAGE:
            return ids, skipped
        after = rows[-1].sort_key


def case_dossier(session: Session, case_ref: str, *, now: datetime | None = None,
                 progress: Callable[[int, int], None] | None = None) -> CaseDossier:
    """The hand-over file's content for `case_ref` (ServiceError if there is no such case).

    `progress(done, total)` is called as messages are read.
    """
    moment = (now or datetime.now(UTC)).replace(microsecond=0)
    db = session.db
    case = views.case_view(session, case_ref, now=moment)
    record = cases.get_case(db, case_ref)
    ids, skipped = case_message_ids(session, case_ref)
    details: list[MessageDetail] = []
    for i, message_id in enumerate(ids):
        details.append(views.message_detail(session, message_id, now=moment))
        if progress is not None and (i % 25 == 0 or i + 1 == len(ids)):
            progress(i + 1, len(ids))
    outcomes = outcomes_of(session, case_ref)
    closed = cases.closed_at(db, case_ref)
    handling = [_handling(m) for m in details]
    ident = session.identity
    agency = directory_cache.agency(db, ident.agency_id)
    return CaseDossier(
        case=case, opened_at=None if record is None else record.created_at, closed_at=closed,
        external_refs=external_refs_of(session, case_ref), outcomes=outcomes,
        subjects=case.subjects, messages=tuple(details), skipped=skipped,
        timeline=_timeline(case_ref, record, closed, details, outcomes),
        marking=document_marking(handling), unmarked=sum(1 for h in handling if h is None),
        generated_at=moment, officer_id=ident.officer_id, officer_name=ident.officer_name,
        agency_id=ident.agency_id, agency_name=agency.name if agency is not None else "",
        device_id=ident.device_id)


def _handling(detail: MessageDetail) -> HandlingCode | None:
    """The message's handling code back as the domain type (None when it has none)."""
    h = detail.handling
    if h is None:
        return None
    return HandlingCode(GradingScheme(h.scheme), h.code, h.conditions, h.no_onward_sharing)


def _timeline(case_ref: str, record: cases.CaseRow | None, closed: datetime | None,
              details: list[MessageDetail], outcomes: tuple[OutcomeView, ...]
              ) -> tuple[TimelineEntry, ...]:
    entries: list[TimelineEntry] = []
    if record is not None:
        entries.append(TimelineEntry(record.created_at, "opened", case_ref, "", "", "", ""))
    if closed is not None:
        entries.append(TimelineEntry(closed, "closed", case_ref, "", "", "", ""))
    for m in details:
        partner = m.sender_agency if m.direction == "incoming" else ", ".join(m.recipients)
        snippet = " ".join(m.body.split())[:120]
        entries.append(TimelineEntry(m.received_at or m.created_at, "message", m.message_id,
                                     m.direction, m.type, partner, snippet))
    for o in outcomes:
        # an outcome has a day, not a time: it is listed after that day's messages
        at = datetime.combine(o.occurred_on, time(23, 59, 59), tzinfo=UTC)
        text = f"{o.count}" + (f" — {o.amount}" if o.amount else "")
        entries.append(TimelineEntry(at, "outcome", o.outcome_id, "", o.kind, "", text))
    order = {"opened": 0, "message": 1, "outcome": 2, "closed": 3}
    entries.sort(key=lambda e: (e.at, order[e.kind], e.ref))
    return tuple(entries)
