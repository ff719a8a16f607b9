"""Take a PNG of each main screen with the demo data (run by scripts/screenshots.sh under Xvfb).

wizard, unlock, inbox + detail, cases + case view, compose request, outbox,
directory, audit, the Check page (a name, a plate), an alert with its arrival hits,
financial subjects, review due, attachments (compose, message), monitoring, a page of
a hand-over file, transfers, a rectified message, the legal basis on compose, drafts, a
conversation, awaiting reply, the urgent banner, carrier bundles (export, import, the outbox while a bundle carries a message)
and joint operations (the view, proposing, a task, the partner's copy, sharing a
message, concluding)
→ docs/screenshots/*.png, every window at 1366x768 (the officers' laptops). No hub is needed: the screens show the demo profiles'
cache (the status bar shows the last sync). Screens that change the cache (opening
messages sends read acknowledgements, a draft is saved) run on a throwaway copy of the
profile.
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
PASSPHRASE_B = "demo passphrase B"  # noqa: S105 - the printed demo passphrase


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
    window.resize(1366, 768)
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
    from PySide6.QtWidgets import QTabWidget

    tabs = window.pages.currentWidget().findChild(QTabWidget, "caseTabs")
    if tabs is not None:
        tabs.setCurrentIndex(2)  # outcomes of the joint action
    shot(window, "05-case-view")

    from liaison_app.domain.messages import MessageType
    from liaison_app.gui.compose import ComposeDialog

    dialog = ComposeDialog(ctx, MessageType.REQUEST, window)
    dialog.show()
    shot(dialog, "06-compose-request")
    dialog.reject()
    financial_shots(window, ctx)

    for key, name in (("outbox", "07-outbox"), ("directory", "08-directory"),
                      ("audit", "09-audit")):
        window.nav.setCurrentRow(window._nav_row(key))
        shot(window, name)
    check_shots(window)
    accountability_shots(window, ctx)
    operations_shots(window)
    shell.quit_session()
    QCoreApplication.processEvents()
    partner_operations_shot()
    review_shot()
    attachments_shot()
    monitoring_shots()
    officers_day_shots()
    carrier_shots()
    return 0


def financial_shots(window: QWidget, ctx: object) -> None:
    """11. a case with financial subjects, one also seen in another case (1366x768);
    12. the compose subjects tab with an IBAN refused next to its field."""
    from PySide6.QtWidgets import QComboBox, QLineEdit, QTreeWidget

    from liaison_app.domain.messages import MessageType
    from liaison_app.gui.compose import ComposeDialog
    from liaison_app.gui.forms import child

    window.resize(1366, 768)
    for ref in ("DEMO-OP-3", "DEMO-OP-4"):
        ctx.justified_cases.add(ref)  # type: ignore[attr-defined]
    window.search_field.setText("rs35 1050 0812 3123 1231 73")  # type: ignore[attr-defined]
    window.search_field.returnPressed.emit()  # type: ignore[attr-defined]
    settle()
    page = window._search  # type: ignore[attr-defined]
    if page.hits is not None and page.hits.subjects:
        page.show_subject(page.hits.subjects[0].ref)
    shot(window, "11-search-financial")
    window.nav.setCurrentRow(window._nav_row("cases"))  # type: ignore[attr-defined]
    ctx.open_case.emit("DEMO-OP-4")  # type: ignore[attr-defined]
    settle()
    for tree in window.findChildren(QTreeWidget, "subjectsTree"):
        if tree.isVisible():
            tree.expandAll()
    shot(window, "13-case-financial")

    dialog = ComposeDialog(ctx, MessageType.REQUEST, window)
    dialog.keeper.sent()  # a screenshot: no draft kept in the demo profile, no question
    dialog.resize(1280, 700)
    dialog.show()
    dialog.tabs.setCurrentIndex(3)
    page = dialog.subjects
    page.kind.setCurrentIndex(page.kind.findData("person"))
    person = page.add("person")
    child(person.kind_form, QLineEdit, "surnameEdit").setText("SAMPLEVIC")
    for kind in ("money_transfer", "crypto_address", "cash", "bank_account"):
        editor = page.add(kind)
        for combo, value in ((editor.category, "suspect"), (editor.basis, "fact")):
            combo.setCurrentIndex(combo.findData(value))
        if kind == "crypto_address":
            network = child(editor.kind_form, QComboBox, "networkCombo")
            network.setCurrentIndex(network.findData("ethereum"))
            child(editor.kind_form, QLineEdit, "addressEdit").setText(
                "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD")
        if kind == "cash":
            child(editor.kind_form, QLineEdit, "amountEdit").setText("48500")
            child(editor.kind_form, QLineEdit, "currencyEdit").setText("eur")
    child(editor.kind_form, QLineEdit, "ibanEdit").setText("rs36 1050 0812 3123 1231 73")
    child(editor.kind_form, QLineEdit, "holderNameEdit").setText("Demo Tours d.o.o.")
    shot(dialog, "12-compose-financial")
    dialog.reject()
    window.resize(1366, 768)


def _demo_photo(path: Path, text: str) -> Path:
    """A JPEG drawn here (a stand-in for a phone photo), with EXIF location data."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    from tests.support.images import exif_tiff

    image = QImage(1200, 800, QImage.Format.Format_RGB32)
    image.fill(QColor("#5b6d7a"))
    painter = QPainter(image)
    painter.fillRect(QRect(120, 420, 960, 220), QColor("#d7d2c4"))
    painter.fillRect(QRect(160, 470, 880, 60), QColor("#2f3b45"))
    painter.setPen(QColor("white"))
    painter.setFont(QFont("DejaVu Sans", 44))
    painter.drawText(QRect(0, 80, 1200, 200), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG")
    raw = bytes(data.data())
    payload = b"Exif\x00\x00" + exif_tiff()
    path.write_bytes(raw[:2] + b"\xff\xe1" + (len(payload) + 2).to_bytes(2, "big") + payload
                     + raw[2:])
    return path


def attachments_shot() -> None:
    """14-15. Attachments: the compose tab, and a sent alert's attachments with a thumbnail."""
    import shutil

    from liaison_app.domain.messages import AlertContent, AlertKind, MessageType
    from liaison_app.gui.app import Shell
    from liaison_app.gui.compose import ComposeDialog
    from liaison_app.protocol.ids import new_message_id
    from liaison_app.services.attachments import AttachmentFile, prepare
    from liaison_app.services.compose import Draft, queue_message
    from liaison_app.services.session import open_session

    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "officer-A"
        shutil.copytree(DATA / "officer-A", copy)
        floor = _demo_photo(Path(tmp) / "lorry-false-floor.jpg", "NS-123-AB: false floor")
        page = _demo_photo(Path(tmp) / "passport-page.jpg", "Passport page (specimen)")
        lading = Path(tmp) / "bill-of-lading.pdf"
        lading.write_bytes(b"%PDF-1.7\n" + b"0" * 2_400_000)
        mid = new_message_id()
        with open_session(copy, PASSPHRASE_A) as session:
            ready = prepare(session, mid, [AttachmentFile(floor), AttachmentFile(lading),
                                           AttachmentFile(page, keep_original=True)])
            queue_message(session, Draft(
                content=AlertContent(alert_kind=AlertKind.WARNING,
                                     action_requested="Check the cab floor of NS-123-AB",
                                     valid_until=None, interpol_notice=None),
                to_agencies=("RS-BP",), body="Photos of the false floor and the driver's "
                "passport page; the bill of lading is attached.", message_id=mid,
                attachments=tuple(p.ref for p in ready)))
        shell = Shell(copy, use_tray=False, start_sync=False)
        shell.start()
        shell.window.passphrase.setText(PASSPHRASE_A)
        shell.window.try_unlock()
        wait_for(lambda: shell.main_window is not None)
        window = shell.main_window
        window.resize(1366, 768)
        ctx = window.ctx
        dialog = ComposeDialog(ctx, MessageType.ALERT, window)
        dialog.keeper.sent()  # a screenshot: no draft kept, no question on closing
        dialog.show()
        dialog.attachments.add_paths([floor, lading])
        dialog.attachments.add(AttachmentFile(page, keep_original=True))
        dialog.tabs.setCurrentIndex(5)
        shot(dialog, "14-compose-attachments")
        dialog.reject()
        window.nav.setCurrentRow(window._nav_row("outbox"))
        ctx.open_message.emit(mid)
        pane = window.findChild(QWidget, "attachmentsPane")
        wait_for(lambda: pane is not None and len(getattr(pane, "thumbnails", {})) >= 2)
        scroll = pane.parentWidget()
        while scroll is not None and scroll.objectName() != "scroll":
            scroll = scroll.parentWidget()
        if scroll is not None:
            scroll.ensureWidgetVisible(pane)
        shot(window, "15-message-attachments")
        shell.quit_session()
        QCoreApplication.processEvents()


def _unlocked(profile: Path, passphrase: str) -> tuple[object, QWidget]:
    from liaison_app.gui.app import Shell

    shell = Shell(profile, use_tray=False, start_sync=False)
    shell.start()
    shell.window.passphrase.setText(passphrase)
    shell.window.try_unlock()
    wait_for(lambda: shell.main_window is not None)
    window = shell.main_window
    window.resize(1366, 768)
    return shell, window


def carrier_shots() -> None:
    """25-27. Carrier bundles with no network: A's export for RS-BP (the summary before
    writing), A's outbox with the message handed to the carrier, B's import (what came)."""
    import shutil

    from liaison_app.domain.messages import AlertContent, AlertKind
    from liaison_app.gui.carrier.export_dialog import ExportForCarrierDialog
    from liaison_app.gui.carrier.import_dialog import ImportFromCarrierDialog
    from liaison_app.protocol.ids import new_message_id
    from liaison_app.services.attachments import AttachmentFile, prepare
    from liaison_app.services.compose import Draft, queue_message
    from liaison_app.services.session import open_session

    with tempfile.TemporaryDirectory() as tmp:
        copy_a, copy_b = Path(tmp) / "officer-A", Path(tmp) / "officer-B"
        shutil.copytree(DATA / "officer-A", copy_a)
        shutil.copytree(DATA / "officer-B", copy_b)
        stick = Path(tmp) / "USB-STICK"
        stick.mkdir()
        photo = _demo_photo(Path(tmp) / "lorry-ns-123-ab.jpg", "NS-123-AB at the depot")
        mid = new_message_id()
        with open_session(copy_a, PASSPHRASE_A) as session:
            ready = prepare(session, mid, [AttachmentFile(photo)])
            queue_message(session, Draft(
                content=AlertContent(alert_kind=AlertKind.LOOKOUT,
                                     action_requested="Stop and search at Horgoš",
                                     valid_until=None, interpol_notice=None),
                to_agencies=("RS-BP",), body="Grey Iveco lorry NS-123-AB heading for Horgoš "
                "tonight; false floor suspected (fictional demo data).", message_id=mid,
                attachments=tuple(p.ref for p in ready)))
        shell, window = _unlocked(copy_a, PASSPHRASE_A)
        ctx = window.ctx  # type: ignore[attr-defined]
        dialog = ExportForCarrierDialog(ctx, window)
        dialog.set_chosen(("RS-BP",))
        dialog.file_edit.setText(str(stick / "to-RS-BP.liaison-bundle"))
        dialog.reason.basis.setCurrentIndex(dialog.reason.basis.findData("law-enforcement"))
        dialog.reason.justification.setText(
            "No link at the crossing since Monday; lookout must reach Horgoš tonight")
        dialog.show()
        shot(dialog, "29-carrier-export")
        dialog.export()
        wait_for(lambda: dialog.written is not None)
        dialog.reject()
        window.nav.setCurrentRow(window._nav_row("outbox"))  # type: ignore[attr-defined]
        shot(window, "30-outbox-carried")
        shell.quit_session()  # type: ignore[attr-defined]
        QCoreApplication.processEvents()

        shell, window = _unlocked(copy_b, PASSPHRASE_B)
        importer = ImportFromCarrierDialog(window.ctx, window,  # type: ignore[attr-defined]
                                           stick / "to-RS-BP.liaison-bundle")
        importer.show()
        importer.run_import()
        wait_for(lambda: importer.outcome is not None)
        shot(importer, "31-carrier-import")
        importer.reject()
        shell.quit_session()  # type: ignore[attr-defined]
        QCoreApplication.processEvents()


def check_shots(window: QWidget) -> None:
    """16-17. the Check page after a booth check; 18. a received alert with its arrival hits
    (both at 1366x768, the officers' laptops)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window.resize(1366, 768)  # type: ignore[attr-defined]
    window.nav.setCurrentRow(window._nav_row("check"))  # type: ignore[attr-defined]
    page = window.page("check")  # type: ignore[attr-defined]
    page.edits["name"].setText("Petrovic Dragan")
    page.edits["dob"].setText("1979")
    page.edits["reason"].setText("driver at booth 3, lorry to Horgoš")
    QTest.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    shot(window, "16-check")
    page.clear()
    page.edits["plate"].setText("СА 1234 ВХ")
    page.edits["country"].setText("BG")
    page.edits["reason"].setText("lorry at booth 3")
    QTest.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    shot(window, "17-check-plate")
    from liaison_app.services.crosscheck import arrival_hits

    ctx = window.ctx  # type: ignore[attr-defined]
    found = arrival_hits(ctx.require_session(), limit=20)
    if found:
        ctx.justified_objects.add(f"message:{found[0].message_id}")
        window.nav.setCurrentRow(window._nav_row("alerts"))  # type: ignore[attr-defined]
        ctx.open_message.emit(found[0].message_id)
        settle()
        from PySide6.QtWidgets import QScrollArea

        detail = window._detail  # type: ignore[attr-defined]
        area = detail.findChild(QScrollArea)
        if area is not None:
            area.ensureWidgetVisible(detail.subjects_tree)
        shot(window, "18-arrival-hits")


def accountability_shots(window: QWidget, ctx: object) -> None:
    """22. the Transfers page; 23. a rectified alert with the correction beside it (the
    officer's own copy, after the recall); 24. the legal basis on compose, offered again
    for a case (1366x768)."""
    from liaison_app.domain.messages import MessageType
    from liaison_app.gui.compose import ComposeDialog
    from liaison_app.services import views
    from liaison_app.services.view_types import MessageQuery

    window.resize(1366, 768)
    window.nav.setCurrentRow(window._nav_row("transfers"))  # type: ignore[attr-defined]
    page = window.page("transfers")  # type: ignore[attr-defined]
    page.table.selectRow(0)
    shot(window, "22-transfers")
    session = ctx.require_session()  # type: ignore[attr-defined]
    sent = views.message_page(session, MessageQuery(direction="outgoing", types=("alert",)))
    recalled = [m for m in sent if m.recall]
    window.nav.setCurrentRow(window._nav_row("outbox"))  # type: ignore[attr-defined]
    if recalled:
        ctx.justified_objects.add(f"message:{recalled[0].message_id}")  # type: ignore
        ctx.open_message.emit(recalled[0].message_id)  # type: ignore[attr-defined]
        settle()
        from PySide6.QtWidgets import QScrollArea

        area = window._detail.findChild(QScrollArea)  # type: ignore[attr-defined]
        if area is not None:  # the banner is at the top
            area.verticalScrollBar().setValue(0)
    shot(window, "23-message-rectified")
    dialog = ComposeDialog(ctx, MessageType.REQUEST, window)  # type: ignore[arg-type]
    dialog.keeper.sent()  # a screenshot: no draft kept in the demo profile, no question
    dialog.show()
    dialog.tabs.setCurrentIndex(4)
    dialog.case.existing_radio.setChecked(True)
    index = dialog.case.case_combo.findData("DEMO-OP-1")
    dialog.case.case_combo.setCurrentIndex(index)
    shot(dialog, "24-compose-reason")
    dialog.reject()


def operations_shots(window: QWidget) -> None:
    """32. the Operations view with the shared timeline; 33. proposing an operation;
    34. adding a task; 35. officer B's copy of the same timeline (1366x768)."""
    from liaison_app.gui.pages.operation_dialogs import ProposeDialog, TaskDialog

    window.resize(1366, 768)
    window.search_field.clear()  # type: ignore[attr-defined]
    window.ctx.justified_cases.add("DEMO-JOINT-1")  # type: ignore[attr-defined]
    window.nav.setCurrentRow(window._nav_row("operations"))  # type: ignore[attr-defined]
    page = window.page("operations")  # type: ignore[attr-defined]
    page.refresh()
    from liaison_app.sync.status import sync_status

    window.status.set_status(sync_status(window.ctx.require_session().db))  # type: ignore[attr-defined]
    shot(window, "32-operations")
    dialog = ProposeDialog([("RS-BP", "Border Police Directorate"),
                            ("BG-BP", "Border Police")], window)
    dialog.ref_edit.setText("DEMO-JOINT-2")
    dialog.title_edit.setText("Vidin–Calafat ferry route")
    dialog.partners.item(0).setCheckState(Qt.CheckState.Checked)  # type: ignore[union-attr]
    dialog.partners.item(1).setCheckState(Qt.CheckState.Checked)  # type: ignore[union-attr]
    dialog.objectives.setPlainText("Map the ferry crossings used\nIdentify the organisers")
    dialog.handling.setCurrentIndex(3)
    dialog.resize(560, 420)
    dialog.show()
    shot(dialog, "33-operation-propose")
    dialog.reject()
    members = page.detail.members if page.detail is not None else ("GB-NCA", "RS-BP")
    task = TaskDialog(members, window)
    task.title_edit.setText("Share the ferry passenger lists of March")
    task.agency.setCurrentIndex(max(0, task.agency.findText("RS-BP")))
    task.resize(520, 300)
    task.show()
    shot(task, "34-operation-task")
    task.reject()
    operation_action_shots(window, page)


def operation_action_shots(window: QWidget, page: QWidget) -> None:
    """36. sharing a message into the operation; 37. the lead concluding it (1366x768).
    Neither is signed: the demo's record stays as it is."""
    from liaison_app.gui.pages.operation_actions import ConcludeDialog
    from liaison_app.gui.pages.operation_share import ShareMessageDialog

    detail = page.detail  # type: ignore[attr-defined]
    ref = detail.summary.ref if detail is not None else "DEMO-JOINT-1"
    share = ShareMessageDialog(window.ctx, ref, lambda _m: None, window)  # type: ignore[attr-defined]
    share.scope.setCurrentIndex(1)
    share.show()
    shot(share, "36-operation-share")
    share.reject()
    conclude = ConcludeDialog(ref, window)
    conclude.text.setPlainText("Objectives met: the Horgoš route closed, four arrests on "
                               "both sides")
    conclude.show()
    shot(conclude, "37-operation-conclude")
    conclude.reject()


def partner_operations_shot() -> None:
    """35. Officer B's (RS-BP) copy of DEMO-JOINT-1: the same timeline in the same order."""
    from liaison_app.gui.app import Shell

    shell = Shell(DATA / "officer-B", use_tray=False, start_sync=False)
    shell.start()
    shell.window.passphrase.setText(PASSPHRASE_B)
    shell.window.try_unlock()
    wait_for(lambda: shell.main_window is not None)
    window = shell.main_window
    window.resize(1366, 768)
    window.ctx.justified_cases.add("DEMO-JOINT-1")  # officer B has stated why, this session
    from liaison_app.sync.status import sync_status

    window.status.set_status(sync_status(window.ctx.require_session().db))
    window.nav.setCurrentRow(window._nav_row("operations"))
    page = window.page("operations")
    page.refresh()
    page.timeline.selectRow(2)  # RS-BP's own task, set by GB-NCA
    page.timeline.setFocus()
    shot(window, "35-operation-partner-copy")
    shell.quit_session()
    QCoreApplication.processEvents()


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
        window.resize(1366, 768)
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
    """25-28 at 1366x768: drafts, a conversation, awaiting reply, the urgent banner."""
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
        shot(window, "25-drafts")

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
        shot(window, "26-conversation")

        window.nav.setCurrentRow(window._nav_row("awaiting"))
        waiting = views.message_page(session, MessageQuery(
            direction="incoming", follow_ups=("awaiting", "clarification")), limit=1)
        if waiting:
            ctx.open_message.emit(waiting[0].message_id)
        shot(window, "27-awaiting-reply")

        notices = alerts.new_urgent_alerts(session, 0)
        ctx.justified_cases.clear()  # as it arrives: no justification given yet
        window.nav.setCurrentRow(window._nav_row("alerts"))
        if notices:
            window.notifier.notify(notices)
        shot(window, "28-banner")
        shell.quit_session()
        QCoreApplication.processEvents()


def _history(session, today) -> None:  # type: ignore[no-untyped-def]
    """Six months of fictional exchanges with RS-BP and BG-BP, so the charts have a shape."""
    import random
    from datetime import timedelta

    from liaison_app.store import messages
    from liaison_app.store.messages import MessageStatus, NewMessage

    rng = random.Random(16)  # noqa: S311 - fictional demo data
    handling = {"scheme": "uk-3x5x2", "code": "P", "conditions": "", "no_onward_sharing": False}
    grading = {"scheme": "uk-3x5x2", "source": "2", "information": "B"}
    urgencies = ("urgent-direct", "urgent-indirect", "standard", "standard")
    officers = {"RS-BP": "rs-bp.horgos-desk", "BG-BP": "bg-bp.desk"}

    def put(conn, message_id, kind, content, when, partner, inbound,  # type: ignore[no-untyped-def]
            reply_to=None):
        msg = NewMessage(
            message_id=message_id, type=kind,
            sender_officer=officers[partner] if inbound else "gb-nca.demo",
            sender_agency=partner if inbound else "GB-NCA", sender_device="demo",
            recipients={"agencies": ["GB-NCA"] if inbound else [partner], "devices": []},
            priority="routine", handling=handling, grading=grading, created_at=when,
            body="DEMO: fictional history for the monitoring screenshot.", content=content,
            in_reply_to=reply_to)
        if inbound:
            messages.insert_incoming(conn, msg, received_at=when)
        else:
            messages.insert_outgoing(conn, msg, now=when)
            messages.set_status(conn, message_id, MessageStatus.SENT, now=when)

    start = today - timedelta(days=170)
    with session.db.transaction() as conn:
        for n in range(260):
            partner = ("RS-BP", "RS-BP", "BG-BP")[n % 3]
            at = start + timedelta(hours=16 * n + rng.randrange(8))
            incoming = rng.random() < 0.5
            kind = "request" if rng.random() < 0.7 else "alert"
            content = ({"purpose": "DEMO", "information_requested": "DEMO", "grounds": "DEMO",
                        "urgency": rng.choice(urgencies), "evidence_use_sought": False}
                       if kind == "request" else
                       {"alert_kind": "lookout", "action_requested": "", "valid_until": None,
                        "interpol_notice": None})
            mid = f"00000000-0000-7000-8000-{0xd000 + 2 * n:012x}"
            put(conn, mid, kind, content, at, partner, incoming)
            if kind == "request" and at + timedelta(days=9) < today and rng.random() < 0.85:
                outcome = rng.choice(("provided", "provided", "partial", "refused"))
                put(conn, f"00000000-0000-7000-8000-{0xd001 + 2 * n:012x}", "reply",
                    {"outcome": outcome, "reason": "" if outcome != "refused" else "DEMO"},
                    at + timedelta(hours=rng.lognormvariate(2.6, 1.2)), partner, not incoming,
                    mid)


def monitoring_shots() -> None:
    """19-20. Monitoring, and 21. a page of a case's hand-over file, on a throwaway copy of
    officer A's profile with six months of fictional history."""
    import shutil
    import subprocess
    from datetime import UTC, datetime, timedelta

    from liaison_app.gui.app import Shell
    from liaison_app.reports.case_pdf import render_case_pdf
    from liaison_app.services.case_report import case_dossier
    from liaison_app.services.monitoring_types import Period
    from liaison_app.services.session import open_session

    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "officer-A"
        shutil.copytree(DATA / "officer-A", copy)
        today = datetime.now(UTC).replace(microsecond=0)
        with open_session(copy, PASSPHRASE_A) as session:
            _history(session, today)
            pdf = Path(tmp) / "handover.pdf"
            pdf.write_bytes(render_case_pdf(case_dossier(session, "DEMO-OP-1"),
                                            "DEMO: hand-over to the partner's liaison officer"))
        subprocess.run(["pdftoppm", "-r", "110", "-f", "1", "-l", "1", "-png", "-singlefile",
                        str(pdf), str(OUT / "21-report-page")], check=True)
        print(f"screenshots: {(OUT / '21-report-page.png').relative_to(ROOT)}")
        shell = Shell(copy, use_tray=False, start_sync=False)
        shell.start()
        shell.window.passphrase.setText(PASSPHRASE_A)
        shell.window.try_unlock()
        wait_for(lambda: shell.main_window is not None)
        window = shell.main_window
        window.resize(1366, 768)
        window.nav.setCurrentRow(window._nav_row("monitoring"))
        page = window.page("monitoring")
        first = today.date().replace(day=1) - timedelta(days=150)
        page.choose(Period(first.replace(day=1), today.date()))
        shot(window, "19-monitoring")
        page.side_combo.setCurrentIndex(1)
        page.findChild(QWidget, "scrollArea").verticalScrollBar().setValue(  # type: ignore[union-attr]
            page.distribution.parentWidget().y() - 40)
        shot(window, "20-monitoring-response-times")
        shell.quit_session()
        QCoreApplication.processEvents()


if __name__ == "__main__":
    sys.exit(main())
