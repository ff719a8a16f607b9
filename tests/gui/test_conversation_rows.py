"""Conversation rows: an answer is indented as a whole, so its wrapped second line stays
under its first (it used to start at the list's edge), and every row has room above and
below its text."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QListWidget, QListWidgetItem

from liaison_app.gui.models.badges import state_icon
from liaison_app.gui.pages.conversation_list import (
    DEPTH_ROLE,
    ConversationRows,
    prepare_conversation_list,
)

LONG = "12-04 17:29 ← Reply (partly answered) · RS-BP · Border Police Directorate · Read"


def _chain(qapp: QApplication) -> QListWidget:
    chain = QListWidget()
    prepare_conversation_list(chain)
    chain.resize(320, 240)
    for depth in (0, 2):
        item = QListWidgetItem(state_icon("read"), LONG)
        item.setData(DEPTH_ROLE, depth)
        chain.addItem(item)
    chain.show()
    qapp.processEvents()
    return chain


def _inked_columns(image: QImage, top: int, bottom: int, background: QColor) -> list[int]:
    """The x of every column with a pixel unlike the background between top and bottom."""
    found = []
    for x in range(image.width()):
        for y in range(top, bottom):
            c = image.pixelColor(x, y)
            if abs(c.red() - background.red()) + abs(c.green() - background.green()) \
                    + abs(c.blue() - background.blue()) > 60:
                found.append(x)
                break
    return found


def test_an_answer_is_drawn_indented_on_every_line(qapp: QApplication) -> None:
    chain = _chain(qapp)
    delegate = chain.itemDelegate()
    assert isinstance(delegate, ConversationRows)
    request, answer = chain.visualItemRect(chain.item(0)), chain.visualItemRect(chain.item(1))
    line = chain.fontMetrics().height()
    assert request.height() >= 2 * line  # the long text wraps at this width
    assert answer.height() >= request.height()  # less room, never fewer lines
    image = chain.viewport().grab().toImage()
    background = chain.viewport().palette().color(chain.viewport().backgroundRole())
    # the request starts near the edge; every line of the answer starts two levels in
    first = _inked_columns(image, request.top(), request.bottom(), background)
    drawn = _inked_columns(image, answer.top(), answer.bottom(), background)
    assert first and drawn
    assert min(first) < line
    assert min(drawn) >= 2 * line - 2
    # and the answer's lower line is drawn in too, not from the list's edge
    lower = _inked_columns(image, answer.top() + answer.height() // 2, answer.bottom(),
                           background)
    assert lower and min(lower) >= 2 * line - 2


def test_rows_have_room_above_and_below_their_text(qapp: QApplication) -> None:
    chain = _chain(qapp)
    chain.resize(2000, 240)  # one line each
    qapp.processEvents()
    row = chain.visualItemRect(chain.item(0))
    assert row.height() >= chain.fontMetrics().height() + 6
