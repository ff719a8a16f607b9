"""The Check page, the warning before signing, and hits under a message's subjects."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from liaison_app.domain.subject_kinds import Basis, DataSubjectCategory, Vehicle, VehicleKind
from liaison_app.gui.compose.hit_warning import warn_before_signing
from liaison_app.gui.context import AppContext
from liaison_app.gui.pages.check import CheckPage
from liaison_app.gui.pages.detail import MessageDetail
from liaison_app.services import views
from liaison_app.services.compose import queue_message
from liaison_app.services.session import Session
from liaison_app.store import check_hits
from liaison_app.store.crosscheck import Hit
from tests.services.test_compose import _request
from tests.services.test_crosscheck import NOW, load_list
from tests.services.workspace import make_workspace

LORRY = Vehicle(category=DataSubjectCategory.SUSPECT, basis=Basis.FACT,
                vehicle_kind=VehicleKind.LORRY, registration="CA-1234-BX",
                registration_country="BG")


@pytest.fixture
def env(tmp_path: Path) -> Iterator[tuple[Session, AppContext]]:
    session = make_workspace(tmp_path / "profile").open()
    load_list(session)
    yield session, AppContext(session)
    session.close()


def test_check_page_needs_a_reason_and_lists_hits_with_reasons(
        qtbot: Any, env: tuple[Session, AppContext]) -> None:
    _, ctx = env
    page = CheckPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.accessibleName() == "Check"
    assert all(e.accessibleName() for e in page.edits.values())
    page.edits["name"].setText("Petrovic Dragan")
    page.edits["dob"].setText("1979")
    assert not page.check_button.isEnabled()  # no reason yet
    page.edits["reason"].setText("driver at booth 3")
    assert page.check_button.isEnabled()
    with qtbot.waitSignal(page.checked, timeout=5000) as signal:
        qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    assert signal.args[0] >= 1
    top = page.tree.topLevelItem(0)
    assert top is not None and top.text(2) == "RS-BP-0001"
    assert "rs-bp" in top.text(1) and top.text(0) == "1.00"
    reasons = [top.child(i).text(3) for i in range(top.childCount())]
    assert "surname Cyrillic→Latin exact" in reasons
    assert "hit" in page.summary_label.text()
    page.edits["plate"].setText("CA1234BX")
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    assert page.error_label.isVisible() and "country" in page.error_label.text()
    ctx.locked.emit()
    assert page.edits["name"].text() == "" and page.tree.topLevelItemCount() == 0


def test_warning_before_signing_lets_the_officer_go_back_or_sign(
        qtbot: Any, env: tuple[Session, AppContext]) -> None:
    session, _ = env
    parent = QWidget()
    qtbot.addWidget(parent)
    went_on: list[bool] = []
    box = warn_before_signing(parent, session, (LORRY,), lambda: went_on.append(True))
    assert box is not None and "RS-BP-0002" in box.informativeText()
    back = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole]
    back[0].click()
    assert went_on == []
    box = warn_before_signing(parent, session, (LORRY,), lambda: went_on.append(True))
    assert box is not None
    sign = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
    sign[0].click()
    assert went_on == [True]


def test_detail_shows_arrival_hits_under_the_subject(
        qtbot: Any, env: tuple[Session, AppContext]) -> None:
    session, ctx = env
    mid = queue_message(session, _request(subjects=(LORRY,)))
    with session.db.transaction() as conn:
        check_hits.add(conn, mid, 0, [Hit("watchlist", "rs-bp", 4, "RS-BP-0002", "CA1234BX",
                                          1.0, ("plate equal (BG)",))], now=NOW)
    detail = MessageDetail(ctx)
    qtbot.addWidget(detail)
    detail.show()
    detail._open(views.message_detail(session, mid))
    subject = detail.subjects_tree.topLevelItem(0)
    assert subject is not None
    hit = subject.child(0)
    assert hit is not None and "RS-BP-0002" in hit.text(0) and "1.00" in hit.text(0)
    assert hit.child(0).text(0) == "plate equal (BG)"


def test_check_page_takes_an_account_and_a_wallet(qtbot: Any,
                                                   env: tuple[Session, AppContext]) -> None:
    from tests.services.test_financial_checks import ETH
    from tests.services.test_financial_checks import _load as load_financial

    session, ctx = env
    load_financial(session)
    page = CheckPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.network_combo.accessibleName() and page.network_combo.count() == 7
    page.edits["account"].setText("rs35 1050 0812 3123 1231 73")
    page.edits["reason"].setText("payment slip at booth 2")
    with qtbot.waitSignal(page.checked, timeout=5000):
        qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    top = page.tree.topLevelItem(0)
    assert top is not None and top.text(2) == "FIN-1"
    page.edits["account"].clear()
    page.edits["wallet"].setText(ETH.lower())
    page.network_combo.setCurrentIndex(page.network_combo.findData("polygon"))
    assert page.query().network == "polygon"
    with qtbot.waitSignal(page.checked, timeout=5000):
        qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    top = page.tree.topLevelItem(0)
    assert top is not None and top.text(2) == "FIN-2"
    page.network_combo.setEditText("Monero")
    assert page.query().network == "Monero"
    page.edits["wallet"].setText(ETH[:-1] + "D")
    page.network_combo.setCurrentIndex(0)
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    assert page.error_label.isVisible() and "checksum" in page.error_label.text()
    ctx.locked.emit()
    assert page.edits["wallet"].text() == "" and page.network_combo.currentIndex() == 0
