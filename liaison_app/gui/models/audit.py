"""The audit log as a list: time, kind, officer, the record, and the officer's justification."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from liaison_app.gui.context import AppContext
from liaison_app.gui.models.labels import AUDIT_KINDS, label, when, when_utc
from liaison_app.gui.models.paged import Column, PagedTableModel
from liaison_app.gui.models.recorded_reasons import justification_text
from liaison_app.services import audit_views
from liaison_app.services.session import Session
from liaison_app.services.view_types import AuditSummary

# Qt's translate under the name lupdate looks for (literal context and text at each call)
translate = QCoreApplication.translate


def object_text(entry: AuditSummary) -> str:
    """The record an entry is about, in words: `Message 0193a2b4…`, `Case GB-NCA/2026/7`."""
    kind, ident = entry.object_kind, entry.object_id
    if kind == "message":
        return translate("Audit", "Message %1").replace("%1", ident[:8] + "…")
    if kind == "case":
        return translate("Audit", "Case %1").replace("%1", ident)
    if kind == "subject":
        return translate("Audit", "Subject %1").replace("%1", ident[:8] + "…")
    if kind == "setting":
        from liaison_app.gui.settings_dialog import label_of

        return translate("Audit", "Setting: %1").replace("%1", label_of(ident))
    if kind == "draft":
        return translate("Audit", "Draft %1").replace("%1", ident[:8] + "…")
    if kind == "bundle":
        return translate("Audit", "Carrier bundle %1").replace("%1", ident[:8] + "…")
    if kind == "attachment":
        return translate("Audit", "Attachment %1").replace("%1", ident[:8] + "…")
    if kind == "operation":
        return translate("Audit", "Operation %1").replace("%1", ident[:8] + "…")
    if kind == "monitoring":
        return translate("Audit", "Monitoring report %1").replace("%1", ident)
    if kind == "profile":
        return translate("Audit", "This profile")
    if kind == "enrolment":
        return translate("Audit", "Enrolment")
    if kind == "check":
        return translate("Audit", "Booth check")
    return entry.object_ref



def officer_text(entry: AuditSummary) -> str:
    """The officer by name (the id when the directory does not list them)."""
    return entry.officer_name or entry.actor


class AuditTableModel(PagedTableModel[AuditSummary]):
    """The audit log, newest or oldest first, optionally one kind."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(ctx, parent)
        self.kind: str | None = None
        self.set_sort("seq", True)
        self.load()

    def set_kind(self, kind: str | None) -> None:
        self.kind = kind
        self.requery()

    def make_columns(self) -> list[Column[AuditSummary]]:
        return [
            Column(translate("Audit", "Time"), lambda a: when(a.at), "seq",
                   tooltip=lambda a: when_utc(a.at)),
            Column(translate("Audit", "Kind"), lambda a: label(AUDIT_KINDS, a.kind)),
            Column(translate("Audit", "Officer"), officer_text, tooltip=lambda a: a.actor),
            Column(translate("Audit", "Object"), object_text, tooltip=lambda a: a.object_ref),
            Column(translate("Audit", "Justification"),
                   lambda a: justification_text(a.justification),
                   tooltip=lambda a: justification_text(a.justification)),
        ]

    def count_rows(self, session: Session) -> int:
        return audit_views.audit_count(session, kind=self.kind)

    def fetch_rows(self, session: Session, offset: int, limit: int,
                   after: object | None) -> list[AuditSummary]:
        return audit_views.audit_page(session, offset=offset, limit=limit, kind=self.kind,
                                newest_first=self.descending)

    def key_of(self, item: AuditSummary) -> str:
        return str(item.seq)
