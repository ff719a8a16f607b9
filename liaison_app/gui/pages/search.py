"""Search results: cases, messages and subjects in one tree (FTS; aliases and numbers too).

Enter on a case opens the case view, on a message the detail pane; on a
subject its details are shown beside the list, after a justification when it
holds personal data.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from liaison_app.gui.context import AppContext
from liaison_app.gui.forms import child, embed_form
from liaison_app.gui.models.caption_texts import caption_text
from liaison_app.gui.models.labels import (
    CASE_STATUSES,
    PRIORITIES,
    SUBJECT_KINDS,
    TYPES,
    domain_text,
    label,
    subject_field_text,
    when,
)
from liaison_app.gui.pages.justification import JustificationDialog, request_justification
from liaison_app.gui.pages.subject_rows import seen_in_text
from liaison_app.gui.problem_texts import plain_words
from liaison_app.services import views
from liaison_app.services.detail_types import SearchHits, SubjectView
from liaison_app.services.errors import ServiceError
from liaison_app.services.view_types import MessageSummary

KIND_ROLE = Qt.ItemDataRole.UserRole
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class SearchResults(QWidget):
    """`search(text)` lists what the cache holds for `text`."""

    #: a subject's details are on screen (its ref)
    subject_shown = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("searchResults")
        self.setAccessibleName(self.tr("Search results"))
        self.form = embed_form(self, "page_search")
        self.summary_label = child(self.form, QLabel, "summaryLabel")
        self.tree = child(self.form, QTreeWidget, "resultsTree")
        self.subject_text = child(self.form, QPlainTextEdit, "subjectText")
        splitter = child(self.form, QSplitter, "splitter")
        splitter.setStretchFactor(0, 3)  # the results take the width; details beside
        splitter.setStretchFactor(1, 1)
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(self._preview)
        self.hits: SearchHits | None = None
        self.subjects: dict[str, SubjectView] = {}
        self.pending: JustificationDialog | None = None
        self.text = ""
        self.setFocusProxy(self.tree)
        ctx.locked.connect(self.clear)

    def clear(self) -> None:
        self.hits = None
        self.subjects.clear()
        self.tree.clear()
        self.subject_text.clear()
        self.summary_label.clear()

    def refresh(self) -> None:
        """Run the last search again."""
        if self.text:
            self.search(self.text)

    def search(self, text: str) -> None:
        """Search cases, messages and subjects for `text` and list them, grouped."""
        self.clear()
        self.text = text
        session = self.ctx.session
        if session is None:
            return
        try:
            hits = views.search(session, text)
        except ServiceError as exc:
            self.ctx.user_error.emit(self.tr("Search failed"), plain_words(exc))
            return
        self.hits = hits
        groups = (
            (self.tr("Cases (%1)"), "case", [
                (c.case_ref, f"{c.case_ref} — {c.title}",
                 f"{label(CASE_STATUSES, c.status)}, "
                 + self.tr("%1 messages").replace("%1", str(c.message_count)))
                for c in hits.cases]),
            (self.tr("Messages (%1)"), "message", [
                (m.message_id, f"{label(TYPES, m.type)} — {m.sender_agency} — {m.snippet}",
                 f"{label(PRIORITIES, m.priority)}, {when(m.received_at or m.created_at)}"
                 + (f", {m.case_ref}" if m.case_ref else ""))
                for m in hits.messages]),
            (self.tr("Subjects (%1)"), "subject", [
                (s.ref, f"{label(SUBJECT_KINDS, s.kind)}: {caption_text(s.caption, s.label)}",
                 domain_text(s.category_label)
                 + (" — " + self.tr("personal data") if s.personal else "")
                 + (f", {s.case_ref}" if s.case_ref else "")
                 + (", " + self.tr("in %n message(s)", "", len(s.carried_by))
                    if s.carried_by else ""))
                for s in hits.subjects]),
        )
        summaries = {m.message_id: m for m in hits.messages}
        self.subjects = {s.ref: s for s in hits.subjects}
        bold = QFont(self.tree.font())
        bold.setBold(True)
        first: QTreeWidgetItem | None = None
        for title, kind, rows in groups:
            group = QTreeWidgetItem([title.replace("%1", str(len(rows)))])
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for key, text_, detail in rows:
                item = QTreeWidgetItem([text_, detail])
                item.setData(0, KIND_ROLE, kind)
                item.setData(0, KEY_ROLE, key)
                item.setToolTip(0, text_)
                group.addChild(item)
                subject = self.subjects.get(key) if kind == "subject" else None
                for message_id in subject.carried_by if subject is not None else ():
                    item.addChild(self._carrier(message_id, summaries.get(message_id)))
                first = first or item
            self.tree.addTopLevelItem(group)
            group.setExpanded(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, min(max(self.tree.sizeHintForColumn(1), 120),
                                    max(160, self.tree.viewport().width() * 2 // 5)))
        for item in self.items("subject"):
            item.setExpanded(item.childCount() <= 5)  # the messages that carry it, in view
        if hits.empty:
            self.summary_label.setText(self.tr("Nothing found for “%1”.").replace("%1", text))
        else:
            # the groups below give their counts; this line the whole, with no plural to
            # get wrong ("1 subjects")
            self.summary_label.setText(self.tr("Results for “%1”: %2").replace(
                "%1", text).replace("%2", str(len(hits.cases) + len(hits.messages)
                                              + len(hits.subjects))))
        if first is not None:
            self.tree.setCurrentItem(first)

    def _carrier(self, message_id: str, summary: MessageSummary | None) -> QTreeWidgetItem:
        """A link under a gathered subject to one message that carries it (Enter opens it)."""
        if summary is None:
            text = self.tr("Message %1").replace("%1", message_id)
            detail = ""
        else:
            text = f"{label(TYPES, summary.type)} — {summary.sender_agency} — {summary.snippet}"
            detail = when(summary.received_at or summary.created_at)
        item = QTreeWidgetItem([text, detail])
        item.setData(0, KIND_ROLE, "message")
        item.setData(0, KEY_ROLE, message_id)
        item.setToolTip(0, text)
        return item

    def carriers(self, subject_item: QTreeWidgetItem) -> list[str]:
        """The message ids linked under a subject result."""
        out = []
        for i in range(subject_item.childCount()):
            link = subject_item.child(i)
            if link is not None:
                out.append(str(link.data(0, KEY_ROLE)))
        return out

    def items(self, kind: str) -> list[QTreeWidgetItem]:
        """The result rows of one kind (`case`, `message`, `subject`)."""
        found = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            if group is None:
                continue
            for j in range(group.childCount()):
                item = group.child(j)
                if item is not None and item.data(0, KIND_ROLE) == kind:
                    found.append(item)
        return found

    def _preview(self, item: QTreeWidgetItem | None,
                 _previous: QTreeWidgetItem | None = None) -> None:
        """A message result selected: previewed in the pane beside the results (not
        marked read; Enter opens it)."""
        if item is not None and item.data(0, KIND_ROLE) == "message" and self.isVisible() \
                and item.data(0, KEY_ROLE):
            self.ctx.preview_message.emit(str(item.data(0, KEY_ROLE)))

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.activate(item)

    def activate(self, item: QTreeWidgetItem) -> None:
        """Open a result: case view, message detail, or a subject's details."""
        kind, key = item.data(0, KIND_ROLE), item.data(0, KEY_ROLE)
        if not key:
            return
        if kind == "case":
            self.ctx.open_case.emit(str(key))
        elif kind == "message":
            self.ctx.open_message.emit(str(key))
        elif kind == "subject":
            self.show_subject(str(key))

    def show_subject(self, ref: str) -> None:
        """Show a subject's fields, after a justification when it holds personal data."""
        subject = self.subjects.get(ref)
        if subject is None:
            return
        self.subject_text.clear()
        if not subject.personal:
            self._render_subject(subject)
            return
        shown = caption_text(subject.caption, subject.label)
        what = f"{label(SUBJECT_KINDS, subject.kind)}: {shown}"
        self.pending = request_justification(
            self.ctx, self, subject.case_ref, ref, what,
            on_granted=lambda: self._render_subject(subject),
            on_refused=self.subject_text.clear)

    def _render_subject(self, subject: SubjectView) -> None:
        self.pending = None
        lines = [f"{label(SUBJECT_KINDS, subject.kind)}: "
                 f"{caption_text(subject.caption, subject.label)}",
                 f"{self.tr('Category')}: {domain_text(subject.category_label)}"]
        if subject.case_ref:
            lines.append(f"{self.tr('Case')}: {subject.case_ref}")
        if subject.message_id:
            lines.append(f"{self.tr('Carried by message')}: {subject.message_id}")
        lines += [subject_field_text(shown) for shown in subject.fields]
        lines += [seen_in_text(seen) for seen in subject.seen_in]
        self.subject_text.setPlainText("\n".join(lines))
        self.subject_shown.emit(subject.ref)
