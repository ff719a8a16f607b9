"""Read models for the GUI: the GUI's only way to read the cache.

Every function takes the open `Session`, reads through the store (filters and
sorts in SQL, pages by offset/limit) and returns the frozen types of
`view_types`. Only `mark_read` writes (the message's status).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, time
from typing import TYPE_CHECKING, Any

from liaison_app.domain.cases import CRIME_AREA_LABELS, EXTERNAL_SYSTEM_LABELS, CrimeArea
from liaison_app.domain.cases import ExternalSystem as _System
from liaison_app.domain.forwarding import may_forward
from liaison_app.services import conversations
from liaison_app.services.detail_types import (
    CaseView,
    ChainLink,
    CorrectionView,
    DirectoryAgency,
    DirectoryDevice,
    DirectoryListing,
    DirectoryOfficer,
    DisclosureView,
    DueItem,
    MessageDetail,
    RecallView,
    SearchHits,
    SubjectView,
)
from liaison_app.services.errors import ServiceError
from liaison_app.services.message_lists import (
    marked,
    message_count,
    message_page,
    recall_state,
    summary_of,
    with_holds,
)
from liaison_app.services.session import Session
from liaison_app.services.view_codes import (
    agencies_of,
    is_overdue,
    parse_grading,
    parse_handling,
)
from liaison_app.services.view_types import (
    PAGE_SIZE,
    CaseSummary,
    MessageQuery,
    OutboxSummary,
)
from liaison_app.store import (
    cases,
    directory_cache,
    follow_up,
    messages,
    outbox_view,
    recalls,
    restrictions,
)
from liaison_app.store import search as fts
from liaison_app.store import view_queries as vq

# The detail, case and search views import `view_render` and `subject_links` where
# they are used: the first list painted at start-up needs neither (docs/adr/0029).
from liaison_app.store.messages import Direction, MessageRow

if TYPE_CHECKING:
    from liaison_app.protocol.canonical import JsonValue

__all__ = [
    "PAGE_SIZE", "MessageQuery", "case_count", "case_page", "case_view", "directory_listing",
    "mark_read", "message_count", "message_detail", "message_page", "outbox_count",
    "outbox_page", "search",
]

TIMELINE_LIMIT = 2000
SEARCH_LIMIT = 200
_CHAIN_DEPTH = 50


def _now(now: datetime | None) -> datetime:
    return now or datetime.now(UTC)


def _recall_view(mark: recalls.RecallMark | None) -> RecallView | None:
    if mark is None:
        return None
    return RecallView(recall_state(mark), tuple(
        CorrectionView(c.recall_id, c.action.value, c.reason, c.text, c.at, c.sender_agency)
        for c in mark.corrections))


def _disclosure_view(db: Any, row: MessageRow) -> DisclosureView | None:
    from liaison_app.domain.disclosure import LEGAL_BASIS_LABELS, LegalBasis
    from liaison_app.store import disclosures

    if row.direction is not Direction.OUTGOING:
        return None
    recorded = disclosures.recorded_reason(db, row.message_id)
    if recorded is None:
        return None
    return DisclosureView(recorded.basis.value,
                          LEGAL_BASIS_LABELS.get(LegalBasis(recorded.basis), ""),
                          recorded.justification)


def _link(row: MessageRow) -> ChainLink:
    return ChainLink(row.message_id, row.type, row.direction.value, row.sender_agency,
                     row.created_at, row.status.value)


def _officer_name(session: Session, officer_id: str) -> str:
    officer = directory_cache.officer(session.db, officer_id)
    return officer.name if officer is not None else ""


def _agency_name(session: Session, agency_id: str) -> str:
    agency = directory_cache.agency(session.db, agency_id)
    return agency.name if agency is not None else ""


def message_detail(session: Session, message_id: str, *,
                   now: datetime | None = None) -> MessageDetail:
    """Everything the detail pane shows; ServiceError if there is no such message."""
    from liaison_app.services.view_render import content_fields, grading_view, handling_view

    moment = _now(now)
    db = session.db
    row = messages.get(db, message_id)
    if row is None:
        raise ServiceError("There is no message {message_id} in this profile.",
                           message_id=message_id)
    ancestors: list[ChainLink] = []
    parent_id, seen = row.in_reply_to, {row.message_id}
    while parent_id is not None and parent_id not in seen and len(ancestors) < _CHAIN_DEPTH:
        seen.add(parent_id)
        parent = messages.get(db, parent_id)
        if parent is None:
            break
        ancestors.insert(0, _link(parent))
        parent_id = parent.in_reply_to
    replies = [messages.get(db, rid) for rid in messages.replies_to(db, message_id)]
    handling = parse_handling(row.handling)
    decision = may_forward(handling)
    mark = recalls.mark_of(db, message_id)
    withdrawn = mark is not None and mark.action.value == "withdraw"
    incoming = row.direction is Direction.INCOMING
    case_refs = tuple(dict.fromkeys(
        ([row.case_ref] if row.case_ref else []) + cases.cases_of_message(db, message_id)))
    recipients = tuple(
        f"{name} ({agency})" if (name := _agency_name(session, agency)) else agency
        for agency in agencies_of(row.recipients))
    record = follow_up.get(db, message_id)
    state = None if record is None else record.state.value
    return MessageDetail(
        message_id=row.message_id, direction=row.direction.value, type=row.type,
        status=row.status.value, priority=row.priority, sender_officer=row.sender_officer,
        sender_officer_name=_officer_name(session, row.sender_officer),
        sender_agency=row.sender_agency,
        sender_agency_name=_agency_name(session, row.sender_agency),
        recipients=recipients, case_ref=row.case_ref, case_refs=case_refs,
        created_at=row.created_at, received_at=row.received_at, due_at=row.due_at,
        overdue=is_overdue(row.direction.value, row.status.value, row.due_at, moment, state),
        expires_at=row.expires_at, body=row.body, content=content_fields(row.type, row.content),
        grading=grading_view(parse_grading(row.grading)), handling=handling_view(handling),
        subjects=_carried_with_links(db, row.message_id, row.case_ref, row.subjects),
        in_reply_to=row.in_reply_to, ancestors=tuple(ancestors),
        replies=tuple(_link(r) for r in replies if r is not None and r.type != "ack"),
        forward=decision,
        can_reply=incoming and row.type != "ack",
        can_acknowledge=incoming and row.type != "ack",
        can_recall=not incoming and row.type in ("request", "alert", "reply", "case_share"),
        can_forward=decision.allowed and row.type in ("request", "alert") and not withdrawn,
        failure_reason=row.failure_reason, lang=row.lang, recall=_recall_view(mark),
        disclosure=_disclosure_view(db, row),
        restricted=restrictions.is_restricted(db, "message", message_id),
        conversation=conversations.conversation(session, message_id), follow_up=state)


def _carried_with_links(db: Any, message_id: str, case_ref: str | None,
                        carried: Any) -> tuple[SubjectView, ...]:
    """A message's subjects, each with the other records of its account or wallet."""
    from liaison_app.services.subject_links import with_seen_in
    from liaison_app.services.view_render import carried_subject_views

    views = carried_subject_views(message_id, case_ref, carried)
    return tuple(with_seen_in(db, view, carried[i]) for i, view in enumerate(views))


def mark_read(session: Session, message_id: str, *, now: datetime | None = None) -> bool:
    """Move a received, unopened message to `read` and tell its sender (a read
    acknowledgement, unless the policy turns them off); True if it moved."""
    from liaison_app.services import read_receipts  # compose and policy: not at start-up

    return read_receipts.mark_read(session, message_id, now=now)


# -- cases -----------------------------------------------------------------------


def _case_summary(row: vq.CaseListRow, now: datetime) -> CaseSummary:
    return CaseSummary(
        case_ref=row.case_ref, title=row.title, crime_area=row.crime_area, status=row.status,
        review_on=row.review_on, updated_at=row.updated_at, recorded=row.recorded,
        message_count=row.message_count, next_due=row.next_due,
        overdue=row.next_due is not None and row.next_due < now)


def case_page(session: Session, *, status: str | None = None, text: str | None = None,
              sort: str = "updated_at", descending: bool = True, offset: int = 0,
              limit: int = PAGE_SIZE, now: datetime | None = None) -> list[CaseSummary]:
    """One page of cases (recorded ones and references seen only on messages)."""
    moment = _now(now)
    rows = vq.case_rows(session.db, status=status, text=text, sort=sort,
                        descending=descending, offset=offset, limit=limit)
    return [_case_summary(r, moment) for r in rows]


def case_count(session: Session, *, status: str | None = None, text: str | None = None) -> int:
    """How many cases the list covers."""
    return vq.case_total(session.db, status=status, text=text)


def _external_refs(raw: object) -> tuple[tuple[str, str], ...]:
    out: list[tuple[str, str]] = []
    for item in raw if isinstance(raw, list) else []:
        if isinstance(item, dict):
            system = str(item.get("system", ""))
            try:
                title = EXTERNAL_SYSTEM_LABELS[_System(system)]
            except ValueError:
                title = system
            out.append((title, str(item.get("reference", ""))))
    return tuple(out)


def _same_data(data: object) -> str:
    """What makes two subject records the same subject: their whole data, canonically."""
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def case_view(session: Session, case_ref: str, *, now: datetime | None = None) -> CaseView:
    """A case gathered: timeline (oldest first), subjects, references, notes, due items."""
    from liaison_app.services.subject_links import stored_courier_label, with_seen_in
    from liaison_app.services.view_render import subject_view

    moment = _now(now)
    db = session.db
    if restrictions.is_restricted(db, "case", case_ref):
        raise ServiceError("Case {case_ref} is restricted (kept for evidence); it is listed "
                           "under Review due, Restricted.", case_ref=case_ref)
    row = vq.case_row(db, case_ref)
    if row is None:
        raise ServiceError("There is no case {case_ref} in this profile.", case_ref=case_ref)
    record = cases.get_case(db, case_ref)
    flt = vq.MessageListFilter(case_ref=case_ref, exclude_types=("ack",))
    total = vq.message_total(db, flt)
    timeline = marked(db, with_holds(db, [summary_of(r, moment) for r in vq.message_rows(
        db, flt, sort="created_at", descending=False, limit=TIMELINE_LIMIT)]))
    subjects: list[SubjectView] = []
    seen: set[str] = set()  # one row per subject however many messages carry it
    for subject, role in cases.case_subjects(db, case_ref):
        if _same_data(subject.data) in seen or restrictions.is_restricted(
                db, "subject", subject.subject_id):
            continue
        view = subject_view(subject.data, ref=f"subject:{subject.subject_id}",
                            subject_id=subject.subject_id, role=role, case_ref=case_ref,
                            label=subject.label,
                            courier=stored_courier_label(db, subject.subject_id, subject.data))
        seen.add(_same_data(subject.data))
        subjects.append(with_seen_in(db, view, subject.data))
    received = [m.message_id for m in timeline if m.direction == "incoming"]
    for message_id, _case, carried in vq.carried_subjects(db, received):
        views_ = _carried_with_links(db, message_id, case_ref, carried)
        for raw, view in zip(carried if isinstance(carried, list) else [], views_, strict=False):
            if _same_data(raw) not in seen:
                seen.add(_same_data(raw))
                subjects.append(view)
    from liaison_app.services.follow_up import case_follow_ups

    follow_ups = {f.request_id: f for f in case_follow_ups(session, case_ref)}
    # a reply is owed while the request is open and the next move is ours (a
    # clarification given by the requester puts it back with us)
    due = [DueItem("reply", m.due_at, m.overdue, m.message_id, m.snippet)
           for m in timeline
           if m.direction == "incoming" and m.due_at is not None and (
               follow_ups[m.message_id].waiting_on_us if m.message_id in follow_ups
               else m.status != "replied")]
    review_on = record.review_on if record is not None else None
    if review_on is not None:
        review_at = datetime.combine(review_on, time(0, 0), tzinfo=UTC)
        due.append(DueItem("review", review_at, review_at < moment, None, "Case review"))
    due.sort(key=lambda d: d.due_at)
    try:
        area_label = CRIME_AREA_LABELS[CrimeArea(row.crime_area)]
    except ValueError:
        area_label = row.crime_area
    return CaseView(
        case_ref=row.case_ref, title=row.title, crime_area=row.crime_area,
        crime_area_label=area_label, status=row.status, recorded=row.recorded,
        review_on=review_on, external_refs=_external_refs(row.external_refs),
        notes=record.notes if record is not None else "", timeline=tuple(timeline),
        timeline_total=total, subjects=tuple(subjects), due=tuple(due),
        follow_ups=tuple(follow_ups.values()))


# -- outbox, directory, quarantine, audit ---------------------------------------------


def outbox_page(session: Session, *, statuses: tuple[str, ...] | None = None,
                sort: str = "enqueued_at", descending: bool = True, offset: int = 0,
                limit: int = PAGE_SIZE) -> list[OutboxSummary]:
    """One page of what this device sent: the real state, and the envelope's while kept."""
    return [OutboxSummary(
        message_id=r.message_id, type=r.type, status=r.status, priority=r.priority,
        recipient_agencies=agencies_of(r.recipients), case_ref=r.case_ref,
        snippet=" ".join(r.snippet.split()), state=r.state, attempts=r.attempts,
        next_attempt_at=r.next_attempt_at, last_error=r.last_error,
        enqueued_at=r.created_at, sent_at=r.sent_at, status_changed_at=r.status_changed_at,
        failure_reason=r.failure_reason,
        waiting=r.hold_reason if r.state == "pending" else None,
        carried=r.status == "handed_to_carrier",
    ) for r in outbox_view.outbox_rows(session.db, statuses=statuses, sort=sort,
                                       descending=descending, offset=offset, limit=limit)]


def outbox_count(session: Session, *, statuses: tuple[str, ...] | None = None) -> int:
    """How many sent messages the filter covers."""
    return outbox_view.outbox_total(session.db, statuses=statuses)


def directory_listing(session: Session, *, now: datetime | None = None) -> DirectoryListing:
    """The cached directory: agencies → officers → devices, with status."""
    db = session.db
    meta = directory_cache.meta(db)
    me, my_device = session.identity.officer_id, session.identity.device_id
    agencies = tuple(DirectoryAgency(
        agency_id=a.agency_id, name=a.name, country=a.country,
        officers=tuple(DirectoryOfficer(
            officer_id=o.officer_id, name=o.name, status=o.status.value,
            me=o.officer_id == me,
            devices=tuple(DirectoryDevice(d.device_id, d.status.value, d.device_id == my_device)
                          for d in directory_cache.devices_of_officer(
                              db, o.officer_id, active_only=False)),
        ) for o in directory_cache.officers(db, a.agency_id)),
    ) for a in directory_cache.agencies(db))
    if meta is None:
        return DirectoryListing(None, None, None, None, False, agencies)
    return DirectoryListing(meta.version, meta.issued_at, meta.expires_at, meta.fetched_at,
                            meta.expires_at < _now(now), agencies)


# -- search ----------------------------------------------------------------------


def search(session: Session, text: str, *, limit: int = SEARCH_LIMIT,
           now: datetime | None = None) -> SearchHits:
    """Cases, messages and subjects matching `text` (FTS; names, aliases, numbers)."""
    from liaison_app.services.search_groups import gather, identity_key, known
    from liaison_app.services.subject_links import (
        stored_courier_label,
        subject_ids_for_text,
        with_seen_in,
    )
    from liaison_app.services.view_render import (
        carried_subject_views,
        subject_matches,
        subject_view,
    )

    moment = _now(now)
    db = session.db
    if not text.strip():
        return SearchHits(text, (), (), ())
    # restricted records (kept for evidence) are never found
    keyed = restrictions.visible_subjects(db, subject_ids_for_text(db, text, limit=limit))
    message_ids = restrictions.visible_messages(db, list(dict.fromkeys(
        [m for s in keyed for m in cases.subject_message_ids(db, s)]
        + fts.message_ids(db, text, limit=limit)))[:limit])
    found = marked(db, with_holds(
        db, [summary_of(r, moment) for r in vq.message_rows_by_id(db, message_ids)]))
    hits: list[tuple[SubjectView, JsonValue, tuple[str, ...]]] = []
    for subject_id in dict.fromkeys(keyed + restrictions.visible_subjects(
            db, fts.subject_ids(db, text, limit=limit))):
        stored = cases.get_subject(db, subject_id)
        if stored is None:
            continue
        refs = vq.subject_case_refs(db, subject_id)
        carriers = tuple(restrictions.visible_messages(
            db, cases.subject_message_ids(db, subject_id)))
        hits.append((with_seen_in(db, subject_view(
            stored.data, ref=f"subject:{subject_id}", subject_id=subject_id,
            case_ref=refs[0] if refs else None, label=stored.label,
            courier=stored_courier_label(db, subject_id, stored.data)), stored.data),
            stored.data, carriers))
    stored_keys = known(hits)
    for message_id, case_ref, carried in vq.carried_subjects(db, message_ids):
        for view in carried_subject_views(message_id, case_ref, carried):
            index = int(view.ref.rsplit("#", 1)[1])
            raw = carried[index] if isinstance(carried, list) else None
            if identity_key(view, raw) in stored_keys or subject_matches(raw, text):
                hits.append((view, raw, (message_id,)))
    subjects = gather(hits)
    found_cases = case_page(session, text=text, limit=min(limit, PAGE_SIZE), now=moment)
    return SearchHits(text, tuple(found), tuple(subjects[:limit]), tuple(found_cases))
