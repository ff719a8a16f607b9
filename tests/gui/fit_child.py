"""Open every page and dialog of the client over a rich profile; report what does not fit
and which controls have no name (run by tests/gui/test_fit_and_access.py in its own
process, so the screen can be a laptop's: 1366x768, or 1920x1080 at 1.5x).

    python -m tests.gui.fit_child OUT.json en,sr_Latn,sr_Cyrl,bg

The screen comes from QT_QPA_PLATFORM=offscreen:configfile=... and the scale from
QT_SCALE_FACTOR, both set by the parent. For each language the translations are
installed and the windows built afresh (the shell locks and unlocks), then each
surface is shown at the size the client gives it and checked with
tests/gui/fit_checks.py. The result is JSON: {language: {surface: {"clipped": [...],
"unnamed": [...], "size": [w, h], "screen": [w, h]}}}. With LIAISON_FIT_SHOTS=DIR
each surface is also saved as DIR/<language>/<surface>.png (to look at). A dialog's
other tabs are checked too (the compose dialogs' six), each reported as "tab 'T': ...".
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QTabWidget, QWidget

LOCALES = {"en": "en-GB", "sr_Latn": "sr-Latn-RS", "sr_Cyrl": "sr-Cyrl-RS", "bg": "bg-BG"}


def settle(app: QApplication, rounds: int = 6) -> None:
    """Let layouts and pending paints run (no timers involved)."""
    for _ in range(rounds):
        app.processEvents()
        QCoreApplication.sendPostedEvents()


def wait_for(app: QApplication, cond: Callable[[], bool], timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not cond():
        if time.monotonic() > deadline:
            raise SystemExit("fit_child: timed out waiting for the GUI")
        app.processEvents()


class Checker:
    """Checks surfaces and keeps the results of one language."""

    def __init__(self, app: QApplication, shots: Path | None = None) -> None:
        self.app = app
        self.shots = shots
        self.results: dict[str, dict[str, Any]] = {}

    def check(self, name: str, widget: QWidget) -> None:
        from tests.gui.fit_checks import clipped, unnamed

        if not widget.isVisible():
            widget.show()
        settle(self.app)
        if self.shots is not None:
            self.shots.mkdir(parents=True, exist_ok=True)
            widget.grab().save(str(self.shots / f"{name}.png"))
        screen = widget.screen().availableGeometry()
        frame = widget.frameGeometry()
        self.results[name] = {
            "clipped": clipped(widget), "unnamed": unnamed(widget),
            "size": [frame.width(), frame.height()], "screen": [screen.width(), screen.height()],
            "fits_screen": screen.contains(frame) or (frame.width() <= screen.width()
                                                      and frame.height() <= screen.height()),
        }

    def check_tabs(self, name: str, widget: QWidget) -> None:
        """Every other tab of the dialog's tab widgets too (a compose dialog's six)."""
        from tests.gui.fit_checks import clipped, unnamed

        result = self.results[name]
        for tabs in widget.findChildren(QTabWidget):
            if not tabs.isVisible():
                continue
            shown = tabs.currentIndex()
            for index in range(tabs.count()):
                if index == shown or not tabs.isTabEnabled(index):
                    continue
                tabs.setCurrentIndex(index)
                settle(self.app)
                page = tabs.widget(index)
                if page is None:
                    continue
                where = f"tab {tabs.tabText(index)!r}: "
                if self.shots is not None:
                    widget.grab().save(str(self.shots / f"{name}-tab{index}.png"))
                result["clipped"] += [where + p for p in clipped(page)]
                result["unnamed"] += [where + p for p in unnamed(page)]
            tabs.setCurrentIndex(shown)
            settle(self.app)

    def dialog(self, name: str, make: Callable[[], QWidget]) -> None:
        try:
            widget = make()
        except Exception as exc:  # a dialog that cannot open is a failure to report
            self.results[name] = {"clipped": [], "unnamed": [],
                                  "error": f"{type(exc).__name__}: {exc}"}
            return
        widget.show()
        self.check(name, widget)
        self.check_tabs(name, widget)
        widget.close()
        widget.deleteLater()
        settle(self.app)


def run_language(app: QApplication, lang: str, profile: Path, ids: dict[str, str],
                 provisioning: Path, scratch: Path) -> dict[str, dict[str, Any]]:
    from liaison_app.domain.messages import MessageType
    from liaison_app.gui import theme
    from liaison_app.gui.app import Shell
    from liaison_app.gui.compose.actions import (
        AcknowledgeDialog,
        RecallDialog,
        ReplyDialog,
    )
    from liaison_app.gui.compose.dialog import ComposeDialog
    from liaison_app.gui.compose.forward_dialog import ForwardDialog
    from liaison_app.gui.errors import ProblemBox
    from liaison_app.gui.pages.case_dialogs import ExternalRefDialog, OutcomeDialog
    from liaison_app.gui.pages.justification import JustificationDialog
    from liaison_app.gui.pages.review_dialogs import EraseDialog, KeepDialog, RestrictDialog
    from liaison_app.gui.pages.transfers import ExportReasonDialog
    from liaison_app.gui.report_dialog import ReportDialog
    from liaison_app.gui.settings_dialog import SettingsDialog
    from liaison_app.gui.wizard import FirstRunWizard
    from liaison_app.services.retention import due_for_review
    from tests.gui.rich_profile import CASE, PASSPHRASE

    theme.install_translations(app, QLocale(LOCALES[lang]))
    shots = os.environ.get("LIAISON_FIT_SHOTS")
    check = Checker(app, Path(shots) / lang if shots else None)

    wizard = FirstRunWizard(scratch / f"new-{lang}")
    wizard.show()
    wizard.file_page.file_edit.setText(str(provisioning))
    check.check("wizard-file", wizard)
    wizard.next()
    check.check("wizard-passphrase", wizard)
    wizard.close()
    wizard.deleteLater()

    shell = Shell(profile, use_tray=False, start_sync=False)
    shell.start()
    assert shell.window is not None
    check.check("unlock", shell.window)
    screen: Any = shell.window
    screen.passphrase.setText(PASSPHRASE)
    screen.try_unlock()
    wait_for(app, lambda: shell.main_window is not None)
    window = shell.main_window
    assert window is not None
    settle(app)
    ctx = window.ctx
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        check.check(f"page-{window._specs[row][0]}", window)
    window.nav.setCurrentRow(0)
    ctx.justified_objects.add(f"message:{ids['received']}")
    ctx.justified_cases.add(CASE)
    ctx.open_message.emit(ids["received"])
    check.check("detail", window)
    ctx.open_case.emit(CASE)
    check.check("case-view", window)
    window.search_field.setText("Petrović")
    window._run_search()
    check.check("search", window)
    window.nav.setCurrentRow(0)
    from liaison_app.services.alerts import new_urgent_alerts

    window.show_banner(new_urgent_alerts(ctx.require_session(), 0))
    check.check("banner", window)
    window.banner.hide()

    session = ctx.require_session()
    due = due_for_review(session)
    subject = next(i for i in due if i.kind == "subject")
    check.dialog("settings", lambda: SettingsDialog(ctx, window))
    check.dialog("compose-request", lambda: ComposeDialog(ctx, MessageType.REQUEST, window))
    check.dialog("compose-alert", lambda: ComposeDialog(ctx, MessageType.ALERT, window))
    check.dialog("reply", lambda: ReplyDialog(ctx, ids["received"], window))
    check.dialog("acknowledge", lambda: AcknowledgeDialog(ctx, ids["received"], window))
    check.dialog("recall", lambda: RecallDialog(ctx, ids["sent"], window))
    check.dialog("forward", lambda: ForwardDialog(ctx, ids["alert"], window))
    check.dialog("justification", lambda: JustificationDialog(
        ctx, None, f"message:{ids['restricted']}", "Request from RS-BP", window))
    check.dialog("review-keep", lambda: KeepDialog(ctx, subject, window))
    check.dialog("review-erase", lambda: EraseDialog(ctx, subject, 1, window))
    check.dialog("review-restrict", lambda: RestrictDialog(ctx, subject, parent=window))
    check.dialog("outcome", lambda: OutcomeDialog(ctx, CASE, window))
    check.dialog("external-ref", lambda: ExternalRefDialog(ctx, CASE, window))
    check.dialog("report", lambda: ReportDialog(ctx, window, case_ref=CASE))
    check.dialog("transfer-export", lambda: ExportReasonDialog(
        QCoreApplication.translate("TransfersPage", "The transfer record"), window))
    check.dialog("problem-box", lambda: ProblemBox(
        window, QCoreApplication.translate("Problems", "Working offline"),
        QCoreApplication.translate("Problems", "The hub cannot be reached. Liaison works "
                                   "offline: your work is kept and sent at the next sync. "
                                   "Check the network if this lasts."), "details"))
    from liaison_app.gui.pages.operation_actions import (
        ConcludeDialog,
        ConsentDialog,
        LeaveDialog,
        WithdrawProposalDialog,
    )
    from liaison_app.gui.pages.operation_share import ShareMessageDialog

    check.dialog("operation-leave", lambda: LeaveDialog("OP-HORGOS-26", "RS-BP", window))
    check.dialog("operation-conclude", lambda: ConcludeDialog("OP-HORGOS-26", window))
    check.dialog("operation-withdraw", lambda: WithdrawProposalDialog("OP-HORGOS-26", window))
    check.dialog("operation-consent", lambda: ConsentDialog(
        "OP-HORGOS-26", "GB-NCA", [("RS-BP", "Taking part"), ("BG-BP", "Invited")], window))
    check.dialog("operation-share", lambda: ShareMessageDialog(
        ctx, CASE, lambda _m: None, window))

    def about() -> QDialog:
        box = QMessageBox(window)
        box.setWindowTitle(window.tr("About Liaison"))
        box.setText(window.tr("Liaison {0}\nSigned, end-to-end encrypted requests and alerts "
                              "between liaison officers.").format("0.1.0"))
        return box

    check.dialog("about", about)
    shell.quit_session()
    window.close()
    settle(app)
    return check.results


def main(argv: list[str]) -> int:
    out, langs = Path(argv[1]), argv[2].split(",")
    app = QApplication(["liaison-fit"])
    from liaison_app.gui import theme
    from tests.gui.rich_profile import fill
    from tests.services.workspace import PASSPHRASE, make_workspace, provisioning_for

    theme.apply_theme(app)
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        ws = make_workspace(scratch / "profile")
        session = ws.open()
        try:
            ids = fill(session)
        finally:
            session.close(reason="test")
        provisioning = scratch / "provisioning.json"
        from datetime import UTC, datetime

        provisioning.write_bytes(provisioning_for(ws.authority, "gb-nca.new-officer",
                                                  "GB-NCA", datetime.now(UTC), ws.release))
        assert PASSPHRASE
        for lang in langs:
            results[lang] = run_language(app, lang, ws.path, ids, provisioning, scratch)
    out.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
