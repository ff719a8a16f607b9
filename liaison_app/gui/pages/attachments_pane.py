"""A message's attachments in the detail pane: type icon, name, size, state; thumbnails of
images; View (in memory), Download (on demand) and Save as… (an audited export).

Decryption for thumbnails, the viewer and Save as runs in a worker thread; only the
spool file is read there (`services.attachment_files` did the database part first).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from liaison_app.gui.context import AppContext
from liaison_app.gui.forms import child, load_form, set_role
from liaison_app.gui.pages.attachment_display import human_size, kind_label, type_icon
from liaison_app.gui.problem_texts import plain_words
from liaison_app.gui.tasks import start_task
from liaison_app.services.attachment_files import (
    AttachmentView,
    begin_export,
    image_loader,
    list_attachments,
    request_download,
)
from liaison_app.services.errors import ServiceError

THUMB = QSize(64, 64)
ROLE = Qt.ItemDataRole.UserRole


def decode_image(data: bytes, fit: QSize | None = None) -> QImage:
    """An image from bytes in memory, decoded at `fit` size when given (fast for JPEG)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    if fit is not None and reader.size().isValid():
        reader.setScaledSize(reader.size().scaled(fit, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


class ExportDialog(QDialog):
    """Asks why an attachment leaves Liaison (the reason goes to the audit log)."""

    def __init__(self, view: AttachmentView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentExportDialog")
        self.setWindowTitle(self.tr("Save attachment outside Liaison"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        form = load_form("attachment_export", self)
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        child(form, QLabel, "whatLabel").setText(
            self.tr("%1 (%2, %3). The saved copy is not encrypted: keep it only where your "
                    "agency's rules allow.").replace("%1", view.name)
            .replace("%2", kind_label(view.media_type)).replace("%3", human_size(view.size)))
        self.reason_edit = child(form, QLineEdit, "reasonEdit")
        self.error = child(form, QLabel, "errorLabel")
        set_role(self.error, "error")
        self.buttons = child(form, QDialogButtonBox, "buttonBox")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        ok.setText(self.tr("Choose &file…"))
        ok.setEnabled(False)
        self.reason_edit.textChanged.connect(
            lambda text: ok.setEnabled(len(text.strip()) >= 3))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    @property
    def reason(self) -> str:
        return self.reason_edit.text().strip()


class ImageViewer(QDialog):
    """One image, decrypted in memory only, scaled to the window."""

    def __init__(self, title: str, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imageViewer")
        self.setWindowTitle(title)
        self.setAccessibleName(self.tr("Image: %1").replace("%1", title))
        self.image = image
        layout = QVBoxLayout(self)
        self.label = QLabel(self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setMinimumSize(200, 150)
        self.label.setAccessibleName(title)
        layout.addWidget(self.label, 1)
        note = QLabel(self.tr("Shown from memory; nothing is written to disk. To keep a "
                              "copy, use Save as…"), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        self.resize(900, 620)

    def resizeEvent(self, event: object) -> None:  # Qt API name
        """Keep the image fitted to the window."""
        super().resizeEvent(event)  # type: ignore[arg-type]
        if not self.image.isNull():
            self.label.setPixmap(QPixmap.fromImage(self.image).scaled(
                self.label.size(), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))


class AttachmentsPane(QGroupBox):
    """The attachment list of the message on screen."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        form = load_form("message_attachments")
        self.setTitle(self.tr("Attachments"))
        self.setAccessibleName(self.tr("Attachments"))
        self.setObjectName("attachmentsPane")
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        self.list = child(form, QListWidget, "attachmentList")
        self.note = child(form, QLabel, "attachmentNote")
        self.view_button = child(form, QPushButton, "viewButton")
        self.download_button = child(form, QPushButton, "downloadButton")
        self.save_button = child(form, QPushButton, "saveButton")
        self.list.setIconSize(THUMB)
        self.list.currentItemChanged.connect(lambda *_: self._selection_changed())
        self.list.itemActivated.connect(lambda _item: self.view_or_save())
        self.view_button.clicked.connect(self.view)
        self.download_button.clicked.connect(self.download)
        self.save_button.clicked.connect(self.save_as)
        self.message_id: str | None = None
        self.views: list[AttachmentView] = []
        self.thumbnails: dict[str, QImage] = {}
        self.viewer: ImageViewer | None = None
        self.export_dialog: ExportDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self.last_saved: Path | None = None
        self.setVisible(False)

    # -- showing -----------------------------------------------------------------------

    def clear(self) -> None:
        """No message: nothing shown, thumbnails forgotten (they are plaintext)."""
        self.message_id = None
        self.views = []
        self.thumbnails.clear()
        self.list.clear()
        self.setVisible(False)

    def show_message(self, message_id: str) -> None:
        """List `message_id`'s attachments (hidden when it has none)."""
        session = self.ctx.session
        if session is None:
            self.clear()
            return
        if message_id != self.message_id:
            self.thumbnails.clear()
        self.message_id = message_id
        current = self.current()
        self.views = list_attachments(session, message_id)
        self.list.clear()
        for view in self.views:
            self.list.addItem(self._item(view))
        self.setVisible(bool(self.views))
        if self.views:
            keep = next((i for i, v in enumerate(self.views)
                         if current is not None and v.id == current.id), 0)
            self.list.setCurrentRow(keep)
        self._selection_changed()
        for view in self.views:
            if view.is_image and view.state == "available" and view.id not in self.thumbnails:
                self._load_thumbnail(view)

    def _state_text(self, view: AttachmentView) -> str:
        if view.direction == "outgoing":
            return self.tr("uploaded; kept here encrypted") if view.uploaded else \
                self.tr("encrypted here; uploaded at the next sync")
        return {
            "remote": self.tr("at the hub: Download to fetch it"),
            "downloading": self.tr("downloading…"),
            "available": self.tr("here, encrypted"),
            "failed": self.tr("refused: %1").replace("%1", view.failure or ""),
        }.get(view.state, view.state)

    def _item(self, view: AttachmentView) -> QListWidgetItem:
        text = f"{view.name}\n{kind_label(view.media_type)}, {human_size(view.size)} — " \
               f"{self._state_text(view)}"
        item = QListWidgetItem(type_icon(view.media_type), text)
        thumb = self.thumbnails.get(view.id)
        if thumb is not None:
            item.setIcon(QPixmap.fromImage(thumb))
        item.setData(ROLE, view.id)
        item.setToolTip(view.name)
        if view.state == "failed":
            item.setForeground(Qt.GlobalColor.darkRed)
        return item

    def current(self) -> AttachmentView | None:
        row = self.list.currentRow()
        return self.views[row] if 0 <= row < len(self.views) else None

    def _selection_changed(self) -> None:
        view = self.current()
        here = view is not None and view.state == "available"
        self.view_button.setEnabled(here and view is not None and view.is_image)
        self.save_button.setEnabled(here)
        self.download_button.setEnabled(view is not None and view.direction == "incoming"
                                        and view.state in ("remote", "failed"))
        if view is None:
            self.note.setText("")
        elif view.location_removed:
            self.note.setText(self.tr("Location data was removed from this photo before it "
                                      "was sent."))
        elif view.state == "failed":
            self.note.setText(self.tr("This attachment was refused and nothing of it was "
                                      "kept: %1").replace("%1", view.failure or ""))
        else:
            self.note.setText("")

    def _load_thumbnail(self, view: AttachmentView) -> None:
        session = self.ctx.session
        message_id = self.message_id
        if session is None or message_id is None:
            return
        try:
            load = image_loader(session, message_id, view.id)
        except ServiceError:
            return

        def done(image: object) -> None:
            if self.message_id != message_id or not isinstance(image, QImage) or image.isNull():
                return
            self.thumbnails[view.id] = image
            for row in range(self.list.count()):
                item = self.list.item(row)
                if item is not None and item.data(ROLE) == view.id:
                    item.setIcon(QPixmap.fromImage(image))

        start_task(lambda _step: decode_image(load(), THUMB), done=done,
                   failed=lambda _exc: None)

    # -- actions -----------------------------------------------------------------------

    def view_or_save(self) -> None:
        """Enter on an item: view an image, else Save as."""
        view = self.current()
        if view is not None and view.is_image and view.state == "available":
            self.view()
        elif view is not None and view.state == "available":
            self.save_as()

    def view(self) -> None:
        """Open the image viewer (decrypted in memory only)."""
        view = self.current()
        session = self.ctx.session
        if view is None or session is None or self.message_id is None:
            return
        try:
            load = image_loader(session, self.message_id, view.id)
        except ServiceError as exc:
            self.ctx.user_error.emit(self.tr("Cannot show the image"), plain_words(exc))
            return

        def done(image: object) -> None:
            if not isinstance(image, QImage) or image.isNull():
                self.ctx.user_error.emit(self.tr("Cannot show the image"), self.tr(
                    "%1 is not an image this computer can display; use Save as….")
                    .replace("%1", view.name))
                return
            self.viewer = ImageViewer(view.name, image, self.window())
            self.viewer.show()

        start_task(lambda _step: decode_image(load()), done=done,
                   failed=lambda exc: self.ctx.user_error.emit(
                       self.tr("Cannot show the image"), plain_words(exc)))

    def download(self) -> None:
        """Ask for the selected attachment; the sync fetches it (now, if online)."""
        view = self.current()
        session = self.ctx.session
        if view is None or session is None or self.message_id is None:
            return
        try:
            request_download(session, self.message_id, view.id)
        except ServiceError as exc:
            self.ctx.user_error.emit(self.tr("Cannot download"), plain_words(exc))
            return
        self.show_message(self.message_id)
        self.ctx.sync_requested.emit()

    def save_as(self) -> None:
        """Ask why, then where; audit the export; write the file in the background."""
        view = self.current()
        if view is None or view.state != "available":
            return
        dialog = ExportDialog(view, self.window())
        dialog.accepted.connect(lambda: self._choose_file(view, dialog.reason))
        dialog.finished.connect(dialog.deleteLater)
        self.export_dialog = dialog
        dialog.open()

    def _choose_file(self, view: AttachmentView, reason: str) -> None:
        chooser = QFileDialog(self.window(), self.tr("Save attachment as"))
        chooser.setObjectName("attachmentSaveDialog")
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        chooser.selectFile(view.name)
        chooser.fileSelected.connect(lambda path: self._save(view, Path(path), reason))
        chooser.finished.connect(chooser.deleteLater)
        self.file_dialog = chooser
        chooser.open()

    def _save(self, view: AttachmentView, target: Path, reason: str) -> None:
        session = self.ctx.session
        if session is None or self.message_id is None:
            return
        try:
            write = begin_export(session, self.message_id, view.id, target, reason)
        except ServiceError as exc:
            self.ctx.user_error.emit(self.tr("Not saved"), plain_words(exc))
            return

        def done(path: object) -> None:
            self.last_saved = Path(str(path))
            self.note.setText(self.tr("Saved to %1 (recorded in the audit log).")
                              .replace("%1", str(path)))
            self.ctx.data_changed.emit()

        start_task(lambda _step: write(), done=done,
                   failed=lambda exc: self.ctx.user_error.emit(self.tr("Not saved"),
                                                               plain_words(exc)))
