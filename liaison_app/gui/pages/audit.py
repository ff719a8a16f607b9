"""The Audit page: who did what to which record and why, with every detail of an entry.

The list has the columns an auditor reads first (time, kind, officer, object,
justification); the details view under it shows the selected entry in full:
its number in the chain, the time in local time and UTC, the officer's name
and id, the record and every detail the entry holds.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTextBrowser,
    QWidget,
)

from liaison_app.gui.context import AppContext
from liaison_app.gui.models.audit import AuditTableModel, object_text, officer_text
from liaison_app.gui.models.labels import AUDIT_KINDS, label, when, when_utc
from liaison_app.gui.models.paged import ITEM_ROLE
from liaison_app.gui.models.recorded_reasons import justification_text
from liaison_app.gui.pages.details_below import details_below
from liaison_app.gui.pages.filter_choices import fill_filter_choices
from liaison_app.gui.pages.lists import ListPage
from liaison_app.services.view_types import AuditSummary

translate = QCoreApplication.translate

#: detail keys an officer or auditor meets, in words (others are shown as stored)
DETAIL_KEYS = {
    "justification": str(QT_TRANSLATE_NOOP("AuditDetail", "Justification")),
    "reason": str(QT_TRANSLATE_NOOP("AuditDetail", "Reason")),
    "device": str(QT_TRANSLATE_NOOP("AuditDetail", "Device")),
    "hub": str(QT_TRANSLATE_NOOP("AuditDetail", "Hub")),
    "what": str(QT_TRANSLATE_NOOP("AuditDetail", "What")),
    "retention": str(QT_TRANSLATE_NOOP("AuditDetail", "Retention")),
    "review_on": str(QT_TRANSLATE_NOOP("AuditDetail", "Review on")),
    "value": str(QT_TRANSLATE_NOOP("AuditDetail", "Value")),
    "by": str(QT_TRANSLATE_NOOP("AuditDetail", "By")),
    "forwarded_from": str(QT_TRANSLATE_NOOP("AuditDetail", "Forwarded from")),
    "provider_consent": str(QT_TRANSLATE_NOOP("AuditDetail", "Provider's consent")),
    "decision": str(QT_TRANSLATE_NOOP("AuditDetail", "Decision")),
    "directory_version": str(QT_TRANSLATE_NOOP("AuditDetail", "Directory version")),
    "recipients": str(QT_TRANSLATE_NOOP("AuditDetail", "Recipients")),
    "type": str(QT_TRANSLATE_NOOP("AuditDetail", "Type")),
}


def detail_key(key: str) -> str:
    """A detail's name in the officer's language (the key itself when unknown)."""
    english = DETAIL_KEYS.get(key)
    return translate("AuditDetail", english) if english is not None else key


class AuditPage(ListPage):
    """The audit log by kind, and the selected entry in full."""

    wide = True
    """No message to read beside it: the shell gives it the detail pane's width."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "audit", AuditTableModel(ctx), parent)
        self.status_combo.setAccessibleName(translate("ListPage", "Show entries of kind"))
        kind_label = self.form.findChild(QLabel, "statusComboLabel")
        if kind_label is not None:
            kind_label.setText(translate("ListPage", "&Kind:"))
        fill_filter_choices(self.status_combo, translate("ListPage", "Every kind"),
                            [(label(AUDIT_KINDS, k), k) for k in AUDIT_KINDS])
        self.hide_filter(self.priority_combo)
        self.filter_edit.setVisible(False)
        filter_label = self.form.findChild(QLabel, "filterEditLabel")
        if filter_label is not None:
            filter_label.setVisible(False)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(50)  # the first screens decide, not every row
        for column in (0, 1, 2):  # time, kind, officer: whole
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)  # justification
        self.details = QTextBrowser(self)
        self.details.setObjectName("auditDetails")
        self.details.setAccessibleName(translate("Audit", "Details of the selected entry"))
        self.details.setOpenLinks(False)
        details_below(self.form, self.table, self.details, name="auditSplitter",
                      details_share=1, show=self._show_entry)

    def accessible_title(self) -> str:
        return translate("ListPage", "Audit log")

    def empty_text(self) -> str:
        return translate("Audit", "The audit log is empty. Every unlock and lock, every "
                         "message created, disclosed or received, every record opened with a "
                         "justification, erased or kept longer is recorded here, signed and "
                         "chained.")

    def filtered_text(self) -> str:
        return translate("Audit", "No entries of this kind. Choose “Every kind” to see the "
                         "whole log.")

    def apply_filter(self) -> None:
        model = self.model
        assert isinstance(model, AuditTableModel)
        kind = self.status_combo.currentData()
        model.set_kind(kind if isinstance(kind, str) else None)

    def selected_entry(self) -> AuditSummary | None:
        """The entry whose details are shown."""
        index = self.table.currentIndex()
        item = self.model.data(index, ITEM_ROLE) if index.isValid() else None
        return item if isinstance(item, AuditSummary) else None

    def _show_entry(self, index: QModelIndex, *_previous: object) -> None:
        item = self.model.data(index, ITEM_ROLE) if index.isValid() else None
        if not isinstance(item, AuditSummary):
            self.details.setPlainText(translate(
                "Audit", "Select an entry to see everything it records."))
            return
        self.details.setHtml(entry_html(item))


def entry_html(entry: AuditSummary) -> str:
    """The entry in full, as a two-column table."""
    rows = [
        (translate("Audit", "Entry"), str(entry.seq)),
        (translate("Audit", "Time"), f"{when(entry.at)} ({when_utc(entry.at)})"),
        (translate("Audit", "Kind"), label(AUDIT_KINDS, entry.kind)),
        (translate("Audit", "Officer"), f"{officer_text(entry)} ({entry.actor})"
         if entry.officer_name else entry.actor),
        (translate("Audit", "Object"), f"{object_text(entry)} — {entry.object_ref}"),
        (translate("Audit", "Justification"), justification_text(entry.justification) or "—"),
    ]
    rows += [(detail_key(k), v) for k, v in entry.fields if k != "justification"]
    cells = "".join(f"<tr><th align='left' valign='top'>{escape(k)}</th>"
                    f"<td>{escape(v)}</td></tr>" for k, v in rows)
    return f"<table cellspacing='2' cellpadding='3'>{cells}</table>"
