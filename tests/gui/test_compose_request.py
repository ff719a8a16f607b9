"""Compose Request through the real widgets, offline, against a real SQLCipher profile."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from liaison_app.domain.grading import GradingScheme
from liaison_app.domain.messages import MessageType, Priority, UrgencyClass, due_at
from liaison_app.gui.compose import ComposeDialog, open_compose_request
from liaison_app.gui.context import AppContext
from liaison_app.gui.pages.detail import MessageDetail
from liaison_app.services.session import Session
from liaison_app.store import audit, cases, messages, outbox
from liaison_app.store.messages import MessageStatus
from tests.gui.test_compose_support import choose, profile, tick
from tests.services.workspace import Workspace

Ctx = tuple[Workspace, Session, AppContext]


@pytest.fixture
def env(tmp_path: Path, qapp: QApplication) -> Iterator[Ctx]:
    with profile(tmp_path / "profile-a") as found:
        yield found


def _dialog(qtbot: QtBot, ctx: AppContext) -> ComposeDialog:
    dialog = ComposeDialog(ctx, MessageType.REQUEST)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _fill_request(qtbot: QtBot, dialog: ComposeDialog) -> None:
    page = dialog.request
    assert page is not None
    qtbot.keyClicks(page.purpose, "Operation DANUBE: lorry smuggling network")
    qtbot.keyClicks(page.information, "Registered keeper and recent crossings of NS-123-AB")
    qtbot.keyClicks(page.grounds, "Lorry stopped at Dover with 14 migrants concealed")
    choose(dialog.reason.basis, "agreement")
    qtbot.keyClicks(dialog.reason.justification, "Identify the keeper for OP-DANUBE")


def test_request_offline_is_queued_with_due_date_grading_and_case(
        qtbot: QtBot, env: Ctx) -> None:
    _ws, session, ctx = env
    dialog = _dialog(qtbot, ctx)
    page = dialog.message
    tick(page.agency_item("RS-BP"))
    choose(page.priority, Priority.URGENT.value)
    choose(page.urgency, UrgencyClass.URGENT_DIRECT.value)
    fixed = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
    assert "(2026-11-23 18:00 UTC)" in page.due_text(fixed)  # 8 hours
    assert due_at(fixed, UrgencyClass.URGENT_DIRECT).hour == 18
    shown = page.due.text()  # the live label follows the urgency class
    choose(page.urgency, UrgencyClass.URGENT_INDIRECT.value)
    assert page.due.text() != shown and "(2026-11-26 10:00 UTC)" in page.due_text(fixed)
    choose(page.urgency, UrgencyClass.URGENT_DIRECT.value)
    assert page.due.text().endswith("UTC) if queued now")
    qtbot.keyClicks(page.body, "Please check the keeper urgently.")
    _fill_request(qtbot, dialog)
    grading = dialog.grading
    choose(grading.scheme, GradingScheme.UK_3X5X2.value)
    choose(grading.source, "2")
    choose(grading.information, "B")
    choose(grading.handling, "C")
    assert grading.conditions.isEnabled() and grading.no_onward.isEnabled()
    qtbot.keyClicks(grading.conditions, "For intelligence use only")
    qtbot.mouseClick(grading.no_onward, Qt.MouseButton.LeftButton)
    case = dialog.case
    case.new_radio.setChecked(True)
    qtbot.keyClicks(case.ref, "GB-NCA/2026/0042")
    qtbot.keyClicks(case.title, "Danube lorries")

    with qtbot.waitSignal(ctx.data_changed, timeout=5000):
        qtbot.mouseClick(dialog.queue_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.message_id
    row = messages.get(session.db, dialog.message_id)
    assert row is not None and row.status is MessageStatus.QUEUED
    assert row.type == "request" and row.priority == "urgent"
    assert row.due_at is not None and row.due_at - row.created_at == timedelta(hours=8)
    assert row.grading == {"scheme": "uk-3x5x2", "source": "2", "information": "B"}
    assert row.handling == {"scheme": "uk-3x5x2", "code": "C",
                            "conditions": "For intelligence use only",
                            "no_onward_sharing": True}
    assert row.case_ref == "GB-NCA/2026/0042"
    assert row.recipients == {"agencies": ["RS-BP"], "devices": []}  # filled in at push
    assert _addressing(session, row.message_id) == (("RS-BP",), ())
    assert isinstance(row.content, dict) and row.content["urgency"] == "urgent-direct"
    item = outbox.get(session.db, dialog.message_id)
    assert item is not None and item.state.value == "pending"  # offline: queued, not sent
    found = cases.get_case(session.db, "GB-NCA/2026/0042")
    assert found is not None and found.title == "Danube lorries"
    entries = audit.entries(session.db, newest_first=False, limit=100)
    assert [e.kind.value for e in entries][-2:] == ["create", "disclose"]
    details = entries[-1].details
    assert isinstance(details, dict) and details["legal_basis"] == "agreement"
    assert details["justification"] == "Identify the keeper for OP-DANUBE"
    assert details["recipients"] == [{"agency": "RS-BP", "name": "Border Police Directorate",
                                      "country": "RS"}]
    # the sent message says what it was sent under: the basis and the reason, never as a date
    shown = MessageDetail(ctx)
    qtbot.addWidget(shown)
    shown.show_message(dialog.message_id)
    note = shown.notes.disclosure.text()
    assert note.startswith("Sent on the basis of: ") and \
        note.endswith(" — Identify the keeper for OP-DANUBE"), note


def test_single_officer_and_ctrl_enter(qtbot: QtBot, env: Ctx) -> None:
    _ws, session, ctx = env
    dialog = _dialog(qtbot, ctx)
    agency = dialog.message.agency_item("BG-BP")
    assert agency is not None and agency.childCount() == 1
    dialog.message.tree.expandItem(agency)
    tick(agency.child(0))
    assert agency.checkState(0) == Qt.CheckState.Checked  # its only officer: whole agency
    assert dialog.message.recipients() == (("BG-BP",), ())
    _fill_request(qtbot, dialog)
    choose(dialog.grading.scheme, "none")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    with qtbot.waitSignal(ctx.data_changed, timeout=5000):
        qtbot.keyClick(dialog.message.tree, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)
    assert dialog.message_id is not None
    row = messages.get(session.db, dialog.message_id)
    assert row is not None and row.grading is None and row.handling is None
    assert row.due_at is not None and row.due_at - row.created_at == timedelta(days=7)
    assert row.recipients == {"agencies": ["BG-BP"], "devices": []}  # filled in at push
    assert _addressing(session, row.message_id) == (("BG-BP",), ())  # its only officer


def test_missing_fields_are_shown_next_to_them_and_nothing_is_queued(
        qtbot: QtBot, env: Ctx) -> None:
    _ws, session, ctx = env
    dialog = _dialog(qtbot, ctx)
    qtbot.mouseClick(dialog.queue_button, Qt.MouseButton.LeftButton)
    assert dialog.request is not None
    assert dialog.request.errors.visible_errors() == {"purpose": "Must not be empty."}
    assert dialog.grading.errors.visible_errors() == {"source": "Choose one from the list."}
    assert dialog.tabs.currentIndex() == 1 and dialog.isVisible()
    assert messages.count(session.db) == 0
    # The content is complete now, but no recipient is ticked: the service says so.
    _fill_request(qtbot, dialog)
    choose(dialog.grading.source, "1")
    choose(dialog.grading.information, "A")
    choose(dialog.grading.handling, "P")
    qtbot.mouseClick(dialog.queue_button, Qt.MouseButton.LeftButton)
    assert dialog.message.errors.visible_errors() == {
        "to": "Choose at least one recipient agency."}
    assert dialog.tabs.currentIndex() == 0 and messages.count(session.db) == 0


def test_a_request_needs_its_reason_which_the_case_remembers(qtbot: QtBot, env: Ctx) -> None:
    _ws, session, ctx = env
    first = _dialog(qtbot, ctx)
    tick(first.message.agency_item("RS-BP"))
    page = first.request
    assert page is not None
    qtbot.keyClicks(page.purpose, "Lorry network")
    qtbot.keyClicks(page.information, "Keeper")
    qtbot.keyClicks(page.grounds, "Seen at Horgos")
    choose(first.grading.scheme, "none")
    first.case.new_radio.setChecked(True)
    qtbot.keyClicks(first.case.ref, "OP-REASON")
    qtbot.keyClicks(first.case.title, "Reasons")
    qtbot.mouseClick(first.queue_button, Qt.MouseButton.LeftButton)
    assert first.tabs.currentIndex() == 4 and messages.count(session.db) == 0
    assert first.reason.errors.visible_errors() == {
        "legal_basis": "Choose the legal basis for sending this data."}
    assert first.tabs.tabText(4) == "Case and reason"  # Alt+5 brings it forward
    assert first.reason.basis.accessibleName() == "Legal basis"
    choose(first.reason.basis, "directive-2023-977")
    qtbot.keyClicks(first.reason.justification, "Horgos lorry, keeper needed")
    with qtbot.waitSignal(ctx.data_changed, timeout=5000):
        qtbot.mouseClick(first.queue_button, Qt.MouseButton.LeftButton)
    second = _dialog(qtbot, ctx)  # the next message in the case offers the same reason
    second.case.existing_radio.setChecked(True)
    choose(second.case.case_combo, "OP-REASON")
    assert second.reason.basis.currentData() == "directive-2023-977"
    assert second.reason.justification.text() == "Horgos lorry, keeper needed"


def test_grading_meanings_follow_the_chosen_codes(qtbot: QtBot, env: Ctx) -> None:
    _ws, _session, ctx = env
    dialog = _dialog(qtbot, ctx)
    grading = dialog.grading
    choose(grading.scheme, GradingScheme.EUROPOL_4X4.value)
    assert grading.source_label.text() == "Source reliability:"
    choose(grading.source, "B")
    choose(grading.information, "2")
    choose(grading.handling, "H2")
    assert grading.source_meaning.text() == "B: reliable in most instances"
    assert grading.information_meaning.text() == (
        "2: known personally to the source but not to the official passing it on")
    assert grading.handling_meaning.text() == (
        "H2: not to be passed on without the provider's permission")
    assert not grading.conditions.isEnabled() and not grading.no_onward.isEnabled()
    choose(grading.handling, "H3")
    assert grading.conditions.isEnabled()
    choose(grading.scheme, GradingScheme.UK_3X5X2.value)  # never converted: chosen afresh
    assert grading.source.currentIndex() == -1 and grading.source_meaning.text() == ""
    assert grading.information_label.text() == "Intelligence assessment:"
    choose(grading.source, "3")
    choose(grading.information, "E")
    assert grading.source_meaning.text() == "3: not reliable"
    assert grading.information_meaning.text() == "E: suspected to be false or malicious"


def test_open_compose_request_cancel_with_escape_returns_none(qtbot: QtBot, env: Ctx) -> None:
    _ws, session, ctx = env
    seen: list[ComposeDialog] = []

    def press_escape() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ComposeDialog)
        seen.append(dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, press_escape)
    assert open_compose_request(ctx) is None
    assert len(seen) == 1 and messages.count(session.db) == 0


def test_new_case_with_a_taken_reference_is_refused_next_to_it(qtbot: QtBot, env: Ctx) -> None:
    _ws, session, ctx = env
    first = _dialog(qtbot, ctx)
    tick(first.message.agency_item("RS-BP"))
    _fill_request(qtbot, first)
    choose(first.grading.scheme, "none")
    first.case.new_radio.setChecked(True)
    qtbot.keyClicks(first.case.ref, "OP-DANUBE")
    qtbot.keyClicks(first.case.title, "Danube lorries")
    with qtbot.waitSignal(ctx.data_changed, timeout=5000):
        qtbot.mouseClick(first.queue_button, Qt.MouseButton.LeftButton)

    second = _dialog(qtbot, ctx)
    tick(second.message.agency_item("RS-BP"))
    _fill_request(qtbot, second)
    choose(second.grading.scheme, "none")
    assert second.case.existing_radio.isEnabled()
    second.case.new_radio.setChecked(True)
    qtbot.keyClicks(second.case.ref, "OP-DANUBE")
    qtbot.keyClicks(second.case.title, "Again")
    qtbot.mouseClick(second.queue_button, Qt.MouseButton.LeftButton)
    assert second.case.errors.visible_errors() == {"case.ref": "Case OP-DANUBE already exists."}
    assert second.tabs.currentIndex() == 4 and messages.count(session.db) == 1
    assert second.focusWidget() is second.case.ref


def test_service_errors_go_to_user_error(qtbot: QtBot, env: Ctx,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from liaison_app.gui.compose import dialog as dialog_module
    from liaison_app.services.errors import NotEnrolled

    def not_enrolled(*_args: object, **_kw: object) -> str:
        raise NotEnrolled("This device is not enrolled yet. Connect and finish enrolment first.")

    monkeypatch.setattr(dialog_module, "queue_message", not_enrolled)
    _ws, _session, ctx = env
    dialog = _dialog(qtbot, ctx)
    tick(dialog.message.agency_item("RS-BP"))
    _fill_request(qtbot, dialog)
    choose(dialog.grading.scheme, "none")
    with qtbot.waitSignal(ctx.user_error, timeout=5000) as blocker:
        qtbot.mouseClick(dialog.queue_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["Message not queued", "This device is not enrolled yet. Connect "
                            "and finish enrolment first."]
    assert dialog.isVisible() and dialog.message_id is None  # nothing lost: still editable


def test_keyboard_order_and_accessible_names(qtbot: QtBot, env: Ctx) -> None:
    _ws, _session, ctx = env
    dialog = _dialog(qtbot, ctx)
    dialog.subjects.add("person")
    names: list[str] = []
    widget = dialog.tabs.nextInFocusChain()
    while widget is not dialog.tabs and len(names) < 400:
        policy = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        if policy and widget.objectName() and not widget.objectName().startswith("qt_"):
            names.append(widget.objectName())
            assert widget.accessibleName(), f"{widget.objectName()} has no accessible name"
        widget = widget.nextInFocusChain()
    expected = ["recipientTree", "priorityCombo", "urgencyCombo", "bodyEdit", "purposeEdit",
                "informationEdit", "groundsEdit", "evidenceCheck", "schemeCombo",
                "sourceCombo", "informationCombo", "handlingCombo", "conditionsEdit",
                "noOnwardCheck", "kindCombo", "addButton", "removeButton", "subjectList",
                "surnameEdit", "givenNamesEdit", "aliasesEdit", "dobEdit", "pobEdit",
                "nationalitiesEdit", "sexCombo", "categoryCombo", "basisCombo", "notesEdit",
                "noCaseRadio", "existingCaseRadio", "caseCombo", "newCaseRadio", "caseRefEdit",
                "caseTitleEdit", "crimeAreaCombo", "attachmentList", "attachAddButton",
                "attachPasteButton", "attachRemoveButton", "cancelButton", "queueButton"]
    assert [n for n in names if n in expected] == expected


def _addressing(session: Any, message_id: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(agencies, devices) the message will be sealed for at push."""
    from liaison_app.store.outbox_seal import to_seal

    found = [c.addressing for c in to_seal(session.db) if c.message_id == message_id]
    assert len(found) == 1
    return found[0].agencies, found[0].devices


def test_an_agency_without_a_device_can_be_written_to_and_the_officer_is_told(
        qtbot: QtBot, env: Ctx) -> None:
    from dataclasses import replace

    from PySide6.QtWidgets import QMessageBox

    from liaison_app.store import directory_cache
    from liaison_app.store.directory_cache import PartyStatus

    ws, session, ctx = env
    conn = session.db
    meta = directory_cache.meta(conn)
    assert meta is not None
    devices = [d for d in (directory_cache.device(conn, k.device_id)
                           for k in (session.keys, ws.b_keys)) if d is not None]
    with conn.transaction() as tx:  # BG-BP's only officer has no device any more
        directory_cache.replace(
            tx, version=meta.version + 1, expires_at=meta.expires_at, raw=meta.raw,
            fetched_at=meta.fetched_at, agencies=directory_cache.agencies(tx),
            officers=[replace(o, status=PartyStatus.ACTIVE)
                      for o in directory_cache.officers(tx)], devices=devices)
    dialog = _dialog(qtbot, ctx)
    agency = dialog.message.agency_item("BG-BP")
    assert agency is not None and agency.childCount() == 0
    name, why = agency.text(0).split("\n")  # the reason on a line of its own, read whole
    assert name.startswith("Border Police") and why.startswith("— no device yet")
    tree = dialog.message.tree
    rect = tree.visualItemRect(agency)
    assert rect.height() >= 2 * tree.fontMetrics().lineSpacing()
    assert tree.fontMetrics().horizontalAdvance(why) <= tree.viewport().width()
    tick(agency)
    _fill_request(qtbot, dialog)
    choose(dialog.grading.scheme, "none")
    with qtbot.waitSignal(ctx.data_changed, timeout=5000):
        qtbot.mouseClick(dialog.queue_button, Qt.MouseButton.LeftButton)

    def notice() -> QMessageBox | None:
        found = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.objectName() == "waitingNotice"]
        return found[0] if found and found[0].isVisible() else None

    qtbot.waitUntil(lambda: notice() is not None, timeout=5000)
    box = notice()
    assert box is not None
    assert "waiting for the partner's directory entry: BG-BP" in box.text()
    box.close()
    row = outbox.get(session.db, dialog.message_id or "")
    assert row is not None and row.state.value == "pending" and row.hold_reason is not None
