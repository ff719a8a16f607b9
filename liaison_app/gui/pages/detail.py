"""The detail pane: one message with its grading meanings, handling, subjects and actions.

It reads top-down in the order an officer needs: the title, any notes (recalled,
restricted), sender and time in one line, the message text (in view at 1366x768), its
details and attachments, the subjects with their hits (`subject_rows`), the
conversation (`conversation_list`), and only then grading, handling and the header.

Reply, Acknowledge, Recall and Forward open the compose dialogs (`gui.compose.actions`,
imported when clicked). Forward is disabled, with the reason shown, when the handling
code forbids passing the message on. A message carrying personal data is shown only
after the officer gives a justification (see `justification`).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from liaison_app.gui.context import AppContext
from liaison_app.gui.forms import child, embed_form, emphasise_title
from liaison_app.gui.models.labels import (
    DELIVERY_STATES,
    FOLLOW_UPS,
    PRIORITIES,
    RECALL_STATES,
    TYPES,
    countdown,
    domain_text,
    label,
    when,
    when_utc,
)
from liaison_app.gui.pages.attachments_pane import AttachmentsPane
from liaison_app.gui.pages.conversation_list import fill_conversation, prepare_conversation_list
from liaison_app.gui.pages.justification import (
    JustificationDialog,
    is_justified,
    request_justification,
)
from liaison_app.gui.pages.message_notes import MessageNotes
from liaison_app.gui.pages.subject_rows import add_arrival_hits, subject_item
from liaison_app.gui.problem_texts import plain_words
from liaison_app.gui.wrapped_cells import rows_height, tooltip_full_text, wrap_column
from liaison_app.services import views
from liaison_app.services.detail_types import MessageDetail as Detail
from liaison_app.services.errors import ServiceError
from liaison_app.services.follow_up import follow_up_of
from liaison_app.services.view_codes import delivery_state

# Qt's translate under the name lupdate looks for (literal context and text at each call)
translate = QCoreApplication.translate

ACTIONS = ("reply", "acknowledge", "recall", "forward")
#: the message text never gets less than this many lines, nor more than this share of
#: the pane's height (a longer text scrolls inside it; the rest of the pane follows)
BODY_MIN_LINES = 4
BODY_MAX_SHARE = 0.75

log = logging.getLogger(__name__)


class MessageDetail(QWidget):
    """Shows one message; `show_message(id)` asks for a justification when needed."""

    #: a message is on screen (id), after any justification
    shown = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("messageDetail")
        self.setAccessibleName(self.tr("Message detail"))
        self.form = embed_form(self, "message_detail")
        f = self.form
        self.stack = child(f, QStackedWidget, "stack")
        self.empty_page = child(f, QWidget, "emptyPage")
        self.message_page = child(f, QWidget, "messagePage")
        self.empty_label = child(f, QLabel, "emptyLabel")
        self.empty_text = self.empty_label.text()
        self.title_label = child(f, QLabel, "titleLabel")
        emphasise_title(self.title_label)
        self.values = {name: child(f, QLabel, name) for name in (
            "fromValue", "toValue", "typeValue", "priorityValue", "statusValue",
            "createdValue", "receivedValue", "dueValue", "caseValue", "gradingSchemeValue",
            "gradingSourceValue", "gradingInformationValue", "handlingValue",
            "conditionsValue")}
        self.source_title = child(f, QLabel, "gradingSourceValueLabel")
        self.information_title = child(f, QLabel, "gradingInformationValueLabel")
        self.grading_box = child(f, QGroupBox, "gradingBox")
        self.handling_box = child(f, QGroupBox, "handlingBox")
        self.content_box = child(f, QGroupBox, "contentBox")
        self.content_form = self.content_box.findChild(QFormLayout, "contentForm")
        self.body_text = child(f, QPlainTextEdit, "bodyText")
        self.subjects_tree = child(f, QTreeWidget, "subjectsTree")
        # one column, the pane's width: a caption with its category and whether it is
        # personal data under it, a hit and its reasons, each wrapping instead of eliding;
        # the list as tall as its rows (the pane scrolls, not the list)
        self.subjects_tree.header().setStretchLastSection(True)
        wrap_column(self.subjects_tree, 0).relaid.connect(self._fit_subjects)
        self.subjects_tree.expanded.connect(lambda _: self._fit_subjects())
        self.subjects_tree.collapsed.connect(lambda _: self._fit_subjects())
        self.chain_list = child(f, QListWidget, "chainList")
        self.chain_box = child(f, QGroupBox, "chainBox")
        self.metadata_box = child(f, QGroupBox, "metadataBox")
        self.byline = child(f, QLabel, "bylineLabel")
        self.body_label = child(f, QLabel, "bodyTextLabel")
        self.subjects_box = child(f, QGroupBox, "subjectsBox")
        self.buttons = {
            "reply": child(f, QPushButton, "replyButton"),
            "acknowledge": child(f, QPushButton, "ackButton"),
            "recall": child(f, QPushButton, "recallButton"),
            "forward": child(f, QPushButton, "forwardButton"),
        }
        self.forward_reason = child(f, QLabel, "forwardReasonLabel")
        # Handling H2 / UK C (no onward sharing): Forward stays disabled with the
        # reason; forwarding is still possible once the provider has consented.
        self.consent_forward = child(f, QPushButton, "consentForwardButton")
        self.consent_forward.clicked.connect(self._forward_with_consent)
        self.forward_reason.setProperty("role", "caution")
        for action, button in self.buttons.items():
            button.clicked.connect(lambda _=False, a=action: self.run_action(a))
        self.chain_list.itemActivated.connect(self._chain_activated)
        prepare_conversation_list(self.chain_list)
        self.scroll_area = child(f, QScrollArea, "scroll")
        self.attachments = AttachmentsPane(ctx, self)
        scroll_layout = self.form.findChild(QVBoxLayout, "scrollLayout")
        self.notes = MessageNotes(self)
        if scroll_layout is not None:  # right after the message text
            scroll_layout.insertWidget(scroll_layout.indexOf(self.body_text) + 1,
                                       self.attachments)
            scroll_layout.insertWidget(1, self.notes)  # under the title: recalled?
        self.body_text.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.body_text.installEventFilter(self)  # re-fitted when the pane's width changes
        self.scroll_area.viewport().installEventFilter(self)  # ... or its height
        self.detail: Detail | None = None
        #: shown for a row merely selected: not marked read (the notes say so)
        self.previewing = False
        self.pending: JustificationDialog | None = None
        self._pending_id: str | None = None
        ctx.locked.connect(self.clear)
        self.clear()

    # -- showing ------------------------------------------------------------------------

    @property
    def message_id(self) -> str | None:
        return None if self.detail is None else self.detail.message_id

    def clear(self) -> None:
        """Show nothing (no message, locked, or a justification was refused)."""
        self.detail = None
        self._pending_id = None
        self.previewing = False
        self.body_text.clear()
        self.subjects_tree.clear()
        self.chain_list.clear()
        self.attachments.clear()
        self.empty_label.setText(self.empty_text)
        self.stack.setCurrentWidget(self.empty_page)

    def _read(self, message_id: str) -> Detail | None:
        """The message's read model, or None with the pane cleared (locked, or it cannot
        be read: the officer is told why)."""
        session = self.ctx.session
        if session is None:
            self.clear()
            return None
        try:
            return views.message_detail(session, message_id)
        except ServiceError as exc:
            self.clear()
            self.ctx.user_error.emit(self.tr("Cannot show the message"), plain_words(exc))
            return None

    def preview_message(self, message_id: str) -> None:
        """Show `message_id` for a row merely selected, not marked read (Enter opens it:
        read, and its sender told): at once when it holds no personal data (or its
        reading is justified already); otherwise say that Enter opens it, rather than
        ask for a justification at every arrow key."""
        detail = self._read(message_id)
        if detail is None:
            return
        if self.pending is not None:  # another row chosen: that question is moot
            self.pending.reject()
            self.pending = None
        case_ref, obj_ref = detail.justification_key
        if not detail.holds_personal_data or is_justified(self.ctx, case_ref, obj_ref):
            self._open(detail, mark_read=False)
            return
        self._ask_for_enter()

    def _ask_for_enter(self) -> None:
        """The pane beside a selected row whose reading needs a reason not yet given."""
        self.clear()
        self.empty_label.setText(self.tr(
            "This message holds personal data. Press Enter to give your reason and read it."))

    def show_message(self, message_id: str) -> None:
        """Show `message_id`, asking for a justification first if it holds personal data."""
        detail = self._read(message_id)
        if detail is None:
            return
        if self.pending is not None:
            self.pending.reject()
            self.pending = None
        if not detail.holds_personal_data:
            self._open(detail)
            return
        self.clear()
        self.empty_label.setText(self.tr(
            "This message holds personal data: it opens once you give your reason."))
        self._pending_id = message_id
        case_ref, obj_ref = detail.justification_key
        what = self.tr("%1 from %2 (%3)").replace("%1", label(TYPES, detail.type)).replace(
            "%2", detail.sender_agency).replace("%3", when(detail.created_at))
        self.pending = request_justification(
            self.ctx, self, case_ref, obj_ref, what,
            on_granted=lambda: self._granted(detail), on_refused=self._refused)

    def _granted(self, detail: Detail) -> None:
        self.pending = None
        if self._pending_id == detail.message_id:
            self._open(detail)

    def _refused(self) -> None:
        self.pending = None
        self._ask_for_enter()

    def _open(self, detail: Detail, *, mark_read: bool = True) -> None:
        session = self.ctx.session
        if session is None:
            return
        self.previewing = not mark_read
        self._render(detail)
        self.shown.emit(detail.message_id)
        if not mark_read:
            return
        try:
            moved = views.mark_read(session, detail.message_id)  # and tells the sender
        except Exception:  # the message is shown; being marked read can wait
            log.exception("marking %s read failed", detail.message_id)
            moved = False
        if moved:
            self.ctx.data_changed.emit()
            self.ctx.sync_requested.emit()  # the read acknowledgement goes out now

    def refresh(self) -> None:
        """Re-read the message on screen (after a change); no new justification asked."""
        session = self.ctx.session
        if self.detail is None or session is None:
            return
        try:
            self._render(views.message_detail(session, self.detail.message_id))
        except ServiceError:
            self.clear()

    # -- rendering ---------------------------------------------------------------------

    def _set(self, name: str, text: str, tooltip: str = "") -> None:
        widget = self.values[name]
        widget.setText(text)
        widget.setToolTip(tooltip)
        row_label = self.form.findChild(QLabel, name + "Label")
        widget.setVisible(bool(text))
        if row_label is not None:
            row_label.setVisible(bool(text))

    def _render(self, d: Detail) -> None:
        if self.detail is None or self.detail.message_id != d.message_id:
            self.scroll_area.verticalScrollBar().setValue(0)  # another message: from the top
        self.detail = d
        self._pending_id = None
        self.title_label.setText(self.tr("%1 — %2").replace("%1", label(TYPES, d.type)).replace(
            "%2", label(PRIORITIES, d.priority)))
        sender = f"{d.sender_officer_name or d.sender_officer} — " \
                 f"{d.sender_agency_name or d.sender_agency}"
        self._set("fromValue", sender, f"{d.sender_officer} ({d.sender_agency})")
        self._set("toValue", ", ".join(d.recipients))
        self._set("typeValue", label(TYPES, d.type))
        self._set("priorityValue", label(PRIORITIES, d.priority))
        status = label(DELIVERY_STATES, delivery_state(d.direction, d.status))
        if d.follow_up:
            status += " — " + label(FOLLOW_UPS, d.follow_up)
        if d.recall is not None:
            status += " — " + label(RECALL_STATES, d.recall.state)
        if d.failure_reason:
            status += " — " + d.failure_reason
        self._set("statusValue", status)
        self._set("createdValue", when(d.created_at), when_utc(d.created_at))
        self._set("receivedValue", when(d.received_at), when_utc(d.received_at))
        due = when(d.due_at)
        still_open = (d.status != "replied" if d.direction == "incoming"
                      else d.follow_up in ("awaiting", "clarification"))
        if d.due_at is not None and still_open:
            due = f"{due} — {countdown(d.due_at)}"
        self._set("dueValue", due, when_utc(d.due_at))
        due_label = self.values["dueValue"]
        due_label.setProperty("role", "error" if d.overdue else "")
        due_label.style().unpolish(due_label)
        due_label.style().polish(due_label)
        self._set("caseValue", ", ".join(d.case_refs))
        session = self.ctx.session
        self.notes.show_for(d, None if session is None else follow_up_of(session, d.message_id),
                            preview=self.previewing)
        self.byline.setText(self._byline(d, countdown(d.due_at) if still_open else ""))
        self._render_grading(d)
        self._render_content(d)
        self.body_text.setPlainText(d.body)
        self.body_text.setVisible(bool(d.body))  # an operation update has no text
        self.body_label.setVisible(bool(d.body))
        self.attachments.show_message(d.message_id)
        self.subjects_tree.clear()
        for subject in d.subjects:
            self.subjects_tree.addTopLevelItem(subject_item(subject, columns=1))
        if session is not None:
            add_arrival_hits(self.subjects_tree, session, d.message_id)
        tooltip_full_text(self.subjects_tree)
        self.subjects_box.setVisible(bool(d.subjects))
        fill_conversation(self.chain_list, self.chain_box, d)
        self._render_actions(d)
        self.stack.setCurrentWidget(self.message_page)
        self._fit_body()

    def _byline(self, d: Detail, due: str) -> str:
        """Who and when, in one line above the text (the full header is further down)."""
        if d.direction == "incoming":
            sender = d.sender_officer_name or d.sender_officer
            agency = d.sender_agency_name or d.sender_agency
            text = self.tr("From %1, %2 · received %3").replace("%1", sender).replace(
                "%2", agency).replace("%3", when(d.received_at or d.created_at))
        else:
            text = self.tr("To %1 · written %2").replace(
                "%1", ", ".join(d.recipients)).replace("%2", when(d.created_at))
        return f"{text} · {due}" if due else text

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and (
                watched is self.body_text or watched is self.scroll_area.viewport()):
            if watched is not self.body_text:
                self._wrap_content()
            self._fit_body()
        return super().eventFilter(watched, event)

    def _fit_body(self) -> None:
        """The message text as tall as it is, between BODY_MIN_LINES lines and
        BODY_MAX_SHARE of the pane: a short text leaves the subjects in view, a long one
        reads in one view with no scroll bar of its own until it is longer than that."""
        body = self.body_text
        if self.detail is None or not body.isVisibleTo(self):
            return
        layout = QTextDocument()
        layout.setDefaultFont(body.font())
        layout.setDocumentMargin(body.document().documentMargin())
        layout.setPlainText(body.toPlainText())
        layout.setTextWidth(max(body.width() - 2 * body.frameWidth(), 1))
        frame = 2 * body.frameWidth() + body.contentsMargins().top() \
            + body.contentsMargins().bottom() + 2
        lines = body.fontMetrics().lineSpacing() * BODY_MIN_LINES
        tallest = max(lines, int(self.scroll_area.viewport().height() * BODY_MAX_SHARE))
        height = min(max(int(layout.size().height()), lines) + frame, tallest + frame)
        if body.height() != height or body.minimumHeight() != height:
            body.setFixedHeight(height)

    def _fit_subjects(self) -> None:
        """The subjects list as tall as its rows (wrapped captions, expanded hits)."""
        tree = self.subjects_tree
        tree.doItemsLayout()
        height = rows_height(tree) + 2
        if tree.height() != height or tree.minimumHeight() != height:
            tree.setFixedHeight(height)

    def _render_grading(self, d: Detail) -> None:
        g = d.grading
        self.grading_box.setVisible(g is not None)
        if g is not None:
            self._set("gradingSchemeValue", f"{g.scheme_title} — {g.code}",
                      domain_text(g.summary))
            self.source_title.setText(domain_text(g.source.title) + ":")
            self.information_title.setText(domain_text(g.information.title) + ":")
            self._set("gradingSourceValue", f"{g.source.code} — {domain_text(g.source.meaning)}")
            self._set("gradingInformationValue",
                      f"{g.information.code} — {domain_text(g.information.meaning)}")
        h = d.handling
        self.handling_box.setVisible(h is not None)
        if h is not None:
            text = f"{h.scheme_title} {h.code} — {domain_text(h.meaning)}"
            if h.no_onward_sharing:
                text += " — " + self.tr("not to be passed on without the provider's consent")
            self._set("handlingValue", text, domain_text(h.description))
            self._set("conditionsValue", h.conditions)

    def _render_content(self, d: Detail) -> None:
        form = self.content_form
        if form is None:
            return
        while form.rowCount():
            form.removeRow(0)
        for name, value, coded in d.content:
            value_label = QLabel(domain_text(value) if coded else value)
            value_label.setWordWrap(True)
            value_label.setTextFormat(Qt.TextFormat.PlainText)
            value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            value_label.setAccessibleName(domain_text(name))
            form.addRow(domain_text(name) + ":", value_label)
        self.content_box.setVisible(bool(d.content))
        self._wrap_content()

    def _wrap_content(self) -> None:
        """Each detail's value beside its name, or under it when the longest name would
        take more than a third of the pane (long Serbian and Bulgarian names squeezed
        the values into a column a word wide)."""
        form = self.content_form
        if form is None:
            return
        names = (form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                 for row in range(form.rowCount()))
        widest = max((name.sizeHint().width() for name in names if name is not None),
                     default=0)
        room = self.scroll_area.viewport().width()
        policy = QFormLayout.RowWrapPolicy.WrapAllRows if widest * 3 > room \
            else QFormLayout.RowWrapPolicy.DontWrapRows
        if form.rowWrapPolicy() != policy:
            form.setRowWrapPolicy(policy)

    def _render_actions(self, d: Detail) -> None:
        allowed = {"reply": d.can_reply, "acknowledge": d.can_acknowledge,
                   "recall": d.can_recall, "forward": d.can_forward}
        for action, button in self.buttons.items():
            button.setEnabled(allowed[action])
            button.setToolTip("")
        forward = self.buttons["forward"]
        self.consent_forward.setVisible(
            not d.forward.allowed and d.type in ("request", "alert"))
        if not d.forward.allowed:
            reason = domain_text(d.forward.reason)
            forward.setToolTip(reason)
            forward.setAccessibleDescription(reason)
            self.forward_reason.setText(self.tr("Forwarding is not allowed: %1").replace(
                "%1", reason))
            self.forward_reason.setVisible(True)
        elif d.type not in ("request", "alert"):
            reason = self.tr("Only requests and alerts can be forwarded.")
            forward.setToolTip(reason)
            forward.setAccessibleDescription(reason)
            self.forward_reason.setVisible(False)
        else:
            forward.setToolTip(domain_text(d.forward.reason))
            forward.setAccessibleDescription("")
            self.forward_reason.setVisible(False)

    # -- actions ------------------------------------------------------------------------

    def run_action(self, action: str) -> None:
        """Open the compose engineer's dialog for `action` on the message shown."""
        if self.detail is None or action not in ACTIONS:
            return
        if not self.buttons[action].isEnabled():
            return
        try:
            from liaison_app.gui.compose import actions
        except ImportError:
            self.ctx.user_error.emit(self.tr("Not available"), self.tr(
                "This action is not available in this build. Contact IT."))
            return
        opener = getattr(actions, f"open_{action}", None)
        if opener is None:
            self.ctx.user_error.emit(self.tr("Not available"), self.tr(
                "This action is not available in this build. Contact IT."))
            return
        opener(self.ctx, self.detail.message_id, self)

    def _forward_with_consent(self) -> None:
        """Open the forward dialog, where the provider's consent must be ticked."""
        if self.detail is None or self.detail.forward.allowed:
            return
        from liaison_app.gui.compose import actions

        actions.open_forward(self.ctx, self.detail.message_id, self)

    def _chain_activated(self, item: QListWidgetItem) -> None:
        message_id = item.data(Qt.ItemDataRole.UserRole)
        if message_id:
            self.ctx.open_message.emit(str(message_id))
