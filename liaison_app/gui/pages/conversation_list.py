"""The conversation under a message: the request or alert and everything answering it.

In order, indented by depth, each with its delivery state as an icon and in words
(acknowledgements are that state); the message on screen is bold and selected.
A reply's row is indented as a whole (`ConversationRows`), so its wrapped second line
stays under its first, and rows have room above and below their text.
Texts keep the `MessageDetail` translation context they always had.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from liaison_app.gui.models.badges import state_icon
from liaison_app.gui.models.labels import DELIVERY_STATES, FOLLOW_UPS, TYPES, label, short_when
from liaison_app.services.detail_types import MessageDetail

# Qt's translate under the name lupdate looks for (literal context and text at each call)
translate = QCoreApplication.translate

_OUTCOMES = {
    "provided": QT_TRANSLATE_NOOP("MessageDetail", "provided"),
    "partial": QT_TRANSLATE_NOOP("MessageDetail", "partly answered"),
    "refused": QT_TRANSLATE_NOOP("MessageDetail", "refused"),
    "clarification": QT_TRANSLATE_NOOP("MessageDetail", "clarification requested"),
    "rectify": QT_TRANSLATE_NOOP("MessageDetail", "rectify"),
    "withdraw": QT_TRANSLATE_NOOP("MessageDetail", "withdraw"),
    "business": QT_TRANSLATE_NOOP("MessageDetail", "being acted on"),
}


#: where a row keeps its depth in the conversation (0 for the request or alert)
DEPTH_ROLE = Qt.ItemDataRole.UserRole + 1
#: how far each level of answer is indented, in multiples of the font's height
_INDENT_PER_DEPTH = 1.0
#: the deepest level drawn further in (a long chain must not squeeze its text away)
_MAX_DEPTH = 4
#: room above and below a row's text, in pixels
_ROW_PADDING = 3

_Index = QModelIndex | QPersistentModelIndex


class ConversationRows(QStyledItemDelegate):
    """Draws a conversation row indented by its depth, wrapped text and icon together,
    with a little room above and below."""

    def indent(self, index: _Index, option: QStyleOptionViewItem) -> int:
        """How far the row at `index` is drawn in, in pixels."""
        depth = min(int(index.data(DEPTH_ROLE) or 0), _MAX_DEPTH)
        return round(depth * _INDENT_PER_DEPTH * option.fontMetrics.height())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        """The row, its icon and text moved in by its depth (the selection too)."""
        moved = QStyleOptionViewItem(option)
        moved.rect = option.rect.adjusted(self.indent(index, option), _ROW_PADDING, 0,
                                          -_ROW_PADDING)
        super().paint(painter, moved, index)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        """The height the text needs when wrapped in the width left after the indent."""
        indent = self.indent(index, option)
        narrowed = QStyleOptionViewItem(option)
        if option.rect.width() > indent:
            narrowed.rect = option.rect.adjusted(indent, 0, 0, 0)
        size = super().sizeHint(narrowed, index)
        return QSize(size.width() + indent, size.height() + 2 * _ROW_PADDING)


def prepare_conversation_list(chain: QListWidget) -> None:
    """Set `chain` up to show a conversation: rows wrapped to the list's width, never
    scrolled sideways, indented by depth."""
    chain.setWordWrap(True)
    chain.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    chain.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    chain.setItemDelegate(ConversationRows(chain))


def conversation_detail(code: str) -> str:
    """A reply's outcome, a recall's action or an acknowledgement's kind, in words."""
    text = _OUTCOMES.get(code)
    return translate("MessageDetail", str(text)) if text is not None else code


def fill_conversation(chain: QListWidget, box: QGroupBox, d: MessageDetail) -> None:
    """List the conversation of `d` in `chain`; `box` shows only when there is more than
    the message itself, titled with the request's follow-up state."""
    chain.clear()
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
            kind = f"{kind} ({conversation_detail(c.detail)})"
        state = label(DELIVERY_STATES, c.state)
        text = f"{short_when(c.created_at)} {arrow} {kind} · {who} · {state}"
        item = QListWidgetItem(state_icon(c.state), text)
        item.setData(Qt.ItemDataRole.UserRole, c.message_id)
        item.setData(DEPTH_ROLE, c.depth)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, translate(
            "MessageDetail", "%1, %2 %3, %4").replace("%1", kind).replace(
            "%2", translate("MessageDetail", "from") if c.direction == "incoming"
            else translate("MessageDetail", "to")).replace("%3", who).replace("%4", state))
        item.setToolTip(c.snippet if c.waiting is None else f"{c.snippet}\n{c.waiting}")
        if c.current:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        chain.addItem(item)
        if c.current:
            chain.setCurrentItem(item)
    title = translate("MessageDetail", "Conversation")
    if conversation is not None and conversation.follow_up:
        title += " — " + label(FOLLOW_UPS, conversation.follow_up)
    box.setTitle(title)
    box.setVisible(len(items) > 1)
