"""Reply, acknowledge, recall and forward: small modal dialogs over `services.actions`.

Each `open_*` returns the new message id, or None when cancelled or refused,
and emits `ctx.data_changed` after queueing. Forwarding shows the handling
code's decision (domain.forwarding, via services) before the officer tries:
refused with the reason, or allowed once the provider's consent is recorded
where the rule asks for it. Reply, recall and forward are kept as drafts while
the officer types (`draft_keeper`); opening one again on the same message goes
on with its draft.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from liaison_app.domain.errors import ValidationError
from liaison_app.domain.grading import HandlingCode
from liaison_app.domain.messages import (
    AckKind,
    Direction,
    MessageType,
    RecallAction,
    ReplyOutcome,
)
from liaison_app.gui.compose._util import FieldErrors, bind_submit, chain, fill_combo, translate
from liaison_app.gui.compose.disclosure_reason import ReasonFields
from liaison_app.gui.compose.draft_keeper import DraftKeeper
from liaison_app.gui.compose.draft_state import (
    checked_list_state,
    form_state,
    restore_checked_list,
    restore_form,
)
from liaison_app.gui.context import AppContext
from liaison_app.gui.forms import child, load_form
from liaison_app.gui.models.forward_texts import bar_text, decision_text
from liaison_app.gui.models.labels import domain_text
from liaison_app.gui.problem_texts import plain_words
from liaison_app.services import actions, drafts
from liaison_app.services.compose import remembered_reason
from liaison_app.services.drafts import SavedDraft
from liaison_app.services.errors import ForwardRefused, ServiceError
from liaison_app.services.message_brief import (
    MessageBrief,
    forward_decision,
    forward_targets,
    message_brief,
)
from liaison_app.services.recipients import agency_name

ROLE = Qt.ItemDataRole.UserRole


class ActionDialog(QDialog):
    """The frame every action dialog shares: summary, errors, Cancel and the send button."""

    form_name = ""
    #: the draft kind this dialog is kept as ("" for none: an acknowledgement has no text)
    draft_kind = ""

    def __init__(self, ctx: AppContext, message_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session = ctx.require_session()
        self.brief: MessageBrief = message_brief(self.session, message_id)
        self.new_message_id: str | None = None
        self.keeper: DraftKeeper | None = None
        self.setModal(True)
        self.form = load_form(self.form_name)
        QVBoxLayout(self).addWidget(self.form)
        self.summary = child(self.form, QLabel, "summaryLabel")
        self.summary.setText(self.describe())
        self.send_button = child(self.form, QPushButton, "sendButton")
        self.cancel_button = child(self.form, QPushButton, "cancelButton")
        self.general = child(self.form, QLabel, "formError")
        self.errors = FieldErrors([self.form], general=self.general)
        self.send_button.clicked.connect(self.send)
        self.cancel_button.clicked.connect(self.reject)
        bind_submit(self, self.send_button)
        self.setWindowTitle(self.title())
        self.setMinimumWidth(560)
        self.setAccessibleName(self.windowTitle())

    def title(self) -> str:
        """The window title."""
        raise NotImplementedError

    def add_reason(self, *, required: bool) -> ReasonFields:
        """The legal basis and justification block, above the errors and buttons, offered
        from the last one given in the message's case (a draft reopened puts its own back:
        the block sits inside the form the draft keeps)."""
        reason = ReasonFields(required=required, parent=self)
        before = self.cancel_button.previousInFocusChain()
        outer = self.form.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.insertWidget(outer.indexOf(self.general), reason.form)
        chain([*([before] if before is not None else []), *reason.focus_order,
               self.cancel_button, self.send_button])
        self.errors = FieldErrors([self.form], general=self.general)
        reason.prefill(remembered_reason(self.session, self.brief.case_ref))
        return reason

    # -- the draft -------------------------------------------------------------------

    def keep_drafts(self, draft: SavedDraft | None) -> None:
        """Restore `draft` (if any), then keep the dialog as a draft while the officer types.

        Subclasses call it at the end of their constructor, once their fields exist.
        """
        if not self.draft_kind:
            return
        if draft is not None:
            self.restore_fields(draft.fields)
        self.keeper = DraftKeeper(self.ctx, self.draft_kind, self.draft_fields,
                                  self.draft_heading, about=self.brief.message_id,
                                  draft_id=None if draft is None else draft.draft_id,
                                  parent=self)
        self.keeper.watch(self.form)
        self.keeper.failed.connect(self._draft_failed)
        self.keeper.set_baseline()
        self.ctx.locked.connect(self._locked)

    @property
    def draft_id(self) -> str | None:
        """The draft this dialog is kept as (None until something was saved)."""
        return None if self.keeper is None else self.keeper.draft_id

    def draft_fields(self) -> dict[str, object]:
        """The dialog's fields as its draft keeps them."""
        return {"form": form_state(self.form)}

    def restore_fields(self, fields: object) -> None:
        """Put a saved draft's fields back."""
        state = fields.get("form") if isinstance(fields, dict) else None
        if isinstance(state, dict):
            restore_form(self.form, state)

    def draft_heading(self) -> dict[str, object]:
        """What the Drafts page lists for this draft."""
        return drafts.heading([self.brief.sender_agency], self.brief.priority.value, "")

    def _draft_failed(self, text: str) -> None:
        self.general.setText(self.tr("The draft could not be saved: %1").replace("%1", text))
        self.general.setVisible(True)

    def _locked(self) -> None:
        """The profile is locking: keep the draft without asking, then close."""
        if self.keeper is not None and not self.keeper.finished:
            self.keeper.finish_kept()
        if self.isVisible():
            QDialog.done(self, QDialog.DialogCode.Rejected)

    def reject(self) -> None:
        """Escape or Cancel: keep as draft / discard / go on, when there is something new."""
        if self.keeper is None or self.keeper.may_close(self):
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.keeper is not None:
            self.keeper.closing(event)
        super().closeEvent(event)

    def describe(self) -> str:
        """One paragraph about the original message."""
        b = self.brief
        kinds = {MessageType.REQUEST: self.tr("Request"), MessageType.ALERT: self.tr("Alert"),
                 MessageType.REPLY: self.tr("Reply"), MessageType.ACK: self.tr("Acknowledgement"),
                 MessageType.RECALL: self.tr("Recall"),
                 MessageType.CASE_SHARE: self.tr("Case share")}
        when = b.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if b.direction is Direction.INCOMING:
            who = self.tr("from {agency} ({officer})").format(
                agency=agency_name(self.session, b.sender_agency), officer=b.sender_officer)
        else:
            names = ", ".join(agency_name(self.session, a) for a in b.recipient_agencies)
            who = self.tr("to {agencies}").format(agencies=names or self.tr("single officers"))
        text = self.tr("{kind} {who}, {when}").format(kind=kinds[b.type], who=who, when=when)
        if b.case_ref:
            text += self.tr(" — case {ref}").format(ref=b.case_ref)
        return text

    def submit(self) -> str:
        """Queue the action through the service; return the new message id."""
        raise NotImplementedError

    def send(self) -> None:
        """Submit; on success close, otherwise say why next to the field or in plain words."""
        self.errors.clear()
        if self.keeper is not None:
            self.keeper.timer.stop()
        try:
            new_id = self.submit()
        except ValidationError as exc:
            self.errors.show(exc)
            self._keep_going()
            return
        except ForwardRefused as exc:
            self.general.setText(plain_words(exc))
            self.general.setVisible(True)
            self._keep_going()
            return
        except ServiceError as exc:
            self.ctx.user_error.emit(self.windowTitle(), plain_words(exc))
            self._keep_going()
            return
        except Exception as exc:  # never a traceback for the officer
            self.ctx.user_error.emit(self.windowTitle(), self.tr(
                "It could not be queued ({error}). It is still here and kept as a draft; try "
                "again, and contact IT if it keeps happening.").format(
                    error=type(exc).__name__))
            if self.keeper is not None:
                self.keeper.save_now()
            return
        if self.keeper is not None:
            self.keeper.sent()
        self.new_message_id = new_id
        self.ctx.data_changed.emit()
        self.ctx.sync_requested.emit()  # online, it goes now; offline, it waits queued
        self.accept()

    def _keep_going(self) -> None:
        if self.keeper is not None:
            self.keeper.changed()


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


class ForwardDialog(ActionDialog):
    """Pass a request or alert on, as its handling code allows."""

    form_name = "forward"
    draft_kind = "forward"

    def title(self) -> str:
        return self.tr("Forward")

    def __init__(self, ctx: AppContext, message_id: str, parent: QWidget | None = None, *,
                 draft: SavedDraft | None = None) -> None:
        super().__init__(ctx, message_id, parent)
        self.handling_label = child(self.form, QLabel, "handlingLabel")
        self.decision_label = child(self.form, QLabel, "decisionLabel")
        self.consent = child(self.form, QCheckBox, "consentCheck")
        self.agencies = child(self.form, QListWidget, "agencyList")
        self.note = child(self.form, QPlainTextEdit, "noteEdit")
        handling = self.brief.handling
        self.handling_label.setText(handling_text(handling))
        self.consent.setVisible(handling is not None and handling.forbids_onward_sharing)
        self.reason = self.add_reason(required=True)
        self.consent.toggled.connect(self.update_decision)
        self.update_decision()
        (self.consent if self.consent.isVisibleTo(self) else self.agencies).setFocus()
        self.keep_drafts(draft)

    def draft_fields(self) -> dict[str, object]:
        return {"form": form_state(self.form), "to": checked_list_state(self.agencies)}

    def restore_fields(self, fields: object) -> None:
        super().restore_fields(fields)
        if isinstance(fields, dict):
            restore_checked_list(self.agencies, fields.get("to"))
        self.update_decision()

    def draft_heading(self) -> dict[str, object]:
        return drafts.heading(list(self.chosen()), self.brief.priority.value,
                              self.note.toPlainText())

    def update_decision(self) -> None:
        """Show whether forwarding is allowed now and why, and every agency of the
        directory with whether it may receive it (and why not); enable Forward accordingly."""
        consent = self.consent.isVisibleTo(self) and self.consent.isChecked()
        allowed = False
        if not self.brief.forwardable:
            text = self.tr("Only requests and alerts can be forwarded.")
        else:
            decision = forward_decision(self.session, self.brief.message_id,
                                        provider_consent=consent)
            allowed = decision.allowed
            reason = decision_text(decision.template, decision.params)
            text = (self.tr("Allowed: {reason}") if allowed
                    else self.tr("Refused: {reason}")).format(reason=reason)
        self.decision_label.setText(text)
        self.decision_label.setProperty("role", "" if allowed else "error")
        self.decision_label.style().unpolish(self.decision_label)
        self.decision_label.style().polish(self.decision_label)
        self._list_agencies(consent)
        open_to = [self.agencies.item(i) for i in range(self.agencies.count())
                   if self.agencies.item(i).flags() & Qt.ItemFlag.ItemIsEnabled]
        self.send_button.setEnabled(allowed and bool(open_to))
        for widget in (self.note, self.reason.form):
            widget.setEnabled(allowed)

    def _list_agencies(self, consent: bool) -> None:
        ticked = set(self.chosen())
        self.agencies.clear()
        self.agencies.setWordWrap(True)
        targets = forward_targets(self.session, self.brief.message_id,
                                  provider_consent=consent)
        for target in targets:
            name = f"{target.name} ({target.country}, {target.agency_id})"
            item = QListWidgetItem(name)
            item.setData(ROLE, target.agency_id)
            if target.bar is None:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if target.agency_id in ticked
                                   else Qt.CheckState.Unchecked)
                item.setToolTip(self.tr(
                    "May receive this message. No device there is enrolled yet: the "
                    "forward waits until the partner's directory entry arrives.")
                    if target.waiting else self.tr("May receive this message"))
            else:
                why = bar_text(target.bar)
                item.setText(self.tr("{agency}\n— {why}").format(agency=name, why=why))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled
                              & ~Qt.ItemFlag.ItemIsUserCheckable)
                item.setToolTip(why)
            self.agencies.addItem(item)
        if not targets:
            self.agencies.addItem(QListWidgetItem(self.tr(
                "Your directory lists no agencies yet. Sync (F5) to fetch it.")))
        may = sum(1 for t in targets if t.bar is None)
        self.agencies.setAccessibleDescription(self.tr(
            "%n agency(ies) may receive this message", "", may))
        if self.agencies.count():
            self.agencies.setCurrentRow(0)

    def chosen(self) -> tuple[str, ...]:
        """The agencies ticked."""
        out: list[str] = []
        for i in range(self.agencies.count()):
            item = self.agencies.item(i)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable and \
                    item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(ROLE)))
        return tuple(out)

    def submit(self) -> str:
        if not self.chosen():
            raise ValidationError("to", self.tr("tick at least one agency to forward to"))
        return actions.forward(self.session, self.brief.message_id, self.chosen(),
                               disclosure_reason=self.reason.build(),
                               note=self.note.toPlainText(),
                               provider_consent=self.consent.isVisibleTo(self)
                               and self.consent.isChecked(), draft_id=self.draft_id)


def handling_text(handling: HandlingCode | None) -> str:
    """The handling code, its meaning and conditions, in the officer's language."""
    if handling is None:
        return translate("ActionDialog", "No handling code.")
    text = translate("ActionDialog", "Handling code: {code}: {meaning}").format(
        code=handling.code, meaning=domain_text(handling.meaning()))
    if handling.conditions:
        text += " " + translate("ActionDialog", "Conditions: {conditions}").format(
            conditions=handling.conditions)
    if handling.no_onward_sharing:
        text += " " + translate("ActionDialog", "Not to be passed on without the provider's "
                                "consent.")
    return text


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
