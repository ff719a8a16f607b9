"""Raise Alert through the real widgets: a person with an alias, an INTERPOL notice, a case."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from liaison_app.domain.grading import GradingScheme
from liaison_app.domain.messages import (
    AlertKind,
    InterpolNoticeColour,
    MessageType,
    Priority,
    RequestContent,
    UrgencyClass,
)
from liaison_app.gui.compose import ComposeDialog
from liaison_app.gui.context import AppContext
from liaison_app.gui.forms import child
from liaison_app.services.compose import Draft, NewCase, queue_message
from liaison_app.services.session import Session
from liaison_app.store import cases, messages, search
from liaison_app.store.messages import MessageStatus
from tests.gui.test_compose_support import choose, profile, tick
from tests.services.test_compose import WHY
from tests.services.workspace import Workspace

Ctx = tuple[Workspace, Session, AppContext]


@pytest.fixture
def env(tmp_path: Path, qapp: QApplication) -> Iterator[Ctx]:
    with profile(tmp_path / "profile-a") as found:
        yield found


def _existing_case(session: Session) -> None:
    queue_message(session, Draft(
        content=RequestContent(purpose="p", information_requested="i", grounds="g",
                               urgency=UrgencyClass.STANDARD, evidence_use_sought=False),
        reason=WHY, to_agencies=("RS-BP",),
        new_case=NewCase("OP-KAPITAN", "Kapitan Andreevo convoys")))


def test_alert_with_a_person_alias_and_notice_is_queued(qtbot: QtBot, env: Ctx) -> None:
    _ws, session, ctx = env
    _existing_case(session)
    dialog = ComposeDialog(ctx, MessageType.ALERT)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Raise alert"
    assert not dialog.message.urgency.isVisible()  # no Art. 5 time limit on an alert
    tick(dialog.message.agency_item("BG-BP"))
    tick(dialog.message.agency_item("RS-BP"))
    choose(dialog.message.priority, Priority.IMMEDIATE.value)
    qtbot.keyClicks(dialog.message.body, "Convoy expected at Kapitan Andreevo tonight.")

    alert = dialog.alert
    assert alert is not None
    dialog.tabs.setCurrentIndex(1)
    choose(alert.kind, AlertKind.LOOKOUT.value)
    qtbot.keyClicks(alert.action, "Stop and search; report to the NCA liaison officer")
    choose(alert.notice, InterpolNoticeColour.BLUE.value)
    assert alert.notice_meaning.text() == (
        "Notice asks for: Blue: more information on identity, location or activities")
    qtbot.keyClicks(alert.notice_ref, "A-1234/5-2026")

    choose(dialog.grading.scheme, GradingScheme.EUROPOL_4X4.value)
    choose(dialog.grading.source, "B")
    choose(dialog.grading.information, "2")
    choose(dialog.grading.handling, "H1")

    dialog.tabs.setCurrentIndex(3)
    choose(dialog.subjects.kind, "person")
    qtbot.mouseClick(dialog.subjects.add_button, Qt.MouseButton.LeftButton)
    person = dialog.subjects.editors[0]
    surname = child(person.kind_form, QLineEdit, "surnameEdit")
    qtbot.keyClicks(surname, "Petrovi")
    surname.insert("ć")  # as an input method delivers it (QTest types Latin-1 only)
    qtbot.keyClicks(child(person.kind_form, QLineEdit, "givenNamesEdit"), "Dragan")
    qtbot.keyClicks(child(person.kind_form, QPlainTextEdit, "aliasesEdit"), "Gagi")
    qtbot.keyClicks(child(person.kind_form, QLineEdit, "dobEdit"), "1984")
    qtbot.keyClicks(child(person.kind_form, QLineEdit, "nationalitiesEdit"), "RS, BA")
    choose(person.category, "suspect")
    choose(person.basis, "fact")
    assert person.errors.visible_errors() == {}
    assert dialog.subjects.list.item(0).text() == "Petrović, Dragan (b. 1984)"

    dialog.tabs.setCurrentIndex(4)
    dialog.case.existing_radio.setChecked(True)
    choose(dialog.case.case_combo, "OP-KAPITAN")

    with qtbot.waitSignal(ctx.data_changed, timeout=5000):
        qtbot.mouseClick(dialog.queue_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    mid = dialog.message_id
    assert mid is not None
    row = messages.get(session.db, mid)
    assert row is not None and row.type == "alert" and row.status is MessageStatus.QUEUED
    assert row.due_at is None and row.priority == "immediate"
    assert row.content == {"alert_kind": "lookout",
                           "action_requested": "Stop and search; report to the NCA liaison "
                                               "officer", "valid_until": None,
                           "interpol_notice": {"colour": "blue", "reference": "A-1234/5-2026"}}
    assert row.handling == {"scheme": "europol-4x4", "code": "H1", "conditions": "",
                            "no_onward_sharing": False}
    assert isinstance(row.subjects, list) and len(row.subjects) == 1
    subject = row.subjects[0]
    assert isinstance(subject, dict)
    assert subject["aliases"] == ["Gagi"] and subject["category"] == "suspect"
    assert subject["nationalities"] == ["RS", "BA"] and subject["basis"] == "fact"
    assert row.case_ref == "OP-KAPITAN" and mid in cases.case_message_ids(session.db,
                                                                          "OP-KAPITAN")
    assert mid in search.message_ids(session.db, "Gagi")  # found by the alias
    assert sorted(row.recipients["agencies"]) == ["BG-BP", "RS-BP"]  # type: ignore[index]


def test_notice_reference_is_checked_by_the_domain(qtbot: QtBot, env: Ctx) -> None:
    _ws, session, ctx = env
    dialog = ComposeDialog(ctx, MessageType.ALERT)
    qtbot.addWidget(dialog)
    tick(dialog.message.agency_item("RS-BP"))
    choose(dialog.grading.scheme, "none")
    assert dialog.alert is not None
    choose(dialog.alert.notice, InterpolNoticeColour.RED.value)
    qtbot.keyClicks(dialog.alert.notice_ref, "A-1234 #5")
    qtbot.mouseClick(dialog.queue_button, Qt.MouseButton.LeftButton)
    assert dialog.alert.errors.visible_errors() == {
        "reference": "May hold only ASCII letters, digits and / . _ -."}
    assert dialog.tabs.currentIndex() == 1 and messages.count(session.db) == 0
