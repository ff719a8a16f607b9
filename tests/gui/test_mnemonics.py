"""No dialog has two controls with the same Alt-key, and Ctrl+Enter queues from every tab.

A mnemonic is the `&`-marked letter of a label (with a buddy), button, check box,
radio button, group box or tab. Two controls clash when the officer can reach
both at once: the dialog's own buttons and tab titles with the fields of each
tab in turn, and on the Subjects tab the fields of each kind of subject in turn
(only one tab and one subject are on screen at a time, and Qt only fires the
Alt-keys of controls on screen). Every dialog is checked on every such screen,
in each shipped language: compose (the Attachments tab and the financial
subject kinds included), the action dialogs, the case outcome and reference
dialogs, the report dialog, the attachment export question, the cross-check
warning, the joint operation dialogs, the case view's tabs, and every page of
the main window (the Check and Monitoring pages among them).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMessageBox,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from liaison_app.domain.messages import MessageType
from liaison_app.gui import theme
from liaison_app.gui.compose import ComposeDialog
from liaison_app.gui.compose.actions import (
    AcknowledgeDialog,
    RecallDialog,
    ReplyDialog,
)
from liaison_app.gui.compose.draft_keeper import ask_keep_discard
from liaison_app.gui.compose.forward_dialog import ForwardDialog
from liaison_app.gui.compose.subjects_page import ALL_KINDS
from liaison_app.gui.context import AppContext
from liaison_app.services.compose import Draft, queue_message
from liaison_app.services.session import Session
from liaison_app.store import messages
from tests.gui.compose_fill import fill_request
from tests.gui.test_compose_support import profile, receive
from tests.services.workspace import Workspace

MNEMONIC = re.compile(r"&([^&\s])")
Env = tuple[Workspace, Session, AppContext]
LOCALES = {"en": None, "sr_Latn": "sr-Latn-RS", "sr_Cyrl": "sr-Cyrl-RS", "bg": "bg-BG"}


@pytest.fixture(params=list(LOCALES))
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The dialogs in each shipped language (each translation picks its own letters)."""
    locale = LOCALES[request.param]
    if locale is not None:
        assert theme.install_translations(qapp, QLocale(locale)) is not None
    yield request.param
    theme.remove_translations(qapp)


@pytest.fixture
def env(tmp_path: Path, qapp: QApplication) -> Iterator[Env]:
    with profile(tmp_path / "profile-a") as found:
        yield found


def _key(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def mnemonics(root: QWidget) -> list[tuple[str, str]]:
    """(key, control) for every control of `root` that is on screen now."""
    out: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        text = ""
        if (isinstance(widget, QLabel) and widget.buddy() is not None) or isinstance(
                widget, QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            text = widget.title()
        if text and (key := _key(text)):
            out.append((key, f"{type(widget).__name__} {widget.objectName()!r} {text!r}"))
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                if key := _key(widget.tabText(i)):
                    out.append((key, f"tab {widget.tabText(i)!r}"))
    return out


def clashes(root: QWidget) -> list[str]:
    """Controls on screen now that share an Alt-key."""
    seen: dict[str, str] = {}
    found = []
    for key, what in mnemonics(root):
        if key in seen:
            found.append(f"Alt+{key.upper()}: {seen[key]} and {what}")
        else:
            seen[key] = what
    return found


def every_screen(dialog: QWidget) -> Iterator[str]:
    """Show each tab (and each subject kind on the Subjects tab) in turn; yield its name."""
    tabs = dialog.findChild(QTabWidget)
    if tabs is None:
        yield "dialog"
        return
    subjects = getattr(dialog, "subjects", None)
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        if subjects is not None and tabs.widget(index).isAncestorOf(subjects.form):
            for row, editor in enumerate(subjects.editors):
                subjects.list.setCurrentRow(row)
                yield f"tab {index}, subject {editor.spec.kind}"
        else:
            yield f"tab {index}"


def _check(qtbot: QtBot, dialog: QWidget) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    problems = [f"{name}: {c}" for name in every_screen(dialog) for c in clashes(dialog)]
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("kind", [MessageType.REQUEST, MessageType.ALERT])
def test_compose_dialogs_on_every_tab_and_subject_kind(qtbot: QtBot, env: Env, language: str,
                                                       kind: MessageType) -> None:
    _ws, _session, ctx = env
    dialog = ComposeDialog(ctx, kind)
    dialog.keeper.sent()  # nothing to keep when the test closes it
    for subject_kind in ALL_KINDS:  # the financial kinds too
        dialog.subjects.add(subject_kind)
    dialog.case.new_radio.setChecked(True)
    _check(qtbot, dialog)
    assert dialog.tabs.count() == 6  # Message … Attachments, each screen checked
    dialog.tabs.setCurrentIndex(0)
    assert len(mnemonics(dialog)) >= 4  # recipients, priority, text, queue (+ urgency)


def test_action_dialogs(qtbot: QtBot, env: Env, language: str) -> None:
    ws, session, ctx = env
    received = receive(session, ws)
    sent = queue_message(session, Draft(content=messages_content(), to_agencies=("RS-BP",)))
    for make in (lambda: ReplyDialog(ctx, received), lambda: AcknowledgeDialog(ctx, received),
                 lambda: ForwardDialog(ctx, received), lambda: RecallDialog(ctx, sent)):
        _check(qtbot, make())


def messages_content() -> Any:
    from liaison_app.domain.messages import AlertContent, AlertKind

    return AlertContent(AlertKind.WARNING)


def test_other_dialogs_and_the_close_question(qtbot: QtBot, env: Env, language: str) -> None:
    from liaison_app.gui.compose.disclosure_reason import ReasonFields
    from liaison_app.gui.pages.justification import JustificationDialog
    from liaison_app.gui.pages.review_dialogs import EraseDialog, KeepDialog, RestrictDialog
    from liaison_app.gui.pages.transfers import ExportReasonDialog
    from liaison_app.gui.settings_dialog import SettingsDialog
    from liaison_app.gui.shortcut_sheet import ShortcutSheet
    from liaison_app.services.retention import ReviewItem

    _ws, _session, ctx = env
    day = __import__("datetime").date(2026, 1, 1)
    item = ReviewItem("case", "OP-1", "Danube lorries", day)
    draft = ReviewItem("draft", "d-1", "request draft, last edited 2025-12-01", day)
    makers: list[Callable[[], QWidget]] = [
        lambda: SettingsDialog(ctx), lambda: ShortcutSheet([]),
        # accountability: the justification asked before a message opens, the legal
        # basis and justification of a disclosure, the reason for a transfer export,
        # and restricting instead of erasing
        lambda: JustificationDialog(ctx, "OP-1", "case:OP-1", "Case OP-1"),
        lambda: ReasonFields(required=True).form,
        lambda: ExportReasonDialog("Transfer records, 2026-01"),
        lambda: RestrictDialog(ctx, item), lambda: RestrictDialog(ctx, item, lift=True),
        lambda: KeepDialog(ctx, item), lambda: EraseDialog(ctx, item, 0),
        lambda: KeepDialog(ctx, draft), lambda: EraseDialog(ctx, draft, 0)]
    for make in makers:
        _check(qtbot, make())
    found: list[list[str]] = []

    def inspect() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        found.append([*clashes(box), str(len(mnemonics(box)))])
        box.reject()

    QTimer.singleShot(0, inspect)
    ask_keep_discard(QWidget())
    assert found == [["3"]]  # Keep, Discard, Go on editing: three keys, no clash


def _modal_box(opened: Callable[[], Any]) -> list[str]:
    """Open a window-modal message box, return [clashes..., number of keys], close it."""
    box = opened()
    assert isinstance(box, QMessageBox)
    box.show()
    found = [*clashes(box), str(len(mnemonics(box)))]
    box.done(0)
    return found


def test_case_report_and_attachment_dialogs(qtbot: QtBot, env: Env, language: str) -> None:
    from liaison_app.domain.subject_kinds import Basis, DataSubjectCategory, Person
    from liaison_app.gui.compose.hit_warning import warn_before_signing
    from liaison_app.gui.pages.attachments_pane import ExportDialog
    from liaison_app.gui.pages.case_dialogs import ExternalRefDialog, OutcomeDialog
    from liaison_app.gui.pages.case_view import CaseView
    from liaison_app.gui.report_dialog import ReportDialog
    from liaison_app.services.attachment_files import AttachmentView
    from liaison_app.services.compose import NewCase

    _ws, session, ctx = env
    person = Person(category=DataSubjectCategory.SUSPECT, basis=Basis.FACT,
                    surname="Petrovic", given_names="Dragan")
    queue_message(session, Draft(content=messages_content(), to_agencies=("RS-BP",),
                                 subjects=(person,), new_case=NewCase("OP-1", "Danube")))
    ctx.justified_cases.add("OP-1")
    view = CaseView(ctx)
    view.show_case("OP-1")
    _check(qtbot, view)  # every tab of the case view, with its buttons
    for make in (lambda: OutcomeDialog(ctx, "OP-1"), lambda: ExternalRefDialog(ctx, "OP-1")):
        _check(qtbot, make())
    report = ReportDialog(ctx, case_ref="OP-1")
    _check(qtbot, report)
    report.monitoring_radio.setChecked(True)
    assert clashes(report) == []
    attachment = AttachmentView(
        id="0190f000-0000-7000-8000-00000000000a", message_id="m", name="scan.pdf",
        media_type="application/pdf", size=2048, state="available", failure=None,
        location_removed=False, direction="incoming", uploaded=True)
    _check(qtbot, ExportDialog(attachment))
    parent = QWidget()
    qtbot.addWidget(parent)
    # the warning before signing: Sign and queue anyway, or Go back (a subject matching
    # the case's own suspect is "already held on this laptop")
    assert _modal_box(lambda: warn_before_signing(parent, session, [person], lambda: None)) \
        == ["2"]


def test_main_window_on_every_page(qtbot: QtBot, make_shell: Any, tmp_path: Path,
                                   language: str) -> None:
    from tests.gui.conftest import unlock
    from tests.services.workspace import PASSPHRASE, make_workspace

    ws = make_workspace(tmp_path / "profile-w")
    window = unlock(qtbot, make_shell(ws.path, start_sync=False), PASSPHRASE)
    keys = [window.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.nav.count())]
    assert {"check", "monitoring", "drafts", "awaiting", "transfers"} <= set(keys)
    menus = [_key(a.text()) for a in window.menuBar().actions()]
    assert None not in menus and len(menus) == len(set(menus))
    for menu_action in window.menuBar().actions():
        keys = [k for a in menu_action.menu().actions() if (k := _key(a.text()))]
        assert len(keys) == len(set(keys)), keys
    problems = []
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        problems += [f"page {row}: {c}" for c in clashes(window.centralWidget())]
    assert problems == []


def test_operation_dialogs(qtbot: QtBot, env: Env, language: str) -> None:
    """Proposing, a task, a decision, an outcome, leaving, concluding, withdrawing a
    proposal, consenting and
    sharing a message into a joint operation."""
    from liaison_app.gui.pages.operation_actions import (
        ConcludeDialog,
        ConsentDialog,
        LeaveDialog,
        WithdrawProposalDialog,
    )
    from liaison_app.gui.pages.operation_dialogs import (
        DecisionDialog,
        OutcomeDialog,
        ProposeDialog,
        TaskDialog,
    )
    from liaison_app.gui.pages.operation_share import ShareMessageDialog

    _ws, _session, ctx = env
    makers: list[Callable[[], QWidget]] = [
        lambda: ProposeDialog([("RS-BP", "Border Police Directorate")]),
        lambda: TaskDialog(("GB-NCA", "RS-BP")), lambda: DecisionDialog(),
        lambda: OutcomeDialog(), lambda: LeaveDialog("OP-1", "RS-BP"),
        lambda: ConcludeDialog("OP-1"), lambda: WithdrawProposalDialog("OP-1"),
        lambda: ConsentDialog("OP-1", "GB-NCA", [("RS-BP", "Taking part")]),
        lambda: ShareMessageDialog(ctx, "OP-1", lambda _m: None)]
    for make in makers:
        _check(qtbot, make())


@pytest.mark.parametrize("tab", range(5))
def test_ctrl_enter_queues_from_any_tab(qtbot: QtBot, env: Env, tab: int) -> None:
    _ws, session, ctx = env
    dialog = ComposeDialog(ctx, MessageType.REQUEST)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    fill_request(dialog)
    dialog.tabs.setCurrentIndex(tab)
    page = dialog.tabs.widget(tab)
    target = next(w for w in page.findChildren(QWidget)
                  if w.isVisibleTo(dialog) and w.focusPolicy() & Qt.FocusPolicy.TabFocus)
    target.setFocus()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    with qtbot.waitSignal(ctx.data_changed, timeout=5000):
        qtbot.keyClick(target, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.message_id is not None and messages.get(session.db, dialog.message_id)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_first_run_wizard_on_every_page_and_the_unlock_screen(qtbot: QtBot, tmp_path: Path,
                                                               language: str) -> None:
    from liaison_app.gui.unlock import UnlockScreen
    from liaison_app.gui.wizard import FirstRunWizard

    wizard = FirstRunWizard(tmp_path / "new-profile")
    qtbot.addWidget(wizard)
    wizard.show()
    problems = []
    for page_id in wizard.pageIds():  # one page on screen at a time, with the wizard's buttons
        for other in wizard.pageIds():
            wizard.page(other).setVisible(other == page_id)
        problems += [f"page {page_id}: {c}" for c in clashes(wizard)]
    screen = UnlockScreen(tmp_path)
    qtbot.addWidget(screen)
    screen.show()
    problems += [f"unlock: {c}" for c in clashes(screen)]
    assert problems == []
