"""The frame every action dialog shares (reply, acknowledge, recall, forward): a summary of
the original message, errors next to the fields, Cancel and the send button, the legal
basis block where one is needed, and the draft kept while the officer types.

`send()` queues through the subclass's `submit()` (a `services.actions` call),
shows a `ValidationError` next to its field and other failures in plain words,
and closes with the new message id on success.
"""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from liaison_app.domain.errors import ValidationError
from liaison_app.domain.messages import Direction, MessageType
from liaison_app.gui.compose._util import FieldErrors, bind_submit, chain
from liaison_app.gui.compose.disclosure_reason import ReasonFields
from liaison_app.gui.compose.draft_keeper import DraftKeeper
from liaison_app.gui.compose.draft_state import form_state, restore_form
from liaison_app.gui.context import AppContext
from liaison_app.gui.forms import child, load_form
from liaison_app.gui.problem_texts import plain_words
from liaison_app.services import drafts
from liaison_app.services.compose import remembered_reason
from liaison_app.services.drafts import SavedDraft
from liaison_app.services.errors import ForwardRefused, ServiceError
from liaison_app.services.message_brief import MessageBrief, message_brief
from liaison_app.services.recipients import agency_name


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
