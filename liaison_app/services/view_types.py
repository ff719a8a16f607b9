"""The typed rows and queries of the lists (plain, frozen, no Qt), for the GUI.

What the first window needs to list the Inbox (a query, a message row) and the
rows of the case, outbox, quarantine and audit lists. The read models of what
opens from a list (the detail pane, the case view, conversations, the directory
and search results) are in `detail_types`, imported where they are used: the
first window paints without them (docs/adr/0029).

Codes (type, status, priority, kinds) stay codes; the GUI turns them into
translated labels.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple

PAGE_SIZE = 500
"""The page size list models fetch at a time."""


class ShownField(NamedTuple):
    """One `label: value` line of a message's content or a subject.

    `coded`: the value is a label from a domain table (or yes/no) that the GUI shows
    in the officer's language; otherwise it is what the sender wrote, shown as sent.
    """

    label: str
    value: str
    coded: bool = False


@dataclass(frozen=True, slots=True)
class MessageQuery:
    """Which messages a list shows and in what order; None means any."""

    direction: str | None = None
    types: tuple[str, ...] | None = None
    exclude_types: tuple[str, ...] = ()
    statuses: tuple[str, ...] | None = None
    priorities: tuple[str, ...] | None = None
    case_ref: str | None = None
    text: str | None = None
    overdue_only: bool = False
    follow_ups: tuple[str, ...] | None = None
    """Only requests in one of these follow-up states (the Awaiting reply view)."""
    sort: str = "created_at"
    descending: bool = True


@dataclass(frozen=True, slots=True)
class MessageSummary:
    """One row of a message list."""

    message_id: str
    direction: str
    type: str
    status: str
    priority: str
    sender_officer: str
    sender_agency: str
    recipient_agencies: tuple[str, ...]
    case_ref: str | None
    snippet: str
    created_at: datetime
    received_at: datetime | None
    due_at: datetime | None
    overdue: bool
    grading_code: str
    handling_code: str
    in_reply_to: str | None
    failure_reason: str | None
    cursor: tuple[object, int] | None = None
    """Where this row sits in the order it was listed in: pass it as `after`
    to `message_page` to read on from here (no OFFSET scan)."""
    follow_up: str | None = None
    """A request's follow-up state (`domain.follow_up.FollowUp`); None for other kinds."""
    state: str = ""
    """What the list shows as its state: unread/read/replied (received) or
    queued/waiting/sent/delivered/read/replied/failed (sent; `waiting`: queued and held
    back until the partner's directory entry arrives)."""
    recall: str | None = None
    """`rectified` or `withdrawn` once its sender recalled it (shown in every list)."""
    sender_name: str = ""
    """The sending officer's name from the directory ("" when the directory has none)."""

    @property
    def unread(self) -> bool:
        """Received and not opened yet (the only rows shown bold)."""
        return self.direction == "incoming" and self.status == "delivered"

    @property
    def urgent(self) -> bool:
        """Urgent or immediate (its own badge and colour, never bold)."""
        return self.priority in ("urgent", "immediate")


@dataclass(frozen=True, slots=True)
class CaseSummary:
    """One row of the case list."""

    case_ref: str
    title: str
    crime_area: str
    status: str
    review_on: date | None
    updated_at: datetime
    recorded: bool
    message_count: int
    next_due: datetime | None
    overdue: bool


@dataclass(frozen=True, slots=True)
class OutboxSummary:
    """One row of the Outbox: a message sent from here, its real state and its envelope's."""

    message_id: str
    type: str
    status: str
    """queued, sent, delivered, read, replied or failed."""
    priority: str
    recipient_agencies: tuple[str, ...]
    case_ref: str | None
    snippet: str
    state: str | None
    """The envelope's outbox state (pending, sent, failed); None once it was purged."""
    attempts: int
    next_attempt_at: datetime | None
    last_error: str | None
    enqueued_at: datetime
    sent_at: datetime | None
    status_changed_at: datetime | None = None
    failure_reason: str | None = None
    waiting: str | None = None
    """Why it is held back (e.g. waiting for the partner's directory entry)."""
    carried: bool = False
    """Handed to a carrier (a bundle): pending until the hub or the partner confirms."""

    @property
    def shown_state(self) -> str:
        """The state to show: `waiting` for a queued message held back, else `status`."""
        return "waiting" if self.waiting and self.status == "queued" else self.status

    @property
    def can_retry(self) -> bool:
        """The hub refused it: the officer may queue it again."""
        return self.status == "failed" and self.state == "failed"


@dataclass(frozen=True, slots=True)
class QuarantineSummary:
    """One refused envelope (the ciphertext itself is not shown)."""

    quarantine_id: int
    envelope_id: str | None
    reason: str
    detail: str
    received_at: datetime
    size: int


@dataclass(frozen=True, slots=True)
class AuditSummary:
    """One audit entry as listed: who did what to which record, and why.

    `object_kind` is `message`, `case`, `subject`, `setting`, `draft`, `bundle`,
    `attachment`, `operation`, `monitoring`, `profile`, `enrolment`, `check` or `other`,
    `object_id` the record's id within that kind.
    `justification` is the reason the officer gave (for opening personal data,
    erasing or keeping a record); `fields` every detail as (key, text), for the
    details view; `details` the same as JSON.
    """

    seq: int
    at: datetime
    kind: str
    actor: str
    object_ref: str
    details: str
    officer_name: str = ""
    object_kind: str = "other"
    object_id: str = ""
    justification: str = ""
    fields: tuple[tuple[str, str], ...] = ()
