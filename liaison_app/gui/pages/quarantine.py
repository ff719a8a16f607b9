"""The Quarantine page: envelopes Liaison refused, each reason in plain words with what to do.

Above the list a sentence says what quarantine is; under it the selected
envelope's reason is explained, with the technical detail for IT. An empty
quarantine says what would appear there.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from liaison_app.gui.context import AppContext
from liaison_app.gui.models.labels import REJECT_REASONS, label, when, when_utc
from liaison_app.gui.models.paged import ITEM_ROLE
from liaison_app.gui.models.quarantine import QuarantineTableModel, reason_help
from liaison_app.gui.pages.details_below import details_below
from liaison_app.gui.pages.lists import ListPage
from liaison_app.services.view_types import QuarantineSummary

translate = QCoreApplication.translate


class QuarantinePage(ListPage):
    """Refused envelopes and why."""

    wide = True
    """No message to read beside it: the shell gives it the detail pane's width."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "quarantine", QuarantineTableModel(ctx), parent)
        for widget in (self.status_combo, self.priority_combo):
            self.hide_filter(widget)
        self.filter_edit.setVisible(False)
        filter_label = self.form.findChild(QLabel, "filterEditLabel")
        if filter_label is not None:
            filter_label.setVisible(False)
        self.table.setSortingEnabled(False)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(50)
        for column in (0, 1):  # received, reason: whole
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # envelope id
        layout = self.form.layout()
        assert isinstance(layout, QVBoxLayout)
        self.intro = QLabel(translate(
            "Quarantine", "Envelopes that failed a check when they arrived. They were not "
            "opened or filed as messages, and nothing in them is shown; they are kept for IT "
            "to examine."), self.form)
        self.intro.setObjectName("quarantineIntro")
        self.intro.setWordWrap(True)
        layout.insertWidget(0, self.intro)
        self.explanation = QTextBrowser(self)
        self.explanation.setObjectName("quarantineExplanation")
        self.explanation.setAccessibleName(translate("Quarantine", "Why it was refused"))
        details_below(self.form, self.table, self.explanation, name="quarantineSplitter",
                      details_share=2, show=self._explain)

    def accessible_title(self) -> str:
        return translate("ListPage", "Quarantined envelopes")

    def empty_text(self) -> str:
        return translate("Quarantine", "Nothing is in quarantine. When a received envelope "
                         "fails a check (damaged, a signature that does not match, a sender "
                         "not in your directory), it is kept here unopened, with the reason "
                         "and what to do.")

    def _explain(self, index: QModelIndex, *_previous: object) -> None:
        item = self.model.data(index, ITEM_ROLE) if index.isValid() else None
        if not isinstance(item, QuarantineSummary):
            self.explanation.setPlainText(translate(
                "Quarantine", "Select an envelope to see why it was refused and what to do."))
            return
        self.explanation.setHtml(explanation_html(item))


def explanation_html(item: QuarantineSummary) -> str:
    """The reason, what it means, what to do, and the technical detail for IT."""
    what, todo = reason_help(item.reason)
    rows = [(translate("Quarantine", "Reason"), label(REJECT_REASONS, item.reason)),
            (translate("Quarantine", "What happened"), what),
            (translate("Quarantine", "What to do"), todo),
            (translate("Quarantine", "Received"), f"{when(item.received_at)} "
             f"({when_utc(item.received_at)})"),
            (translate("Quarantine", "Envelope"), item.envelope_id or "—"),
            (translate("Quarantine", "Technical detail for IT"), item.detail or "—")]
    cells = "".join(f"<tr><th align='left' valign='top'>{escape(k)}</th>"
                    f"<td>{escape(v)}</td></tr>" for k, v in rows)
    return f"<table cellspacing='2' cellpadding='3'>{cells}</table>"
