"""What the detail pane says above a message about its standing: recalled (rectified or
withdrawn, each recall with its reason and the corrected text beside it), restricted
(kept for evidence), for one of ours the legal basis it was sent on, for a request (or a
message answering one) its follow-up and the sequence behind it, and for an unread one
merely selected in a list that it is not marked read until opened."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from liaison_app.gui.forms import set_role
from liaison_app.gui.models.labels import domain_text, when
from liaison_app.gui.pages.follow_up_texts import sequence_text
from liaison_app.services.detail_types import MessageDetail, RecallView
from liaison_app.services.follow_up import FollowUpView


def _label(name: str, accessible: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    label.setAccessibleName(accessible)
    label.setVisible(False)
    return label


class MessageNotes(QWidget):
    """The recall banner, the restriction note and the disclosure line of one message."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageNotes")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.recall = _label("recallBanner", self.tr("Recalled by the sender"))
        self.restricted = _label("restrictedNote", self.tr("Restricted"))
        self.disclosure = _label("disclosureNote", self.tr("Legal basis it was sent on"))
        self.follow_up = _label("followUpNote", self.tr("Follow-up of the request"))
        self.unread = _label("previewNote", self.tr("Not marked as read"))
        for label in (self.unread, self.recall, self.restricted, self.disclosure,
                      self.follow_up):
            layout.addWidget(label)

    def show_for(self, detail: MessageDetail, follow_up: FollowUpView | None = None, *,
                 preview: bool = False) -> None:
        """Fill in (or hide) each note for `detail` (and the follow-up of its request);
        `preview`: shown for a row merely selected, so an unread one stays unread."""
        self.unread.setText(self.tr("Preview: not marked as read. Press Enter to open it."))
        self.unread.setVisible(preview and detail.direction == "incoming"
                               and detail.status == "delivered")
        self.follow_up.setText(sequence_text(follow_up) if follow_up is not None else "")
        self.follow_up.setVisible(follow_up is not None)
        self._recall(detail.recall)
        self.restricted.setText(self.tr(
            "Restricted: kept for evidence, hidden from the lists and from search."))
        self.restricted.setVisible(detail.restricted)
        d = detail.disclosure
        if d is not None:
            self.disclosure.setText(self.tr("Sent on the basis of: %1 — %2").replace(
                "%1", domain_text(d.legal_basis_label)).replace("%2", d.justification))
        self.disclosure.setVisible(d is not None)

    def _recall(self, recall: RecallView | None) -> None:
        if recall is None:
            self.recall.setVisible(False)
            return
        lines = [self.tr("WITHDRAWN by its sender: do not use it.") if recall.state ==
                 "withdrawn" else self.tr("RECTIFIED by its sender: use the corrected text.")]
        for c in recall.corrections:
            head = (self.tr("%1, %2 withdrew it: %3") if c.action == "withdraw"
                    else self.tr("%1, %2 rectified it: %3"))
            lines.append(head.replace("%1", when(c.at)).replace("%2", c.by_agency)
                         .replace("%3", c.reason))
            if c.text.strip():
                lines.append(self.tr("Correction: %1").replace("%1", c.text))
        self.recall.setText("\n".join(lines))
        set_role(self.recall, "withdrawn" if recall.state == "withdrawn" else "rectified")
        self.recall.setVisible(True)
