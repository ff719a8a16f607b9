"""The Transfers page lists each disclosure with its authority, country, legal basis and
justification, and exports the record (audited); a recalled message is marked in the lists
and in the detail pane, with the correction beside it."""

from __future__ import annotations

import csv
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from liaison_app.domain.disclosure import DisclosureReason, LegalBasis
from liaison_app.domain.messages import MessageType, RecallAction, ReplyOutcome
from liaison_app.domain.replies_acks_recalls import RecallContent, ReplyContent
from liaison_app.gui.context import AppContext
from liaison_app.gui.models.paged import KEY_ROLE
from liaison_app.gui.models.tables import MessageTableModel
from liaison_app.gui.pages import INBOX_QUERY
from liaison_app.gui.pages.case_view import CaseView
from liaison_app.gui.pages.detail import MessageDetail
from liaison_app.gui.pages.transfers import ExportReasonDialog, TransfersPage
from liaison_app.services.actions import forward
from liaison_app.services.compose import queue_message
from liaison_app.services.session import Session
from liaison_app.store import audit
from liaison_app.store.audit import AuditKind
from tests.services.accountability_support import receive_from_b
from tests.services.test_compose import _request
from tests.services.workspace import Workspace, make_workspace

WAIT_MS = 10_000


@pytest.fixture
def env(tmp_path: Path, qtbot: Any) -> Iterator[tuple[Workspace, Session, AppContext]]:
    ws = make_workspace(tmp_path / "profile")
    session = ws.open()
    yield ws, session, AppContext(session)
    session.close()


def _cells(page: TransfersPage) -> list[list[str]]:
    model = page.model
    return [[model.item(r, c).text() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_transfers_page_lists_and_exports(qtbot: Any, env: Any, tmp_path: Path) -> None:
    ws, session, ctx = env
    request = queue_message(session, _request(case_ref="OP-T"))
    alert = receive_from_b(session, ws, kind=MessageType.ALERT, case_ref="OP-T")
    fwd = forward(session, alert, ("BG-BP",), disclosure_reason=DisclosureReason(
        LegalBasis.SPECIAL_CIRCUMSTANCES, "Imminent crossing at Kalotina"))
    page = TransfersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    rows = {r[-1]: r for r in _cells(page)}
    assert set(rows) == {request, fwd}
    assert rows[fwd][1:4] == ["Forward", "Border Police (BG-BP)", "BG"]
    assert rows[fwd][4] == ("Special circumstances: life, or an immediate and serious threat "
                            "to public security")
    assert rows[fwd][5] == "Imminent crossing at Kalotina"
    assert rows[request][2:4] == ["Border Police Directorate (RS-BP)", "RS"]
    assert rows[request][6] == "Suspect" and "Identity" in rows[request][7]
    assert rows[request][0].startswith("queued ")  # not taken by the hub yet
    assert page.summary.text() == "2 disclosure(s) in this period."
    page.table.selectRow([r[-1] for r in _cells(page)].index(fwd))
    record = page.record.text()
    assert "Justification: Imminent crossing at Kalotina" in record
    assert "To: Border Police (BG-BP, BG)" in record and "Data subjects: Suspect" not in record

    ask = ExportReasonDialog("the record", page)
    qtbot.addWidget(ask)
    box = ask.findChild(QDialogButtonBox, "buttonBox")
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and ok.text() == "Choose &file…"
    ask.reason_edit.setText("Quarterly DPO check")
    assert ok.isEnabled() and ask.reason == "Quarterly DPO check"
    target = tmp_path / "transfers.csv"
    page._save_csv(target, "Quarterly DPO check")
    assert page.last_saved == target and stat.S_IMODE(target.stat().st_mode) == 0o600
    with target.open(encoding="utf-8", newline="") as fh:
        table = list(csv.DictReader(fh))
    assert {t["message_id"] for t in table} == {request, fwd}
    (export,) = audit.entries(session.db, kind=AuditKind.EXPORT)
    assert isinstance(export.details, dict)
    assert export.details["justification"] == "Quarterly DPO check"


def test_transfers_fit_their_page_and_the_officer_chooses_the_columns(
        qtbot: Any, env: Any) -> None:
    _ws, session, ctx = env
    queue_message(session, _request(case_ref="OP-T"))
    page = TransfersPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    qtbot.waitExposed(page)
    header = page.table.horizontalHeader()
    shown = [page.model.headerData(c, Qt.Orientation.Horizontal)
             for c in range(page.model.columnCount()) if not page.table.isColumnHidden(c)]
    assert shown == ["Sent", "Kind", "Receiving authority", "Country", "Legal basis",
                     "Justification"]  # the rest is in the record under the table
    assert header.length() <= page.table.viewport().width()  # no scrolling sideways
    cell = page.model.item(0, 2)
    assert cell.toolTip() == cell.text()  # an elided cell's whole text
    page.columns.fill(page.columns.menu)
    offered = {a.text(): a for a in page.columns.menu.actions()}
    assert not offered["Officer"].isChecked()
    offered["Officer"].setChecked(True)  # View → Columns, remembered
    assert not page.table.isColumnHidden(8)
    page.refresh()  # the model is refilled: the choice holds
    assert not page.table.isColumnHidden(8) and page.table.isColumnHidden(9)
    assert header.length() <= page.table.viewport().width()
    again = TransfersPage(ctx)
    qtbot.addWidget(again)
    assert not again.table.isColumnHidden(8)


def test_recalled_message_is_marked_in_list_and_detail(qtbot: Any, env: Any) -> None:
    ws, session, ctx = env
    alert = receive_from_b(session, ws, kind=MessageType.ALERT)
    receive_from_b(session, ws, kind=MessageType.RECALL, in_reply_to=alert, body="Plate NS321AB",
                   content=RecallContent(RecallAction.RECTIFY, alert, "Plate misread"))
    model = MessageTableModel(ctx, INBOX_QUERY)
    column = [model.headerData(c, Qt.Orientation.Horizontal) for c in
              range(model.columnCount())].index("State")
    statuses = {model.data(model.index(r, 0), KEY_ROLE): model.data(model.index(r, column))
                for r in range(model.rowCount())}
    assert statuses[alert] == "Rectified"
    detail = MessageDetail(ctx)
    qtbot.addWidget(detail)
    detail.show()
    with qtbot.waitSignal(detail.shown, timeout=WAIT_MS):
        detail.show_message(alert)  # no personal subjects: no justification asked
    banner = detail.notes.recall
    assert banner.isVisible() and banner.accessibleName() == "Recalled by the sender"
    assert "RECTIFIED" in banner.text() and "RS-BP rectified it: Plate misread" in banner.text()
    assert "Correction: Plate NS321AB" in banner.text()
    assert detail.values["statusValue"].text().endswith("Rectified")


def test_case_view_shows_each_request_s_follow_up(qtbot: Any, env: Any) -> None:
    ws, session, ctx = env
    request = queue_message(session, _request(case_ref="OP-SEQ"))
    asked = receive_from_b(session, ws, kind=MessageType.REPLY, in_reply_to=request,
                           case_ref="OP-SEQ", body="",
                           content=ReplyContent(ReplyOutcome.CLARIFICATION, "Which lorry?"))
    view = CaseView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.show_case("OP-SEQ")
    dialog = view.pending  # the request's suspect is personal data: a justification first
    assert dialog is not None
    dialog.reason_edit.setText("Reviewing OP-SEQ")
    with qtbot.waitSignal(view.shown, timeout=WAIT_MS):
        dialog.accept()
    rows = {view.timeline.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole):
            view.timeline.topLevelItem(i) for i in range(view.timeline.topLevelItemCount())}
    assert rows[request].text(6) == "Clarification requested — open, your move"
    assert rows[asked].text(2) == "Answer: Clarification requested"


def test_the_daily_retention_run_while_the_window_is_open(qtbot: Any, env: Any) -> None:
    from datetime import UTC, datetime, timedelta

    from liaison_app.gui.review_prompt import ReviewPrompt
    from liaison_app.store import messages
    from liaison_app.store.review_dates import review_days

    ws, session, ctx = env
    alert = receive_from_b(session, ws, kind=MessageType.ALERT, body="Convoy")
    prompt = ReviewPrompt(ctx)
    prompt.clock = lambda: datetime.now(UTC) + timedelta(days=review_days(session.db) + 60)
    with qtbot.waitSignal(ctx.data_changed, timeout=WAIT_MS):
        assert prompt.daily_retention() == 1  # past review and the 30 days' grace
    assert messages.get(session.db, alert) is None
    assert prompt.daily_retention() == 0  # once a day
    prompt.stop()
