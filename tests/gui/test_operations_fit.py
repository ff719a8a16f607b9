"""The Operations page at 1366x768 in every language: the list takes no more than its
share of the width (its Title elides, whole in the tooltip), and the selected operation's
timeline reads whole: When, Agency, Update and State whole, every Details text wrapped
onto as many lines as it needs, the row as tall as that, nothing scrolling sideways."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle, QTableView

from liaison_app.crypto.operation import new_salt
from liaison_app.domain.operation_control_bodies import AcceptBody
from liaison_app.domain.operation_updates import UpdateKind
from liaison_app.domain.outcomes import Outcome, OutcomeKind
from liaison_app.services import operations
from tests.gui.conftest import unlock
from tests.gui.fit_checks import officer_look, page_at_laptop_size
from tests.gui.test_operations_gui import B_OFFICER, _from_b
from tests.services.workspace import PASSPHRASE, make_workspace

WAIT_MS = 10_000
REF = "OP-HORGOS-26"
TITLE = "Horgoš–Kelebija lorry route"
#: the most of the page's width the list may take (the record gets the rest)
LIST_SHARE = 0.3


def _margin(view: QTableView) -> int:
    """The room the style leaves either side of a cell's text."""
    return 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                         view) + 1)


def timeline_problems(timeline: QTableView, details: int = 4) -> Iterator[str]:
    """Timeline cells not read whole: a short column's text wider than the column, a
    Details text that needs more lines than its row has, columns past the right edge."""
    model, header = timeline.model(), timeline.horizontalHeader()
    metrics = QFontMetrics(timeline.font())
    if header.length() > timeline.viewport().width():
        yield f"columns {header.length()} px wide in {timeline.viewport().width()} px"
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            text = str(model.index(row, column).data() or "")
            width = header.sectionSize(column) - _margin(timeline)
            if not text:
                continue
            if column != details:
                if metrics.horizontalAdvance(text) > width:
                    yield f"{text!r} needs {metrics.horizontalAdvance(text)} px, has {width}"
                continue
            needed = metrics.boundingRect(QRect(0, 0, max(width, 1), 1_000_000),
                                          int(Qt.TextFlag.TextWordWrap), text).height()
            if needed > timeline.rowHeight(row):
                yield (f"details {text!r} need {needed} px high at {width} px, the row has "
                       f"{timeline.rowHeight(row)}")


@pytest.fixture
def profile(tmp_path: Path) -> tuple[Path, str]:
    """GB-NCA's profile with DEMO-JOINT-1's kind of timeline: long task and decision texts."""
    ws = make_workspace(tmp_path / "profile")
    session = ws.open()
    try:
        today = datetime.now(UTC).date()
        op = operations.propose(session, operations.Proposal(
            ref=REF, title=TITLE, partners=("RS-BP",),
            objectives=("Identify the facilitators behind lorry DEMO-001",)))
        assert _from_b(ws, session, op, UpdateKind.ACCEPT,
                       AcceptBody((B_OFFICER,), new_salt()), 1) == "applied"
        operations.add_task(session, op, "Watch Kelebija for DEMO-001 at night, and note "
                            "every lorry of the same haulier crossing after 22:00",
                            agency="RS-BP", due_on=today + timedelta(days=5))
        task = operations.add_task(session, op, "Check UK holdings on the alias 'Demo-Alias'",
                                   agency="GB-NCA", due_on=today - timedelta(days=1))
        operations.decide(session, op, "Controlled delivery: let DEMO-001 cross and follow "
                          "it to the drop point; the border police of both sides keep out "
                          "of sight until the load is handed over", decided_on=today)
        operations.set_task_done(session, op, task, note="Nothing held on the alias in the "
                                 "national systems or in the Europol holdings")
        operations.record_outcome(session, op, Outcome(OutcomeKind.ARREST, today, 2, None,
                                                       ""))
    finally:
        session.close(reason="test")
    return ws.path, op


@pytest.mark.parametrize("language", ["en-GB", "bg-BG", "sr-Latn-RS", "sr-Cyrl-RS"])
def test_the_timeline_reads_whole_beside_a_list_of_its_share(
        qtbot: Any, qapp: Any, make_shell: Any, profile: tuple[Path, str],
        language: str) -> None:
    path, op = profile
    with officer_look(qapp, language):
        window = unlock(qtbot, make_shell(path, start_sync=False), PASSPHRASE)
        window.ctx.justified_objects.add(f"operation:{op}")
        window.ctx.justified_cases.add(REF)
        page = page_at_laptop_size(qtbot, qapp, window, "operations")
        assert page.objectName() == "page-operations"
        page.refresh()
        timeline = page.timeline
        qtbot.waitUntil(lambda: timeline.isVisible() and page.timeline_model.rowCount() >= 6,
                        timeout=WAIT_MS)
        list_, record = page.list, page.record

        def share() -> float:
            return list_.width() / (list_.width() + record.width())

        # the window laid out at its size, the list placed, the rows laid out (bounded)
        with contextlib.suppress(qtbot.TimeoutError):
            qtbot.waitUntil(lambda: window.size().toTuple() == (1366, 768)
                            and share() <= LIST_SHARE + 0.01
                            and not list(timeline_problems(timeline)), timeout=3_000)
        assert window.size().toTuple() == (1366, 768)
        problems = list(timeline_problems(timeline))
        assert not problems, "\n".join(problems)
        assert share() <= LIST_SHARE + 0.01, (list_.width(), record.width())
        # the list's other columns whole beside its Title, which says itself in full in
        # its tooltip when it is elided
        header = list_.horizontalHeader()
        assert header.length() <= list_.viewport().width()
        model = page.list_model
        assert model.item(0, 1).toolTip() == TITLE
        metrics = QFontMetrics(list_.font())
        for column in (0, 2):
            text = model.item(0, column).text()
            assert metrics.horizontalAdvance(text) + _margin(list_) <= \
                header.sectionSize(column), text
        # an outcome reads in the officer's language, not as its code ("2 × arrest")
        texts = [page.timeline_model.item(r, c).text()
                 for r in range(page.timeline_model.rowCount())
                 for c in range(page.timeline_model.columnCount())
                 if page.timeline_model.item(r, c) is not None]
        arrested = QCoreApplication.translate("Domain", "Persons arrested")
        assert f"2 × {arrested}" in texts and "2 × arrest" not in texts
        assert arrested != "Persons arrested" or language == "en-GB"
        # a long Details text wraps: its row is taller than a one-line row
        heights = {timeline.rowHeight(r) for r in range(page.timeline_model.rowCount())}
        assert len(heights) > 1, heights


def test_the_status_says_the_agencys_standing_when_it_is_not_taking_part() -> None:
    from liaison_app.gui.pages.operations import list_status

    assert list_status("active", "member") == "Active"
    assert list_status("proposed", "invited") == "Proposed · Invited"
    assert list_status("active", "left") == "Active · Left"
    assert list_status("concluded", "invited") == "Concluded"  # nothing left to answer
