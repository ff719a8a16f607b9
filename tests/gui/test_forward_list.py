"""Forward lists every agency of the directory, with whether it may receive the message
and why not (an H3 Europol message used to open with an empty list and no word why)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from liaison_app.domain import forwarding
from liaison_app.domain.grading import GradingScheme, HandlingCode
from liaison_app.domain.messages import MessageType
from liaison_app.gui.compose.forward_dialog import ForwardDialog
from liaison_app.gui.context import AppContext
from liaison_app.gui.models.forward_texts import BARS, DECISIONS
from liaison_app.services.message_brief import ForwardBar, forward_targets
from liaison_app.services.session import Session
from tests.gui.test_compose_support import profile, receive
from tests.services.workspace import Workspace

Ctx = tuple[Workspace, Session, AppContext]


@pytest.fixture
def env(tmp_path: Path, qapp: QApplication) -> Iterator[Ctx]:
    with profile(tmp_path / "profile-a") as found:
        yield found


def test_h3_message_lists_every_agency_with_the_reason(qtbot: QtBot, env: Ctx) -> None:
    ws, session, ctx = env
    h3 = HandlingCode(GradingScheme.EUROPOL_4X4, "H3", "Only SELEC member states")
    mid = receive(session, ws, handling=h3, kind=MessageType.ALERT)
    targets = {t.agency_id: t.bar for t in forward_targets(session, mid)}
    assert targets == {"BG-BP": None, "RS-BP": ForwardBar.SENDER,
                       "GB-NCA": ForwardBar.ALREADY_ADDRESSED}
    dialog = ForwardDialog(ctx, mid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    rows = [dialog.agencies.item(i) for i in range(dialog.agencies.count())]
    assert len(rows) == 3, "every agency of the directory is listed"
    by_id = {str(r.data(Qt.ItemDataRole.UserRole)): r for r in rows}
    assert by_id["BG-BP"].flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert by_id["RS-BP"].text().endswith("— sent this message")
    assert by_id["GB-NCA"].text().endswith("— already received this message")
    for barred in ("RS-BP", "GB-NCA"):
        assert not by_id[barred].flags() & Qt.ItemFlag.ItemIsEnabled
        assert by_id[barred].toolTip()
        # an empty box, not tickable: aligned with the agencies that may receive it
        assert by_id[barred].data(Qt.ItemDataRole.CheckStateRole) is not None
        assert not by_id[barred].flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert dialog.decision_label.text() == (
        "Allowed: Handling code H3 allows forwarding; its conditions travel with the message "
        "and bind the recipient: Only SELEC member states")
    assert "Conditions: Only SELEC member states" in dialog.handling_label.text()
    assert dialog.agencies.accessibleDescription() == "1 agency(ies) may receive this message"


def test_an_agency_without_devices_may_receive_and_waits(env: Ctx) -> None:
    ws, session, _ctx = env
    mid = receive(session, ws)
    from liaison_app.store import directory_cache

    with session.db.transaction() as conn:
        conn.execute("DELETE FROM devices WHERE officer_id IN "
                     "(SELECT officer_id FROM officers WHERE agency_id = 'BG-BP')")
    assert directory_cache.agency(session.db, "BG-BP") is not None
    targets = {t.agency_id: t for t in forward_targets(session, mid)}
    # seal at push: a partner without a device may be chosen; the forward waits for it
    assert targets["BG-BP"].bar is None and targets["BG-BP"].waiting


def test_every_forwarding_sentence_is_listed_for_translation() -> None:
    """The domain's decision templates and every bar have an entry in forward_texts."""
    source = Path(forwarding.__file__).read_text(encoding="utf-8")
    templates = [forwarding.NO_CODE, forwarding.CONSENTED_H2, forwarding.CONSENTED_C,
                 forwarding.REFUSED_H2, forwarding.REFUSED_C, forwarding.WITH_CONDITIONS,
                 forwarding.ALLOWED]
    assert sorted(templates) == sorted(DECISIONS)
    assert "ForwardDecision(" in ast.unparse(ast.parse(source))
    assert set(BARS) == set(ForwardBar)
