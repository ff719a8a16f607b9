"""One form dialog for the case view and the Operations page: built from a Designer form
or from fields added in code, window-modal, OK enabled only while the form is valid, and
a refusal shown in the dialog while it stays open."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from liaison_app.gui.form_dialog import FormDialog
from liaison_app.gui.pages import case_dialogs, operation_actions, operation_dialogs


def test_the_case_and_operation_dialogs_share_one_form_dialog(qtbot: Any) -> None:
    for module in (case_dialogs, operation_dialogs, operation_actions):
        dialogs = [v for v in vars(module).values()
                   if isinstance(v, type) and v.__module__ == module.__name__
                   and v.__name__.endswith("Dialog")]
        assert dialogs, module
        for dialog in dialogs:
            assert issubclass(dialog, FormDialog), dialog

    designed = FormDialog("Reference in another system — OP-1", None,
                          ui_form="case_external_ref")
    qtbot.addWidget(designed)
    assert designed.form.findChild(QLabel, "errorLabel") is designed.error_label
    built = FormDialog("Record a decision", None, ok_text="&Record")
    qtbot.addWidget(built)
    built.fields.addRow("&Decision:", QLabel("x", built))
    assert built.ok.text() == "&Record" and built.fields.rowCount() == 1
    for dialog in (designed, built):
        assert dialog.windowModality() == Qt.WindowModality.WindowModal
        assert dialog.accessibleName() == dialog.windowTitle()
        dialog.open()
        assert dialog.error_label.isHidden()
        dialog.show_error("Check the reference: too long.")
        assert dialog.isVisible() and dialog.error_label.isVisibleTo(dialog)
        assert dialog.error_label.text() == "Check the reference: too long."
        dialog.reject()

    class Incomplete(FormDialog):
        def valid(self) -> bool:
            return False

    incomplete = Incomplete("Add a task", None, ok_text="&Add")
    qtbot.addWidget(incomplete)
    incomplete.check()
    assert not incomplete.ok.isEnabled()
