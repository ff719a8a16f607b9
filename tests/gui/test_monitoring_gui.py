"""The Monitoring page, the case view's outcomes and references, and File → Report…

Real SQLCipher profiles (no hub needed), Qt offscreen; waits are bounded
conditions, never sleeps.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate

from liaison_app.gui import tasks
from liaison_app.gui.context import AppContext
from liaison_app.gui.pages.case_dialogs import ExternalRefDialog, OutcomeDialog
from liaison_app.gui.pages.case_view import CaseView
from liaison_app.gui.pages.monitoring import MonitoringPage
from liaison_app.gui.report_dialog import ReportDialog
from liaison_app.services.case_records import outcomes_of
from liaison_app.services.monitoring_types import Period
from liaison_app.services.report_export import verify_report_file
from liaison_app.services.session import Session
from liaison_app.store import audit
from liaison_app.store.audit import AuditKind
from tests.monitoring.fixture import build_quarter
from tests.services.workspace import make_workspace

WAIT_MS = 20_000
Q1 = Period.quarter(2026, 1)


@pytest.fixture
def env(tmp_path: Path) -> Iterator[tuple[Session, AppContext]]:
    session = make_workspace(tmp_path / "profile").open()
    build_quarter(session)
    ctx = AppContext(session)
    ctx.justified_cases.update({"RS/2026/1", "BG/2025/9", "BG/2026/2"})
    yield session, ctx
    session.close()


def _texts(tree: Any) -> list[list[str]]:
    return [[tree.topLevelItem(i).text(c) for c in range(tree.columnCount())]
            for i in range(tree.topLevelItemCount())]


def _grouped(tree: Any) -> list[list[str]]:
    """Each row under a heading row, the heading's text first."""
    rows = []
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        rows += [[group.text(0)] + [group.child(n).text(c) for c in range(tree.columnCount())]
                 for n in range(group.childCount())]
    return rows


def test_monitoring_page_shows_the_figures_and_charts(qtbot: Any, env: Any) -> None:
    _session, ctx = env
    page = MonitoringPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    page.choose(Q1)
    assert page.figures is not None and page.figures.period == Q1
    rows = _texts(page.exchanges)
    assert rows[-1] == ["Total (each message once)", "3", "7", "1", "1", "6", "4"]
    assert rows[1][0] == "RS-BP — Border Police Directorate"
    # who answered heads its rows: no column repeating it
    assert [t[0] for t in _texts(page.responses)] == ["Answered by this office",
                                                     "Answered by partners"]
    assert page.responses.topLevelItem(0).isFirstColumnSpanned()
    urgent = next(r for r in _grouped(page.responses) if r[1] == "Urgent, direct (8 h)")
    assert urgent[:6] == ["Answered by this office", "Urgent, direct (8 h)", "4", "3",
                          "6 h 0 min", "10 h 48 min"]
    assert urgent[6] == "50 % (2 of 4)"
    assert "2026-02 RS-BP: 3" in page.bars.summary
    assert "Urgent, direct (8 h), 1–8 h: 2" in page.distribution.summary
    page.side_combo.setCurrentIndex(1)
    assert "Urgent, indirect (3 d), Unanswered, overdue: 1" in page.distribution.summary
    assert page.bars.grab().width() > 100  # the chart paints
    assert page.cases.text() == "Cases opened: 2 · closed: 1"
    assert page.cash.text() == "No cash reported in the messages exchanged in this period."
    assert page.hits.text() == ("Against the watch lists: 0 · in the records held here: 0 · "
                                "strong (notified): 0 · messages with a hit: 0")
    page.partner_combo.setCurrentIndex(page.partner_combo.findData("RS-BP"))
    assert page.figures.partner == "RS-BP"
    assert _texts(page.exchanges)[-1][1:] == ["2", "4", "1", "1", "3", "3"]
    with qtbot.waitSignal(ctx.locked, timeout=WAIT_MS):
        ctx.locked.emit()
    assert page.figures is None and page.exchanges.topLevelItemCount() == 0
    assert page.hits.text() == "" and page.cash.text() == ""


def test_monitoring_tables_show_every_row_at_a_narrow_width(qtbot: Any, env: Any) -> None:
    _session, ctx = env
    page = MonitoringPage(ctx)
    qtbot.addWidget(page)
    page.resize(760, 700)  # narrower than the figures' one-line titles
    page.show()
    qtbot.waitExposed(page)
    page.choose(Q1)
    tree = page.exchanges
    titles = [tree.headerItem().text(c) for c in range(tree.columnCount())]
    assert "Requests\nsent" in titles  # two-line titles rather than a sideways scroll

    def every_row_shown(tree: Any) -> bool:
        last = tree.topLevelItem(tree.topLevelItemCount() - 1)
        while last.childCount():  # the last row under the last heading
            last = last.child(last.childCount() - 1)
        return tree.visualItemRect(last).bottom() < tree.viewport().height()

    for tree in (page.exchanges, page.responses, page.replies):
        qtbot.waitUntil(lambda tree=tree: every_row_shown(tree), timeout=WAIT_MS)


def test_monitoring_page_shows_cash_per_currency_and_hits(qtbot: Any, env: Any) -> None:
    from tests.monitoring.test_financial_figures import COURIER, _cash, _hit, _message
    from tests.monitoring.test_financial_figures import t as at

    session, ctx = env
    rs = _message(session, "RS-BP", "2026-01-10 08:00", (COURIER, _cash("48500", "EUR")),
                  incoming=True)
    _message(session, "BG-BP", "2026-02-03 08:00", (COURIER, _cash("12000", "BGN")),
             incoming=True)
    _message(session, "BG-BP", "2026-03-03 08:00", (COURIER, _cash("900", "EUR")),
             incoming=False)
    _hit(session, rs, "watchlist", 0.97, at("2026-01-10 08:00"))
    page = MonitoringPage(ctx)
    qtbot.addWidget(page)
    page.choose(Q1)
    assert page.cash.text() == (
        "Cash found or carried, as reported in the messages exchanged — received from "
        "partners: 12,000.00 BGN (cash subjects: 1); 48,500.00 EUR (cash subjects: 1) · sent "
        "by this office: 900.00 EUR (cash subjects: 1).")
    assert "Against the watch lists: 1 ·" in page.hits.text()
    assert "messages with a hit: 1" in page.hits.text()


def test_case_view_records_outcomes_references_and_status(qtbot: Any, env: Any) -> None:
    session, ctx = env
    view = CaseView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.show_case("RS/2026/1")
    assert view.case is not None
    assert sorted(r[1] for r in _texts(view.outcomes_tree)) == ["Cash seized", "Cash seized",
                                                                "Persons arrested"]
    dialog = OutcomeDialog(ctx, "RS/2026/1", view)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("assets_seized"))
    assert dialog.amount.isEnabled()
    dialog.date.setDate(QDate(2026, 3, 3))
    dialog.amount.setText("12500.505")
    dialog.accept()
    assert dialog.error_label.isVisibleTo(dialog) and "decimal" in dialog.error_label.text()
    dialog.amount.setText("45000")
    dialog.currency.setCurrentText("bgn")
    dialog.note.setPlainText("Lorry trailer")
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        dialog.accept()
    view.refresh()
    assert ["2026-03-03", "Assets seized", "1", "45,000.00 BGN", "Lorry trailer"] in \
        _texts(view.outcomes_tree)

    refs = ExternalRefDialog(ctx, "RS/2026/1", view)
    qtbot.addWidget(refs)
    refs.system.setCurrentIndex(refs.system.findData("selec"))
    refs.reference.setText("SELEC/OP/2026/14")
    with qtbot.waitSignal(refs.accepted, timeout=WAIT_MS):
        refs.accept()
    view.refresh()
    assert _texts(view.refs_tree) == [["SELEC", "SELEC/OP/2026/14"]]
    assert "SELEC: SELEC/OP/2026/14" in view.values["externalValue"].text()
    view.refs_tree.setCurrentItem(view.refs_tree.topLevelItem(0))
    view.remove_reference()
    assert view.refs_tree.topLevelItemCount() == 0

    first = outcomes_of(session, "RS/2026/1")[0]
    view.ask_reason = lambda *_a: "entered on the wrong case"  # type: ignore[method-assign]
    view.outcomes_tree.setCurrentItem(view.outcomes_tree.topLevelItem(0))
    view._remove_outcome_clicked()
    assert first.outcome_id not in [o.outcome_id for o in outcomes_of(session, "RS/2026/1")]

    assert view.status_button.text() == "Reopen case"
    view.toggle_status()
    assert view.case.status == "open" and view.status_button.text() == "Close case"
    kinds = [e.kind for e in audit.entries(session.db, object_ref="case:RS/2026/1",
                                           newest_first=False)]
    assert kinds.count(AuditKind.ERASE) == 1 and kinds.count(AuditKind.ALTER) >= 3


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
def test_report_dialog_draws_signs_saves_and_audits(qtbot: Any, env: Any,
                                                    tmp_path: Path) -> None:
    session, ctx = env
    dialog = ReportDialog(ctx, case_ref="RS/2026/1")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.case_radio.isChecked() and dialog.file_format == "pdf"
    dialog.path_edit.setText(str(tmp_path / "handover"))
    dialog.make_report()
    assert "justification" in dialog.status.text() and not dialog.running
    dialog.justification.setText("Hand-over to the partner's liaison officer")
    dialog.make_report()
    assert dialog.running and not dialog.save_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.running and not tasks.busy(), timeout=WAIT_MS)
    out = tmp_path / "handover.pdf"
    assert dialog.result is not None and dialog.result.path == out, dialog.status.text()
    assert verify_report_file(session, out).ok
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "HANDLING" in text and "Hand-over to the partner's liaison officer" in text

    dialog.monitoring_radio.setChecked(True)
    dialog.from_date.setDate(QDate(2026, 1, 1))
    dialog.to_date.setDate(QDate(2026, 3, 31))
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("csv"))
    dialog.justification.clear()
    dialog.path_edit.setText(str(tmp_path / "q1.csv"))
    dialog.make_report()
    qtbot.waitUntil(lambda: not dialog.running and not tasks.busy(), timeout=WAIT_MS)
    assert "exchanges,requests_received,all,,,7,messages" in (tmp_path / "q1.csv").read_text(
        encoding="utf-8-sig")
    exports = audit.entries(session.db, kind=AuditKind.EXPORT, newest_first=False)
    assert [e.object_ref for e in exports] == ["case:RS/2026/1",
                                               "monitoring:2026-01-01..2026-03-31"]
    assert isinstance(exports[1].details, dict)
    assert exports[1].details["justification"].startswith("Monitoring figures")  # type: ignore[union-attr]


def test_main_window_has_the_monitoring_page_and_the_report_action(
        qtbot: Any, make_shell: Any, tmp_path: Path) -> None:
    from tests.services.workspace import PASSPHRASE

    ws = make_workspace(tmp_path / "shell")
    from tests.gui.conftest import unlock

    window = unlock(qtbot, make_shell(ws.path, start_sync=False), PASSPHRASE)
    keys = [window.nav.item(i).data(256) for i in range(window.nav.count())]
    assert keys[-6:] == ["monitoring", "operations", "quarantine", "audit", "transfers",
                         "review"]
    window.nav.setCurrentRow(keys.index("monitoring"))
    assert isinstance(window.pages.currentWidget(), MonitoringPage)
    assert not window.detail_stack.isVisible()
    window.nav.setCurrentRow(0)
    assert window.detail_stack.isVisible()
    assert window.report_action.shortcut().toString() == "Ctrl+P"
    today = datetime.now(UTC).date()
    assert Period.preset("this_quarter", today).first_day <= today <= date(today.year, 12, 31)
