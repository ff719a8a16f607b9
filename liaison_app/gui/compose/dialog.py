"""Compose Request and Raise Alert: one modal dialog, five tabs, "Sign and queue".

Queueing goes through `services.compose.queue_message`, which seals the
message at once, so it works offline: the message is in the Outbox as queued
the moment the dialog closes. A `ValidationError` is shown next to the field
it names (and its tab brought forward); other failures go to
`ctx.user_error` in plain words.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
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
from liaison_app.gui.compose.grading_page import GradingPage
from liaison_app.gui.compose.pages import AlertPage, MessagePage, RequestPage
from liaison_app.gui.compose.subjects_page import SubjectsPage
from liaison_app.gui.context import AppContext
from liaison_app.gui.forms import child, load_form
from liaison_app.gui.problem_texts import plain_words
from liaison_app.gui.tasks import start_task
from liaison_app.services.attachments import AttachmentFile, discard, new_message_id, prepare
from liaison_app.services.compose import (
    Draft,
    NewCase,
    queue_message,
    remembered_reason,
    waiting_reason,
)
from liaison_app.services.errors import ServiceError
from liaison_app.services.recipients import case_choices, recipient_agencies
from liaison_app.services.session import Session

_NOTICES: set[QMessageBox] = set()


class ComposeDialog(QDialog):
    """Compose a request (`MessageType.REQUEST`) or raise an alert (`MessageType.ALERT`)."""

    def __init__(self, ctx: AppContext, kind: MessageType,
                 parent: QWidget | None = None) -> None:
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
        self.tabs.setTabText(1, self.tr("Request &details") if is_request
                             else self.tr("Alert &details"))
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
        self.tabs.setTabText(4, self.tr("&Case and reason"))
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
        self.resize(780, 640)
        self.tabs.setCurrentIndex(0)
        self.message.tree.setFocus(Qt.FocusReason.OtherFocusReason)

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
                     reason=reason)

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
        self.tabs.setTabText(5, self.tr("A&ttachments (%1)").replace("%1", str(count))
                             if count else self.tr("A&ttachments"))
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
        """Check, seal and queue the message; close on success.

        Before signing, the subjects are cross-checked against the watch lists and
        the cache; hits are shown as a warning the officer may go past. Attachments
        are encrypted into the profile first, off the GUI thread."""
        draft = self.build_draft()
        if draft is None:
            return
        session = self.ctx.session
        if session is None:
            self.ctx.user_error.emit(self.tr("Profile locked"), self.tr(
                "The profile was locked before the message was queued. Unlock and compose "
                "it again."))
            self.reject()
            return
        if draft.subjects:
            from liaison_app.gui.compose.hit_warning import warn_before_signing

            self.pending_warning = warn_before_signing(self, session, draft.subjects,
                                                       lambda: self._proceed(draft))
            if self.pending_warning is not None:
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
        """Sign and queue; True when queued (the dialog closes)."""
        self.pending_warning = None
        session = self.ctx.session
        if session is None:
            self.reject()
            return False
        try:
            self.message_id = queue_message(session, draft)
        except ValidationError as exc:
            self._route(exc)
            return False
        except ServiceError as exc:
            self.ctx.user_error.emit(self.tr("Message not queued"), plain_words(exc))
            return False
        except Exception as exc:  # never a traceback for the officer
            self.ctx.user_error.emit(self.tr("Message not queued"), self.tr(
                "The message could not be queued ({error}). Nothing was saved; try again, "
                "and contact IT if it keeps happening.").format(error=type(exc).__name__))
            return False
        self.ctx.data_changed.emit()
        self._say_if_waiting(session)
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
