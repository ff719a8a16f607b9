"""Compose Request and Raise Alert: one modal dialog, six tabs, "Sign and queue".

Queueing goes through `services.compose.queue_message`, which signs the
message at once (it is sealed at the next sync), so it works offline: the
message is in the Outbox as queued the moment the dialog closes. A
`ValidationError` is shown next to the field it names (and its tab brought
forward); other failures go to `ctx.user_error` in plain words. While the
officer types, everything (every tab, subject, grading and the attachment
list) is kept as a draft (`draft_keeper`); queueing deletes that draft in the
same transaction.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from liaison_app.domain.errors import ValidationError
from liaison_app.domain.grading import Grading, GradingScheme, HandlingCode
from liaison_app.domain.messages import AlertContent, MessageType, RequestContent
from liaison_app.domain.subjects import Subject
from liaison_app.gui.compose._util import FieldErrors, bind_submit, chain, focusables
from liaison_app.gui.compose.attachments_page import AttachmentsPage
from liaison_app.gui.compose.case_page import CasePage
from liaison_app.gui.compose.disclosure_reason import ReasonFields
from liaison_app.gui.compose.draft_keeper import DraftKeeper
from liaison_app.gui.compose.draft_state import (
    form_state,
    recipients_state,
    restore_form,
    restore_recipients,
)
from liaison_app.gui.compose.grading_page import GradingPage
from liaison_app.gui.compose.pages import AlertPage, MessagePage, RequestPage
from liaison_app.gui.compose.subjects_page import SubjectsPage
from liaison_app.gui.context import AppContext
from liaison_app.gui.forms import child, load_form
from liaison_app.gui.geometry import size_dialog
from liaison_app.gui.problem_texts import plain_words
from liaison_app.gui.tasks import start_task
from liaison_app.services import drafts
from liaison_app.services.attachments import AttachmentFile, discard, new_message_id, prepare
from liaison_app.services.compose import (
    Draft,
    NewCase,
    queue_message,
    remembered_reason,
    waiting_reason,
)
from liaison_app.services.drafts import SavedDraft
from liaison_app.services.errors import ServiceError
from liaison_app.services.recipients import case_choices, recipient_agencies
from liaison_app.services.session import Session

_NOTICES: set[QMessageBox] = set()


class ComposeDialog(QDialog):
    """Compose a request (`MessageType.REQUEST`) or raise an alert (`MessageType.ALERT`)."""

    def __init__(self, ctx: AppContext, kind: MessageType,
                 parent: QWidget | None = None, *, draft: SavedDraft | None = None) -> None:
        super().__init__(parent)
        if kind not in (MessageType.REQUEST, MessageType.ALERT):
            raise ValueError(f"cannot compose a {kind.value} here")
        self.ctx = ctx
        self.kind = kind
        #: the cross-check warning while it is open (tests answer it)
        self.pending_warning: QMessageBox | None = None
        self.message_id: str | None = None
        session = ctx.require_session()
        is_request = kind is MessageType.REQUEST
        self.setWindowTitle(self.tr("Compose request") if is_request else self.tr("Raise alert"))
        self.setAccessibleName(self.windowTitle())
        self.setModal(True)
        self.frame = load_form("compose")
        frame_order = focusables(self.frame)
        layout = QVBoxLayout(self)
        layout.addWidget(self.frame)
        self.tabs = child(self.frame, QTabWidget, "tabs")
        self.tabs.setUsesScrollButtons(False)  # every tab in sight: the dialog widens instead
        self.tabs.setElideMode(Qt.TextElideMode.ElideNone)
        self.queue_button = child(self.frame, QPushButton, "queueButton")
        self.cancel_button = child(self.frame, QPushButton, "cancelButton")
        self.general = child(self.frame, QLabel, "formError")
        intro = child(self.frame, QLabel, "introLabel")
        intro.setText(self.tr(
            "A request for information to partner agencies. The reply is due within the time "
            "limit of its urgency class.") if is_request else self.tr(
            "A law-enforcement alert to partner agencies: a lookout, spontaneous information "
            "or a warning."))

        self.message = MessagePage(recipient_agencies(session), is_request=is_request,
                                   parent=self)
        self.request = RequestPage(self) if is_request else None
        self.alert = AlertPage(self) if not is_request else None
        agency = session.identity.agency_id
        self.grading = GradingPage(GradingScheme.UK_3X5X2 if agency.startswith("GB")
                                   else GradingScheme.EUROPOL_4X4, parent=self)
        self.subjects = SubjectsPage(self)
        self.case = CasePage(case_choices(session), parent=self)
        self.attachments = AttachmentsPage(self)
        self.reason = ReasonFields(required=is_request, parent=self)
        details = self.request or self.alert
        assert details is not None
        self.tabs.setTabText(1, self.tr("Request details") if is_request
                             else self.tr("Alert details"))
        self.tabs.setTabText(4, self.tr("Case and reason"))
        self._tab_keys()
        for index, form in enumerate((self.message.form, details.form, self.grading.form,
                                      self.subjects.form, self.case.form,
                                      self.attachments.form)):
            tab_page = self.tabs.widget(index)
            page_layout = tab_page.layout() if tab_page is not None else None
            assert page_layout is not None
            page_layout.addWidget(form)
            if form is self.case.form:  # why it is sent, remembered per case
                case_layout, reason_layout = form.layout(), self.reason.form.layout()
                if case_layout is not None and reason_layout is not None:
                    reason_layout.setContentsMargins(case_layout.contentsMargins())
                page_layout.addWidget(self.reason.form)
        self.case.case_combo.currentIndexChanged.connect(self._case_chosen)
        self.general_errors = FieldErrors([], general=self.general)
        self._frame_order = frame_order
        self.subjects.structure_changed.connect(self.relink_tab_order)
        self.relink_tab_order()
        self.attachments.changed.connect(self._attachments_changed)
        self.attachments.problem.connect(self._attachment_problem)
        self.setAcceptDrops(True)  # a file dropped anywhere on the dialog is attached
        self.installEventFilter(self.attachments)
        self.task: object | None = None

        self.queue_button.clicked.connect(self.sign_and_queue)
        self.cancel_button.clicked.connect(self.reject)
        bind_submit(self, self.queue_button)
        size_dialog(self, QSize(780, 640))
        self.tabs.setCurrentIndex(0)
        if draft is not None:
            self.restore_fields(draft.fields)
        self.keeper = DraftKeeper(ctx, kind.value, self.draft_fields, self.draft_heading,
                                  draft_id=None if draft is None else draft.draft_id,
                                  parent=self)
        self.keeper.watch(self.frame)
        self.subjects.structure_changed.connect(self._subjects_changed)
        self.attachments.changed.connect(self.keeper.changed)
        self.keeper.failed.connect(self._draft_failed)
        self.keeper.set_baseline()
        ctx.locked.connect(self._locked)
        if draft is None:
            self.message.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _tab_keys(self) -> None:
        """Alt+1 … Alt+6 bring a tab forward (letters stay free for the fields' own keys)."""
        for index in range(self.tabs.count()):
            keys = QKeySequence(f"Alt+{index + 1}")
            shortcut = QShortcut(keys, self)
            shortcut.activated.connect(lambda i=index: self.tabs.setCurrentIndex(i))
            self.tabs.setTabToolTip(index, self.tr("%1 (Alt+%2)").replace(
                "%1", self.tabs.tabText(index)).replace("%2", str(index + 1)))

    # -- the draft -------------------------------------------------------------------

    @property
    def draft_id(self) -> str | None:
        """The draft this dialog is kept as (None until something was saved)."""
        return self.keeper.draft_id

    def draft_fields(self) -> dict[str, object]:
        """Everything entered, as the draft keeps it (every tab, subjects, attachments)."""
        message = form_state(self.message.form)
        message["recipients"] = recipients_state(self.message.tree)
        return {
            "tab": self.tabs.currentIndex(),
            "message": message,
            "details": form_state(self._details().form),
            "grading": form_state(self.grading.form),
            "subjects": [{"kind": e.spec.kind, "fields": form_state(e)}
                         for e in self.subjects.editors],
            "case": form_state(self.case.form),
            "reason": form_state(self.reason.form),
            "attachments": self.attachments.draft_state(),
        }

    def draft_heading(self) -> dict[str, object]:
        """What the Drafts page lists: recipients, priority, first words."""
        agencies, _devices = self.message.recipients()
        partly = [str(a) for a in self.message.partly_ticked_agencies()]
        text = self.message.body.toPlainText()
        if not text.strip():
            text = (self.request.purpose.toPlainText() if self.request is not None
                    else self.alert.action.toPlainText() if self.alert is not None else "")
        return drafts.heading([*agencies, *partly], self.message.priority_value().value, text)

    def restore_fields(self, fields: dict[str, object] | object) -> None:
        """Put a saved draft back: every tab, subject, grading, the case with the legal
        basis and justification (after the case, which offers the case's own), the files."""
        if not isinstance(fields, dict):
            return
        for page_form, key in ((self.message.form, "message"), (self._details().form, "details"),
                               (self.grading.form, "grading"), (self.case.form, "case"),
                               (self.reason.form, "reason")):
            state = fields.get(key)
            if isinstance(state, dict):
                restore_form(page_form, state)
        message = fields.get("message")
        if isinstance(message, dict) and isinstance(message.get("recipients"), dict):
            restore_recipients(self.message.tree, message["recipients"])
        subjects = fields.get("subjects")
        restored = []
        for saved in subjects if isinstance(subjects, list) else []:
            kind = saved.get("kind") if isinstance(saved, dict) else None
            if not isinstance(kind, str) or not self.subjects.can_add(kind):
                continue
            editor = self.subjects.add(kind)
            state = saved.get("fields")
            if isinstance(state, dict):
                restore_form(editor, state)
                restored.append((editor, state))
        for editor, state in restored:  # once every person is back: a cash courier's choice
            restore_form(editor, state)
        tab = fields.get("tab")
        if isinstance(tab, int) and 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)
        missing = self.attachments.restore_draft(fields.get("attachments"))
        if missing:
            self._attachment_problem(self.tr(
                "Not attached again (moved, deleted, or a pasted image too large to keep "
                "in a draft): %1. Attach them anew if they are needed.").replace(
                    "%1", ", ".join(missing)))

    def _subjects_changed(self) -> None:
        self.keeper.watch(self.subjects.form)
        self.keeper.changed()

    def _draft_failed(self, text: str) -> None:
        self.general.setText(self.tr("The draft could not be saved: %1").replace("%1", text))
        self.general.setVisible(True)

    def _locked(self) -> None:
        """The profile is locking: keep everything as a draft, then close (no question)."""
        if not self.keeper.finished:
            self.keeper.finish_kept()
        if self.isVisible():
            QDialog.done(self, QDialog.DialogCode.Rejected)

    def reject(self) -> None:
        """Escape, Cancel or the window's close: ask keep / discard / go on when needed."""
        if self.keeper.may_close(self):
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.keeper.closing(event)
        super().closeEvent(event)

    def _details(self) -> RequestPage | AlertPage:
        page = self.request or self.alert
        assert page is not None
        return page

    def relink_tab_order(self) -> None:
        """Tab goes: the tab bar, every field of every tab in order, Cancel, Sign and queue."""
        order: list[QWidget] = [self.tabs]
        for page_order in (self.message.focus_order, self._details().focus_order,
                           self.grading.focus_order, self.subjects.focus_order,
                           self.case.focus_order + self.reason.focus_order,
                           self.attachments.focus_order):
            order += page_order
        chain([*order, self.cancel_button, self.queue_button])

    def _pages(self) -> list[tuple[int, FieldErrors]]:
        return [(0, self.message.errors), (1, self._details().errors),
                (2, self.grading.errors), (4, self.case.errors), (4, self.reason.errors)]

    def _case_chosen(self) -> None:
        """Offer the legal basis and justification last given in the chosen case."""
        ref = self.case.case_combo.currentData()
        session = self.ctx.session
        if ref is not None and session is not None:
            self.reason.prefill(remembered_reason(session, str(ref)))

    def clear_errors(self) -> None:
        """Hide every error shown."""
        self.general_errors.clear()
        for _tab, errors in self._pages():
            errors.clear()

    def _show(self, tab: int, errors: FieldErrors, exc: ValidationError,
              first: list[int]) -> None:
        if not first:
            self.tabs.setCurrentIndex(tab)
        errors.show(exc, focus=not first)
        first.append(tab)

    def build_draft(self) -> Draft | None:
        """The draft as entered, or None after showing every problem found."""
        self.clear_errors()
        first: list[int] = []
        to_agencies, to_devices = self.message.recipients()
        content: RequestContent | AlertContent | None = None
        grading: Grading | None = None
        handling: HandlingCode | None = None
        case_ref: str | None = None
        new_case: NewCase | None = None
        subjects: tuple[Subject, ...] = ()
        try:
            if self.request is not None:
                content = self.request.build(self.message.urgency_value())
            elif self.alert is not None:
                content = self.alert.build()
        except ValidationError as exc:
            self._show(1, self._details().errors, exc, first)
        try:
            grading, handling = self.grading.build()
        except ValidationError as exc:
            self._show(2, self.grading.errors, exc, first)
        try:
            subjects = self.subjects.build(focus=not first)
        except ValidationError:
            if not first:
                self.tabs.setCurrentIndex(3)
            first.append(3)
        try:
            case_ref, new_case = self.case.build()
        except ValidationError as exc:
            self._show(4, self.case.errors, exc, first)
        reason = None
        try:
            reason = self.reason.build()
        except ValidationError as exc:
            self._show(4, self.reason.errors, exc, first)
        if first or content is None:
            self.general.setText(self.tr("The message was not queued: correct the fields "
                                         "marked in red."))
            self.general.setVisible(True)
            return None
        return Draft(content=content, to_agencies=to_agencies, to_devices=to_devices,
                     body=self.message.body.toPlainText(),
                     priority=self.message.priority_value(),
                     subjects=subjects,
                     case_ref=case_ref, new_case=new_case, grading=grading, handling=handling,
                     reason=reason, draft_id=self.keeper.draft_id)

    def _route(self, exc: ValidationError) -> None:
        """Show an error the service raised next to the right field."""
        field = exc.field
        if field == "case_ref" and self.case.new_radio.isChecked():
            exc = ValidationError("case.ref", exc.reason)  # the new case's ref is taken
            field = exc.field
        for tab, errors in ((0, self.message.errors), (4, self.case.errors),
                            (4, self.reason.errors), (1, self._details().errors),
                            (2, self.grading.errors)):
            if errors.handles(field):
                self._show(tab, errors, exc, [])
                return
        self.general_errors.show(exc)

    def _attachments_changed(self, count: int) -> None:
        text = self.tr("Attachments (%1)").replace("%1", str(count)) if count \
            else self.tr("Attachments")
        self.tabs.setTabText(5, text)
        self.tabs.setTabToolTip(5, self.tr("%1 (Alt+%2)").replace("%1", text).replace("%2", "6"))
        self.general.setVisible(False)

    def _attachment_problem(self, text: str) -> None:
        self.tabs.setCurrentIndex(5)
        self.general.setText(text)
        self.general.setVisible(True)

    def _busy(self, busy: bool) -> None:
        for widget in (self.queue_button, self.cancel_button, self.tabs):
            widget.setEnabled(not busy)
        if busy:
            self.general.setText(self.tr("Encrypting the attachments…"))
            self.general.setVisible(True)

    def sign_and_queue(self) -> None:
        """Check, seal and queue the message; close on success (Ctrl+Enter too).

        Before signing, the subjects are cross-checked against the watch lists and
        the cache; hits are shown as a warning the officer may go past. Attachments
        are encrypted into the profile first, off the GUI thread. Queueing deletes the
        draft in the same transaction; until then the draft stays as it was."""
        self.keeper.timer.stop()
        draft = self.build_draft()
        if draft is None:
            self.keeper.changed()
            return
        session = self.ctx.session
        if session is None:
            self.ctx.user_error.emit(self.tr("Profile locked"), self.tr(
                "The profile was locked before the message was queued. Unlock and open "
                "it from Drafts."))
            QDialog.done(self, QDialog.DialogCode.Rejected)
            return
        if draft.subjects:
            from liaison_app.gui.compose.hit_warning import warn_before_signing

            self.pending_warning = warn_before_signing(self, session, draft.subjects,
                                                       lambda: self._proceed(draft))
            if self.pending_warning is not None:  # "Go back": autosave goes on
                self.pending_warning.finished.connect(lambda _r: self.keeper.changed())
                return
        self._proceed(draft)

    def _proceed(self, draft: Draft) -> None:
        """Past the cross-check warning: encrypt the attachments (if any), then queue."""
        self.pending_warning = None
        files = self.attachments.files()
        if files:
            self._encrypt_then_queue(draft, files)
            return
        self._queue(draft)

    def _encrypt_then_queue(self, draft: Draft, files: list[AttachmentFile]) -> None:
        session = self.ctx.require_session()
        message_id = new_message_id()
        self._busy(True)

        def done(prepared: object) -> None:
            self.task = None
            self._busy(False)
            assert isinstance(prepared, list)
            refs = tuple(p.ref for p in prepared)
            ready = replace(draft, message_id=message_id, attachments=refs)
            if not self._queue(ready):
                live = self.ctx.session
                if live is not None:
                    discard(live, refs)

        def failed(exc: BaseException) -> None:
            self.task = None
            self._busy(False)
            self.general.setVisible(False)
            text = plain_words(exc) if isinstance(exc, ServiceError) else self.tr(
                "The attachments could not be encrypted ({error}).").format(
                error=type(exc).__name__)
            self._attachment_problem(text)

        self.task = start_task(lambda _step: prepare(session, message_id, files),
                               done=done, failed=failed)

    def _queue(self, draft: Draft) -> bool:
        """Sign and queue (deleting the draft in the same transaction); True when queued
        (the dialog closes)."""
        self.pending_warning = None
        session = self.ctx.session
        if session is None:  # locked meanwhile: the lock kept the draft and closed us
            if self.isVisible():
                QDialog.done(self, QDialog.DialogCode.Rejected)
            return False
        draft = replace(draft, draft_id=self.keeper.draft_id)  # saved since it was built
        try:
            self.message_id = queue_message(session, draft)
        except ValidationError as exc:
            self._route(exc)
            self.keeper.changed()
            return False
        except ServiceError as exc:
            self.ctx.user_error.emit(self.tr("Message not queued"), plain_words(exc))
            self.keeper.changed()
            return False
        except Exception as exc:  # never a traceback for the officer
            self.ctx.user_error.emit(self.tr("Message not queued"), self.tr(
                "The message could not be queued ({error}). It is still here and kept as a "
                "draft; try again, and contact IT if it keeps happening.").format(
                    error=type(exc).__name__))
            self.keeper.save_now()
            return False
        self.keeper.sent()
        self.ctx.data_changed.emit()
        self._say_if_waiting(session)
        self.ctx.sync_requested.emit()  # online, it goes now; offline, it waits queued
        self.accept()
        return True

    def _say_if_waiting(self, session: Session) -> None:
        """Queued, but an addressed agency has no device yet: say so before closing."""
        reason = waiting_reason(session, self.message_id) if self.message_id else None
        if reason is None:
            return
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Queued: waiting"), self.tr(
            "The message is signed and queued. It is sealed and sent at the first sync "
            "after the partner's officer enrols ({reason}).").format(reason=reason),
            QMessageBox.StandardButton.Ok, self.parentWidget())
        box.setObjectName("waitingNotice")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _NOTICES.add(box)  # outlives this dialog even with no parent window
        box.finished.connect(lambda _result: _NOTICES.discard(box))
        box.open()
