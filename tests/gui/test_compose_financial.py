"""The financial subject forms: refusals next to the field (in the officer's language too),
typed spellings normalised, the courier chosen among the message's persons, and queueing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from liaison_app.domain.errors import ValidationError
from liaison_app.domain.messages import MessageType
from liaison_app.domain.subjects import subject_from_wire
from liaison_app.gui import theme
from liaison_app.gui.compose import ComposeDialog
from liaison_app.gui.compose.subjects_page import SubjectEditor
from liaison_app.gui.forms import child
from liaison_app.gui.models.validation_texts import VALIDATION_TEXTS
from liaison_app.store import messages
from tests.gui.test_compose_subjects import Ctx, _add
from tests.gui.test_compose_support import choose, profile, tick

VECTORS = Path(__file__).resolve().parents[1] / "vectors" / "financial-subjects-v2.json"


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
    return found


def _type(qtbot: QtBot, editor: SubjectEditor, name: str, text: str) -> None:
    edit = child(editor.kind_form, QLineEdit, name)
    edit.clear()
    qtbot.keyClicks(edit, text)


def test_the_four_refusals_are_shown_next_to_their_field(qtbot: QtBot,
                                                         dialog: ComposeDialog) -> None:
    account = _add(qtbot, dialog, "bank_account")
    _type(qtbot, account, "ibanEdit", "RS36 1050 0812 3123 1231 73")
    assert account.errors.visible_errors() == {"iban": (
        "The check digits do not match: a character is wrong or two are swapped.")}
    _type(qtbot, account, "ibanEdit", "rs35 1050 0812 3123 1231 73")  # spaces, small letters
    assert account.errors.visible_errors() == {}
    assert dialog.subjects.list.item(0).text() == "IBAN RS35 1050 0812 3123 1231 73"

    bitcoin = _add(qtbot, dialog, "crypto_address")
    choose(child(bitcoin.kind_form, QComboBox, "networkCombo"), "bitcoin")
    _type(qtbot, bitcoin, "addressEdit", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5")
    assert bitcoin.errors.visible_errors() == {"address": (
        "The Bech32 checksum does not match: a character is wrong or missing.")}

    ether = _add(qtbot, dialog, "crypto_address")
    choose(child(ether.kind_form, QComboBox, "networkCombo"), "ethereum")
    _type(qtbot, ether, "addressEdit", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD")
    assert list(ether.errors.visible_errors()) == ["address"]
    assert "EIP-55" in ether.errors.visible_errors()["address"]

    card = _add(qtbot, dialog, "payment_card")
    _type(qtbot, card, "lastFourEdit", "4111 1111 1111 1111")
    assert card.errors.visible_errors() == {"last_four": (
        "Holds what looks like a full card number; record only the last four digits and "
        "the issuer.")}
    _type(qtbot, card, "lastFourEdit", "1111")
    qtbot.keyClicks(child(card.common, QPlainTextEdit, "notesEdit"), "seen: 4111-1111-1111-1111")
    assert list(card.errors.visible_errors()) == ["notes"]

    dialog.tabs.setCurrentIndex(0)
    qtbot.mouseClick(dialog.queue_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.subjects.list.currentRow() == 1


def test_refusals_speak_the_officers_language(qtbot: QtBot, qapp: QApplication,
                                              dialog: ComposeDialog) -> None:
    try:
        assert theme.install_translations(qapp, QLocale("sr-Latn-RS")) == "sr_Latn_RS"
        account = _add(qtbot, dialog, "bank_account")
        _type(qtbot, account, "ibanEdit", "GB82WEST1234569876543")
        shown = account.errors.visible_errors()["iban"]
        assert "GB" in shown and "22" in shown and "21" in shown
        assert "characters" not in shown  # translated, with the values filled in
    finally:
        theme.remove_translations(qapp)


def test_every_financial_refusal_has_a_translatable_reason() -> None:
    """The reasons of the vectors' refusals (and a few more) are in VALIDATION_TEXTS."""
    cases: list[dict[str, Any]] = json.loads(VECTORS.read_text(encoding="utf-8"))["refused"]
    templates = set()
    for case in cases:
        try:
            subject_from_wire(case["subject"], "s")
        except ValidationError as exc:
            templates.add(exc.template)
    assert "must be a string" in templates  # amount as a number: a wire fault, not typed
    templates.discard("must be a string")
    assert templates - set(VALIDATION_TEXTS) == set()


def test_cash_takes_its_courier_from_the_persons_and_queues(qtbot: QtBot, env: Ctx,
                                                            dialog: ComposeDialog) -> None:
    _ws, session, ctx = env
    tick(dialog.message.agency_item("RS-BP"))
    choose(dialog.grading.scheme, "none")
    dialog.tabs.setCurrentIndex(3)
    organisation = _add(qtbot, dialog, "organisation")
    _type(qtbot, organisation, "nameEdit", "Balkan Express Tours")
    person = _add(qtbot, dialog, "person")
    _type(qtbot, person, "surnameEdit", "Jovanovic")
    cash = _add(qtbot, dialog, "cash")
    _type(qtbot, cash, "amountEdit", "48500")
    _type(qtbot, cash, "currencyEdit", "eur")
    courier = child(cash.kind_form, QComboBox, "courierCombo")
    assert [courier.itemText(i) for i in range(courier.count())][1:] == ["Jovanovic"]
    courier.setCurrentIndex(1)
    assert cash.errors.visible_errors() == {}
    dialog.subjects.list.setCurrentRow(0)
    dialog.subjects.remove_current()  # the person moves up to position 0; the choice follows
    assert courier.currentData() == 0 and courier.currentText() == "Jovanovic"
    dialog.tabs.setCurrentIndex(0)
    with qtbot.waitSignal(ctx.data_changed, timeout=20_000):
        qtbot.mouseClick(dialog.queue_button, Qt.MouseButton.LeftButton)
    row = messages.get(session.db, dialog.message_id)
    assert row is not None
    assert [s["kind"] for s in row.subjects] == ["person", "cash"]
    assert row.subjects[1]["courier"] == 0 and row.subjects[1]["currency"] == "EUR"
