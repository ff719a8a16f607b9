"""19-20. Monitoring and 21. a page of a case's hand-over file, on a throwaway copy of
officer A's profile with six months of fictional history."""

from __future__ import annotations

import random
import subprocess
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from screens.kit import OUT, PASSPHRASE_A, ROOT, close, copied, go_to, shot, unlocked

HANDLING = {"scheme": "uk-3x5x2", "code": "P", "conditions": "", "no_onward_sharing": False}
GRADING = {"scheme": "uk-3x5x2", "source": "2", "information": "B"}
URGENCIES = ("urgent-direct", "urgent-indirect", "standard", "standard")
OFFICERS = {"RS-BP": "rs-bp.horgos-desk", "BG-BP": "bg-bp.desk"}


def _put(conn: Any, message_id: str, kind: str, content: dict[str, Any], when: datetime,
         partner: str, inbound: bool, reply_to: str | None = None) -> None:
    """One fictional exchange with `partner`, received or sent (and accepted)."""
    from liaison_app.store import messages
    from liaison_app.store.messages import MessageStatus, NewMessage

    msg = NewMessage(
        message_id=message_id, type=kind,
        sender_officer=OFFICERS[partner] if inbound else "gb-nca.demo",
        sender_agency=partner if inbound else "GB-NCA", sender_device="demo",
        recipients={"agencies": ["GB-NCA"] if inbound else [partner], "devices": []},
        priority="routine", handling=HANDLING, grading=GRADING, created_at=when,
        body="DEMO: fictional history for the monitoring screenshot.", content=content,
        in_reply_to=reply_to)
    if inbound:
        messages.insert_incoming(conn, msg, received_at=when)
    else:
        messages.insert_outgoing(conn, msg, now=when)
        messages.set_status(conn, message_id, MessageStatus.SENT, now=when)


def _history(session: Any, today: datetime) -> None:
    """Six months of fictional exchanges with RS-BP and BG-BP, so the charts have a shape."""
    rng = random.Random(16)  # noqa: S311 - fictional demo data
    start = today - timedelta(days=170)
    with session.db.transaction() as conn:
        for n in range(260):
            partner = ("RS-BP", "RS-BP", "BG-BP")[n % 3]
            at = start + timedelta(hours=16 * n + rng.randrange(8))
            incoming = rng.random() < 0.5
            kind = "request" if rng.random() < 0.7 else "alert"
            content: dict[str, Any] = (
                {"purpose": "DEMO", "information_requested": "DEMO", "grounds": "DEMO",
                 "urgency": rng.choice(URGENCIES), "evidence_use_sought": False}
                if kind == "request" else
                {"alert_kind": "lookout", "action_requested": "", "valid_until": None,
                 "interpol_notice": None})
            mid = f"00000000-0000-7000-8000-{0xd000 + 2 * n:012x}"
            _put(conn, mid, kind, content, at, partner, incoming)
            if kind == "request" and at + timedelta(days=9) < today and rng.random() < 0.85:
                outcome = rng.choice(("provided", "provided", "partial", "refused"))
                _put(conn, f"00000000-0000-7000-8000-{0xd001 + 2 * n:012x}", "reply",
                     {"outcome": outcome, "reason": "" if outcome != "refused" else "DEMO"},
                     at + timedelta(hours=rng.lognormvariate(2.6, 1.2)), partner,
                     not incoming, mid)


def monitoring_shots() -> None:
    """19. Monitoring over five months; 20. the response times; 21. a report's page."""
    from liaison_app.reports.case_pdf import render_case_pdf
    from liaison_app.services.case_report import case_dossier
    from liaison_app.services.monitoring_types import Period
    from liaison_app.services.session import open_session

    with tempfile.TemporaryDirectory() as tmp:
        copy = copied(tmp)
        today = datetime.now(UTC).replace(microsecond=0)
        with open_session(copy, PASSPHRASE_A) as session:
            _history(session, today)
            pdf = Path(tmp) / "handover.pdf"
            pdf.write_bytes(render_case_pdf(case_dossier(session, "DEMO-OP-1"),
                                            "DEMO: hand-over to the partner's liaison officer"))
        subprocess.run(["pdftoppm", "-r", "110", "-f", "1", "-l", "1", "-png", "-singlefile",
                        str(pdf), str(OUT / "21-report-page")], check=True)
        print(f"screenshots: {(OUT / '21-report-page.png').relative_to(ROOT)}")
        shell, window = unlocked(copy, PASSPHRASE_A)
        go_to(window, "monitoring")
        page = window.page("monitoring")
        first = today.date().replace(day=1) - timedelta(days=150)
        page.choose(Period(first.replace(day=1), today.date()))
        shot(window, "19-monitoring")
        page.side_combo.setCurrentIndex(1)
        scroll = page.findChild(QWidget, "scrollArea")
        scroll.verticalScrollBar().setValue(page.distribution.parentWidget().y() - 40)
        shot(window, "20-monitoring-response-times")
        close(shell)
