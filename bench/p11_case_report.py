"""P11: the hand-over file of a case with 500 messages, read and drawn to PDF.

Ours: `services.case_report.case_dossier` (every message read, with grading,
handling, subjects) then `reports.case_pdf.render_case_pdf` (our layout
engine: banner on every page, page n of N) and the SHA-256 the signature
needs. Baseline: the same dossier laid out by Qt's own rich-text engine
(`QTextDocument` from HTML, the usual way to print a document with Qt) into
the same QPdfWriter — what a report costs without our engine, with no banner
on every page. Both read the same SQLCipher cache; rounds alternate. Target:
≤ 5 s for ours (absolute). Runs in a child process.
"""

from __future__ import annotations

import hashlib
import html
import os
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from bench.result import BenchResult
from bench.workspace import child_main, run_child, workdir

TARGET_S = 5.0
MESSAGES = 500
ROUNDS = 3
CASE = "BENCH/0042"
JOVANOVIC = {"kind": "person", "category": "suspect", "basis": "fact", "surname": "Јовановић",
             "given_names": "Ђорђе", "aliases": [], "date_of_birth": "1979",
             "place_of_birth": "", "nationalities": ["RS"], "sex": "male", "notes": ""}


def _fill(db: Any, n: int) -> None:
    """A case with `n` received messages of ~1,000 characters, 1-3 subjects each (names in
    Latin and Cyrillic), UK and Europol handling codes."""
    from bench.corpus import Corpus
    from liaison_app.store import cases, messages
    from liaison_app.store.message_links import file_message

    corpus = Corpus.create()
    now = datetime(2026, 11, 23, tzinfo=UTC)
    handling = (
        {"scheme": "uk-3x5x2", "code": "C", "conditions": "Only for the Horgoš operation",
         "no_onward_sharing": True},
        {"scheme": "europol-4x4", "code": "H2", "conditions": "", "no_onward_sharing": False},
        {"scheme": "uk-3x5x2", "code": "P", "conditions": "", "no_onward_sharing": False})
    grading = ({"scheme": "uk-3x5x2", "source": "2", "information": "B"},
               {"scheme": "europol-4x4", "source": "B", "information": "2"},
               {"scheme": "uk-3x5x2", "source": "1", "information": "A"})
    with db.transaction() as tx:
        cases.create_case(tx, case_ref=CASE, title="Horgoš lorries", crime_area="other",
                          status="open", now=now - timedelta(days=60))
        for i in range(n):
            base = corpus.message(i)
            subjects = list(base.subjects)
            if i % 4 == 0:
                subjects.append(JOVANOVIC)
            msg = messages.NewMessage(**{**base.__dict__, "case_ref": CASE,
                                         "body": base.body + " " + base.body,
                                         "subjects": subjects,
                                         "handling": handling[i % 3],
                                         "grading": grading[i % 3],
                                         "content": {"alert_kind": "lookout",
                                                     "action_requested": "Stop and search",
                                                     "valid_until": None,
                                                     "interpol_notice": None},
                                         "type": "alert",
                                         "created_at": now - timedelta(minutes=n - i)})
            messages.insert_incoming(tx, msg, received_at=msg.created_at + timedelta(minutes=1))
            file_message(tx, msg.message_id, CASE, (), msg.created_at)


def _baseline_pdf(dossier: Any) -> bytes:
    """The same content through QTextDocument (HTML) into a QPdfWriter."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    from liaison_app.reports.qt_app import report_font

    e = html.escape
    parts = [f"<h1>Case hand-over file {e(dossier.case.case_ref)}</h1>",
             f"<h2>{e(dossier.case.title)}</h2><h2>Subjects</h2>"]
    for s in dossier.subjects:
        parts.append(f"<p><b>{e(s.label)}</b> — {e(s.category_label)}<br>"
                     + "<br>".join(f"{e(f.label)}: {e(f.value)}" for f in s.fields) + "</p>")
    parts.append("<h2>Messages</h2>")
    for n, m in enumerate(dossier.messages, start=1):
        rows = [("Grading", m.grading.summary if m.grading else ""),
                ("Handling", m.handling.description if m.handling else ""),
                ("Message id", m.message_id), ("From", m.sender_agency),
                *((f.label, f.value) for f in m.content)]
        parts.append(f"<h3>{n}. {e(m.type)} — {e(str(m.received_at))}</h3><table>"
                     + "".join(f"<tr><td><b>{e(a)}</b></td><td>{e(b)}</td></tr>" for a, b in rows)
                     + f"</table><p>{e(m.body)}</p>"
                     + "".join(f"<p>{e(s.label)}: "
                               + "; ".join(f"{e(f.label)}: {e(f.value)}" for f in s.fields)
                               + "</p>" for s in m.subjects))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF(15, 10, 15, 10)))
    writer.setResolution(300)
    document = QTextDocument()
    document.setDefaultFont(report_font(9))
    document.setHtml("".join(parts))
    document.print_(writer)
    buffer.close()
    return bytes(data.data())


def measure(messages: int = MESSAGES, rounds: int = ROUNDS,
            directory: str | None = None) -> dict[str, Any]:
    """Build the case, then time ours and the baseline, alternating."""
    from liaison_app.reports.case_pdf import render_case_pdf
    from liaison_app.reports.qt_app import ensure_app, font_family
    from liaison_app.services.case_report import case_dossier
    from liaison_app.store.database import Database

    ensure_app()
    font_family()
    base = Path(directory) if directory else workdir()
    path = base / f"p8-{os.getpid()}.db"
    db = Database.open(path, os.urandom(32))
    try:
        _fill(db, messages)
        session = SimpleNamespace(db=db, identity=SimpleNamespace(
            officer_id="gb-nca.lo-belgrade", officer_name="Bench Officer", agency_id="GB-NCA",
            device_id="devicea"))

        def ours() -> tuple[int, int]:
            dossier = case_dossier(session, CASE)  # type: ignore[arg-type]
            data = render_case_pdf(dossier, "Bench hand-over")
            hashlib.sha256(data).hexdigest()
            return len(data), len(dossier.messages)

        def baseline() -> tuple[int, int]:
            dossier = case_dossier(session, CASE)  # type: ignore[arg-type]
            data = _baseline_pdf(dossier)
            return len(data), len(dossier.messages)

        times: dict[str, list[float]] = {"ours": [], "baseline": []}
        sizes: dict[str, int] = {}
        for r in range(rounds):
            for name, fn in ((("ours", ours), ("baseline", baseline)) if r % 2 == 0
                             else (("baseline", baseline), ("ours", ours))):
                start = time.perf_counter()
                size, count = fn()
                times[name].append(time.perf_counter() - start)
                sizes[name] = size
                assert count == messages
        return {side: {"median": statistics.median(v), "min": min(v), "max": max(v),
                       "bytes": sizes[side]} for side, v in times.items()}
    finally:
        db.close()
        for extra in ("", "-wal", "-shm"):
            Path(str(path) + extra).unlink(missing_ok=True)


def run(large: bool, messages: int = MESSAGES, *, rounds: int = ROUNDS) -> list[BenchResult]:
    """One row: a 500-message case report."""
    del large
    got = run_child("bench.p11_case_report", {"messages": messages, "rounds": rounds,
                                             "directory": str(workdir())})
    ours, base = got["ours"], got["baseline"]
    return [BenchResult(
        key="P11", title=f"case hand-over file, {messages} messages (read + PDF + SHA-256)",
        ours=ours["median"], baseline=base["median"], unit="s",
        ratio=ours["median"] / base["median"], target=f"<= {TARGET_S:g} s",
        met=ours["median"] <= TARGET_S,
        note=(f"spread {ours['min']:.2f}-{ours['max']:.2f} s (QTextDocument "
              f"{base['min']:.2f}-{base['max']:.2f}); {ours['bytes'] // 1024} KiB vs "
              f"{base['bytes'] // 1024} KiB; {rounds} rounds"))]


if __name__ == "__main__":
    sys.exit(child_main(sys.argv[1:], measure))
