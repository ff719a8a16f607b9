"""Screens on throwaway copies of the demo profiles (they change the cache): 10 review
due, 14-15 attachments, 25-28 the officer's day (drafts, a conversation, awaiting reply,
the urgent banner) and 29-31 carrier bundles."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QWidget

from screens.kit import (
    DEMO_CASES,
    PASSPHRASE_A,
    PASSPHRASE_B,
    close,
    copied,
    demo_photo,
    go_to,
    settle,
    shot,
    unlocked,
    wait_for,
)


def review_shot() -> None:
    """10. Review due, on a copy of officer A's profile whose review dates have come."""
    from liaison_app.services.session import open_session
    from liaison_app.store import cases

    with tempfile.TemporaryDirectory() as tmp:
        copy = copied(tmp)
        now = datetime.now(UTC)
        with open_session(copy, PASSPHRASE_A) as session, session.db.transaction() as conn:
            for n, case in enumerate(cases.list_cases(conn)[:2]):
                cases.update_case(conn, case.case_ref, now=now,
                                  review_on=(now - timedelta(days=40 - 30 * n)).date())
                for subject, _role in cases.case_subjects(conn, case.case_ref)[:2]:
                    cases.update_subject(conn, subject.subject_id, now=now,
                                         label=subject.label, data=dict(subject.data),
                                         review_on=(now - timedelta(days=12 + n)).date())
        shell, window = unlocked(copy, PASSPHRASE_A)
        window.open_review()
        page = window.page("review")
        subjects = [i for i in page.items() if i.kind == "subject"]
        if subjects:
            page.select("subject", subjects[0].ref)
        shot(window, "10-review")
        close(shell)


def attachments_shot() -> None:
    """14. Attachments on compose; 15. a sent alert's attachments with thumbnails."""
    from liaison_app.domain.messages import AlertContent, AlertKind, MessageType
    from liaison_app.gui.compose import ComposeDialog
    from liaison_app.protocol.ids import new_message_id
    from liaison_app.services.attachments import AttachmentFile, prepare
    from liaison_app.services.compose import Draft, queue_message
    from liaison_app.services.session import open_session

    with tempfile.TemporaryDirectory() as tmp:
        copy = copied(tmp)
        floor = demo_photo(Path(tmp) / "lorry-false-floor.jpg", "NS-123-AB: false floor")
        page = demo_photo(Path(tmp) / "passport-page.jpg", "Passport page (specimen)")
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
        shell, window = unlocked(copy, PASSPHRASE_A)
        dialog = ComposeDialog(window.ctx, MessageType.ALERT, window)
        dialog.keeper.sent()  # a screenshot: no draft kept, no question on closing
        dialog.show()
        dialog.attachments.add_paths([floor, lading])
        dialog.attachments.add(AttachmentFile(page, keep_original=True))
        dialog.tabs.setCurrentIndex(5)
        shot(dialog, "14-compose-attachments")
        dialog.reject()
        go_to(window, "outbox")
        window.ctx.open_message.emit(mid)
        pane = window.findChild(QWidget, "attachmentsPane")
        wait_for(lambda: pane is not None and len(getattr(pane, "thumbnails", {})) >= 2)
        scroll = pane.parentWidget()
        while scroll is not None and scroll.objectName() != "scroll":
            scroll = scroll.parentWidget()
        if scroll is not None:
            scroll.ensureWidgetVisible(pane)
        shot(window, "15-message-attachments")
        close(shell)


def officers_day_shots() -> None:
    """25-28: drafts, a conversation, awaiting reply, the urgent banner."""
    from liaison_app.domain.messages import MessageType
    from liaison_app.gui.compose import ComposeDialog
    from liaison_app.services import alerts, views
    from liaison_app.services.view_types import MessageQuery

    with tempfile.TemporaryDirectory() as tmp:
        shell, window = unlocked(copied(tmp), PASSPHRASE_A, status=True, justified=DEMO_CASES)
        ctx: Any = window.ctx
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
        go_to(window, "drafts")
        shot(window, "25-drafts")

        # the conversation of A's crossing-records request: request → B's partial reply
        replies = views.message_page(session, MessageQuery(direction="incoming",
                                                           types=("reply",)), limit=5)
        if replies:
            go_to(window, "inbox")
            ctx.open_message.emit(replies[0].message_id)
            settle()
            detail = window._detail
            if detail is not None:
                scroll = detail.findChild(QScrollArea)
                if scroll is not None:
                    scroll.ensureWidgetVisible(detail.chain_box)
        shot(window, "26-conversation")

        go_to(window, "awaiting")
        waiting = views.message_page(session, MessageQuery(
            direction="incoming", follow_ups=("awaiting", "clarification")), limit=1)
        if waiting:
            ctx.open_message.emit(waiting[0].message_id)
        shot(window, "27-awaiting-reply")

        notices = alerts.new_urgent_alerts(session, 0)
        ctx.justified_cases.clear()  # as it arrives: no justification given yet
        go_to(window, "alerts")
        if notices:
            window.notifier.notify(notices)
        shot(window, "28-banner")
        close(shell)


def carrier_shots() -> None:
    """29-31. Carrier bundles with no network: A's export for RS-BP (the summary before
    writing), A's outbox with the message handed to the carrier, B's import (what came)."""
    from liaison_app.domain.messages import AlertContent, AlertKind
    from liaison_app.gui.carrier.export_dialog import ExportForCarrierDialog
    from liaison_app.gui.carrier.import_dialog import ImportFromCarrierDialog
    from liaison_app.protocol.ids import new_message_id
    from liaison_app.services.attachments import AttachmentFile, prepare
    from liaison_app.services.compose import Draft, queue_message
    from liaison_app.services.session import open_session

    with tempfile.TemporaryDirectory() as tmp:
        copy_a, copy_b = copied(tmp, "officer-A"), copied(tmp, "officer-B")
        stick = Path(tmp) / "USB-STICK"
        stick.mkdir()
        bundle = stick / "to-RS-BP.liaison-bundle"
        photo = demo_photo(Path(tmp) / "lorry-ns-123-ab.jpg", "NS-123-AB at the depot")
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
        shell, window = unlocked(copy_a, PASSPHRASE_A)
        dialog = ExportForCarrierDialog(window.ctx, window)
        dialog.set_chosen(("RS-BP",))
        dialog.file_edit.setText(str(bundle))
        dialog.reason.basis.setCurrentIndex(dialog.reason.basis.findData("law-enforcement"))
        dialog.reason.justification.setText(
            "No link at the crossing since Monday; lookout must reach Horgoš tonight")
        dialog.show()
        shot(dialog, "29-carrier-export")
        dialog.export()
        wait_for(lambda: dialog.written is not None)
        dialog.reject()
        go_to(window, "outbox")
        shot(window, "30-outbox-carried")
        close(shell)

        shell, window = unlocked(copy_b, PASSPHRASE_B)
        importer = ImportFromCarrierDialog(window.ctx, window, bundle)
        importer.show()
        importer.run_import()
        wait_for(lambda: importer.outcome is not None)
        shot(importer, "31-carrier-import")
        importer.reject()
        close(shell)
