"""The keyboard shortcut sheet (F1 or Ctrl+?): every key the window and its dialogs answer to.

The window's own shortcuts are read from its actions, so the sheet cannot drift
from what the keys really do; the dialog keys (send, close, tabs, mnemonics)
are listed after them.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate


def dialog_keys() -> list[tuple[str, str]]:
    """Keys every compose and action dialog answers to."""
    return [
        (translate("ShortcutSheet", "Sign and queue / send (from any tab)"),
         translate("ShortcutSheet", "Ctrl+Enter")),
        (translate("ShortcutSheet", "Close: keep as draft, discard or go on editing"),
         translate("ShortcutSheet", "Esc")),
        (translate("ShortcutSheet", "Next / previous tab"),
         translate("ShortcutSheet", "Ctrl+Tab / Ctrl+Shift+Tab")),
        (translate("ShortcutSheet", "Go to a compose tab (Message … Attachments)"),
         translate("ShortcutSheet", "Alt+1 … Alt+6")),
        (translate("ShortcutSheet", "Attach a copied image or file (in the Attachments tab)"),
         translate("ShortcutSheet", "Ctrl+V")),
        (translate("ShortcutSheet", "Go to a field or button (the underlined letter)"),
         translate("ShortcutSheet", "Alt+letter")),
        (translate("ShortcutSheet", "Tick a recipient or check box"),
         translate("ShortcutSheet", "Space")),
    ]


def window_keys(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(what, keys) for every action of the window that has a shortcut."""
    out: list[tuple[str, str]] = []
    for action in actions:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        if keys:
            out.append((action.text().replace("&", "").rstrip("…"), " / ".join(keys)))
    return out


class ShortcutSheet(QDialog):
    """A read-only list of shortcuts, grouped: the window, then compose dialogs."""

    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutSheet")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Everything in Liaison can be done from the keyboard."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcutTree")
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setHeaderLabels([self.tr("What"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        for title, rows in ((self.tr("Main window"), window_keys(actions)),
                            (self.tr("Compose and reply dialogs"), dialog_keys())):
            group = QTreeWidgetItem([title, ""])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
            for what, keys in rows:
                self.tree.addTopLevelItem(QTreeWidgetItem([what, keys]))
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(self.sizeHint().expandedTo(self.minimumSizeHint()))
        self.tree.setFocus()

    def rows(self) -> list[tuple[str, str]]:
        """Every (what, keys) listed (tests and screen readers)."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is not None and item.text(1):
                out.append((item.text(0), item.text(1)))
        return out
