"""The detail pane reads top-down: the message text first (who and when in one line above
it), then attachments, subjects and the conversation, then grading, handling and the
full header; at 1366x768 the text is in view beside the inbox without scrolling."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget

from tests.gui.rich_profile import CASE, unlocked_with_data

WAIT_MS = 10_000


def _top(widget: QWidget, area: QWidget) -> int:
    """`widget`'s top edge in the scroll area's content (its position in reading order)."""
    return widget.mapTo(area, QPoint(0, 0)).y()


def test_the_message_text_comes_first_and_is_in_view_at_1366x768(
        qtbot: Any, tmp_path: Path, make_shell: Any) -> None:
    window, ids = unlocked_with_data(qtbot, tmp_path / "profile", make_shell)
    window.resize(1366, 768)
    ctx = window.ctx
    ctx.justified_objects.add(f"message:{ids['received']}")
    ctx.justified_cases.add(CASE)
    ctx.open_message.emit(ids["received"])
    detail = window._detail
    qtbot.waitUntil(lambda: detail is not None and detail.message_id == ids["received"]
                    and detail.body_text.isVisible(), timeout=WAIT_MS)
    assert (window.width(), window.height()) == (1366, 768)
    body, content = detail.body_text, detail.scroll_area.widget()
    assert "Horgoš" in body.toPlainText()
    assert "Partner" in detail.byline.text() and detail.byline.isVisible()
    subjects = detail.subjects_tree.parentWidget()
    order = [detail.title_label, detail.byline, body, subjects, detail.grading_box,
             detail.handling_box, detail.metadata_box]
    assert all(w.isVisible() for w in order), [w.objectName() for w in order
                                               if not w.isVisible()]
    tops = [_top(w, content) for w in order]
    assert tops == sorted(tops), list(zip([w.objectName() for w in order], tops, strict=True))
    column = content.layout()
    assert column.indexOf(detail.attachments) == column.indexOf(body) + 1  # right under it
    assert detail.values["fromValue"].text().startswith("Partner")  # still in the header
    # in view: the text's whole box lies inside the pane's viewport with the scroll at the top
    viewport = detail.scroll_area.viewport()
    assert detail.scroll_area.verticalScrollBar().value() == 0
    top_left = body.mapTo(viewport, QPoint(0, 0))
    assert top_left.y() >= 0
    assert top_left.y() + body.height() <= viewport.height(), (top_left.y(), body.height(),
                                                               viewport.height())
    # sized to the text: the short text needs no scroll bar of its own, and has no
    # more than a few empty lines under it
    assert not body.verticalScrollBar().isVisible()
    assert body.height() < viewport.height() // 2
