"""The conversation under a message: the request or alert and everything answering it.

In order, indented by depth, each with its delivery state as an icon and in words
(acknowledgements are that state); the message on screen is bold and selected.
Texts keep the `MessageDetail` translation context they always had.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QGroupBox, QListWidget, QListWidgetItem

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
        chain.addItem(item)
        if c.current:
            chain.setCurrentItem(item)
    title = translate("MessageDetail", "Conversation")
    if conversation is not None and conversation.follow_up:
        title += " — " + label(FOLLOW_UPS, conversation.follow_up)
    box.setTitle(title)
    box.setVisible(len(items) > 1)
