"""A dialog around one form: its title, the fields, an error line and OK/Cancel.

The fields come from a Designer file (`ui_form`, which holds its own `errorLabel` and
`buttonBox`: the case view's outcome and reference dialogs) or are added in code to
`fields`, a form layout, with the error line and the buttons below it (the Operations
page's dialogs). OK is enabled while `valid()` holds (call `check()` when a field
changes); a refusal is shown with `show_error` and the dialog stays open, so nothing
typed is lost. Opened window-modal, over the window it belongs to.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from liaison_app.gui.forms import child, load_form, set_role


class FormDialog(QDialog):
    """A titled form with an error line and OK/Cancel (see the module's docstring)."""

    def __init__(self, title: str, parent: QWidget | None, *, ui_form: str | None = None,
                 ok_text: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        #: the fields added in code (a form built from `ui_form` has its own layout)
        self.fields = QFormLayout()
        if ui_form is not None:
            self.form = load_form(ui_form, self)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(self.form)
            self.error_label = child(self.form, QLabel, "errorLabel")
            self.buttons = child(self.form, QDialogButtonBox, "buttonBox")
        else:
            self.form = QWidget(self)
            self.form.setLayout(self.fields)
            self.fields.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(self.form)
            self.error_label = QLabel(self)
            self.error_label.setWordWrap(True)
            self.error_label.setVisible(False)
            layout.addWidget(self.error_label)
            self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                            | QDialogButtonBox.StandardButton.Cancel, self)
            layout.addWidget(self.buttons)
        set_role(self.error_label, "error")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        if ok_text is not None:
            ok.setText(ok_text)
        self.ok: QPushButton = ok
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def valid(self) -> bool:
        """Whether the form is complete enough to accept (every field, by default)."""
        return True

    def check(self) -> None:
        """Enable OK when the form is complete."""
        self.ok.setEnabled(self.valid())

    def show_error(self, text: str) -> None:
        """Say what is wrong; the dialog stays open."""
        self.error_label.setText(text)
        self.error_label.setVisible(True)
