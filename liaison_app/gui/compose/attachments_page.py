"""The Attachments tab of the compose dialog: add by button, drag and drop, or paste.

Each row shows the file's name, type and size and what happens to location
data in a photo, with a per-attachment "Keep original" box (the evidence
choice: the photo is then sent byte for byte, location included). Nothing is
read beyond a file's head or encrypted here: the dialog hands the list to
`services.attachments.prepare` when the officer signs and queues. A pasted
image stays in memory (PNG bytes) until it is encrypted.

The list is part of the dialog's draft (`draft_state` / `restore_draft`): each
file's path and "Keep original" choice, and a pasted image's bytes while the
draft's budget for them lasts. The draft lives in the encrypted cache only;
nothing is written to a temporary file.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QMimeData, QObject, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
)

from liaison_app.gui.compose._util import focusables
from liaison_app.gui.forms import child, load_form
from liaison_app.gui.pages.attachment_display import human_size, kind_label, type_icon
from liaison_app.gui.problem_texts import plain_words
from liaison_app.services.attachments import (
    MAX_ATTACHMENTS,
    AttachmentFile,
    FileFacts,
    LocationState,
    inspect_file,
)
from liaison_app.services.errors import ServiceError

NAME, KIND, SIZE, KEEP, LOCATION = range(5)
PASTED_DRAFT_BYTES = 1_000_000
"""Pasted images a draft keeps, in all (base64 in the draft document, whose limit is
2 million characters); a larger paste is listed by name and must be pasted again."""


class AttachmentsPage(QObject):
    """The list of files to attach and the evidence choice for each."""

    #: the list changed (count for the tab title)
    changed = Signal(int)
    #: a file could not be attached: plain words
    problem = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.form = load_form("compose_attachments")
        self.focus_order = focusables(self.form)
        self.list = child(self.form, QTreeWidget, "attachmentList")
        self.total = child(self.form, QLabel, "totalLabel")
        self.add_button = child(self.form, QPushButton, "attachAddButton")
        self.paste_button = child(self.form, QPushButton, "attachPasteButton")
        self.remove_button = child(self.form, QPushButton, "attachRemoveButton")
        self.items: list[AttachmentFile] = []
        self.facts: list[FileFacts] = []
        self.dialog: QFileDialog | None = None
        self._encoded: dict[int, tuple[bytes, str]] = {}
        self.add_button.clicked.connect(self.choose_files)
        self.paste_button.clicked.connect(self.paste)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.list.selectedItems())))
        self.list.itemChanged.connect(self._keep_toggled)
        for widget in (self.list, self.list.viewport(), self.form):
            widget.setAcceptDrops(True)
            widget.installEventFilter(self)
        paste = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), self.list)
        paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        paste.activated.connect(self.paste)
        header = self.list.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (KIND, SIZE, KEEP):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LOCATION, QHeaderView.ResizeMode.ResizeToContents)
        self._refresh_total()

    # -- adding ----------------------------------------------------------------------

    def choose_files(self) -> None:
        """Open a file dialog (non-native, so it works the same everywhere)."""
        dialog = QFileDialog(self.form, self.tr("Attach files"))
        dialog.setObjectName("attachFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.filesSelected.connect(lambda paths: self.add_paths([Path(p) for p in paths]))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def add_paths(self, paths: list[Path]) -> None:
        """Attach these files (each checked for size and type first)."""
        for path in paths:
            if path.is_file():
                self.add(AttachmentFile(path))
            else:
                self.problem.emit(self.tr("%1 is not a file.").replace("%1", str(path)))

    def add(self, item: AttachmentFile) -> bool:
        """Attach one file or in-memory image; False (and `problem`) when refused."""
        if len(self.items) >= MAX_ATTACHMENTS:
            self.problem.emit(self.tr("A message carries at most %1 attachments.")
                              .replace("%1", str(MAX_ATTACHMENTS)))
            return False
        try:
            facts = inspect_file(item)
        except ServiceError as exc:
            self.problem.emit(plain_words(exc))
            return False
        self.items.append(item)
        self.facts.append(facts)
        self.list.addTopLevelItem(self._row(item, facts))
        self._refresh_total()
        return True

    def paste(self) -> None:
        """Attach what the clipboard holds: copied files, or an image (kept in memory)."""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None or not self.accept_mime(mime):
            self.problem.emit(self.tr("The clipboard holds no image or file to attach."))

    def accept_mime(self, mime: QMimeData) -> bool:
        """Attach dropped or pasted content; True if there was something to attach."""
        local = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        if local:
            self.add_paths(local)
            return True
        if mime.hasImage():
            image = mime.imageData()
            if isinstance(image, QImage) and not image.isNull():
                return self.add(AttachmentFile(Path("pasted.png"), name=self._pasted_name(),
                                               data=_png_bytes(image)))
        return False

    @staticmethod
    def _pasted_name() -> str:
        return datetime.now().strftime("pasted-image-%Y%m%d-%H%M%S.png")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Drag and drop of files or images onto the tab."""
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent)
            mime = event.mimeData()
            if mime.hasUrls() or mime.hasImage():
                event.acceptProposedAction()
                return True
        elif event.type() == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            if self.accept_mime(event.mimeData()):
                event.acceptProposedAction()
            return True
        return super().eventFilter(watched, event)

    # -- the list ----------------------------------------------------------------------

    def _row(self, item: AttachmentFile, facts: FileFacts) -> QTreeWidgetItem:
        row = QTreeWidgetItem([facts.name, kind_label(facts.media_type),
                               human_size(facts.size), "", ""])
        row.setIcon(NAME, type_icon(facts.media_type))
        row.setToolTip(NAME, str(item.path) if item.data is None else facts.name)
        row.setTextAlignment(SIZE, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if facts.is_image:
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(KEEP, Qt.CheckState.Checked if item.keep_original
                              else Qt.CheckState.Unchecked)
        else:  # only a photo has location data to keep or remove
            row.setFlags(row.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
        self._location_text(row, facts, item.keep_original)
        return row

    def _location_text(self, row: QTreeWidgetItem, facts: FileFacts, keep: bool) -> None:
        if not facts.is_image:
            text = ""
        elif keep:
            text = self.tr("sent as taken (original kept)")
        elif facts.location is LocationState.REMOVED:
            text = self.tr("will be removed")
        elif facts.location is LocationState.NONE:
            text = self.tr("none found")
        else:
            text = self.tr("cannot be checked in this format: sent as it is")
        row.setText(LOCATION, text)
        row.setToolTip(LOCATION, facts.location_detail or text)

    def _keep_toggled(self, row: QTreeWidgetItem, column: int) -> None:
        if column != KEEP:
            return
        index = self.list.indexOfTopLevelItem(row)
        if not 0 <= index < len(self.items):
            return
        keep = row.checkState(KEEP) == Qt.CheckState.Checked
        item = self.items[index]
        if item.keep_original != keep:
            self.items[index] = AttachmentFile(item.path, keep_original=keep, name=item.name,
                                               data=item.data)
            self.list.blockSignals(True)
            self._location_text(row, self.facts[index], keep)
            self.list.blockSignals(False)

    def set_keep_original(self, index: int, keep: bool) -> None:
        """Tick or untick "Keep original" for the attachment at `index`."""
        row = self.list.topLevelItem(index)
        if row is not None:
            row.setCheckState(KEEP, Qt.CheckState.Checked if keep else Qt.CheckState.Unchecked)

    def remove_selected(self) -> None:
        """Drop the selected rows from the message."""
        rows = sorted((self.list.indexOfTopLevelItem(r) for r in self.list.selectedItems()),
                      reverse=True)
        for index in rows:
            self.list.takeTopLevelItem(index)
            del self.items[index]
            del self.facts[index]
        self._refresh_total()

    def _refresh_total(self) -> None:
        count = len(self.items)
        size = sum(f.size for f in self.facts)
        self.total.setText(self.tr("%n attachment(s), %1", "", count)
                           .replace("%1", human_size(size)) if count else
                           self.tr("No attachments."))
        self.changed.emit(count)

    def files(self) -> list[AttachmentFile]:
        """The attachments as chosen, in order."""
        return list(self.items)

    # -- the draft ---------------------------------------------------------------------

    def draft_state(self) -> list[dict[str, Any]]:
        """The list as a draft keeps it: path (or pasted image) and "Keep original"."""
        state: list[dict[str, Any]] = []
        budget = PASTED_DRAFT_BYTES
        for item in self.items:
            entry: dict[str, Any] = {"name": item.shown_name, "keep_original": item.keep_original}
            if item.data is None:
                entry["path"] = str(item.path)
            elif len(item.data) <= budget:
                budget -= len(item.data)
                entry["pasted"] = self._b64(item.data)
            else:
                entry["pasted"] = None  # too large to keep: named, to be pasted again
            state.append(entry)
        return state

    def _b64(self, data: bytes) -> str:
        """A pasted image's bytes as the draft keeps them, encoded once per image (the
        draft is captured at every pause in typing); forgotten with the dialog."""
        cached = self._encoded.get(id(data))
        if cached is None or cached[0] is not data:
            cached = (data, base64.b64encode(data).decode("ascii"))
            self._encoded[id(data)] = cached
        return cached[1]

    def restore_draft(self, saved: object) -> list[str]:
        """Attach again what a draft kept; the names that could not be (gone, moved,
        or a pasted image too large to keep)."""
        missing: list[str] = []
        for entry in saved if isinstance(saved, list) else []:
            if not isinstance(entry, Mapping):
                continue
            name = str(entry.get("name") or entry.get("path") or "")
            keep = entry.get("keep_original") is True
            item = _kept_file(entry, name, keep)
            if item is None or not self._restore_one(item):
                missing.append(name)
        return missing

    def _restore_one(self, item: AttachmentFile) -> bool:
        if item.data is None and not item.path.is_file():
            return False
        return self.add(item)


def _kept_file(entry: Mapping[str, Any], name: str, keep: bool) -> AttachmentFile | None:
    """The attachment a draft entry names, or None when it cannot be read back."""
    path = entry.get("path")
    if isinstance(path, str) and path:
        return AttachmentFile(Path(path), keep_original=keep)
    pasted = entry.get("pasted")
    if not isinstance(pasted, str):
        return None
    try:
        data = base64.b64decode(pasted.encode("ascii"), validate=True)
    except (binascii.Error, ValueError):
        return None
    return AttachmentFile(Path("pasted.png"), keep_original=keep, name=name or None, data=data)


def _png_bytes(image: QImage) -> bytes:
    """An image as PNG bytes, in memory only."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # str works; the stub says bytes
    buffer.close()
    return bytes(data.data())


