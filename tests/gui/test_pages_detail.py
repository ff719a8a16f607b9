"""The detail pane and list pages: grading meanings, forward rule, justification and audit."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from liaison_app.domain.messages import MessageStatus
from liaison_app.domain.subjects import Basis, DataSubjectCategory, Vehicle, VehicleKind
from liaison_app.gui import theme
from liaison_app.gui.context import AppContext
from liaison_app.gui.pages import PAGES
from liaison_app.gui.pages.detail import MessageDetail
from liaison_app.gui.pages.justification import JustificationDialog
from liaison_app.services import audit_views, views
from liaison_app.services.session import Session
from liaison_app.store import messages
from tests.services.test_views import (
    EU_B2,
    EU_H2,
    PETROVIC,
    UK_2B,
    UK_C_NO_ONWARD,
    UK_P,
    incoming,
    store,
)
from tests.services.workspace import make_workspace

WAIT_MS = 10_000


@pytest.fixture
def env(tmp_path: Path, qtbot: Any) -> Iterator[tuple[Session, AppContext, MessageDetail]]:
    session = make_workspace(tmp_path / "profile").open()
    ctx = AppContext(session)
    detail = MessageDetail(ctx)
    qtbot.addWidget(detail)
    detail.show()
    yield session, ctx, detail
    session.close()


def consults(session: Session) -> list[Any]:
    return audit_views.audit_page(session, kind="consult")


def _status(session: Session, message_id: str) -> MessageStatus:
    row = messages.get(session.db, message_id)
    assert row is not None
    return row.status


def _acks(session: Session) -> int:
    """Acknowledgements this device has queued (a read acknowledgement among them)."""
    return int(session.db.execute(
        "SELECT count(*) FROM messages WHERE type = 'ack' AND direction = 'outgoing'"
    ).fetchone()[0])


def test_detail_shows_each_grading_code_with_its_meaning(env: Any) -> None:
    session, _ctx, detail = env
    (europol,) = store(session, incoming(1, grading=EU_B2, handling=EU_H2))
    detail.show_message(europol)
    assert detail.stack.currentWidget() is detail.message_page
    values = detail.values
    assert values["gradingSchemeValue"].text() == "Europol 4x4 — B2"
    assert values["gradingSourceValue"].text() == "B — reliable in most instances"
    assert values["gradingInformationValue"].text().startswith(
        "2 — known personally to the source but not to the official")
    assert detail.source_title.text() == "Source reliability:"
    assert "H2 — not to be passed on" in values["handlingValue"].text()
    (uk,) = store(session, incoming(2, grading=UK_2B, handling=UK_P))
    detail.show_message(uk)
    assert values["gradingSchemeValue"].text() == "UK 3x5x2 — 2B"
    assert values["gradingSourceValue"].text() == "2 — untested"
    assert values["gradingInformationValue"].text() == \
        "B — known indirectly to the source but corroborated"
    assert detail.source_title.text() == "Source evaluation:"
    assert values["fromValue"].text().startswith("Partner B")
    assert detail.body_text.toPlainText() == "Lorry sighting 2"
    assert views.message_detail(session, uk).status == "read"


@pytest.mark.parametrize("handling, words", [(EU_H2, "H2"), (UK_C_NO_ONWARD, "consent")])
def test_forward_disabled_with_the_handling_reason(env: Any, handling: Any, words: str) -> None:
    session, _ctx, detail = env
    (restricted,) = store(session, incoming(1, grading=None, handling=handling))
    detail.show_message(restricted)
    forward = detail.buttons["forward"]
    assert not forward.isEnabled()
    assert words in forward.toolTip()
    assert detail.forward_reason.isVisible()
    assert "Forwarding is not allowed" in detail.forward_reason.text()
    assert words in detail.forward_reason.text()
    assert detail.buttons["reply"].isEnabled()
    assert detail.consent_forward.isVisible()  # the provider's-consent path stays reachable


def test_forward_enabled_otherwise(env: Any) -> None:
    session, _ctx, detail = env
    (free,) = store(session, incoming(1, handling=UK_P))
    detail.show_message(free)
    assert detail.buttons["forward"].isEnabled()
    assert not detail.forward_reason.isVisible()
    assert not detail.consent_forward.isVisible()
    (plain,) = store(session, incoming(2, handling=None, grading=None))
    detail.show_message(plain)
    assert detail.buttons["forward"].isEnabled()
    assert not detail.grading_box.isVisible()


def test_justification_written_to_audit_and_not_asked_twice_for_the_case(
        qtbot: Any, env: Any) -> None:
    session, ctx, detail = env
    first, second = store(session,
                          incoming(1, subjects=(PETROVIC,), case_ref="RS/2026/7"),
                          incoming(2, subjects=(PETROVIC,), case_ref="RS/2026/7"))
    detail.show_message(first)
    dialog = detail.pending
    assert isinstance(dialog, JustificationDialog)
    assert detail.stack.currentWidget() is detail.empty_page  # nothing shown yet
    assert detail.empty_label.text() == \
        "This message holds personal data: it opens once you give your reason."
    assert not dialog.ok_button.isEnabled()
    assert _status(session, first) is MessageStatus.DELIVERED  # not read, nothing told yet
    assert _acks(session) == 0
    qtbot.keyClicks(dialog.reason_edit, "Answering RS-BP request on the Horgos lorry")
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(detail.shown, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert detail.message_id == first
    assert _status(session, first) is MessageStatus.READ  # read (and acknowledged) only now
    entries = consults(session)
    assert [e.object_ref for e in entries] == [f"message:{first}"]
    assert "Horgos lorry" in entries[0].details
    assert "RS/2026/7" in ctx.justified_cases
    # same case, same session: shown at once, the consultation still logged
    with qtbot.waitSignal(detail.shown, timeout=WAIT_MS):
        detail.show_message(second)
    assert detail.pending is None and detail.message_id == second
    assert QApplication.activeModalWidget() is None
    entries = consults(session)
    assert [e.object_ref for e in entries] == [f"message:{second}", f"message:{first}"]
    assert "Horgos lorry" in entries[0].details


def test_cancelled_justification_shows_nothing_and_logs_nothing(qtbot: Any, env: Any) -> None:
    session, ctx, detail = env
    (personal,) = store(session, incoming(1, subjects=(PETROVIC,)))
    detail.show_message(personal)
    dialog = detail.pending
    assert isinstance(dialog, JustificationDialog)
    dialog.reason_edit.setText("just looking")
    dialog.reject()
    assert detail.stack.currentWidget() is detail.empty_page and detail.message_id is None
    assert "Press Enter to give your reason" in detail.empty_label.text()  # not "Select…"
    assert consults(session) == []
    # no justification, no reading: still unread, and no read acknowledgement went out
    assert _status(session, personal) is MessageStatus.DELIVERED and _acks(session) == 0
    assert not ctx.justified_objects and not ctx.justified_cases


def test_inbox_enter_opens_message(qtbot: Any, env: Any) -> None:
    session, ctx, _detail = env
    (only,) = store(session, incoming(1))
    factory = dict((k, f) for k, _t, f in PAGES)["inbox"]
    page: Any = factory(ctx, None)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 1
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    with qtbot.waitSignal(ctx.open_message, timeout=WAIT_MS) as blocker:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert blocker.args == [only]
    page.refresh()
    assert page.count_label.text() == "1 items"


@pytest.mark.parametrize("key", [k for k, _t, _f in PAGES])
def test_every_page_builds_and_refreshes(qtbot: Any, env: Any, key: str) -> None:
    _session, ctx, _detail = env
    factory = dict((k, f) for k, _t, f in PAGES)[key]
    page: Any = factory(ctx, None)
    qtbot.addWidget(page)
    page.refresh()
    ctx.locked.emit()


def _content_rows(detail: MessageDetail) -> dict[str, str]:
    form = detail.content_form
    assert form is not None
    rows = {}
    for row in range(form.rowCount()):
        name = form.itemAt(row, form.ItemRole.LabelRole).widget().text()
        rows[name] = form.itemAt(row, form.ItemRole.FieldRole).widget().text()
    return rows


def test_coded_content_values_are_translated_and_the_senders_text_is_not(
        env: Any, qapp: QApplication) -> None:
    """An outcome is a code shown in the officer's language; a reason is what the sender
    wrote, shown exactly as sent even when it reads like a code."""
    session, _ctx, detail = env
    (reply,) = store(session, incoming(1, type="reply", grading=None, handling=None,
                                       content={"outcome": "refused", "reason": "Refused"}))
    detail.show_message(reply)
    assert _content_rows(detail) == {"Outcome:": "Refused", "Reason:": "Refused"}
    assert theme.install_translations(qapp, QLocale("sr-Latn-RS")) is not None
    try:
        detail.show_message(reply)
        assert _content_rows(detail) == {"Ishod:": "Odbijeno", "Razlog:": "Refused"}
    finally:
        theme.remove_translations(qapp)


def _subject_lines(detail: MessageDetail) -> list[str]:
    tree = detail.subjects_tree
    top = tree.topLevelItem(0)
    assert top is not None
    return [top.child(i).text(0) for i in range(top.childCount())]


def _show_justified(qtbot: Any, detail: MessageDetail, message_id: str) -> None:
    """Show a message carrying personal data, giving the justification if asked."""
    with qtbot.waitSignal(detail.shown, timeout=WAIT_MS):
        detail.show_message(message_id)
        dialog = detail.pending
        if isinstance(dialog, JustificationDialog):
            qtbot.keyClicks(dialog.reason_edit, "Checking the lorry for the joint operation")
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_coded_subject_fields_are_translated_and_free_text_is_not(
        qtbot: Any, env: Any, qapp: QApplication) -> None:
    session, _ctx, detail = env
    lorry = Vehicle(category=DataSubjectCategory.OTHER, basis=Basis.FACT,
                    vehicle_kind=VehicleKind.LORRY, make="Lorry", registration="SU 123-AB")
    (msg,) = store(session, incoming(1, subjects=(lorry,)))
    _show_justified(qtbot, detail, msg)
    assert {"Vehicle kind: Lorry", "Make: Lorry"} <= set(_subject_lines(detail))
    assert theme.install_translations(qapp, QLocale("sr-Latn-RS")) is not None
    try:
        _show_justified(qtbot, detail, msg)
        lines = _subject_lines(detail)
        assert any(line.endswith(": Kamion") for line in lines)  # the kind, translated
        assert any(line.endswith(": Lorry") for line in lines)  # the make, as sent
    finally:
        theme.remove_translations(qapp)
