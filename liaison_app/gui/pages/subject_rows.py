"""Subjects as tree rows: a subject with its fields, the records it is also seen in, and
the watch-list and cache hits found when its message arrived.

Shared by the detail pane, the case view and search, so a subject reads the same
everywhere. Texts keep the `MessageDetail` translation context they always had.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from liaison_app.gui.models.caption_texts import caption_text, matched_text
from liaison_app.gui.models.labels import (
    SUBJECT_KINDS,
    domain_text,
    label,
    subject_field_text,
    when,
)
from liaison_app.gui.models.match_reason_texts import reasons_text
from liaison_app.gui.theme import colour
from liaison_app.services.detail_types import SeenIn, SubjectView
from liaison_app.services.session import Session

# Qt's translate under the name lupdate looks for (literal context and text at each call)
translate = QCoreApplication.translate


def subject_item(subject: SubjectView, columns: int = 3) -> QTreeWidgetItem:
    """A tree row for a subject, its fields as children. `columns`: 4 (the case view:
    subject, category, role, personal data), 3 (without the role), or 1 (the detail
    pane beside a list, too narrow for columns: the category and whether it is
    personal data on a second line under the caption, the row wrapping)."""
    kind = label(SUBJECT_KINDS, subject.kind)
    personal = (
        translate("MessageDetail", "Yes") if subject.personal else translate("MessageDetail", "No")
    )
    caption = caption_text(subject.caption, subject.label)
    category = domain_text(subject.category_label)
    if columns == 1:
        second = (translate("MessageDetail", "%1 · personal data") if subject.personal
                  else translate("MessageDetail", "%1 · no personal data")).replace(
                      "%1", category)
        texts = [f"{kind}: {caption}\n{second}"]
    else:
        texts = [f"{kind}: {caption}", category, personal]
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


def add_arrival_hits(tree: QTreeWidget, session: Session, message_id: str) -> None:
    """Under each subject of `tree`, the watch-list and cache hits found when message
    `message_id` arrived: best first, above the subject's fields, strong ones in red."""
    from liaison_app.services import crosscheck  # matching stays off the start-up path

    placed: dict[int, int] = {}
    for found in crosscheck.arrival_hits(session, message_id=message_id):
        parent = tree.topLevelItem(found.subject_index)
        if parent is None:
            continue
        hit = found.hit
        where = (translate("MessageDetail", "watch list %1 v%2, entry %3")
                 .replace("%1", hit.list_name).replace("%2", str(hit.list_version))
                 .replace("%3", hit.entry_id)
                 if hit.source == "watchlist"
                 else translate("MessageDetail", "held on this laptop (%1)").replace(
                     "%1", hit.entry_id))
        text = translate("MessageDetail", "Hit %1 — %2: %3").replace(
            "%1", f"{hit.score:.2f}").replace("%2", where).replace("%3", matched_text(hit.matched))
        row = QTreeWidgetItem([text])
        reasons = reasons_text(hit.reasons)
        row.setToolTip(0, "\n".join(reasons))
        row.setForeground(0, colour("urgent") if hit.strong else colour("caution"))
        for reason in reasons:
            row.addChild(QTreeWidgetItem([reason]))
        position = placed.get(found.subject_index, 0)
        parent.insertChild(position, row)
        placed[found.subject_index] = position + 1
        parent.setExpanded(True)
        row.setExpanded(True)
