"""Fill a Compose Request dialog on every tab, and check a dialog holds exactly that (no tests).

Shared by the in-process draft tests and the child process that is killed with
SIGKILL (tests/gui/draft_child.py), so both type the same thing through the
real widgets (QTest key clicks) and check the same fields afterwards. Every
free-text field carries the canary, which must never reach a file.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from liaison_app.gui.forms import child

CANARY = "Zqxcanary"
"""A token no other text contains: searched for in every file under the profile."""


def _choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, f"{data!r} not offered in {combo.objectName()}"
    combo.setCurrentIndex(index)


def _type(widget: QWidget, text: str) -> None:
    QTest.keyClicks(widget, text)


def fill_request(dialog: Any, canary: str = CANARY) -> None:
    """Recipients, priority, urgency, text, details, grading, two subjects, a new case and
    the legal basis with its justification."""
    message = dialog.message
    message.agency_item("RS-BP").setCheckState(0, Qt.CheckState.Checked)
    _choose(message.priority, "urgent")
    _choose(message.urgency, "urgent-indirect")
    _type(message.body, f"Body {canary}: lorry NS-123-AB at Horgos")
    request = dialog.request
    dialog.tabs.setCurrentIndex(1)
    _type(request.purpose, f"Purpose {canary}")
    _type(request.information, f"Keeper {canary}")
    _type(request.grounds, f"Grounds {canary}")
    request.evidence.setChecked(True)
    dialog.tabs.setCurrentIndex(2)
    grading = dialog.grading
    _choose(grading.scheme, "uk-3x5x2")
    _choose(grading.source, "2")
    _choose(grading.information, "B")
    _choose(grading.handling, "C")
    _type(grading.conditions, f"Conditions {canary}")
    grading.no_onward.setChecked(True)
    dialog.tabs.setCurrentIndex(3)
    person = dialog.subjects.add("person")
    _type(child(person, QLineEdit, "surnameEdit"), f"Surname{canary}")
    _type(child(person, QLineEdit, "givenNamesEdit"), "Marko")
    _type(child(person, QPlainTextEdit, "aliasesEdit"), f"Alias{canary}")
    _type(child(person, QLineEdit, "dobEdit"), "1984-03")
    _type(child(person, QLineEdit, "nationalitiesEdit"), "RS")
    _choose(child(person, QComboBox, "sexCombo"), "male")
    _choose(child(person, QComboBox, "categoryCombo"), "suspect")
    _choose(child(person, QComboBox, "basisCombo"), "fact")
    _type(child(person, QPlainTextEdit, "notesEdit"), f"Notes {canary}")
    vehicle = dialog.subjects.add("vehicle")
    _choose(child(vehicle, QComboBox, "vehicleKindCombo"), "lorry")
    _type(child(vehicle, QLineEdit, "registrationEdit"), "NS-123-AB")
    _choose(child(vehicle, QComboBox, "categoryCombo"), "other")
    _choose(child(vehicle, QComboBox, "basisCombo"), "fact")
    dialog.tabs.setCurrentIndex(4)
    case = dialog.case
    case.new_radio.setChecked(True)
    _type(case.ref, "OP-DANUBE-7")
    _type(case.title, f"Danube {canary}")
    _choose(case.crime_area, "trafficking_in_human_beings")
    _choose(dialog.reason.basis, "directive-2023-977")
    _type(dialog.reason.justification, f"Keeper wanted {canary}")
    dialog.tabs.setCurrentIndex(3)


def check_request(dialog: Any, canary: str = CANARY) -> None:
    """Every field `fill_request` set is there again (a reopened draft)."""
    message = dialog.message
    assert message.recipients() == (("RS-BP",), ())
    assert message.priority.currentData() == "urgent"
    assert message.urgency.currentData() == "urgent-indirect"
    assert message.body.toPlainText() == f"Body {canary}: lorry NS-123-AB at Horgos"
    request = dialog.request
    assert request.purpose.toPlainText() == f"Purpose {canary}"
    assert request.information.toPlainText() == f"Keeper {canary}"
    assert request.grounds.toPlainText() == f"Grounds {canary}"
    assert request.evidence.isChecked()
    grading = dialog.grading
    assert [c.currentData() for c in (grading.scheme, grading.source, grading.information,
                                      grading.handling)] == ["uk-3x5x2", "2", "B", "C"]
    assert grading.conditions.toPlainText() == f"Conditions {canary}"
    assert grading.no_onward.isChecked()
    editors = dialog.subjects.editors
    assert [e.spec.kind for e in editors] == ["person", "vehicle"]
    person, vehicle = editors
    assert child(person, QLineEdit, "surnameEdit").text() == f"Surname{canary}"
    assert child(person, QLineEdit, "givenNamesEdit").text() == "Marko"
    assert child(person, QPlainTextEdit, "aliasesEdit").toPlainText() == f"Alias{canary}"
    assert child(person, QLineEdit, "dobEdit").text() == "1984-03"
    assert child(person, QLineEdit, "nationalitiesEdit").text() == "RS"
    assert child(person, QComboBox, "sexCombo").currentData() == "male"
    assert child(person, QComboBox, "categoryCombo").currentData() == "suspect"
    assert child(person, QPlainTextEdit, "notesEdit").toPlainText() == f"Notes {canary}"
    assert child(vehicle, QLineEdit, "registrationEdit").text() == "NS-123-AB"
    assert child(vehicle, QComboBox, "vehicleKindCombo").currentData() == "lorry"
    case = dialog.case
    assert case.new_radio.isChecked()
    assert (case.ref.text(), case.title.text()) == ("OP-DANUBE-7", f"Danube {canary}")
    assert case.crime_area.currentData() == "trafficking_in_human_beings"
    assert dialog.reason.basis.currentData() == "directive-2023-977"  # the Case and reason tab
    assert dialog.reason.justification.text() == f"Keeper wanted {canary}"
    assert dialog.tabs.currentIndex() == 3
    assert dialog.subjects.list.count() == 2
