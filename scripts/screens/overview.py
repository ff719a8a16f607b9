"""The main screens on officer A's demo cache: 01 the wizard, 02 unlock, 03 the Inbox
with a message, 04-05 cases, 06 compose, 07-09 Outbox, Directory, Audit; 11-13
financial subjects; 16-18 the Check page and an alert's arrival hits; 22-24
accountability (transfers, a rectified message, the legal basis on compose)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QScrollArea

from screens.kit import (
    DATA,
    DEMO_CASES,
    PASSPHRASE_A,
    close,
    go_to,
    settle,
    shot,
    started,
    unlock,
)


def wizard_shot() -> None:
    """01. The first-run wizard, with IT's file for officer A chosen."""
    from liaison_app.gui.app import Shell

    with tempfile.TemporaryDirectory() as tmp:
        shell = Shell(Path(tmp) / "new-profile", use_tray=False)
        shell.start()
        wizard: Any = shell.window
        wizard.file_page.file_edit.setText(str(DATA / "provisioning-A.json"))
        shot(wizard, "01-wizard")
        wizard.close()


def main_screens() -> None:
    """02. Unlock, then the main window on officer A's demo cache (03-09, 11-13, 16-18,
    22-24, and the operations' screens 32-34, 36-37)."""
    from liaison_app.services import views
    from liaison_app.services.view_types import MessageQuery
    from screens.operations import operations_shots

    shell = started(DATA / "officer-A")
    shot(shell.window, "02-unlock")
    window = unlock(shell, PASSPHRASE_A, status=True, justified=DEMO_CASES)
    ctx = window.ctx
    alerts = views.message_page(ctx.require_session(), MessageQuery(
        direction="incoming", types=("alert",)), limit=5)
    for row in alerts:
        ctx.justified_objects.add(f"message:{row.message_id}")
    if alerts:
        ctx.open_message.emit(alerts[0].message_id)
    shot(window, "03-inbox-detail")
    case_shots(window)
    financial_shots(window)
    for key, name in (("outbox", "07-outbox"), ("directory", "08-directory"),
                      ("audit", "09-audit")):
        go_to(window, key)
        shot(window, name)
    check_shots(window)
    accountability_shots(window)
    operations_shots(window)
    close(shell)


def case_shots(window: Any) -> None:
    """04. Cases; 05. a case's outcomes; 06. compose a request."""
    from PySide6.QtWidgets import QTabWidget

    from liaison_app.domain.messages import MessageType
    from liaison_app.gui.compose import ComposeDialog

    go_to(window, "cases")
    shot(window, "04-cases")
    window.ctx.open_case.emit("DEMO-OP-1")
    tabs = window.pages.currentWidget().findChild(QTabWidget, "caseTabs")
    if tabs is not None:
        tabs.setCurrentIndex(2)  # outcomes of the joint action
    shot(window, "05-case-view")
    dialog = ComposeDialog(window.ctx, MessageType.REQUEST, window)
    dialog.show()
    shot(dialog, "06-compose-request")
    dialog.reject()


def financial_shots(window: Any) -> None:
    """11. an IBAN searched: the subject, also seen in another case; 13. a case with
    financial subjects; 12. the compose subjects tab with an IBAN refused next to its
    field."""
    from PySide6.QtWidgets import QTreeWidget

    ctx = window.ctx
    ctx.justified_cases.update(("DEMO-OP-3", "DEMO-OP-4"))
    window.search_field.setText("rs35 1050 0812 3123 1231 73")
    window.search_field.returnPressed.emit()
    settle()
    page = window._search
    if page.hits is not None and page.hits.subjects:
        page.show_subject(page.hits.subjects[0].ref)
    shot(window, "11-search-financial", searching=True)
    go_to(window, "cases")
    ctx.open_case.emit("DEMO-OP-4")
    settle()
    for tree in window.findChildren(QTreeWidget, "subjectsTree"):
        if tree.isVisible():
            tree.expandAll()
    shot(window, "13-case-financial")
    compose_financial_shot(window)


def compose_financial_shot(window: Any) -> None:
    """12. A request's subjects: a person and four financial ones, an IBAN refused."""
    from PySide6.QtWidgets import QComboBox, QLineEdit

    from liaison_app.domain.messages import MessageType
    from liaison_app.gui.compose import ComposeDialog
    from liaison_app.gui.forms import child

    dialog = ComposeDialog(window.ctx, MessageType.REQUEST, window)
    dialog.keeper.sent()  # a screenshot: no draft kept in the demo profile, no question
    dialog.resize(1280, 700)
    dialog.show()
    dialog.tabs.setCurrentIndex(3)
    page = dialog.subjects
    page.kind.setCurrentIndex(page.kind.findData("person"))
    person = page.add("person")
    child(person.kind_form, QLineEdit, "surnameEdit").setText("SAMPLEVIC")
    for kind in ("money_transfer", "crypto_address", "cash", "bank_account"):
        editor = page.add(kind)
        for combo, value in ((editor.category, "suspect"), (editor.basis, "fact")):
            combo.setCurrentIndex(combo.findData(value))
        if kind == "crypto_address":
            network = child(editor.kind_form, QComboBox, "networkCombo")
            network.setCurrentIndex(network.findData("ethereum"))
            child(editor.kind_form, QLineEdit, "addressEdit").setText(
                "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD")
        if kind == "cash":
            child(editor.kind_form, QLineEdit, "amountEdit").setText("48500")
            child(editor.kind_form, QLineEdit, "currencyEdit").setText("eur")
    child(editor.kind_form, QLineEdit, "ibanEdit").setText("rs36 1050 0812 3123 1231 73")
    child(editor.kind_form, QLineEdit, "holderNameEdit").setText("Demo Tours d.o.o.")
    shot(dialog, "12-compose-financial")
    dialog.reject()


def check_shots(window: Any) -> None:
    """16-17. the Check page after a booth check (a name, a plate); 18. a received alert
    with its arrival hits."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from liaison_app.services.crosscheck import arrival_hits

    go_to(window, "check")
    page = window.page("check")
    page.edits["name"].setText("Petrovic Dragan")
    page.edits["dob"].setText("1979")
    page.edits["reason"].setText("driver at booth 3, lorry to Horgoš")
    QTest.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    shot(window, "16-check")
    page.clear()
    page.edits["plate"].setText("СА 1234 ВХ")
    page.edits["country"].setText("BG")
    page.edits["reason"].setText("lorry at booth 3")
    QTest.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    shot(window, "17-check-plate")
    ctx = window.ctx
    found = arrival_hits(ctx.require_session(), limit=20)
    if found:
        ctx.justified_objects.add(f"message:{found[0].message_id}")
        go_to(window, "alerts")
        ctx.open_message.emit(found[0].message_id)
        settle()
        detail = window._detail
        area = detail.findChild(QScrollArea)
        if area is not None:
            area.ensureWidgetVisible(detail.subjects_tree)
        shot(window, "18-arrival-hits")


def accountability_shots(window: Any) -> None:
    """22. the Transfers page; 23. a rectified alert with the correction beside it (the
    officer's own copy, after the recall); 24. the legal basis on compose, offered again
    for a case."""
    from liaison_app.domain.messages import MessageType
    from liaison_app.gui.compose import ComposeDialog
    from liaison_app.services import views
    from liaison_app.services.view_types import MessageQuery

    ctx = window.ctx
    go_to(window, "transfers")
    window.page("transfers").table.selectRow(0)
    shot(window, "22-transfers")
    sent = views.message_page(ctx.require_session(),
                              MessageQuery(direction="outgoing", types=("alert",)))
    recalled = [m for m in sent if m.recall]
    go_to(window, "outbox")
    if recalled:
        ctx.justified_objects.add(f"message:{recalled[0].message_id}")
        ctx.open_message.emit(recalled[0].message_id)
        settle()
        area = window._detail.findChild(QScrollArea)
        if area is not None:  # the banner is at the top
            area.verticalScrollBar().setValue(0)
    shot(window, "23-message-rectified")
    dialog = ComposeDialog(ctx, MessageType.REQUEST, window)
    dialog.keeper.sent()  # a screenshot: no draft kept in the demo profile, no question
    dialog.show()
    dialog.tabs.setCurrentIndex(4)
    dialog.case.existing_radio.setChecked(True)
    dialog.case.case_combo.setCurrentIndex(dialog.case.case_combo.findData("DEMO-OP-1"))
    shot(dialog, "24-compose-reason")
    dialog.reject()
