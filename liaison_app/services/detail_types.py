"""The read models of what opens from a list (plain, frozen, no Qt), for the GUI.

The detail pane (grading, handling, subjects, the reply chain, recalls,
disclosure, the conversation), the case view, the directory and search
results. Kept apart from the list rows (`view_types`) so that the
first window, which only lists the Inbox, does not create these classes at
start-up (docs/adr/0029).

Meanings of grading and handling codes come from the domain tables and are
carried as text, with the scheme they belong to.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from liaison_app.domain.forwarding import ForwardDecision
from liaison_app.services.view_types import CaseSummary, MessageSummary, ShownField

if TYPE_CHECKING:
    from liaison_app.domain.captions import Caption
    from liaison_app.services.follow_up import FollowUpView


@dataclass(frozen=True, slots=True)
class GradeLine:
    """One graded dimension: its title in the scheme, the code and what it means."""

    title: str
    code: str
    meaning: str


@dataclass(frozen=True, slots=True)
class GradingView:
    """A grading as stored (never converted), with each code's meaning."""

    scheme: str
    scheme_title: str
    code: str
    source: GradeLine
    information: GradeLine
    summary: str


@dataclass(frozen=True, slots=True)
class HandlingView:
    """A handling code with its meaning and the conditions that travel with it."""

    scheme: str
    scheme_title: str
    code: str
    meaning: str
    conditions: str
    no_onward_sharing: bool
    forbids_onward_sharing: bool
    description: str


@dataclass(frozen=True, slots=True)
class SeenIn:
    """Another record of the same account, wallet, transfer or phone (a shared key):
    where it was seen, so the officer can follow the money across cases."""

    subject_id: str
    label: str
    key: str
    message_id: str | None
    case_ref: str | None
    sender_agency: str | None
    direction: str | None
    at: datetime


@dataclass(frozen=True, slots=True)
class SubjectView:
    """A subject as shown: label, category, whether it holds personal data, its fields.

    `ref` is `subject:<id>` for a stored subject or `message:<id>#<n>` for the
    n-th subject carried by a message.
    """

    ref: str
    subject_id: str | None
    message_id: str | None
    kind: str
    label: str
    category: str
    category_label: str
    basis: str
    personal: bool
    fields: tuple[ShownField, ...]
    role: str = ""
    case_ref: str | None = None
    seen_in: tuple[SeenIn, ...] = ()
    """Other records with the same normalised key (financial subjects), oldest first."""
    caption: Caption | None = None
    """`label` in translatable parts (`domain.captions`)."""
    carried_by: tuple[str, ...] = ()
    """In search results: every message that carries this subject (or a copy of it),
    gathered by `services.search_groups`."""


@dataclass(frozen=True, slots=True)
class ChainLink:
    """A message in a reply chain."""

    message_id: str
    type: str
    direction: str
    sender_agency: str
    created_at: datetime
    status: str


@dataclass(frozen=True, slots=True)
class ConversationItem:
    """One message of a conversation, as a compact line with its state."""

    message_id: str
    type: str
    direction: str
    relation: str
    """`root`, `reply` (answers, clarifications, recalls, business acks) or `forward`."""
    depth: int
    sender_agency: str
    recipient_agencies: tuple[str, ...]
    created_at: datetime
    state: str
    """unread/read/replied (received) or queued/waiting/sent/delivered/read/replied/failed
    (sent; `waiting`: queued and held back until the partner's directory entry arrives)."""
    detail: str
    """The reply outcome, recall action or acknowledgement kind (a code), "" otherwise."""
    snippet: str
    current: bool
    """The message the conversation was opened from."""
    waiting: str | None = None
    """Why a queued message is held back (its state is then `waiting`)."""


@dataclass(frozen=True, slots=True)
class Conversation:
    """A request or alert and everything that answers it, oldest first."""

    root_id: str
    items: tuple[ConversationItem, ...]
    follow_up: str | None
    """The root request's follow-up state (None when the root is not a request)."""


@dataclass(frozen=True, slots=True)
class CorrectionView:
    """One recall of a message: rectified or withdrawn, why, and the corrected text."""

    recall_id: str
    action: str
    reason: str
    text: str
    at: datetime
    by_agency: str


@dataclass(frozen=True, slots=True)
class RecallView:
    """Where a recalled message stands: `rectified` or `withdrawn`, with each recall."""

    state: str
    corrections: tuple[CorrectionView, ...]


@dataclass(frozen=True, slots=True)
class DisclosureView:
    """The legal basis and justification a message of ours was sent with."""

    legal_basis: str
    legal_basis_label: str
    justification: str


@dataclass(frozen=True, slots=True)
class MessageDetail:
    """Everything the detail pane shows for one message."""

    message_id: str
    direction: str
    type: str
    status: str
    priority: str
    sender_officer: str
    sender_officer_name: str
    sender_agency: str
    sender_agency_name: str
    recipients: tuple[str, ...]
    case_ref: str | None
    case_refs: tuple[str, ...]
    created_at: datetime
    received_at: datetime | None
    due_at: datetime | None
    overdue: bool
    expires_at: datetime | None
    body: str
    content: tuple[ShownField, ...]
    grading: GradingView | None
    handling: HandlingView | None
    subjects: tuple[SubjectView, ...]
    in_reply_to: str | None
    ancestors: tuple[ChainLink, ...]
    replies: tuple[ChainLink, ...]
    forward: ForwardDecision
    can_reply: bool
    can_acknowledge: bool
    can_recall: bool
    can_forward: bool
    failure_reason: str | None
    lang: str
    conversation: Conversation | None = None
    follow_up: str | None = None
    """For a request: its follow-up state (awaiting, clarification, provided...)."""
    recall: RecallView | None = None
    """Set when its sender rectified or withdrew it."""
    disclosure: DisclosureView | None = None
    """For a message this device sent: the legal basis and justification recorded."""
    restricted: bool = False
    """Kept for evidence and hidden from the normal views (retention)."""

    @property
    def holds_personal_data(self) -> bool:
        """True if any subject identifies or singles out a person."""
        return any(s.personal for s in self.subjects)

    @property
    def justification_key(self) -> tuple[str | None, str]:
        """(case to remember the justification for, object ref to audit)."""
        case = self.case_ref or (self.case_refs[0] if self.case_refs else None)
        return case, f"message:{self.message_id}"


@dataclass(frozen=True, slots=True)
class DueItem:
    """Something in a case that has a deadline: a reply owed or the case review."""

    kind: str
    """`reply` (a received request awaiting our answer) or `review` (case review date)."""
    due_at: datetime
    overdue: bool
    message_id: str | None
    text: str


@dataclass(frozen=True, slots=True)
class CaseView:
    """A case gathered: its messages as a timeline, subjects, references, notes, due items."""

    case_ref: str
    title: str
    crime_area: str
    crime_area_label: str
    status: str
    recorded: bool
    review_on: date | None
    external_refs: tuple[tuple[str, str], ...]
    notes: str
    timeline: tuple[MessageSummary, ...]
    timeline_total: int
    subjects: tuple[SubjectView, ...]
    due: tuple[DueItem, ...]
    follow_ups: tuple[FollowUpView, ...] = ()
    """Each request of the case with its follow-up and steps (Directive 2023/977 Art. 16)."""

    @property
    def holds_personal_data(self) -> bool:
        """True if any subject of the case identifies or singles out a person."""
        return any(s.personal for s in self.subjects)

    @property
    def overdue_count(self) -> int:
        """How many due items are past their time."""
        return sum(1 for d in self.due if d.overdue)


@dataclass(frozen=True, slots=True)
class DirectoryDevice:
    """A device in the directory."""

    device_id: str
    status: str
    mine: bool


@dataclass(frozen=True, slots=True)
class DirectoryOfficer:
    """An officer and their devices."""

    officer_id: str
    name: str
    status: str
    me: bool
    devices: tuple[DirectoryDevice, ...]


@dataclass(frozen=True, slots=True)
class DirectoryAgency:
    """An agency and its officers."""

    agency_id: str
    name: str
    country: str
    officers: tuple[DirectoryOfficer, ...]


@dataclass(frozen=True, slots=True)
class DirectoryListing:
    """The cached directory: version, validity and agencies → officers → devices."""

    version: int | None
    issued_at: datetime | None
    expires_at: datetime | None
    fetched_at: datetime | None
    expired: bool
    agencies: tuple[DirectoryAgency, ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class SearchHits:
    """What one search found, by kind."""

    text: str
    messages: tuple[MessageSummary, ...]
    subjects: tuple[SubjectView, ...]
    cases: tuple[CaseSummary, ...]

    @property
    def empty(self) -> bool:
        """Nothing found."""
        return not (self.messages or self.subjects or self.cases)
