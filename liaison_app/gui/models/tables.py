"""The list models: messages (Inbox, Alerts), cases, outbox, quarantine, audit."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from liaison_app.gui.context import AppContext
from liaison_app.gui.models.badges import priority_badge, state_icon
from liaison_app.gui.models.labels import (
    CASE_STATUSES,
    CRIME_AREAS,
    DELIVERY_STATES,
    FOLLOW_UPS,
    PRIORITIES,
    RECALL_STATES,
    TYPES,
    countdown,
    day,
    label,
    list_when,
    when,
    when_utc,
)
from liaison_app.gui.models.paged import (
    DUE_SOON_COLOUR,
    PRIORITY_COLOUR,
    URGENT_COLOUR,
    Column,
    PagedTableModel,
)
from liaison_app.services import message_lists
from liaison_app.services.session import Session
from liaison_app.services.view_types import (
    CaseSummary,
    MessageQuery,
    MessageSummary,
    OutboxSummary,
)

DUE_SOON = timedelta(hours=24)
T = TypeVar("T")


# Qt's translate under the name lupdate looks for (literal context and text at each call)
translate = QCoreApplication.translate


def _icon(kind: QStyle.StandardPixmap) -> QIcon:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return QIcon()
    return app.style().standardIcon(kind)


def due_icon(due: datetime | None, overdue: bool) -> QIcon | None:
    """A warning for an overdue item, an information mark for one due within a day."""
    if due is None:
        return None
    if overdue:
        return _icon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    if due - datetime.now(UTC) < DUE_SOON:
        return _icon(QStyle.StandardPixmap.SP_MessageBoxInformation)
    return None


def due_colour(due: datetime | None, overdue: bool) -> QColor | None:
    if due is None:
        return None
    if overdue:
        return URGENT_COLOUR
    return DUE_SOON_COLOUR if due - datetime.now(UTC) < DUE_SOON else None


def due_text(due: datetime | None, overdue: bool) -> str:
    if due is None:
        return ""
    text = when(due)
    return translate("ListModels", "%1 (overdue)").replace("%1", text) if overdue else text


def priority_column(priority_of: Callable[[T], str]) -> Column[T]:
    """Priority as its badge alone (routine has none) under a "!" header; the word is in
    the tooltip and the accessible text, and the filter and the detail pane say it in
    full. "Приоритет" in words took the width the sender and the summary need."""
    return Column(
        translate("ListModels", "Priority"),
        lambda item: label(PRIORITIES, priority_of(item)),
        "priority",
        icon=lambda item: priority_badge(priority_of(item)),
        mark=translate("ListModels", "!", "the Priority column's header: a short mark"),
    )


def state_text(m: MessageSummary) -> str:
    """A list row's state in words: rectified or withdrawn once its sender recalled it,
    else its delivery state (an outgoing failure says why in its tooltip)."""
    if m.recall:
        return label(RECALL_STATES, m.recall)
    return label(DELIVERY_STATES, m.state)


def _state_tooltip(m: MessageSummary) -> str:
    lines = [label(DELIVERY_STATES, m.state)]
    if m.recall:
        lines.insert(0, translate("ListModels", "%1 by its sender").replace(
            "%1", label(RECALL_STATES, m.recall)))
    if m.failure_reason:
        lines.append(translate("ListModels", "Failed: %1").replace("%1", m.failure_reason))
    return "\n".join(lines)


def _state_colour(m: MessageSummary) -> QColor | None:
    if m.recall:
        return URGENT_COLOUR if m.recall == "withdrawn" else PRIORITY_COLOUR
    return URGENT_COLOUR if m.state == "failed" else None


def due_tooltip(m: MessageSummary) -> str:
    if m.due_at is None:
        return ""
    whose = (translate("ListModels", "Your reply is due %1 (%2)") if m.direction == "incoming"
             else translate("ListModels", "Their reply is due %1 (%2)"))
    return whose.replace("%1", when(m.due_at)).replace("%2", when_utc(m.due_at))


def show_due(m: MessageSummary) -> bool:
    """A due time matters while the request is still open (not once answered)."""
    if m.due_at is None:
        return False
    if m.direction == "incoming":
        return m.status != "replied"
    return m.follow_up in (None, "awaiting", "clarification")


def _who(m: MessageSummary) -> str:
    """From: the agency and the officer of a received message (the agency first, so it
    stays in sight when a narrow column cuts the name); where a sent one went."""
    if m.direction != "incoming":
        return "→ " + ", ".join(m.recipient_agencies)
    return f"{m.sender_agency} · {m.sender_name}" if m.sender_name else m.sender_agency


class MessageTableModel(PagedTableModel[MessageSummary]):
    """Messages, filtered and sorted in SQL by a `MessageQuery`.

    Bold means unread and nothing else; priority has its own badge and colour;
    the state column shows the delivery state with an icon and its text; the
    Due column counts down to the Directive (EU) 2023/977 limit.
    """

    def __init__(self, ctx: AppContext, query: MessageQuery | None = None,
                 parent: QObject | None = None, *, follow_up_column: bool = False) -> None:
        self._follow_up_column = follow_up_column
        super().__init__(ctx, parent)
        self._query = query or MessageQuery()
        self.set_sort(self._query.sort, self._query.descending)
        self.load()

    @property
    def query(self) -> MessageQuery:
        return replace(self._query, sort=self.sort_key or "created_at",
                       descending=self.descending)

    def set_query(self, query: MessageQuery) -> None:
        """A new filter (and sort) re-queries from the top."""
        self._query = query
        self.set_sort(query.sort, query.descending)
        self.requery()

    def make_columns(self) -> list[Column[MessageSummary]]:
        priority: Column[MessageSummary] = priority_column(lambda m: m.priority)
        state: Column[MessageSummary] = Column(
            translate("ListModels", "State"), state_text, "status",
            icon=lambda m: state_icon(m.state),
            tooltip=_state_tooltip,
            foreground=_state_colour,
            name="state",
        )
        due: Column[MessageSummary] = Column(
            translate("ListModels", "Due"),
            lambda m: countdown(m.due_at) if show_due(m) else "",
            "due_at",
            tooltip=due_tooltip,
            icon=lambda m: due_icon(m.due_at, m.overdue) if show_due(m) else None,
            foreground=lambda m: due_colour(m.due_at, m.overdue) if show_due(m) else None,
            name="due",
        )
        who: Column[MessageSummary] = Column(
            translate("ListModels", "From"), _who, "sender_agency",
            tooltip=lambda m: f"{m.sender_name or m.sender_officer} ({m.sender_agency})"
            if m.direction == "incoming" else ", ".join(m.recipient_agencies),
            gives_way=True,
        )
        summary: Column[MessageSummary] = Column(translate("ListModels", "Summary"),
                                                 lambda m: m.snippet)
        columns = [priority]
        if not self._follow_up_column:  # the Awaiting reply view lists requests only
            columns.append(Column(translate("ListModels", "Type"),
                                  lambda m: label(TYPES, m.type), "type", name="type"))
        else:
            columns.append(Column(
                translate("ListModels", "Follow-up"),
                lambda m: label(FOLLOW_UPS, m.follow_up or ""),
                tooltip=lambda m: translate("ListModels", "Received: your answer is owed")
                if m.direction == "incoming" else
                translate("ListModels", "Sent: the partner's answer is awaited"),
                name="follow_up"))
        columns += [
            state, who, due,
            Column(
                translate("ListModels", "Date"),
                lambda m: list_when(m.received_at or m.created_at),
                "created_at",
                tooltip=lambda m: when_utc(m.received_at or m.created_at),
                name="date",
            ),
            Column(translate("ListModels", "Case"), lambda m: m.case_ref or "", "case_ref",
                   name="case", gives_way=True),
            Column(translate("ListModels", "To"), lambda m: ", ".join(m.recipient_agencies),
                   name="to", gives_way=True),
            Column(translate("ListModels", "Grading"), lambda m: m.grading_code,
                   name="grading"),
            Column(translate("ListModels", "Handling"), lambda m: m.handling_code,
                   name="handling"),
            summary,  # last: it takes the list's free width
        ]
        return columns

    def count_rows(self, session: Session) -> int:
        return message_lists.message_count(session, self.query)

    def fetch_rows(self, session: Session, offset: int, limit: int,
                   after: object | None) -> list[MessageSummary]:
        cursor = after if isinstance(after, tuple) else None
        return message_lists.message_page(session, self.query, offset, limit, after=cursor)

    def key_of(self, item: MessageSummary) -> str:
        return item.message_id

    def cursor_of(self, item: MessageSummary) -> object | None:
        return item.cursor

    def bold(self, item: MessageSummary) -> bool:
        return item.unread


class CaseTableModel(PagedTableModel[CaseSummary]):
    """Cases with message counts and the next due date."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(ctx, parent)
        self.status: str | None = None
        self.text: str | None = None
        self.set_sort("updated_at", True)
        self.load()

    def set_filter(self, status: str | None, text: str | None) -> None:
        self.status, self.text = status, text
        self.requery()

    def make_columns(self) -> list[Column[CaseSummary]]:
        # the title last: it takes the list's free width; the message count, last update,
        # crime area and review date can be chosen (`pages.list_columns`)
        return [
            Column(translate("ListModels", "Reference"), lambda c: c.case_ref, "case_ref"),
            Column(
                translate("ListModels", "Status"),
                lambda c: label(CASE_STATUSES, c.status),
                "status",
                tooltip=lambda c: (
                    ""
                    if c.recorded
                    else translate(
                        "ListModels", "Seen on received messages; no local case record yet"
                    )
                ),
            ),
            Column(
                translate("ListModels", "Messages"), lambda c: str(c.message_count),
                "message_count", name="messages",
            ),
            Column(
                translate("ListModels", "Next due"),
                lambda c: due_text(c.next_due, c.overdue),
                "next_due",
                icon=lambda c: due_icon(c.next_due, c.overdue),
                foreground=lambda c: due_colour(c.next_due, c.overdue),
                name="next_due",
            ),
            Column(translate("ListModels", "Updated"), lambda c: when(c.updated_at), "updated_at",
                   name="updated"),
            Column(
                translate("ListModels", "Crime area"),
                lambda c: label(CRIME_AREAS, c.crime_area) if c.crime_area else "",
                "crime_area",
                name="crime_area",
                gives_way=True,
            ),
            Column(translate("ListModels", "Review on"), lambda c: day(c.review_on), "review_on",
                   name="review_on"),
            Column(translate("ListModels", "Title"), lambda c: c.title, "title"),
        ]

    def count_rows(self, session: Session) -> int:
        from liaison_app.services import views  # the Cases and Outbox pages: not at start-up

        return views.case_count(session, status=self.status, text=self.text)

    def fetch_rows(self, session: Session, offset: int, limit: int,
                   after: object | None) -> list[CaseSummary]:
        from liaison_app.services import views  # the Cases and Outbox pages: not at start-up

        return views.case_page(session, status=self.status, text=self.text,
                               sort=self.sort_key or "updated_at", descending=self.descending,
                               offset=offset, limit=limit)

    def key_of(self, item: CaseSummary) -> str:
        return item.case_ref

    def bold(self, item: CaseSummary) -> bool:
        return item.overdue


class OutboxTableModel(PagedTableModel[OutboxSummary]):
    """What this device sent, with the real state: queued, sent, delivered, read, replied or
    failed (then with the hub's reason, and Retry)."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(ctx, parent)
        self.statuses: tuple[str, ...] | None = None
        self.set_sort("enqueued_at", True)
        self.load()

    def set_statuses(self, statuses: tuple[str, ...] | None) -> None:
        self.statuses = statuses
        self.requery()

    def make_columns(self) -> list[Column[OutboxSummary]]:
        # state, priority, to whom and when; the summary last, taking the free width. The
        # type, case and the sending details (sent, attempts, next attempt, last error:
        # the state's tooltip has a failure's reason) can be chosen (`pages.list_columns`)
        return [
            Column(
                translate("ListModels", "State"),
                lambda o: label(DELIVERY_STATES, o.shown_state),
                "status",
                icon=lambda o: state_icon(o.shown_state),
                tooltip=lambda o: label(DELIVERY_STATES, o.shown_state) + (
                    "\n" + translate("ListModels", "Failed: %1").replace(
                        "%1", o.failure_reason or o.last_error or "")
                    if o.status == "failed" else "\n" + o.waiting if o.waiting
                    else "\n" + translate(
                        "ListModels", "In a bundle a carrier takes to the partner; it stays "
                        "here until the hub or the partner confirms it") if o.carried else ""),
                foreground=lambda o: URGENT_COLOUR if o.status == "failed" else None,
            ),
            priority_column(lambda o: o.priority),
            Column(translate("ListModels", "To"), lambda o: ", ".join(o.recipient_agencies),
                   name="to", gives_way=True),
            Column(
                translate("ListModels", "Queued"),
                lambda o: when(o.enqueued_at),
                "enqueued_at",
                tooltip=lambda o: when_utc(o.enqueued_at),
                name="queued",
            ),
            Column(translate("ListModels", "Type"), lambda o: label(TYPES, o.type), name="type"),
            Column(translate("ListModels", "Case"), lambda o: o.case_ref or "", name="case",
                   gives_way=True),
            Column(translate("ListModels", "Sent"), lambda o: when(o.sent_at), "sent_at",
                   name="sent"),
            Column(translate("ListModels", "Attempts"),
                   lambda o: str(o.attempts) if o.state is not None else "", "attempts",
                   name="attempts"),
            Column(
                translate("ListModels", "Next attempt"),
                lambda o: "" if o.state != "pending" else (
                    translate("ListModels", "Waiting: {0}").format(o.waiting) if o.waiting
                    else when(o.next_attempt_at)),
                "next_attempt_at",
                tooltip=lambda o: o.waiting or "",
                name="next_attempt",
            ),
            Column(translate("ListModels", "Last error"),
                   lambda o: o.failure_reason or o.last_error or "",
                   name="last_error", gives_way=True),
            Column(translate("ListModels", "Summary"), lambda o: o.snippet),
        ]

    def count_rows(self, session: Session) -> int:
        from liaison_app.services import views  # the Cases and Outbox pages: not at start-up

        return views.outbox_count(session, statuses=self.statuses)

    def fetch_rows(self, session: Session, offset: int, limit: int,
                   after: object | None) -> list[OutboxSummary]:
        from liaison_app.services import views  # the Cases and Outbox pages: not at start-up

        return views.outbox_page(session, statuses=self.statuses,
                                 sort=self.sort_key or "enqueued_at",
                                 descending=self.descending, offset=offset, limit=limit)

    def key_of(self, item: OutboxSummary) -> str:
        return item.message_id

