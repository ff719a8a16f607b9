"""The detail pane: one message with its grading meanings, handling, subjects and actions.

Reply, Acknowledge, Recall and Forward open the compose engineer's dialogs
(`liaison_app.gui.compose.actions`, imported when clicked). Forward is
disabled, with the reason shown, when the handling code forbids passing the
message on. A message carrying personal data is shown only after the officer
gives a justification (see `justification`).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from liaison_app.gui.context import AppContext
from liaison_app.gui.forms import child, embed_form, emphasise_title
from liaison_app.gui.models.badges import state_icon
from liaison_app.gui.models.caption_texts import caption_text
from liaison_app.gui.models.labels import (
    DELIVERY_STATES,
    FOLLOW_UPS,
    PRIORITIES,
    RECALL_STATES,
    SUBJECT_KINDS,
    TYPES,
    countdown,
    domain_text,
    label,
    short_when,
    subject_field_text,
    when,
    when_utc,
)
from liaison_app.gui.pages.attachments_pane import AttachmentsPane
from liaison_app.gui.pages.justification import JustificationDialog, request_justification
from liaison_app.gui.pages.message_notes import MessageNotes
from liaison_app.gui.problem_texts import plain_words
from liaison_app.gui.theme import colour
from liaison_app.services import views
from liaison_app.services.errors import ServiceError
from liaison_app.services.follow_up import follow_up_of
from liaison_app.services.view_codes import delivery_state
from liaison_app.services.view_types import MessageDetail as Detail
from liaison_app.services.view_types import SeenIn, SubjectView

ACTIONS = ("reply", "acknowledge", "recall", "forward")
_OUTCOMES = {
    "provided": QT_TRANSLATE_NOOP("MessageDetail", "provided"),
    "partial": QT_TRANSLATE_NOOP("MessageDetail", "partly answered"),
    "refused": QT_TRANSLATE_NOOP("MessageDetail", "refused"),
    "clarification": QT_TRANSLATE_NOOP("MessageDetail", "clarification requested"),
    "rectify": QT_TRANSLATE_NOOP("MessageDetail", "rectify"),
    "withdraw": QT_TRANSLATE_NOOP("MessageDetail", "withdraw"),
    "business": QT_TRANSLATE_NOOP("MessageDetail", "being acted on"),
}


def conversation_detail(msg_type: str, code: str) -> str:
    """A reply's outcome, a recall's action or an acknowledgement's kind, in words."""
    del msg_type
    text = _OUTCOMES.get(code)
    return translate("MessageDetail", str(text)) if text is not None else code


log = logging.getLogger(__name__)

# Qt's translate under the name lupdate looks for (literal context and text at each call)
translate = QCoreApplication.translate


def subject_item(subject: SubjectView, columns: int = 3) -> QTreeWidgetItem:
    """A tree row for a subject, its fields as children."""
    kind = label(SUBJECT_KINDS, subject.kind)
    personal = (
        translate("MessageDetail", "Yes") if subject.personal else translate("MessageDetail", "No")
    )
    caption = caption_text(subject.caption, subject.label)
    texts = [f"{kind}: {caption}", domain_text(subject.category_label), personal]
    if columns == 4:
        texts.insert(2, subject.role)
    item = QTreeWidgetItem(texts)
    item.setData(0, Qt.ItemDataRole.UserRole, subject.ref)
    for shown in subject.fields:
        item.addChild(QTreeWidgetItem([subject_field_text(shown)]))
    for seen in subject.seen_in:
        link = QTreeWidgetItem([seen_in_text(seen)])
        font = link.font(0)
        font.setBold(True)
        link.setFont(0, font)
        link.setData(0, Qt.ItemDataRole.UserRole, f"message:{seen.message_id}"
                     if seen.message_id else f"subject:{seen.subject_id}")
        item.addChild(link)
    if subject.seen_in:
        item.setToolTip(0, translate("MessageDetail", "Also seen in another record: expand"))
    return item


def seen_in_text(seen: SeenIn) -> str:
    """`Also seen: case X, message from AGENCY, 2026-05-03 10:00` for a shared account or
    wallet (the same normalised key in another record)."""
    where = (translate("MessageDetail", "case %1").replace("%1", seen.case_ref)
             if seen.case_ref else translate("MessageDetail", "no case"))
    if seen.message_id:
        source = translate("MessageDetail", "message from %1, %2").replace(
            "%1", seen.sender_agency or "?").replace("%2", when(seen.at))
    else:
        source = when(seen.at)
    return translate("MessageDetail", "Also seen: %1, %2").replace("%1", where).replace(
        "%2", source)


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
        # the subject takes the width; the other columns as wide as their titles and cells
        subjects_header = self.subjects_tree.header()
        subjects_header.setStretchLastSection(False)
        subjects_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        subjects_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.chain_list = child(f, QListWidget, "chainList")
        self.chain_box = child(f, QGroupBox, "chainBox")
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
        self.chain_list.setWordWrap(True)
        self.chain_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area = child(f, QScrollArea, "scroll")
        body = self.chain_box.parentWidget()
        column = body.layout() if body is not None else None
        if isinstance(column, QBoxLayout):  # the conversation right under the header
            column.removeWidget(self.chain_box)
            column.insertWidget(2, self.chain_box)
        self.attachments = AttachmentsPane(ctx, self)
        scroll_layout = self.form.findChild(QVBoxLayout, "scrollLayout")
        self.notes = MessageNotes(self)
        if scroll_layout is not None:  # after the message text
            scroll_layout.insertWidget(scroll_layout.indexOf(self.body_text) + 1,
                                       self.attachments)
            scroll_layout.insertWidget(1, self.notes)  # under the title: recalled?
        self.detail: Detail | None = None
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
        self.body_text.clear()
        self.subjects_tree.clear()
        self.chain_list.clear()
        self.attachments.clear()
        self.stack.setCurrentWidget(self.empty_page)

    def show_message(self, message_id: str) -> None:
        """Show `message_id`, asking for a justification first if it holds personal data."""
        session = self.ctx.session
        if session is None:
            self.clear()
            return
        try:
            detail = views.message_detail(session, message_id)
        except ServiceError as exc:
            self.clear()
            self.ctx.user_error.emit(self.tr("Cannot show the message"), plain_words(exc))
            return
        if self.pending is not None:
            self.pending.reject()
            self.pending = None
        if not detail.holds_personal_data:
            self._open(detail)
            return
        self.clear()
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
        self.clear()

    def _open(self, detail: Detail) -> None:
        session = self.ctx.session
        if session is None:
            return
        self._render(detail)
        self.shown.emit(detail.message_id)
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
        self.notes.show_for(d, None if session is None else follow_up_of(session, d.message_id))
        self._render_grading(d)
        self._render_content(d)
        self.body_text.setPlainText(d.body)
        self.attachments.show_message(d.message_id)
        self.subjects_tree.clear()
        for subject in d.subjects:
            self.subjects_tree.addTopLevelItem(subject_item(subject))
        self._render_hits(d)
        self.subjects_tree.resizeColumnToContents(0)
        self._render_chain(d)
        self._render_actions(d)
        self.stack.setCurrentWidget(self.message_page)

    def _render_hits(self, d: Detail) -> None:
        """Under each subject, the watch-list and cache hits found when it arrived."""
        session = self.ctx.session
        if session is None:
            return
        from liaison_app.services import crosscheck  # matching stays off the start-up path

        placed: dict[int, int] = {}
        for found in crosscheck.arrival_hits(session, message_id=d.message_id):
            parent = self.subjects_tree.topLevelItem(found.subject_index)
            if parent is None:
                continue
            hit = found.hit
            where = (self.tr("watch list %1 v%2, entry %3").replace("%1", hit.list_name)
                     .replace("%2", str(hit.list_version)).replace("%3", hit.entry_id)
                     if hit.source == "watchlist"
                     else self.tr("held on this laptop (%1)").replace("%1", hit.entry_id))
            text = self.tr("Hit %1 — %2: %3").replace("%1", f"{hit.score:.2f}").replace(
                "%2", where).replace("%3", hit.matched)
            row = QTreeWidgetItem([text])
            row.setToolTip(0, "\n".join(hit.reasons))
            row.setForeground(0, colour("urgent") if hit.strong else colour("caution"))
            for reason in hit.reasons:
                row.addChild(QTreeWidgetItem([reason]))
            position = placed.get(found.subject_index, 0)
            parent.insertChild(position, row)  # above the subject's fields, best hit first
            placed[found.subject_index] = position + 1
            parent.setExpanded(True)
            row.setExpanded(True)

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

    def _render_chain(self, d: Detail) -> None:
        """The conversation: the request or alert and everything answering it, in order,
        each with its delivery state (icon and words; acknowledgements are that state)."""
        self.chain_list.clear()
        conversation = d.conversation
        items = conversation.items if conversation is not None else ()
        for c in items:
            arrow = "←" if c.direction == "incoming" else "→"
            who = c.sender_agency if c.direction == "incoming" else ", ".join(
                c.recipient_agencies)
            kind = label(TYPES, c.type)
            if c.relation == "forward":
                kind = translate("MessageDetail", "Forward")
            if c.detail:
                kind = f"{kind} ({conversation_detail(c.type, c.detail)})"
            state = label(DELIVERY_STATES, c.state)
            text = f"{'   ' * min(c.depth, 4)}{short_when(c.created_at)} {arrow} {kind} · {who}" \
                   f" · {state}"
            item = QListWidgetItem(state_icon(c.state), text)
            item.setData(Qt.ItemDataRole.UserRole, c.message_id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, translate(
                "MessageDetail", "%1, %2 %3, %4").replace("%1", kind).replace(
                "%2", translate("MessageDetail", "from") if c.direction == "incoming"
                else translate("MessageDetail", "to")).replace("%3", who).replace("%4", state))
            item.setToolTip(c.snippet if c.waiting is None else f"{c.snippet}\n{c.waiting}")
            if c.current:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.chain_list.addItem(item)
            if c.current:
                self.chain_list.setCurrentItem(item)
        title = translate("MessageDetail", "Conversation")
        if conversation is not None and conversation.follow_up:
            title += " — " + label(FOLLOW_UPS, conversation.follow_up)
        self.chain_box.setTitle(title)
        self.chain_box.setVisible(len(items) > 1)

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
