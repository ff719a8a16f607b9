"""Reply, acknowledge and recall dialogs, and how every message action opens.

Each `open_*` (reply, acknowledge, recall, forward) returns the new message
id, or None when cancelled or refused, and emits `ctx.data_changed` after
queueing. The frame the dialogs share is `action_dialog.ActionDialog`; Forward,
with the handling code's decision and the agencies it may go to, is
`forward_dialog.ForwardDialog`. Reply, recall and forward are kept as drafts
while the officer types (`draft_keeper`); opening one again on the same message
goes on with its draft.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from liaison_app.domain.messages import (
    AckKind,
    Direction,
    RecallAction,
    ReplyOutcome,
)
from liaison_app.gui.compose._util import fill_combo, translate
from liaison_app.gui.compose.action_dialog import ActionDialog
from liaison_app.gui.compose.forward_dialog import ForwardDialog
from liaison_app.gui.context import AppContext
from liaison_app.gui.forms import child
from liaison_app.gui.problem_texts import plain_words
from liaison_app.services import actions, drafts
from liaison_app.services.drafts import SavedDraft
from liaison_app.services.errors import ServiceError


class ReplyDialog(ActionDialog):
    """Provided, partial, refused or clarification; a reason when refusing or asking back."""

    form_name = "reply"
    draft_kind = "reply"

    def title(self) -> str:
        return self.tr("Reply")

    def __init__(self, ctx: AppContext, message_id: str, parent: QWidget | None = None, *,
                 draft: SavedDraft | None = None) -> None:
        super().__init__(ctx, message_id, parent)
        if self.brief.direction is not Direction.INCOMING:
            raise ServiceError(self.tr("Only a message you received can be replied to."))
        self.outcome = child(self.form, QComboBox, "outcomeCombo")
        self.meaning = child(self.form, QLabel, "outcomeMeaning")
        self.reason = child(self.form, QPlainTextEdit, "reasonEdit")
        self.reason_label = child(self.form, QLabel, "reasonEditLabel")
        self.body = child(self.form, QPlainTextEdit, "bodyEdit")
        self.meanings = {
            ReplyOutcome.PROVIDED: self.tr("The information requested is given."),
            ReplyOutcome.PARTIAL: self.tr("Part of it is given; say what is missing and why."),
            ReplyOutcome.REFUSED: self.tr("The request is refused; give the grounds (refusals "
                                          "are recorded, Directive (EU) 2023/977 Art. 16)."),
            ReplyOutcome.CLARIFICATION: self.tr("More detail is needed before answering; say "
                                                "what is needed."),
        }
        fill_combo(self.outcome, [
            (self.tr("Provided"), ReplyOutcome.PROVIDED.value),
            (self.tr("Partially provided"), ReplyOutcome.PARTIAL.value),
            (self.tr("Refused"), ReplyOutcome.REFUSED.value),
            (self.tr("Clarification requested"), ReplyOutcome.CLARIFICATION.value)])
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self._outcome_changed()
        self.reason_fields = self.add_reason(required=False)
        self.outcome.setFocus()
        self.keep_drafts(draft)

    def draft_heading(self) -> dict[str, object]:
        return drafts.heading([self.brief.sender_agency], self.brief.priority.value,
                              self.body.toPlainText() or self.reason.toPlainText())

    def outcome_value(self) -> ReplyOutcome:
        """The chosen outcome."""
        return ReplyOutcome(self.outcome.currentData())

    def _outcome_changed(self) -> None:
        outcome = self.outcome_value()
        self.meaning.setText(self.meanings[outcome])
        needed = outcome in (ReplyOutcome.REFUSED, ReplyOutcome.CLARIFICATION)
        self.reason_label.setText(self.tr("&Reason (required):") if needed
                                  else self.tr("&Reason:"))

    def submit(self) -> str:
        return actions.reply(self.session, self.brief.message_id, self.outcome_value(),
                             self.body.toPlainText(), reason=self.reason.toPlainText(),
                             disclosure_reason=self.reason_fields.build(),
                             draft_id=self.draft_id)


class AcknowledgeDialog(ActionDialog):
    """A read or business acknowledgement to the sender's device."""

    form_name = "acknowledge"

    def title(self) -> str:
        return self.tr("Acknowledge")

    def __init__(self, ctx: AppContext, message_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, message_id, parent)
        if self.brief.direction is not Direction.INCOMING:
            raise ServiceError(self.tr("Only a message you received can be acknowledged."))
        self.read = child(self.form, QRadioButton, "readRadio")
        self.business = child(self.form, QRadioButton, "businessRadio")
        self.read.setFocus()

    def submit(self) -> str:
        kind = AckKind.BUSINESS if self.business.isChecked() else AckKind.READ
        return actions.acknowledge(self.session, self.brief.message_id, kind)


class RecallDialog(ActionDialog):
    """Rectify or withdraw a message you sent, with the reason."""

    form_name = "recall"
    draft_kind = "recall"

    def title(self) -> str:
        return self.tr("Recall")

    def __init__(self, ctx: AppContext, message_id: str, parent: QWidget | None = None, *,
                 draft: SavedDraft | None = None) -> None:
        super().__init__(ctx, message_id, parent)
        if self.brief.direction is not Direction.OUTGOING:
            raise ServiceError(self.tr("Only a message you sent can be recalled."))
        self.rectify = child(self.form, QRadioButton, "rectifyRadio")
        self.withdraw = child(self.form, QRadioButton, "withdrawRadio")
        self.reason = child(self.form, QPlainTextEdit, "reasonEdit")
        self.body = child(self.form, QPlainTextEdit, "bodyEdit")
        self.rectify.setFocus()
        self.keep_drafts(draft)

    def draft_heading(self) -> dict[str, object]:
        return drafts.heading(list(self.brief.recipient_agencies), "priority",
                              self.reason.toPlainText() or self.body.toPlainText())

    def submit(self) -> str:
        action = RecallAction.WITHDRAW if self.withdraw.isChecked() else RecallAction.RECTIFY
        return actions.recall(self.session, self.brief.message_id, action,
                              self.reason.toPlainText(), body=self.body.toPlainText(),
                              draft_id=self.draft_id)


def _run(ctx: AppContext, make: Callable[[], ActionDialog]) -> str | None:
    if ctx.session is None:
        return None
    try:
        dialog = make()
    except ServiceError as exc:
        ctx.user_error.emit(translate("Compose", "Not possible"), plain_words(exc))
        return None
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.new_message_id if accepted else None
    finally:
        dialog.deleteLater()


def _started(ctx: AppContext, kind: str, message_id: str) -> SavedDraft | None:
    """The draft of `kind` already started about this message, to go on with."""
    session = ctx.session
    if session is None:
        return None
    try:
        return drafts.latest_about(session, kind, message_id)
    except ServiceError:
        return None


def open_reply(ctx: AppContext, message_id: str, parent: QWidget | None = None) -> str | None:
    """Reply to a received message (going on with its reply draft); the new id or None."""
    draft = _started(ctx, "reply", message_id)
    return _run(ctx, lambda: ReplyDialog(ctx, message_id, parent, draft=draft))


def open_acknowledge(ctx: AppContext, message_id: str,
                     parent: QWidget | None = None) -> str | None:
    """Acknowledge a received message (read or business); the new message id or None."""
    return _run(ctx, lambda: AcknowledgeDialog(ctx, message_id, parent))


def open_recall(ctx: AppContext, message_id: str, parent: QWidget | None = None) -> str | None:
    """Rectify or withdraw a message you sent; the new message id or None."""
    draft = _started(ctx, "recall", message_id)
    return _run(ctx, lambda: RecallDialog(ctx, message_id, parent, draft=draft))


def open_forward(ctx: AppContext, message_id: str, parent: QWidget | None = None) -> str | None:
    """Forward a request or alert as its handling code allows; the new message id or None."""
    draft = _started(ctx, "forward", message_id)
    return _run(ctx, lambda: ForwardDialog(ctx, message_id, parent, draft=draft))


DRAFT_DIALOGS: dict[str, type[ReplyDialog] | type[RecallDialog] | type[ForwardDialog]] = {
    "reply": ReplyDialog, "recall": RecallDialog, "forward": ForwardDialog}


def open_action_draft(ctx: AppContext, draft: SavedDraft,
                      parent: QWidget | None = None) -> str | None:
    """Reopen a reply, recall or forward draft on the message it is about."""
    dialog = DRAFT_DIALOGS.get(draft.kind)
    if dialog is None or draft.about is None:
        ctx.user_error.emit(translate("Compose", "Draft not opened"), translate(
            "Compose", "This draft cannot be opened here."))
        return None
    about = draft.about
    return _run(ctx, lambda: dialog(ctx, about, parent, draft=draft))
