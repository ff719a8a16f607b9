"""The hand-over file of a case as a PDF: everything in it, with its handling on every page.

Every page carries, in its header, the highest handling code in the file for
each scheme with every conditions text given with it (and any other
restrictive code present), and in its footer the codes again with the page
number; each message block shows its own grading and handling with the
meanings officers see. The file is for a colleague, a prosecutor or the
partner's liaison officer: it states who issued it, when and why.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTextLayout, QTextLine

from liaison_app.domain.grading import HANDLING_MEANINGS, SCHEME_TITLES
from liaison_app.domain.handling_marking import SchemeMarking
from liaison_app.reports.flow import MUTED, TEXT, Column, Flow, lay_out
from liaison_app.reports.pdf import PdfMeta, PdfTarget, no_collection
from liaison_app.reports.style import Style
from liaison_app.reports.texts import (
    CASE_STATUSES,
    PRIORITIES,
    STATUSES,
    SUBJECT_KINDS,
    TYPES,
    day,
    domain,
    label,
    outcome_kind,
    shown_field,
    translate,
    when,
)
from liaison_app.services.case_report import CaseDossier
from liaison_app.services.detail_types import GradingView, HandlingView, MessageDetail, SubjectView

RESTRICTED = QColor("#8B1A1A")
RESTRICTED_FILL = QColor("#FBECEC")
NEUTRAL = QColor("#3A4A5A")
NEUTRAL_FILL = QColor("#EEF1F5")
MAX_BANNER_SHARE = 0.28
"""The header banner may take at most this share of the page; longer conditions are cut
there and given in full in section 2."""

Section = Callable[[Flow, CaseDossier, Style], None]


# -- the marking --------------------------------------------------------------------------


def _scheme_lines(m: SchemeMarking, *, full: bool) -> list[str]:
    scheme = domain(SCHEME_TITLES[m.scheme])
    line = (
        translate("Report", "%1 %2: %3")
        .replace("%1", scheme)
        .replace("%2", m.code)
        .replace("%3", domain(m.meaning))
    )
    out = [line]
    if m.conditions:
        joined = " | ".join(m.conditions)
        out.append(
            translate("Report", "Conditions: %1").replace("%1", joined)
            if full or len(joined) < 400
            else translate("Report", "Conditions: %1 …").replace("%1", joined[:400])
        )
    if m.no_onward_sharing:
        out.append(translate("Report", "Not to be passed on without the provider's consent."))
    if m.also:
        meanings = HANDLING_MEANINGS[m.scheme]
        out.append(
            translate("Report", "Also in this file: %1").replace(
                "%1", "; ".join(f"{code} ({domain(meanings[code])})" for code in m.also)
            )
        )
    return out


def marking_codes(dossier: CaseDossier) -> str:
    """`UK 3x5x2 C · Europol 4x4 H2`, or a sentence when nothing is marked."""
    if not dossier.marking:
        return translate("Report", "no handling code")
    return " · ".join(f"{domain(SCHEME_TITLES[m.scheme])} {m.code}" for m in dossier.marking)


def banner_lines(dossier: CaseDossier, *, full: bool = False) -> list[str]:
    """The header banner's lines (the first is its title)."""
    lines = [
        translate("Report", "HANDLING — highest in this file: %1").replace(
            "%1", marking_codes(dossier)
        )
    ]
    for m in dossier.marking:
        lines += _scheme_lines(m, full=full)
    if dossier.unmarked and dossier.marking:
        lines.append(
            translate("Report", "%1 message(s) carry no handling code.").replace(
                "%1", str(dossier.unmarked)
            )
        )
    if not dossier.marking:
        lines.append(
            translate(
                "Report",
                "No message in this file carries a handling code; handle it under "
                "your agency's rules for law-enforcement information.",
            )
        )
    return lines


def _restricted(dossier: CaseDossier) -> bool:
    return any(m.code not in ("P", "H0") or m.no_onward_sharing or m.also for m in dossier.marking)


# -- sections -----------------------------------------------------------------------------


def _summary(flow: Flow, d: CaseDossier, s: Style, purpose: str) -> None:
    c = d.case
    flow.text(translate("Report", "Case hand-over file"), s.title, after=1)
    flow.text(f"{c.case_ref} — {c.title}", s.h1, after=4)
    flow.heading(translate("Report", "1. Summary"), s.h1, before=4)
    issuer = f"{d.officer_name} ({d.officer_id})"
    agency = f"{d.agency_name} ({d.agency_id})" if d.agency_name else d.agency_id
    flow.fields(
        [
            (translate("Report", "Reference"), c.case_ref),
            (translate("Report", "Title"), c.title),
            (translate("Report", "Crime area"), domain(c.crime_area_label)),
            (translate("Report", "Status"), label(CASE_STATUSES, c.status)),
            (translate("Report", "Opened"), when(d.opened_at)),
            (translate("Report", "Closed"), when(d.closed_at)),
            (translate("Report", "Review on"), day(c.review_on)),
            (
                translate("Report", "Messages"),
                translate("Report", "%1 reproduced in full (section 7)").replace(
                    "%1", str(len(d.messages))
                )
                + (
                    translate("Report", "; %1 acknowledgement(s) not reproduced").replace(
                        "%1", str(d.skipped)
                    )
                    if d.skipped
                    else ""
                ),
            ),
            (translate("Report", "Subjects"), str(len(d.subjects))),
            (translate("Report", "Outcomes"), str(len(d.outcomes))),
            (translate("Report", "Notes"), c.notes or "—"),
        ],
        s.bold,
        s.body,
    )
    flow.heading(translate("Report", "Issued"), s.h2, before=4, keep_after=30)
    flow.fields(
        [
            (translate("Report", "By"), issuer),
            (translate("Report", "Agency"), agency),
            (translate("Report", "Device"), d.device_id),
            (translate("Report", "At"), when(d.generated_at)),
            (translate("Report", "Purpose"), purpose),
            (
                translate("Report", "Verification"),
                translate(
                    "Report",
                    "The file is signed by the issuing officer's device: its "
                    "signature is the file of the same name ending in .sig. "
                    "Check both with: liaison report verify",
                ),
            ),
        ],
        s.bold,
        s.body,
    )


def _handling(flow: Flow, d: CaseDossier, s: Style) -> None:
    flow.heading(translate("Report", "2. Handling of this file"), s.h1)
    flow.text(
        translate(
            "Report",
            "The conditions set by the providers travel with the information and bind "
            "every recipient of this file. Each message in section 7 shows its own "
            "grading and handling; the banner on every page shows the highest.",
        ),
        s.body,
        color=MUTED,
    )
    for line in banner_lines(d, full=True)[1:]:
        flow.text(line, s.body, indent=6, after=2)


def _references(flow: Flow, d: CaseDossier, s: Style) -> None:
    flow.heading(translate("Report", "3. References in other systems"), s.h1)
    if not d.external_refs:
        flow.text(translate("Report", "None recorded."), s.body)
        return
    flow.table(
        [Column(translate("Report", "System"), 1), Column(translate("Report", "Reference"), 2)],
        [[domain(r.system_label), r.reference] for r in d.external_refs],
        s.table,
        s.table_header,
    )


def _outcomes(flow: Flow, d: CaseDossier, s: Style) -> None:
    flow.heading(translate("Report", "4. Outcomes"), s.h1)
    if not d.outcomes:
        flow.text(translate("Report", "None recorded."), s.body)
        return
    flow.table(
        [
            Column(translate("Report", "Date"), 0.9),
            Column(translate("Report", "Outcome"), 1.6),
            Column(translate("Report", "Count"), 0.5, Qt.AlignmentFlag.AlignRight),
            Column(translate("Report", "Amount"), 1.1, Qt.AlignmentFlag.AlignRight),
            Column(translate("Report", "Note"), 2.4),
        ],
        [
            [o.occurred_on.isoformat(), outcome_kind(o.kind), str(o.count), o.amount, o.note]
            for o in d.outcomes
        ],
        s.table,
        s.table_header,
    )


def _timeline(flow: Flow, d: CaseDossier, s: Style) -> None:
    flow.heading(translate("Report", "5. Timeline"), s.h1)
    rows: list[list[str]] = []
    for e in d.timeline:
        if e.kind == "opened":
            event, partner, text = translate("Report", "Case opened"), "", ""
        elif e.kind == "closed":
            event, partner, text = translate("Report", "Case closed"), "", ""
        elif e.kind == "outcome":
            event, partner, text = (
                translate("Report", "Outcome: %1").replace("%1", outcome_kind(e.type)),
                "",
                e.text,
            )
        else:
            way = (
                translate("Report", "received")
                if e.direction == "incoming"
                else translate("Report", "sent")
            )
            event = f"{label(TYPES, e.type)} ({way})"
            partner, text = e.partner, e.text
        rows.append([day(e.at.date()) if e.kind == "outcome" else when(e.at), event, partner,
                     text])
    flow.table(
        [
            Column(translate("Report", "When"), 1.1),
            Column(translate("Report", "Event"), 1.3),
            Column(translate("Report", "Partner"), 1.3),
            Column(translate("Report", "Summary"), 3.2),
        ],
        rows,
        s.table,
        s.table_header,
    )


def _subject_lines(subject: SubjectView) -> list[tuple[str, str]]:
    return [shown_field(f.label, f.value, f.coded) for f in subject.fields]


def _subject(flow: Flow, subject: SubjectView, s: Style, indent: float) -> None:
    kind = label(SUBJECT_KINDS, subject.kind)
    title = f"{kind}: {subject.label}"
    extra = [domain(subject.category_label)] + ([subject.role] if subject.role else [])
    flow.text(f"{title} — {', '.join(extra)}", s.bold, indent=indent, after=1, keep_lines=2)
    flow.fields(
        _subject_lines(subject), s.body, s.body, indent=indent + 10, after=3, label_share=0.3
    )


def _subjects(flow: Flow, d: CaseDossier, s: Style) -> None:
    flow.heading(translate("Report", "6. Subjects"), s.h1)
    if not d.subjects:
        flow.text(translate("Report", "None recorded."), s.body)
    for subject in d.subjects:
        _subject(flow, subject, s, 0)


def _grading_text(g: GradingView | None) -> str:
    if g is None:
        return translate("Report", "none given")
    return (
        f"{domain(g.scheme_title)} {g.code} — {domain(g.source.title)} {g.source.code}: "
        f"{domain(g.source.meaning)}; {domain(g.information.title)} {g.information.code}: "
        f"{domain(g.information.meaning)}"
    )


def _handling_text(h: HandlingView | None) -> str:
    if h is None:
        return translate("Report", "none given")
    text = f"{domain(h.scheme_title)} {h.code} — {domain(h.meaning)}"
    if h.conditions:
        text += "\n" + translate("Report", "Conditions: %1").replace("%1", h.conditions)
    if h.forbids_onward_sharing:
        text += "\n" + translate("Report", "Not to be passed on without the provider's consent.")
    return text


def message_title(n: int, m: MessageDetail) -> str:
    """`3. Request — received 2026-02-01 00:00 UTC from RS-BP`."""
    kind = label(TYPES, m.type)
    if m.direction == "incoming":
        what = (
            translate("Report", "%1. %2 — received %3 from %4")
            .replace("%3", when(m.received_at))
            .replace("%4", m.sender_agency)
        )
    else:
        what = (
            translate("Report", "%1. %2 — sent %3 to %4")
            .replace("%3", when(m.created_at))
            .replace("%4", ", ".join(m.recipients))
        )
    return what.replace("%1", str(n)).replace("%2", kind)


def _message(flow: Flow, n: int, m: MessageDetail, s: Style) -> None:
    flow.heading(message_title(n, m), s.h2, before=8, keep_after=70)
    sender = m.sender_officer_name or m.sender_officer
    agency = (
        f"{m.sender_agency_name} ({m.sender_agency})" if m.sender_agency_name else m.sender_agency
    )
    rows = [
        (translate("Report", "Grading"), _grading_text(m.grading)),
        (translate("Report", "Handling"), _handling_text(m.handling)),
        (translate("Report", "Message id"), m.message_id),
        (translate("Report", "From"), f"{sender} ({m.sender_officer}), {agency}"),
        (translate("Report", "To"), ", ".join(m.recipients) or "—"),
        (translate("Report", "Signed"), when(m.created_at)),
    ]
    if m.received_at is not None:
        rows.append((translate("Report", "Received"), when(m.received_at)))
    if m.due_at is not None:
        rows.append((translate("Report", "Reply due"), when(m.due_at)))
    rows += [
        (translate("Report", "Priority"), label(PRIORITIES, m.priority)),
        (translate("Report", "Status"), label(STATUSES, m.status)),
    ]
    if m.in_reply_to:
        rows.append((translate("Report", "In reply to"), m.in_reply_to))
    rows += [shown_field(f.label, f.value, f.coded) for f in m.content]
    flow.fields(rows, s.bold, s.body, label_share=0.22)
    flow.text(translate("Report", "Text"), s.bold, after=1, keep_lines=3)
    flow.text(m.body or translate("Report", "(no text)"), s.body, indent=6, after=4)
    if m.subjects:
        flow.text(
            translate("Report", "Subjects carried by this message"), s.bold, after=2, keep_lines=3
        )
        for subject in m.subjects:
            _subject(flow, subject, s, 6)
    flow.rule()


def _messages(
    flow: Flow, d: CaseDossier, s: Style, progress: Callable[[int, int], None] | None
) -> None:
    flow.heading(translate("Report", "7. Messages, oldest first"), s.h1)
    if not d.messages:
        flow.text(translate("Report", "None."), s.body)
    for n, m in enumerate(d.messages, start=1):
        _message(flow, n, m, s)
        if progress is not None and (n % 20 == 0 or n == len(d.messages)):
            progress(n, len(d.messages))


# -- the document --------------------------------------------------------------------------


def _banner_layout(
    lines: Sequence[str], s: Style, width: float, max_height: float, device: PdfTarget
) -> list[tuple[QTextLayout, list[QTextLine], bool]]:
    """The banner's lines laid out, cut to `max_height` with a pointer to section 2."""
    laid: list[tuple[QTextLayout, list[QTextLine], bool]] = []
    used = 0.0
    for i, text in enumerate(lines):
        font = s.banner_bold if i == 0 else s.banner
        layout, rows = lay_out(text, font, width, device.writer)
        height = sum(r.height() for r in rows)
        if used + height > max_height and i > 1:
            layout, rows = lay_out(
                translate(
                    "Report", "… the rest of the handling conditions: section 2 of this file."
                ),
                s.banner_bold,
                width,
                device.writer,
            )
            laid.append((layout, rows, True))
            break
        laid.append((layout, rows, i == 0))
        used += height
    return laid


@no_collection()
def render_case_pdf(
    dossier: CaseDossier, purpose: str, progress: Callable[[int, int], None] | None = None
) -> bytes:
    """The hand-over file for `dossier` as PDF bytes; `purpose` is the export's justification.

    `progress(done, total)` reports laying out the messages, then painting the pages.
    """
    style = Style.standard()
    c = dossier.case
    target = PdfTarget(
        PdfMeta(
            translate("Report", "Case hand-over file %1").replace("%1", c.case_ref),
            f"{dossier.officer_name} ({dossier.agency_id})",
        )
    )
    unit = target.unit
    content = target.content
    pad = 5 * unit
    banner_width = content.width() - 2 * pad
    laid = _banner_layout(
        banner_lines(dossier), style, banner_width, content.height() * MAX_BANNER_SHARE, target
    )
    banner_h = sum(sum(r.height() for r in rows) for _l, rows, _b in laid) + 2 * pad
    header_h = banner_h + 8 * unit
    footer_h = 30 * unit
    flow = target.flow(header_h, footer_h)
    _summary(flow, dossier, style, purpose)
    for section in (_handling, _references, _outcomes, _timeline, _subjects):
        section(flow, dossier, style)
    _messages(flow, dossier, style, progress)
    flow.heading(
        translate("Report", "End of the hand-over file"), style.h2, before=10, keep_after=0
    )

    restricted = _restricted(dossier)
    edge, fill = (RESTRICTED, RESTRICTED_FILL) if restricted else (NEUTRAL, NEUTRAL_FILL)
    footer_left = (
        translate(
            "Report",
            "Handling: %1 (conditions in the header) · Case %2 · issued by %3 (%4), %5 · %6",
        )
        .replace("%1", marking_codes(dossier))
        .replace("%2", c.case_ref)
        .replace("%3", dossier.officer_name)
        .replace("%4", dossier.officer_id)
        .replace("%5", dossier.agency_id)
        .replace("%6", when(dossier.generated_at))
    )

    def decorate(p: QPainter, number: int, total: int) -> None:
        box = QRectF(content.left(), content.top(), content.width(), banner_h)
        p.fillRect(box, fill)
        p.setPen(QPen(edge, 1.2 * unit))
        p.drawRect(box)
        y = box.top() + pad
        for _layout, rows, bold in laid:
            p.setPen(edge if bold else TEXT)
            top = rows[0].y() if rows else 0.0
            for row in rows:
                row.draw(p, QPointF(box.left() + pad, y - top))
            y += sum(r.height() for r in rows)
        bottom = content.bottom()
        line_y = bottom - footer_h + 6 * unit
        p.setPen(QPen(edge, 1.0 * unit))
        p.drawLine(QPointF(content.left(), line_y), QPointF(content.right(), line_y))
        layout, rows = lay_out(footer_left, style.small, content.width() * 0.82, target.writer)
        p.setPen(edge if restricted else MUTED)
        for row in rows:
            row.draw(p, QPointF(content.left(), line_y + 3 * unit))
        p.setFont(style.bold)
        p.setPen(TEXT)
        p.drawText(
            QRectF(content.left(), line_y + 3 * unit, content.width(), 12 * unit),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
            translate("Report", "Page %1 of %2")
            .replace("%1", str(number))
            .replace("%2", str(total)),
        )
        del layout

    return target.finish(flow, decorate, progress)
