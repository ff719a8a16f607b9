"""Take a PNG of each main screen with the demo data (run by scripts/screenshots.sh under Xvfb).

wizard, unlock, inbox + detail, cases + case view, compose request, outbox,
directory, audit, review due, then at 1366x768 (the officers' laptops): drafts,
a conversation, awaiting reply and the urgent banner → docs/screenshots/*.png.
No hub is needed: the screens show the demo profiles' cache (the status bar
shows the last sync). Screens that change the cache (opening messages sends
read acknowledgements, a draft is saved) run on a throwaway copy of the profile.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget  # noqa: E402

DATA = ROOT / "demo-data"
OUT = ROOT / "docs" / "screenshots"
PASSPHRASE_A = "demo passphrase A"  # noqa: S105 - the printed demo passphrase


def settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(cond, timeout_ms: int = 20_000) -> None:  # type: ignore[no-untyped-def]
    waited = 0
    while not cond():
        settle(50)
        waited += 50
        if waited > timeout_ms:
            raise SystemExit("screenshots: timed out waiting for the GUI")


def shot(widget: QWidget, name: str) -> None:
    settle()
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(f"screenshots: {path.relative_to(ROOT)}")


def main() -> int:
    if not (DATA / "officer-A" / "keys.json").is_file():
        raise SystemExit("screenshots: run scripts/screenshots.sh (it sets up the demo first)")
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(["liaison"])
    from liaison_app.gui import theme
    from liaison_app.gui.app import Shell

    app.setWindowIcon(theme.app_icon())
    theme.apply_theme(app)

    # 1. the first-run wizard, with IT's file for officer A chosen
    with tempfile.TemporaryDirectory() as tmp:
        wiz_shell = Shell(Path(tmp) / "new-profile", use_tray=False)
        wiz_shell.start()
        wizard = wiz_shell.window
        wizard.file_page.file_edit.setText(str(DATA / "provisioning-A.json"))
        shot(wizard, "01-wizard")
        wizard.close()

    # 2. unlock, then the main window on officer A's demo cache
    shell = Shell(DATA / "officer-A", use_tray=False, start_sync=False)
    shell.start()
    shot(shell.window, "02-unlock")
    shell.window.passphrase.setText(PASSPHRASE_A)
    shell.window.try_unlock()
    wait_for(lambda: shell.main_window is not None)
    window = shell.main_window
    window.resize(1400, 860)
    ctx = window.ctx
    session = ctx.require_session()
    from liaison_app.store import messages
    from liaison_app.sync.status import sync_status

    window.status.set_status(sync_status(session.db))
    incoming = messages.list_page(session.db, messages.MessageFilter(
        direction=messages.Direction.INCOMING, type="alert"), limit=5)
    for ref in ("DEMO-OP-1", "DEMO-OP-2", "DEMO-OP-3"):
        ctx.justified_cases.add(ref)  # the demo officer has stated why, this session
    for row in incoming:
        ctx.justified_objects.add(f"message:{row.message_id}")
    if incoming:
        ctx.open_message.emit(incoming[0].message_id)
    shot(window, "03-inbox-detail")

    window.nav.setCurrentRow(window._nav_row("cases"))
    shot(window, "04-cases")
    ctx.open_case.emit("DEMO-OP-1")
    shot(window, "05-case-view")

    from liaison_app.domain.messages import MessageType
    from liaison_app.gui.compose import ComposeDialog

    dialog = ComposeDialog(ctx, MessageType.REQUEST, window)
    dialog.show()
    shot(dialog, "06-compose-request")
    dialog.reject()

    for key, name in (("outbox", "07-outbox"), ("directory", "08-directory"),
                      ("audit", "09-audit")):
        window.nav.setCurrentRow(window._nav_row(key))
        shot(window, name)
    shell.quit_session()
    QCoreApplication.processEvents()
    review_shot()
    officers_day_shots()
    return 0


def review_shot() -> None:
    """10. Review due, on a throwaway copy of officer A's profile whose review dates have come."""
    import shutil
    from datetime import UTC, datetime, timedelta

    from liaison_app.gui.app import Shell
    from liaison_app.services.session import open_session
    from liaison_app.store import cases

    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "officer-A"
        shutil.copytree(DATA / "officer-A", copy)
        now = datetime.now(UTC)
        with open_session(copy, PASSPHRASE_A) as session, session.db.transaction() as conn:
            for n, case in enumerate(cases.list_cases(conn)[:2]):
                cases.update_case(conn, case.case_ref, now=now,
                                  review_on=(now - timedelta(days=40 - 30 * n)).date())
                for subject, _role in cases.case_subjects(conn, case.case_ref)[:2]:
                    cases.update_subject(conn, subject.subject_id, now=now,
                                         label=subject.label, data=dict(subject.data),
                                         review_on=(now - timedelta(days=12 + n)).date())
        shell = Shell(copy, use_tray=False, start_sync=False)
        shell.start()
        shell.window.passphrase.setText(PASSPHRASE_A)
        shell.window.try_unlock()
        wait_for(lambda: shell.main_window is not None)
        window = shell.main_window
        window.resize(1400, 860)
        window.open_review()
        page = window.page("review")
        subjects = [i for i in page.items() if i.kind == "subject"]
        if subjects:
            page.select("subject", subjects[0].ref)
        shot(window, "10-review")
        shell.quit_session()
        QCoreApplication.processEvents()


def _copy_unlocked(tmp: str):  # type: ignore[no-untyped-def]
    """Officer A's profile copied to `tmp`, unlocked in a shell; (shell, window)."""
    import shutil

    from liaison_app.gui.app import Shell

    copy = Path(tmp) / "officer-A"
    shutil.copytree(DATA / "officer-A", copy)
    shell = Shell(copy, use_tray=False, start_sync=False)
    shell.start()
    shell.window.passphrase.setText(PASSPHRASE_A)
    shell.window.try_unlock()
    wait_for(lambda: shell.main_window is not None)
    window = shell.main_window
    window.resize(1366, 768)
    from liaison_app.sync.status import sync_status

    window.status.set_status(sync_status(window.ctx.require_session().db))
    for ref in ("DEMO-OP-1", "DEMO-OP-2", "DEMO-OP-3"):
        window.ctx.justified_cases.add(ref)
    return shell, window


def officers_day_shots() -> None:
    """11-14 at 1366x768: drafts, a conversation, awaiting reply, the urgent banner."""
    from liaison_app.domain.messages import MessageType
    from liaison_app.gui.compose import ComposeDialog
    from liaison_app.services import alerts, views
    from liaison_app.services.view_types import MessageQuery

    with tempfile.TemporaryDirectory() as tmp:
        shell, window = _copy_unlocked(tmp)
        ctx = window.ctx
        session = ctx.require_session()
        # a request half-written, kept as a draft (as Escape → "Keep as draft" does)
        dialog = ComposeDialog(ctx, MessageType.REQUEST, window)
        dialog.message.agency_item("RS-BP").setCheckState(0, Qt.CheckState.Checked)
        dialog.message.priority.setCurrentIndex(dialog.message.priority.findData("urgent"))
        dialog.message.body.setPlainText(
            "DEMO: who drove DEMO-001 through Horgoš on the night of the 14th? "
            "Fictional scenario.")
        dialog.request.purpose.setPlainText("Identify the driver of lorry DEMO-001")
        dialog.keeper.finish_kept()
        dialog.deleteLater()
        window.nav.setCurrentRow(window._nav_row("drafts"))
        shot(window, "11-drafts")

        # the conversation of A's crossing-records request: request → B's partial reply
        replies = views.message_page(session, MessageQuery(direction="incoming",
                                                           types=("reply",)), limit=5)
        if replies:
            window.nav.setCurrentRow(window._nav_row("inbox"))
            ctx.open_message.emit(replies[0].message_id)
            settle()
            detail = window._detail
            if detail is not None:
                scroll = detail.findChild(QScrollArea)
                if scroll is not None:
                    scroll.ensureWidgetVisible(detail.chain_box)
        shot(window, "12-conversation")

        window.nav.setCurrentRow(window._nav_row("awaiting"))
        waiting = views.message_page(session, MessageQuery(
            direction="incoming", follow_ups=("awaiting", "clarification")), limit=1)
        if waiting:
            ctx.open_message.emit(waiting[0].message_id)
        shot(window, "13-awaiting-reply")

        notices = alerts.new_urgent_alerts(session, 0)
        ctx.justified_cases.clear()  # as it arrives: no justification given yet
        window.nav.setCurrentRow(window._nav_row("alerts"))
        if notices:
            window.notifier.notify(notices)
        shot(window, "14-banner")
        shell.quit_session()
        QCoreApplication.processEvents()


if __name__ == "__main__":
    sys.exit(main())
