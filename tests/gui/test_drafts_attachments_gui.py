"""A draft keeps the Attachments tab: file paths, "Keep original" and pasted images come
back when it is reopened from Drafts; sending from the draft runs the cross-check warning
and encrypts the files before queueing, and deletes the draft in the queueing transaction.

Through the real shell on a real SQLCipher profile (no hub). Neither the draft's text nor
the pasted image's bytes reach any file under the profile: they live in SQLCipher only.
"""

from __future__ import annotations

import base64
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from liaison_app.domain.messages import AlertContent, AlertKind, MessageType
from liaison_app.domain.subject_kinds import Basis, DataSubjectCategory, Person, Sex
from liaison_app.gui.compose import ComposeDialog
from liaison_app.services import drafts
from liaison_app.services.compose import Draft, queue_message
from liaison_app.store import attachments, outbox
from tests.gui.compose_fill import CANARY, check_request, fill_request
from tests.gui.conftest import WAIT_MS, unlock
from tests.gui.test_attachments_gui import real_jpeg
from tests.gui.test_drafts_gui import _answer, _files_hold, _open_window, _when_modal
from tests.services.workspace import PASSPHRASE, Workspace, make_workspace


def _noisy_image() -> QImage:
    """An image whose PNG bytes no other file shares (searched for under the profile)."""
    rng = random.Random(10)  # test pixels, not secrets
    image = QImage(48, 36, QImage.Format.Format_RGB32)
    for x in range(48):
        for y in range(36):
            image.setPixelColor(x, y, QColor(rng.randrange(256), rng.randrange(256),
                                             rng.randrange(256)))
    return image


def _known_suspect(window: Any) -> None:
    """The person fill_request types is already held on this laptop: a cross-check hit."""
    person = Person(category=DataSubjectCategory.SUSPECT, basis=Basis.FACT,
                    surname=f"Surname{CANARY}", given_names="Marko", nationalities=("RS",),
                    sex=Sex.MALE)
    queue_message(window.ctx.require_session(), Draft(
        content=AlertContent(AlertKind.LOOKOUT), to_agencies=("BG-BP",), subjects=(person,)))


def test_a_draft_keeps_its_attachments_and_sending_it_warns_encrypts_and_deletes_it(
        qtbot: QtBot, make_shell: Callable[..., Any], tmp_path: Path) -> None:
    workspace: Workspace = make_workspace(tmp_path / "profile-a")
    shell, window = _open_window(qtbot, make_shell, workspace)
    ctx = window.ctx
    session = ctx.require_session()
    _known_suspect(window)
    outside = tmp_path / "outside"
    outside.mkdir()
    photo = real_jpeg(outside / "lorry.jpg")
    scan = outside / "manifest.pdf"
    scan.write_bytes(b"%PDF-1.7\n" + b"x" * 4000)

    dialog = ComposeDialog(ctx, MessageType.REQUEST, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    fill_request(dialog)
    page = dialog.attachments
    page.add_paths([photo, scan])
    page.set_keep_original(0, True)  # evidence: sent as taken
    mime = QMimeData()
    mime.setImageData(_noisy_image())
    assert page.accept_mime(mime)
    pasted = page.files()[2]
    assert pasted.data is not None
    asked = _answer(qtbot, "Keep as draft")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and dialog.draft_id is not None
    draft_id = dialog.draft_id

    window.nav.setCurrentRow(window._nav_row("drafts"))
    drafts_page = window.page("drafts")
    qtbot.waitUntil(lambda: drafts_page.tree.topLevelItemCount() == 1, timeout=WAIT_MS)

    def reopened(again: QDialog) -> None:
        assert isinstance(again, ComposeDialog) and again.draft_id == draft_id
        check_request(again)
        files = again.attachments.files()
        assert [(f.shown_name, f.keep_original) for f in files] == [
            ("lorry.jpg", True), ("manifest.pdf", False), (pasted.shown_name, False)]
        assert files[2].data == pasted.data and files[0].path == photo
        assert again.tabs.tabText(5) == "Attachments (3)"
        qtbot.keyClick(again, Qt.Key.Key_Escape)  # untouched: closes, the draft stays

    seen = _when_modal(reopened)
    drafts_page.open_selected()
    assert len(seen) == 1 and drafts.exists(session, draft_id)

    shell.lock()  # nothing of the draft is in a file: text, paths' files, pasted bytes
    needles = [CANARY, f"Surname{CANARY}"]
    assert [p for n in needles for p in _files_hold(workspace.path, n)] == []
    raw = pasted.data
    encoded = base64.b64encode(raw)
    for chunk in (raw[60:92], encoded[80:140]):
        assert [p for p in workspace.path.rglob("*")
                if p.is_file() and chunk in p.read_bytes()] == []
    window = unlock(qtbot, shell, PASSPHRASE)
    ctx = window.ctx
    session = ctx.require_session()

    scan.unlink()  # moved away since: named, and the rest still attached
    again = ComposeDialog(ctx, MessageType.REQUEST, window, draft=drafts.load(session, draft_id))
    again.show()
    qtbot.waitExposed(again)
    assert [f.shown_name for f in again.attachments.files()] == ["lorry.jpg", pasted.shown_name]
    assert "manifest.pdf" in again.general.text() and again.tabs.currentIndex() == 5
    target = again.message.body
    again.tabs.setCurrentIndex(0)
    target.setFocus()
    again.activateWindow()
    qtbot.waitUntil(again.isActiveWindow, timeout=WAIT_MS)
    warned = _answer(qtbot, "Sign and queue")  # the cross-check warning, then go on
    qtbot.keyClick(target, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter
    qtbot.waitUntil(lambda: again.message_id is not None, timeout=WAIT_MS)
    assert warned and "match a watch list" in warned[0]
    message_id = str(again.message_id)
    assert again.result() == QDialog.DialogCode.Accepted
    assert not drafts.exists(session, draft_id)  # deleted with the queueing
    stored = attachments.of_message(session.db, message_id)
    assert [r.ref.name for r in stored] == ["lorry.jpg", pasted.shown_name]
    assert [r.ref.location_removed for r in stored] == [False, False]  # the original kept
    item = outbox.get(session.db, message_id)
    assert item is not None and item.state.value == "pending" and item.envelope == b""
