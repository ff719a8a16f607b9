"""The Review due page: records past their review date are listed, kept or erased (audited).

Seeded through the services: a request queued 400 days ago opens a case and
files its subject, both due for review 35 days ago. The shell test goes
through unlock, the nav badge and the status-bar prompt; the page tests
build the page on its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from liaison_app.gui.context import AppContext
from liaison_app.gui.pages.review import ReviewPage
from liaison_app.gui.pages.review_dialogs import EraseDialog, KeepDialog
from liaison_app.services import views
from liaison_app.services.compose import NewCase, queue_message
from liaison_app.services.retention import due_for_review
from liaison_app.services.session import Session
from liaison_app.store import audit, cases, messages, search
from tests.gui.conftest import unlock
from tests.services.test_compose import _request
from tests.services.workspace import PASSPHRASE, make_workspace

WAIT_MS = 10_000
NOW = datetime.now(UTC).replace(microsecond=0)
CASE = "OP-OLD-LORRIES"


def seed(session: Session) -> tuple[str, str]:
    """A case and a subject due for review 35 days ago; returns (message id, subject id)."""
    mid = queue_message(session, _request(new_case=NewCase(CASE, "Old lorries at Horgos")),
                        now=NOW - timedelta(days=400))
    (subject_id,) = search.subject_ids(session.db, "Gagi")
    return mid, subject_id


def audited(session: Session, kind: str, object_ref: str) -> list[dict[str, Any]]:
    entries = audit.entries(session.db, kind=audit.AuditKind(kind), object_ref=object_ref)
    return [e.details for e in entries if isinstance(e.details, dict)]


@pytest.fixture
def env(tmp_path: Path) -> Iterator[tuple[Session, AppContext, str, str]]:
    session = make_workspace(tmp_path / "profile").open()
    mid, subject_id = seed(session)
    yield session, AppContext(session), mid, subject_id
    session.close()


def page_for(qtbot: Any, ctx: AppContext) -> ReviewPage:
    page = ReviewPage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def test_shell_prompts_then_keep_and_erase_from_the_page(qtbot: Any, make_shell: Any,
                                                          tmp_path: Path) -> None:
    ws = make_workspace(tmp_path / "profile")
    with ws.open() as session:
        mid, subject_id = seed(session)
    window = unlock(qtbot, make_shell(ws.path, start_sync=False), PASSPHRASE)
    session = window.ctx.require_session()
    # the prompt: a count on the nav entry and in the status bar, no window opened
    review_item = window.nav.item(window.nav.count() - 1)
    qtbot.waitUntil(lambda: review_item.text() == "Review due (2)", timeout=WAIT_MS)
    button = window.status.review_button
    assert button.isVisibleTo(window) and button.text() == "2 record(s) due for review"
    assert window.current_key() == "inbox"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.current_key() == "review"
    page = window.page("review")
    assert isinstance(page, ReviewPage) and window.pages.currentWidget() is page
    assert {(i.kind, i.ref) for i in page.items()} == {("case", CASE), ("subject", subject_id)}
    rows = [[page.tree.topLevelItem(r).text(c) for c in range(5)]  # type: ignore[union-attr]
            for r in range(page.tree.topLevelItemCount())]
    due_on = (NOW - timedelta(days=35)).date().isoformat()
    assert ["Case", CASE, "Old lorries at Horgos", due_on, "35 day(s) overdue"] in rows

    # keep the case with a reason: it leaves the list, the audit log has the reason
    assert page.select("case", CASE)
    assert page.erase_button.isEnabled() and page.restrict_button.isEnabled()
    qtbot.mouseClick(page.keep_button, Qt.MouseButton.LeftButton)
    keep = page.pending
    assert isinstance(keep, KeepDialog)
    keep.reason_edit.setText("Evidence for proceedings at Subotica court")
    with qtbot.waitSignal(page.decided, timeout=WAIT_MS):
        qtbot.mouseClick(keep.ok_button, Qt.MouseButton.LeftButton)
    assert [i.ref for i in page.items()] == [subject_id]
    (kept,) = audited(session, "alter", f"case:{CASE}")
    assert kept["reason"] == "Evidence for proceedings at Subotica court"
    assert kept["review_on"] == keep.until().isoformat()
    qtbot.waitUntil(lambda: review_item.text() == "Review due (1)", timeout=WAIT_MS)

    # erase the subject with the message that carries it
    assert page.select("subject", subject_id)
    qtbot.mouseClick(page.erase_button, Qt.MouseButton.LeftButton)
    erase = page.pending
    assert isinstance(erase, EraseDialog)
    erase.reason_edit.setText("No longer needed: enquiry closed")
    erase.with_messages.setChecked(True)
    qtbot.mouseClick(erase.ok_button, Qt.MouseButton.LeftButton)
    box = erase.confirm_box
    assert box is not None and box.isVisible()
    with qtbot.waitSignal(page.decided, timeout=WAIT_MS):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert page.items() == []
    assert cases.get_subject(session.db, subject_id) is None
    assert messages.get(session.db, mid) is None
    (erased,) = audited(session, "erase", f"subject:{subject_id}")
    assert erased["reason"] == "No longer needed: enquiry closed" and erased["messages"] == [mid]
    qtbot.waitUntil(lambda: review_item.text() == "Review due", timeout=WAIT_MS)
    assert not button.isVisibleTo(window)
    assert audit.verify_chain(session.db, session.keys.sign_key).ok


def test_keep_refuses_without_a_reason(qtbot: Any, env: Any) -> None:
    session, ctx, _mid, subject_id = env
    page = page_for(qtbot, ctx)
    assert page.select("subject", subject_id)
    dialog = page.keep_selected()
    assert isinstance(dialog, KeepDialog)
    assert not dialog.ok_button.isEnabled()
    dialog.reason_edit.setText("  ")
    dialog.accept()  # as if forced: the service's rule is shown, nothing changes
    assert dialog.isVisible() and dialog.error_label.isVisibleTo(dialog)
    assert "reason" in dialog.error_label.text()
    assert (dialog.until() - NOW.date()).days == 365  # the policy's retention period
    assert subject_id in {i.ref for i in due_for_review(session)}
    assert audited(session, "alter", f"subject:{subject_id}") == []
    dialog.reject()
    qtbot.waitUntil(lambda: page.pending is None, timeout=WAIT_MS)
    assert QApplication.activeModalWidget() is None


def test_erase_refusals_and_a_declined_confirmation_erase_nothing(qtbot: Any, env: Any) -> None:
    session, ctx, mid, subject_id = env
    page = page_for(qtbot, ctx)
    assert page.select("subject", subject_id)
    assert "1 message(s) carry this subject" in page.hint_label.text()
    dialog = page.erase_selected()
    assert isinstance(dialog, EraseDialog)
    assert dialog.with_messages.isVisibleTo(dialog)
    assert "1 message(s)" in dialog.with_messages.text()
    # no reason: refused before anything is asked
    dialog.accept()
    assert "reason" in dialog.error_label.text() and dialog.confirm_box is None
    # a reason, but the messages not chosen: the service refuses and says why
    dialog.reason_edit.setText("No longer needed: enquiry closed")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.confirm_box is None
    assert "still carry this subject" in dialog.error_label.text()
    assert dialog.isVisible()
    # chosen, then the confirmation declined
    dialog.with_messages.setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    box = dialog.confirm_box
    assert box is not None
    assert subject_id in box.text() and "1 message(s)" in box.text()
    assert "Petrovic" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.confirm_box is None, timeout=WAIT_MS)
    assert dialog.isVisible()
    assert cases.get_subject(session.db, subject_id) is not None
    assert messages.get(session.db, mid) is not None
    assert audited(session, "erase", f"subject:{subject_id}") == []
    assert {i.ref for i in page.items()} == {CASE, subject_id}
    dialog.reject()
    qtbot.waitUntil(lambda: page.pending is None, timeout=WAIT_MS)
    assert QApplication.activeModalWidget() is None


def test_case_rows_open_the_case_and_the_page_forgets_on_lock(qtbot: Any, env: Any) -> None:
    _session, ctx, _mid, _subject_id = env
    page = page_for(qtbot, ctx)
    assert page.count_label.text() == "2 record(s) due for review"
    assert page.select("case", CASE)
    assert "filed only in it" in page.hint_label.text()
    with qtbot.waitSignal(ctx.open_case, timeout=WAIT_MS) as blocker:
        page.tree.itemActivated.emit(page.tree.currentItem(), 0)
    assert blocker.args == [CASE]
    ctx.locked.emit()
    assert page.items() == [] and not page.keep_button.isEnabled()


def test_messages_found_only_at_erasure_are_refused_then_offered(qtbot: Any, env: Any) -> None:
    # the dialog was opened when no message carried the subject; one does by the time it runs
    session, ctx, mid, subject_id = env
    page = page_for(qtbot, ctx)
    (item,) = [i for i in page.items() if i.ref == subject_id]
    dialog = EraseDialog(ctx, item, 0, page)
    dialog.show()
    assert not dialog.with_messages.isVisibleTo(dialog)
    dialog.reason_edit.setText("No longer needed: enquiry closed")
    dialog.accept()
    box = dialog.confirm_box
    assert box is not None and "message" not in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert "1 message(s) still carry this subject" in dialog.error_label.text()
    assert dialog.with_messages.isVisibleTo(dialog) and dialog.carried == 1
    assert cases.get_subject(session.db, subject_id) is not None
    assert messages.get(session.db, mid) is not None
    dialog.reject()
    dialog.deleteLater()


def test_restrict_hides_then_lift_shows_again(qtbot: Any, env: Any) -> None:
    session, ctx, mid, _subject_id = env
    page = page_for(qtbot, ctx)
    assert "erased automatically" in page.auto_label.text()
    assert page.select("case", CASE)
    dialog = page.restrict_selected()
    assert dialog is not None and dialog.ok_button.text() == "&Restrict"
    dialog.reason_edit.setText("Evidence for the Subotica trial")
    with qtbot.waitSignal(ctx.data_changed, timeout=WAIT_MS):
        dialog.accept()
    assert "Restricted case" in page.result_label.text()
    assert CASE not in {i.ref for i in page.items()}
    assert search.message_ids(session.db, "Gagi")  # still stored, for evidence
    assert not views.search(session, "Gagi").messages  # but never found
    page.restricted_check.setChecked(True)
    assert [(i.kind, i.ref, i.label) for i in page.items()] == [
        ("case", CASE, "Evidence for the Subotica trial")]
    assert page.restrict_button.text() == "&Lift restriction…"
    assert page.select("case", CASE)
    lift = page.restrict_selected()
    assert lift is not None
    lift.reason_edit.setText("Trial over, evidence returned")
    lift.accept()
    assert page.items() == []
    assert mid in {m.message_id for m in views.search(session, "Gagi").messages}
    details = [d.get("retention") for d in audited(session, "alter", f"case:{CASE}")]
    assert details[:2] == ["restriction lifted", "restricted"]  # newest first
