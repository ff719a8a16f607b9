"""Attachments in the GUI: attach by button, drag and drop and paste; the per-photo
"Keep original" choice; the message pane's thumbnail, in-memory viewer and Save as…
(which writes the file and an audit entry)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from liaison_app.domain.grading import GradingScheme
from liaison_app.domain.messages import AlertContent, AlertKind, MessageType
from liaison_app.gui.compose import ComposeDialog
from liaison_app.gui.context import AppContext
from liaison_app.gui.pages.attachments_pane import ImageViewer
from liaison_app.gui.pages.detail import MessageDetail
from liaison_app.protocol.ids import new_message_id
from liaison_app.services.attachments import AttachmentFile, prepare
from liaison_app.services.compose import Draft, queue_message
from liaison_app.services.session import Session
from liaison_app.store import attachments, audit
from liaison_app.store.audit import AuditKind
from tests.gui.test_compose_support import choose, profile, tick
from tests.services.workspace import Workspace
from tests.support.images import exif_tiff, gps_values

Ctx = tuple[Workspace, Session, AppContext]
WAIT_MS = 15_000


@pytest.fixture
def env(tmp_path: Path, qapp: QApplication) -> Iterator[Ctx]:
    with profile(tmp_path / "profile-a") as found:
        yield found


def real_jpeg(path: Path, *, gps: bool = True, size: int = 320) -> Path:
    """A decodable JPEG (drawn by Qt) with EXIF location data inserted after SOI."""
    image = QImage(size, size * 3 // 4, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a6ea5"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG")
    raw = bytes(data.data())
    if gps:
        tiff = exif_tiff()
        payload = b"Exif\x00\x00" + tiff
        raw = raw[:2] + b"\xff\xe1" + (len(payload) + 2).to_bytes(2, "big") + payload + raw[2:]
    path.write_bytes(raw)
    return path


def _drop(widget: object, urls: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in urls])
    pos = QPoint(10, 10)
    enter = QDragEnterEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)  # type: ignore[arg-type]
    assert enter.isAccepted()
    drop = QDropEvent(pos.toPointF(), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)  # type: ignore[arg-type]


@pytest.mark.filterwarnings("ignore:Function.*QDragEnterEvent:DeprecationWarning")
def test_attach_by_button_drag_and_drop_and_paste(qtbot: QtBot, env: Ctx,
                                                  tmp_path: Path) -> None:
    _ws, session, ctx = env
    photo = real_jpeg(tmp_path / "lorry.jpg")
    evidence = real_jpeg(tmp_path / "passport.jpg")
    scan = tmp_path / "manifest.pdf"
    scan.write_bytes(b"%PDF-1.7\n" + b"x" * 5000)
    dialog = ComposeDialog(ctx, MessageType.ALERT)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    page = dialog.attachments
    dialog.tabs.setCurrentIndex(5)
    assert dialog.tabs.tabText(5) == "Attachments"  # Alt+6, like every compose tab

    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    chooser = page.dialog
    assert chooser is not None and chooser.isVisible()
    chooser.selectFile(str(photo))
    chooser.accept()
    assert [f.shown_name for f in page.files()] == ["lorry.jpg"]

    _drop(page.list.viewport(), [evidence, scan])
    assert [f.shown_name for f in page.files()] == ["lorry.jpg", "passport.jpg",
                                                     "manifest.pdf"]
    assert dialog.tabs.tabText(5) == "Attachments (3)"
    row = page.list.topLevelItem(1)
    assert row is not None and row.text(4) == "will be removed"
    page.set_keep_original(1, True)  # the officer keeps this one as evidence
    assert row.text(4) == "sent as taken (original kept)" and page.files()[1].keep_original
    pdf_row = page.list.topLevelItem(2)
    assert pdf_row is not None and pdf_row.text(1) == "PDF document"
    assert not (pdf_row.flags() & Qt.ItemFlag.ItemIsUserCheckable)

    pasted = QImage(40, 30, QImage.Format.Format_RGB32)
    pasted.fill(QColor("white"))
    QGuiApplication.clipboard().setImage(pasted)
    qtbot.mouseClick(page.paste_button, Qt.MouseButton.LeftButton)
    assert len(page.files()) == 4 and page.files()[3].data is not None
    assert page.files()[3].shown_name.startswith("pasted-image-")

    tick(dialog.message.agency_item("RS-BP"))
    qtbot.keyClicks(dialog.message.body, "Photos of the lorry and the passport attached.")
    alert = dialog.alert
    assert alert is not None
    choose(alert.kind, AlertKind.WARNING.value)
    choose(dialog.grading.scheme, GradingScheme.EUROPOL_4X4.value)
    choose(dialog.grading.source, "B")
    choose(dialog.grading.information, "2")
    choose(dialog.grading.handling, "H1")
    qtbot.mouseClick(dialog.queue_button, Qt.MouseButton.LeftButton)
    assert dialog.general.text() == "Encrypting the attachments…"
    qtbot.waitUntil(lambda: dialog.message_id is not None, timeout=WAIT_MS)
    stored = attachments.of_message(session.db, str(dialog.message_id))
    assert [r.ref.name for r in stored] == ["lorry.jpg", "passport.jpg", "manifest.pdf",
                                            page.files()[3].shown_name]
    assert [r.ref.location_removed for r in stored] == [True, False, False, False]
    assert [r.ref.media_type for r in stored][2:] == ["application/pdf", "image/png"]


def test_oversize_file_is_refused_in_the_list(qtbot: QtBot, env: Ctx, tmp_path: Path) -> None:
    _ws, _session, ctx = env
    big = tmp_path / "huge.tif"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024 + 1)
    dialog = ComposeDialog(ctx, MessageType.ALERT)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.attachments.problem, timeout=WAIT_MS) as blocker:
        dialog.attachments.add_paths([big])
    assert "50 MiB" in str(blocker.args[0]) and dialog.attachments.files() == []


def test_thumbnail_viewer_and_save_as(qtbot: QtBot, env: Ctx, tmp_path: Path) -> None:
    _ws, session, ctx = env
    photo = real_jpeg(tmp_path / "false-floor.jpg", size=640)
    mid = new_message_id()
    (prepared,) = prepare(session, mid, [AttachmentFile(photo)])
    queue_message(session, Draft(
        content=AlertContent(alert_kind=AlertKind.WARNING, action_requested="",
                             valid_until=None, interpol_notice=None),
        to_agencies=("RS-BP",), body="False floor behind the cab.", message_id=mid,
        attachments=(prepared.ref,)))
    detail = MessageDetail(ctx)
    qtbot.addWidget(detail)
    detail.show()
    detail.show_message(mid)
    pane = detail.attachments
    assert pane.isVisible() and pane.list.count() == 1
    item = pane.list.item(0)
    assert item is not None and "false-floor.jpg" in item.text() and "JPEG photo" in item.text()
    qtbot.waitUntil(lambda: prepared.ref.id in pane.thumbnails, timeout=WAIT_MS)
    thumb = pane.thumbnails[prepared.ref.id]
    assert max(thumb.width(), thumb.height()) == 64 and thumb.width() > thumb.height()

    qtbot.mouseClick(pane.view_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.viewer is not None, timeout=WAIT_MS)
    viewer = pane.viewer
    assert isinstance(viewer, ImageViewer) and viewer.image.width() == 640
    viewer.close()

    qtbot.mouseClick(pane.save_button, Qt.MouseButton.LeftButton)
    export = pane.export_dialog
    assert export is not None and export.isVisible()
    ok = export.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None and not ok.isEnabled()
    qtbot.keyClicks(export.reason_edit, "Evidence bundle RS/UK 2026-14")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    chooser = pane.file_dialog
    assert chooser is not None and chooser.isVisible()
    target = tmp_path / "saved-floor.jpg"
    chooser.selectFile(str(target))
    chooser.accept()
    qtbot.waitUntil(lambda: pane.last_saved is not None, timeout=WAIT_MS)
    saved = target.read_bytes()
    assert gps_values() in photo.read_bytes() and gps_values() not in saved
    assert len(saved) == len(photo.read_bytes())
    (entry,) = audit.entries(session.db, kind=AuditKind.EXPORT)
    assert isinstance(entry.details, dict)
    assert entry.details["justification"] == "Evidence bundle RS/UK 2026-14"
    assert entry.details["to"] == str(target)


def test_transfer_progress_in_the_status_bar(qtbot: QtBot) -> None:
    from liaison_app.gui.status_bar import StatusBar

    bar = StatusBar()
    qtbot.addWidget(bar)
    bar.sync_started()
    bar.sync_progress("upload", 26_000_000, 52_000_000)
    assert bar.currentMessage() == "Uploading attachment: 50 % of 52.0 MB"
    assert (bar.progress.value(), bar.progress.maximum()) == (26_000_000, 52_000_000)
    bar.sync_progress("download", 52_000_000, 52_000_000)
    assert bar.currentMessage() == "Downloading attachment: 100 % of 52.0 MB"
