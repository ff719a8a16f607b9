"""Justification before personal data is opened (DPA 2018 s.62 / LED Art. 25 consultation log).

`request_justification` asks once per case per session: the reason given is
written to the audit log (`services.actions.record_consultation`) for every
record opened, and remembered for the case (`ctx.justified_cases`) or, outside
a case, for the record (`ctx.justified_objects`). Cancelling opens nothing.
Everything remembered is forgotten when the profile locks.
"""

from __future__ import annotations

from collections.abc import Callable
from weakref import WeakKeyDictionary

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from liaison_app.gui.context import AppContext
from liaison_app.gui.forms import child, load_form
from liaison_app.gui.models.recorded_reasons import EARLIER_REASON
from liaison_app.gui.problem_texts import plain_words
from liaison_app.services.actions import record_consultation
from liaison_app.services.errors import ServiceError

MIN_CHARS = 3

_reasons: WeakKeyDictionary[AppContext, dict[str, str]] = WeakKeyDictionary()
"""Per context: case ref or object ref -> the reason the officer gave this session."""


# Qt's translate under the name lupdate looks for (literal context and text at each call)
translate = QCoreApplication.translate


def _remembered(ctx: AppContext) -> dict[str, str]:
    found = _reasons.get(ctx)
    if found is None:
        found = {}
        _reasons[ctx] = found
        ctx.locked.connect(lambda: forget(ctx))
    return found


def forget(ctx: AppContext) -> None:
    """Drop every justification of this session (the profile locked)."""
    _reasons.pop(ctx, None)
    ctx.justified_cases.clear()
    ctx.justified_objects.clear()


def is_justified(ctx: AppContext, case_ref: str | None, obj_ref: str) -> bool:
    """Whether the officer already gave a reason for this case (or this record) this session."""
    if case_ref is not None and case_ref in ctx.justified_cases:
        return True
    return obj_ref in ctx.justified_objects


class JustificationDialog(QDialog):
    """Asks why the officer opens a record holding personal data."""

    def __init__(self, ctx: AppContext, case_ref: str | None, obj_ref: str, what: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.case_ref, self.obj_ref = ctx, case_ref, obj_ref
        self.setObjectName("justificationDialog")
        self.setWindowTitle(self.tr("Reason for opening personal data"))
        self.setAccessibleName(self.tr("Reason for opening personal data"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        form = load_form("justification", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(form)
        self.what_label = child(form, QLabel, "whatLabel")
        self.reason_edit = child(form, QLineEdit, "reasonEdit")
        self.error_label = child(form, QLabel, "errorLabel")
        self.error_label.setProperty("role", "error")
        self.buttons = child(form, QDialogButtonBox, "buttonBox")
        ok = self.ok_button
        ok.setText(self.tr("&Open"))
        ok.setAccessibleName(self.tr("Open the record"))
        ok.setEnabled(False)
        if case_ref:
            self.what_label.setText(self.tr("%1 — case %2 (the reason covers the whole case "
                                            "until you lock)").replace("%1", what)
                                    .replace("%2", case_ref))
        else:
            self.what_label.setText(what)
        self.reason_edit.textChanged.connect(self._changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason_edit.setFocus()
        self.reason = ""

    @property
    def ok_button(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    def _changed(self, text: str) -> None:
        self.ok_button.setEnabled(len(text.strip()) >= MIN_CHARS)
        self.error_label.setVisible(False)

    def accept(self) -> None:
        """Write the consultation to the audit log, then close."""
        text = self.reason_edit.text().strip()
        if len(text) < MIN_CHARS:
            self._show_error(self.tr("Give a reason of a few words at least."))
            return
        session = self.ctx.session
        if session is None:
            self.reject()
            return
        try:
            record_consultation(session, self.obj_ref, text)
        except ServiceError as exc:
            self._show_error(plain_words(exc))
            return
        self.reason = text
        _remembered(self.ctx)[self.case_ref or self.obj_ref] = text
        if self.case_ref:
            self.ctx.justified_cases.add(self.case_ref)
        else:
            self.ctx.justified_objects.add(self.obj_ref)
        super().accept()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(True)


def request_justification(ctx: AppContext, parent: QWidget | None, case_ref: str | None,
                          obj_ref: str, what: str, on_granted: Callable[[], None],
                          on_refused: Callable[[], None] | None = None
                          ) -> JustificationDialog | None:
    """Run `on_granted` once the officer has justified opening `obj_ref`.

    Already justified (for the case, or the record) this session: the
    consultation is logged with the reason given before and `on_granted` runs
    at once (None is returned). Otherwise a window-modal dialog opens and is
    returned; `on_granted` runs when it is accepted, `on_refused` when cancelled.
    """
    session = ctx.session
    if session is None:
        return None
    if is_justified(ctx, case_ref, obj_ref):
        reasons = _remembered(ctx)
        reason = reasons.get(case_ref or "") or reasons.get(obj_ref) or \
            EARLIER_REASON.replace("%1", case_ref or obj_ref)  # English in the log
        try:
            record_consultation(session, obj_ref, reason)
        except ServiceError as exc:
            ctx.user_error.emit(
                translate("Justification", "Could not record the consultation"), plain_words(exc)
            )
            return None
        on_granted()
        return None
    _remembered(ctx)
    dialog = JustificationDialog(ctx, case_ref, obj_ref, what, parent)
    dialog.accepted.connect(on_granted)
    if on_refused is not None:
        dialog.rejected.connect(on_refused)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
