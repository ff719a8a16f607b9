"""The subjects editor: the domain's errors next to the field, and a bad subject blocks queueing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from liaison_app.domain.messages import MessageType
from liaison_app.gui.compose import ComposeDialog
from liaison_app.gui.compose.subjects_page import SubjectEditor
from liaison_app.gui.context import AppContext
from liaison_app.gui.forms import child
from liaison_app.services.session import Session
from liaison_app.store import messages
from tests.gui.test_compose_support import choose, profile, tick
from tests.services.workspace import Workspace

Ctx = tuple[Workspace, Session, AppContext]


@pytest.fixture
def env(tmp_path: Path, qapp: QApplication) -> Iterator[Ctx]:
    with profile(tmp_path / "profile-a") as found:
        yield found


@pytest.fixture
def dialog(qtbot: QtBot, env: Ctx) -> ComposeDialog:
    found = ComposeDialog(env[2], MessageType.ALERT)
    qtbot.addWidget(found)
    found.show()
    qtbot.waitExposed(found)
    tick(found.message.agency_item("RS-BP"))
    choose(found.grading.scheme, "none")
    found.tabs.setCurrentIndex(3)
    return found


def _add(qtbot: QtBot, dialog: ComposeDialog, kind: str) -> SubjectEditor:
    choose(dialog.subjects.kind, kind)
    qtbot.mouseClick(dialog.subjects.add_button, Qt.MouseButton.LeftButton)
    editor = dialog.subjects.editors[-1]
    choose(editor.category, "suspect")
    choose(editor.basis, "assessment")
    return editor


def _line(editor: SubjectEditor, name: str) -> QLineEdit:
    return child(editor.kind_form, QLineEdit, name)


def test_bad_date_of_birth_is_shown_and_blocks_queueing(qtbot: QtBot, env: Ctx,
                                                        dialog: ComposeDialog) -> None:
    _ws, session, ctx = env
    person = _add(qtbot, dialog, "person")
    qtbot.keyClicks(_line(person, "surnameEdit"), "Kovacs")
    qtbot.keyClicks(_line(person, "dobEdit"), "1984-13")
    assert person.errors.visible_errors() == {"date_of_birth": "Is not a real date."}
    assert dialog.subjects.list.item(0).text() == "Person (incomplete)"
    _add(qtbot, dialog, "organisation")  # a second subject is on screen now
    dialog.tabs.setCurrentIndex(0)

    qtbot.mouseClick(dialog.queue_button, Qt.MouseButton.LeftButton)
    assert messages.count(session.db) == 0 and dialog.isVisible()
    assert dialog.tabs.currentIndex() == 3 and dialog.subjects.list.currentRow() == 0
    assert person.errors.visible_errors() == {"date_of_birth": "Is not a real date."}
    assert dialog.subjects.editors[1].errors.visible_errors() == {"name": "Must not be empty."}
    assert person.errors.labels["date_of_birth"].isVisible()
    assert dialog.focusWidget() is _line(person, "dobEdit")

    dob = _line(person, "dobEdit")
    dob.clear()
    qtbot.keyClicks(dob, "1984-03")
    assert person.errors.visible_errors() == {}
    assert dialog.subjects.list.item(0).text() == "Kovacs (b. 1984-03)"
    dialog.subjects.list.setCurrentRow(1)
    qtbot.mouseClick(dialog.subjects.remove_button, Qt.MouseButton.LeftButton)
    assert len(dialog.subjects.editors) == 1 and dialog.subjects.list.count() == 1
    with qtbot.waitSignal(ctx.data_changed, timeout=5000):
        qtbot.mouseClick(dialog.queue_button, Qt.MouseButton.LeftButton)
    assert dialog.message_id is not None
    row = messages.get(session.db, dialog.message_id)
    assert row is not None and isinstance(row.subjects, list)
    assert [s["basis"] for s in row.subjects] == ["assessment"]  # type: ignore[index]


@pytest.mark.parametrize(("kind", "field", "text", "error"), [
    ("comms", "valueEdit", "0641234567",
     {"value": "A phone number is '+', country code and number, digits only "
               "(E.164, e.g. +381641234567)."}),
    ("vehicle", "vinEdit", "WDB123",
     {"vehicle_kind": "Choose one from the list."}),
    ("location", "countryEdit", "BG",
     {"name": "Must not be empty."}),
    ("travel_document", "issuingCountryEdit", "UK",
     {"document_type": "Choose one from the list."}),
])
def test_each_kind_uses_the_domain_checks(qtbot: QtBot, dialog: ComposeDialog, kind: str,
                                          field: str, text: str,
                                          error: dict[str, str]) -> None:
    editor = _add(qtbot, dialog, kind)
    qtbot.keyClicks(_line(editor, field), text)
    assert editor.errors.visible_errors() == error


def test_field_specific_messages(qtbot: QtBot, dialog: ComposeDialog) -> None:
    vehicle = _add(qtbot, dialog, "vehicle")
    choose(child(vehicle.kind_form, type(vehicle.category), "vehicleKindCombo"), "lorry")
    qtbot.keyClicks(_line(vehicle, "vinEdit"), "WDB123")
    assert vehicle.errors.visible_errors() == {
        "vin": "A VIN is 17 capital letters (not I, O or Q) and digits."}
    place = _add(qtbot, dialog, "location")
    qtbot.keyClicks(_line(place, "nameEdit"), "Kapitan Andreevo")
    qtbot.keyClicks(_line(place, "latitudeEdit"), "north")
    assert place.errors.visible_errors() == {
        "latitude_e6": "Must be a number of degrees, e.g. 44.8176."}
    document = _add(qtbot, dialog, "travel_document")
    choose(child(document.kind_form, type(document.category), "documentTypeCombo"), "passport")
    qtbot.keyClicks(_line(document, "issuingCountryEdit"), "UK")
    assert document.errors.visible_errors() == {
        "issuing_country": "UK is not an ISO 3166 country code (the United Kingdom is GB or "
                           "GBR)."}
    route = _add(qtbot, dialog, "route")
    qtbot.keyClicks(child(route.kind_form, QPlainTextEdit, "waypointsEdit"), "Presevo")
    assert route.errors.visible_errors() == {"waypoints": "Must hold at least 2 item(s)."}
    assert dialog.subjects.list.count() == 4
