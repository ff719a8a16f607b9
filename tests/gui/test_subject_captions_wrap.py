"""A subject's long caption and its watch-list hit read whole in the detail pane beside the
inbox at 1366x768: the Subjects column wraps them (no "Bank account: IBAN …"), the row is
as tall as the wrapped text, and the full text is also the tooltip and the text a screen
reader reads. (The fit test runs the same row check on every page in all four
languages: tests/gui/fit_checks.py `wrapped_cell_problems`.)"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QSplitter, QTreeWidget

from liaison_app.domain.subjects import BankAccount
from tests.gui.conftest import unlock
from tests.gui.fit_checks import wrapped_cell_problems
from tests.services.test_financial_checks import IBAN, F, S, _arrive, _load
from tests.services.workspace import PASSPHRASE, make_workspace

WAIT_MS = 10_000
HOLDER = "Balkan Express Tours d.o.o., Subotica branch"


def _rows(tree: QTreeWidget) -> list[QModelIndex]:
    model = tree.model()
    index = model.index(0, 0)
    rows = []
    while index.isValid():
        rows.append(index)
        index = tree.indexBelow(index)
    return rows


def test_a_long_iban_caption_and_its_hit_wrap_whole_beside_the_inbox(
        qtbot: Any, tmp_path: Path, make_shell: Any) -> None:
    ws = make_workspace(tmp_path / "profile")
    session = ws.open()
    try:
        _load(session)
        message = _arrive(session, (BankAccount(category=S, basis=F, iban=IBAN,
                                                holder_name=HOLDER),), "GB-NCA/2026/0099")
    finally:
        session.close(reason="test")
    window = unlock(qtbot, make_shell(ws.path, start_sync=False), PASSPHRASE)
    window.resize(1366, 768)
    window.ctx.justified_objects.add(f"message:{message}")
    window.ctx.open_message.emit(message)
    detail = window._detail
    qtbot.waitUntil(lambda: detail is not None and detail.message_id == message
                    and detail.subjects_tree.isVisible(), timeout=WAIT_MS)
    tree = detail.subjects_tree
    # the rows take their wrapped heights once the pane has its width (the next turn of
    # the event loop)
    qtbot.waitUntil(lambda: not list(wrapped_cell_problems(tree)), timeout=WAIT_MS)
    assert (window.width(), window.height()) == (1366, 768)
    assert detail.width() < 1366 // 2  # the pane beside the list, not the whole window
    rows = _rows(tree)
    caption = next(i for i in rows if "RS35" in str(i.data()) and not i.parent().isValid())
    hit = next(i for i in rows if str(i.data()).startswith("Hit "))
    for index in (caption, hit):
        text, rect = str(index.data()), tree.visualRect(index)
        metrics = QFontMetrics(tree.font())
        assert metrics.horizontalAdvance(text) > rect.width(), (text, rect)  # needs wrapping
        assert HOLDER in text or "FIN-1" in text
        # the row holds the text wrapped to the cell's width: nothing elided
        assert rect.height() >= 2 * metrics.lineSpacing(), (text, rect)
        item = tree.itemFromIndex(index)
        assert item.toolTip(0).startswith(text)
        assert item.data(0, Qt.ItemDataRole.AccessibleTextRole) == text
    # the list is as tall as its rows: no scroll bar of its own, the pane scrolls instead
    assert not tree.verticalScrollBar().isVisible()
    # the splitter moved (a narrower pane): the rows are laid out again for the new width
    splitter = detail.parentWidget()
    while not isinstance(splitter, QSplitter):
        splitter = splitter.parentWidget()
    column, height = tree.columnWidth(0), tree.visualRect(caption).height()
    sizes = splitter.sizes()
    at = splitter.indexOf(detail) if splitter.indexOf(detail) >= 0 else len(sizes) - 1
    sizes[at - 1], sizes[at] = sizes[at - 1] + 100, sizes[at] - 100
    splitter.setSizes(sizes)
    qtbot.waitUntil(lambda: tree.columnWidth(0) < column
                    and tree.visualRect(caption).height() > height, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not list(wrapped_cell_problems(tree)), timeout=WAIT_MS)
