"""The main window's pages, the message detail pane, the case view and search results.

`PAGES` lists (key, English title, factory) in navigation order; the shell
translates the titles and builds each page on first use. Every page has
`refresh()`; activating a row (Enter / double-click) emits `ctx.open_message`
or `ctx.open_case`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from liaison_app.gui.context import AppContext
from liaison_app.services.view_types import MessageQuery

PageFactory = Callable[[AppContext, QWidget | None], QWidget]

INBOX_QUERY = MessageQuery(direction="incoming", exclude_types=("ack",), sort="created_at")
ALERTS_QUERY = MessageQuery(types=("alert",), sort="created_at")
AWAITING_QUERY = MessageQuery(types=("request",), follow_ups=("awaiting", "clarification"),
                              sort="due_at", descending=False)


def inbox_page(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    from liaison_app.gui.pages.lists import MessageListPage

    return MessageListPage(ctx, "inbox", INBOX_QUERY, parent)


def alerts_page(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    from liaison_app.gui.pages.lists import MessageListPage

    return MessageListPage(ctx, "alerts", ALERTS_QUERY, parent)


def awaiting_page(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    from liaison_app.gui.pages.lists import AwaitingPage

    return AwaitingPage(ctx, AWAITING_QUERY, parent)


def drafts_page(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    from liaison_app.gui.pages.drafts import DraftsPage

    return DraftsPage(ctx, parent)


def cases_page(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    from liaison_app.gui.pages.case_list import CaseListPage

    return CaseListPage(ctx, parent)


def outbox_page(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    from liaison_app.gui.pages.outbox_list import OutboxPage

    return OutboxPage(ctx, parent)


def directory_page(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    from liaison_app.gui.pages.directory import DirectoryPage

    return DirectoryPage(ctx, parent)


def quarantine_page(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    from liaison_app.gui.pages.quarantine import QuarantinePage

    return QuarantinePage(ctx, parent)


def audit_page(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    from liaison_app.gui.pages.audit import AuditPage

    return AuditPage(ctx, parent)


def check_page(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    from liaison_app.gui.pages.check import CheckPage

    return CheckPage(ctx, parent)


def monitoring_page(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    from liaison_app.gui.pages.monitoring import MonitoringPage

    return MonitoringPage(ctx, parent)


def review_page(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    from liaison_app.gui.pages.review import ReviewPage

    return ReviewPage(ctx, parent)


def operations_page(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    from liaison_app.gui.pages.operations import OperationsPage

    return OperationsPage(ctx, parent)


def transfers_page(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    from liaison_app.gui.pages.transfers import TransfersPage

    return TransfersPage(ctx, parent)


PAGES: list[tuple[str, str, PageFactory]] = [
    ("inbox", str(QT_TRANSLATE_NOOP("Navigation", "Inbox")), inbox_page),
    ("awaiting", str(QT_TRANSLATE_NOOP("Navigation", "Awaiting reply")), awaiting_page),
    ("alerts", str(QT_TRANSLATE_NOOP("Navigation", "Alerts")), alerts_page),
    ("cases", str(QT_TRANSLATE_NOOP("Navigation", "Cases")), cases_page),
    ("drafts", str(QT_TRANSLATE_NOOP("Navigation", "Drafts")), drafts_page),
    ("outbox", str(QT_TRANSLATE_NOOP("Navigation", "Outbox")), outbox_page),
    ("check", str(QT_TRANSLATE_NOOP("Navigation", "Check")), check_page),
    ("directory", str(QT_TRANSLATE_NOOP("Navigation", "Directory")), directory_page),
    ("monitoring", str(QT_TRANSLATE_NOOP("Navigation", "Monitoring")), monitoring_page),
    ("operations", str(QT_TRANSLATE_NOOP("Navigation", "Operations")), operations_page),
    ("quarantine", str(QT_TRANSLATE_NOOP("Navigation", "Quarantine")), quarantine_page),
    ("audit", str(QT_TRANSLATE_NOOP("Navigation", "Audit")), audit_page),
    ("transfers", str(QT_TRANSLATE_NOOP("Navigation", "Transfers")), transfers_page),
    ("review", str(QT_TRANSLATE_NOOP("Navigation", "Review due")), review_page),
]

__all__ = ["ALERTS_QUERY", "AWAITING_QUERY", "INBOX_QUERY", "PAGES", "PageFactory"]
