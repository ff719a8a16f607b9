"""What an empty list says: what would appear there, and (when a filter hides
everything) that the filter is why.

`EmptyState` lays a word-wrapped label over a view's viewport while its model
has no rows; the view stays in the tab order and keeps its accessible name,
and the label's text is its accessible description too, so a screen reader
hears it.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QVBoxLayout


class EmptyState(QObject):
    """Shows `empty()` over `view` while its model is empty (`filtered()` when a filter is
    active and `filtered_text` is given)."""

    def __init__(self, view: QAbstractItemView, empty: Callable[[], str], *,
                 filtered: Callable[[], bool] | None = None,
                 filtered_text: Callable[[], str] | None = None) -> None:
        super().__init__(view)
        self.view = view
        self._empty, self._filtered, self._filtered_text = empty, filtered, filtered_text
        self.label = QLabel(view.viewport())
        self.label.setObjectName("emptyStateLabel")
        self.label.setProperty("role", "empty")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(view.viewport())
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.label)
        self._model: QAbstractItemModel | None = None
        mine = weakref.ref(self)

        def poke(*_args: object) -> None:
            # a plain function, not a bound method: when the page is torn down (its
            # wrapper cleared by the garbage collector) a late signal finds nothing
            state = mine()
            if state is not None and "view" in state.__dict__:
                state.update()

        self._poke = poke
        view.installEventFilter(self)
        self.attach(view.model())

    def attach(self, model: QAbstractItemModel | None) -> None:
        """Follow `model` (the view's, or a new one the view was given)."""
        self._detach()
        self._model = model
        if model is not None:
            for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                           model.layoutChanged):
                signal.connect(self._poke)
        self.update()

    def _detach(self) -> None:
        model, self._model = self._model, None
        if model is not None:
            for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                           model.layoutChanged):
                signal.disconnect(self._poke)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # a wrapper Qt hands back while the page is being torn down has no attributes
        if watched is self.__dict__.get("view") and event.type() == QEvent.Type.LanguageChange:
            self.update()
        return False

    def update(self, *_args: object) -> None:
        """Show or hide the words, and keep the view's description in step."""
        try:
            model = self._model
            empty = model is None or model.rowCount() == 0
            text = ""
            if empty:
                if self._filtered is not None and self._filtered() and self._filtered_text:
                    text = self._filtered_text()
                else:
                    text = self._empty()
            self.label.setText(text)
            self.label.setVisible(empty)
            self.view.setAccessibleDescription(text)
        except RuntimeError:  # the view went first (the window is closing)
            self._detach()

    @property
    def showing(self) -> bool:
        """True while the empty-state words are shown."""
        return not self.label.isHidden()
