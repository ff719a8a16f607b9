"""The working group's monitoring report as a PDF: the figures, the charts, the method.

Sections are functions of (flow, figures, style) listed in `SECTIONS`, so a
later section (a joint operation's figures) is one more function. The charts
are the monitoring page's own drawing functions (`charts`). The report holds
counts only; the annex naming subjects is drawn only when the figures carry
it (the officer asked, with a justification).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from liaison_app.reports import charts
from liaison_app.reports.flow import MUTED, RULE, Column, Flow, lay_out
from liaison_app.reports.method_texts import method_paragraph
from liaison_app.reports.operation_pdf import operations_section
from liaison_app.reports.pdf import PdfMeta, PdfTarget, no_collection
from liaison_app.reports.style import Style
from liaison_app.reports.texts import duration, outcome_kind, reply_outcome, share, translate, when
from liaison_app.services.monitoring_method import METHOD, METHOD_VERSION
from liaison_app.services.monitoring_types import ExchangeCounts, MonitoringFigures

Section = Callable[[Flow, MonitoringFigures, Style], None]
RIGHT = Qt.AlignmentFlag.AlignRight


def partner_title(figures: MonitoringFigures) -> str:
    """`RS-BP — Border Police Directorate`, or "All partner agencies"."""
    if figures.partner is None:
        return translate("Report", "All partner agencies")
    return (
        f"{figures.partner} — {figures.partner_name}" if figures.partner_name else figures.partner
    )


def _summary(flow: Flow, f: MonitoringFigures, s: Style) -> None:
    flow.text(translate("Report", "Monitoring the joint action"), s.title, after=2)
    flow.text(
        translate("Report", "Figures for the working group, with the method used to compute them."),
        s.body,
        color=MUTED,
        after=8,
    )
    issuer = f"{f.officer_name} ({f.officer_id})"
    agency = f"{f.agency_name} ({f.agency_id})" if f.agency_name else f.agency_id
    flow.fields(
        [
            (translate("Report", "Period"), f.period.label),
            (translate("Report", "Partner agency"), partner_title(f)),
            (translate("Report", "Issued by"), issuer),
            (translate("Report", "Agency"), agency),
            (translate("Report", "Computed at"), when(f.computed_at)),
            (
                translate("Report", "Method"),
                translate("Report", "Liaison monitoring method %1 (section 9)").replace(
                    "%1", METHOD_VERSION
                ),
            ),
            (
                translate("Report", "Personal data"),
                translate("Report", "Included: the annex names subjects")
                if f.holds_personal_data
                else translate("Report", "None: counts only"),
            ),
        ],
        s.bold,
        s.body,
    )


def _exchanges(flow: Flow, f: MonitoringFigures, s: Style) -> None:
    flow.heading(translate("Report", "1. Requests, alerts and replies exchanged"), s.h1)
    cols = [Column(translate("Report", "Partner agency"), 2.6)] + [
        Column(t, 1, RIGHT)
        for t in (
            translate("Report", "Requests sent"),
            translate("Report", "Requests received"),
            translate("Report", "Alerts sent"),
            translate("Report", "Alerts received"),
            translate("Report", "Replies sent"),
            translate("Report", "Replies received"),
        )
    ]

    def row(name: str, c: ExchangeCounts) -> list[str]:
        return [
            name,
            *(
                str(v)
                for v in (
                    c.requests_sent,
                    c.requests_received,
                    c.alerts_sent,
                    c.alerts_received,
                    c.replies_sent,
                    c.replies_received,
                )
            ),
        ]

    rows = [
        row(f"{c.partner} — {c.partner_name}" if c.partner_name else c.partner, c)
        for c in f.by_partner
    ]
    rows.append(row(translate("Report", "Total (each message once)"), f.totals))
    flow.table(cols, rows, s.table, s.table_header)
    flow.text(
        translate("Report", "Requests and alerts per partner agency and month (both ways)"),
        s.h2,
        after=2,
    )
    data = charts.bar_data(f)
    flow.drawing(190, lambda p, r: charts.partner_month_bars(p, r, data, s.body, flow.unit))


def _replies(flow: Flow, f: MonitoringFigures, s: Style) -> None:
    flow.heading(translate("Report", "2. Replies by outcome"), s.h1)
    flow.table(
        [
            Column(translate("Report", "Outcome"), 2.5),
            Column(translate("Report", "Given by this office"), 1, RIGHT),
            Column(translate("Report", "Received from partners"), 1, RIGHT),
        ],
        [[reply_outcome(r.outcome), str(r.sent), str(r.received)] for r in f.replies],
        s.table,
        s.table_header,
    )


def _side(direction: str) -> str:
    return (
        translate("Report", "This office")
        if direction == "incoming"
        else translate("Report", "Partners")
    )


def _responses(flow: Flow, f: MonitoringFigures, s: Style) -> None:
    flow.heading(translate("Report", "3. Response times against the legal limits"), s.h1)
    flow.text(
        translate(
            "Report",
            "Directive (EU) 2023/977 Art. 5: urgent with information directly available "
            "8 hours, urgent with information indirectly available 3 calendar days, any "
            "other request 7 calendar days.",
        ),
        s.body,
        color=MUTED,
    )
    cols = [
        Column(translate("Report", "Answered by"), 1.1),
        Column(translate("Report", "Urgency (limit)"), 1.6),
        Column(translate("Report", "Requests"), 0.8, RIGHT),
        Column(translate("Report", "Answered"), 0.8, RIGHT),
        Column(translate("Report", "Median"), 1, RIGHT),
        Column(translate("Report", "90th percentile"), 1, RIGHT),
        Column(translate("Report", "Late"), 0.6, RIGHT),
        Column(translate("Report", "Overdue"), 0.7, RIGHT),
        Column(translate("Report", "Pending"), 0.7, RIGHT),
        Column(translate("Report", "Within the limit"), 1.5, RIGHT),
    ]
    rows = [
        [
            _side(r.direction),
            charts.urgency_label(r.urgency),
            str(r.requests),
            str(r.answered),
            duration(r.median_seconds),
            duration(r.p90_seconds),
            str(r.late),
            str(r.overdue),
            str(r.pending),
            share(r.within, r.decided),
        ]
        for r in f.response_times
    ]
    if rows:
        flow.table(cols, rows, s.table, s.table_header)
    else:
        flow.text(translate("Report", "No requests in this period."), s.body)
    for direction, title in (
        ("incoming", translate("Report", "Requests answered by this office")),
        ("outgoing", translate("Report", "Requests answered by partners")),
    ):
        flow.text(
            translate("Report", "%1: time to the first reply").replace("%1", title), s.h2, after=2
        )
        flow.drawing(170, _distribution(charts.distribution_data(f, direction), s, flow.unit))


def _distribution(
    data: charts.DistributionData, s: Style, unit: float
) -> Callable[[QPainter, QRectF], None]:
    def draw(p: QPainter, r: QRectF) -> None:
        charts.response_distribution(p, r, data, s.body, unit)

    return draw


def _overdue(flow: Flow, f: MonitoringFigures, s: Style) -> None:
    flow.heading(translate("Report", "4. Overdue now"), s.h1)
    flow.text(
        translate(
            "Report", "Requests of the period without a reply and past their limit at %1."
        ).replace("%1", when(f.computed_at)),
        s.body,
        color=MUTED,
    )
    if not f.overdue:
        flow.text(translate("Report", "Nothing is overdue."), s.body)
        return
    flow.table(
        [
            Column(translate("Report", "Partner agency"), 2.5),
            Column(translate("Report", "Reply owed by"), 1.5),
            Column(translate("Report", "Requests"), 1, RIGHT),
        ],
        [
            [
                f"{o.partner} — {o.partner_name}" if o.partner_name else o.partner,
                _side(o.direction),
                str(o.count),
            ]
            for o in f.overdue
        ],
        s.table,
        s.table_header,
    )


def _cases_outcomes(flow: Flow, f: MonitoringFigures, s: Style) -> None:
    flow.heading(translate("Report", "5. Cases"), s.h1)
    flow.fields(
        [
            (translate("Report", "Cases opened"), str(f.cases_opened)),
            (translate("Report", "Cases closed"), str(f.cases_closed)),
        ],
        s.bold,
        s.body,
    )
    flow.heading(translate("Report", "6. Outcomes of the joint action"), s.h1)
    if not f.outcomes:
        flow.text(translate("Report", "No outcomes recorded in this period."), s.body)
    else:
        flow.table(
            [
                Column(translate("Report", "Outcome"), 2.5),
                Column(translate("Report", "Records"), 1, RIGHT),
                Column(translate("Report", "Count"), 1, RIGHT),
            ],
            [[outcome_kind(o.kind), str(o.records), str(o.count)] for o in f.outcomes],
            s.table,
            s.table_header,
        )
    if f.amounts or f.cash:
        flow.heading(
            translate("Report", "7. Amounts seized (per currency, never added across currencies)"),
            s.h2,
            before=4,
        )
    if f.amounts:
        flow.table(
            [
                Column(translate("Report", "Outcome"), 2),
                Column(translate("Report", "Currency"), 1),
                Column(translate("Report", "Records"), 1, RIGHT),
                Column(translate("Report", "Amount"), 2, RIGHT),
            ],
            [[outcome_kind(a.kind), a.currency, str(a.records), a.text] for a in f.amounts],
            s.table,
            s.table_header,
        )
    if f.cash:
        flow.text(
            translate("Report", "Cash found or carried, as reported in the messages exchanged"),
            s.bold,
            after=2,
        )
        flow.table(
            [
                Column(translate("Report", "Reported in messages"), 2),
                Column(translate("Report", "Currency"), 1),
                Column(translate("Report", "Cash subjects"), 1, RIGHT),
                Column(translate("Report", "Amount"), 2, RIGHT),
            ],
            [[_cash_side(c.direction), c.currency, str(c.subjects), c.text] for c in f.cash],
            s.table,
            s.table_header,
        )


def _cash_side(direction: str) -> str:
    return (
        translate("Report", "Received from partners")
        if direction == "incoming"
        else translate("Report", "Sent by this office")
    )


def _crosschecks(flow: Flow, f: MonitoringFigures, s: Style) -> None:
    flow.heading(translate("Report", "8. Cross-check hits on arrival"), s.h1)
    h = f.hits
    flow.fields(
        [
            (translate("Report", "Hits against the watch lists"), str(h.watchlist)),
            (translate("Report", "Hits in the records held here"), str(h.cache)),
            (translate("Report", "Strong hits (the officer was notified)"), str(h.strong)),
            (translate("Report", "Messages with a hit"), str(h.messages)),
        ],
        s.bold,
        s.body,
    )


def _method(flow: Flow, f: MonitoringFigures, s: Style) -> None:
    flow.heading(translate("Report", "9. Method"), s.h1)
    for paragraph in METHOD:
        flow.text(method_paragraph(paragraph), s.body, after=4)


def _annex(flow: Flow, f: MonitoringFigures, s: Style) -> None:
    if f.annex is None:
        return
    flow.new_page()
    flow.heading(
        translate("Report", "Annex: cases of the period and their subjects (personal data)"),
        s.h1,
        before=0,
    )
    flow.text(
        translate(
            "Report",
            "Included at the issuing officer's request; the export is recorded in the "
            "audit log with its justification.",
        ),
        s.body,
        color=MUTED,
    )
    for case in f.annex:
        flow.heading(f"{case.case_ref} — {case.title}", s.h2, before=6, keep_after=20)
        if not case.subjects:
            flow.text(translate("Report", "No subjects recorded."), s.body)
        for subject in case.subjects:
            flow.text(f"• {subject.label} ({subject.category})", s.body, indent=8, after=1)


SECTIONS: list[Section] = [
    _summary,
    _exchanges,
    _replies,
    _responses,
    _overdue,
    _cases_outcomes,
    _crosschecks,
    _method,
    operations_section,
    _annex,
]
"""The report's sections in order; a feature adds its own function here."""


@no_collection()
def render_monitoring_pdf(
    figures: MonitoringFigures, progress: Callable[[int, int], None] | None = None
) -> bytes:
    """The monitoring report for `figures` as PDF bytes."""
    style = Style.standard()
    title = translate("Report", "Liaison monitoring report %1").replace("%1", figures.period.label)
    target = PdfTarget(PdfMeta(title, f"{figures.officer_name} ({figures.agency_id})"))
    unit = target.unit
    header_h, footer_h = 26 * unit, 30 * unit
    flow = target.flow(header_h, footer_h)
    for section in SECTIONS:
        section(flow, figures, style)
    content = target.content
    marking = (
        translate(
            "Report", "Contains personal data (annex): handle under your data-protection rules"
        )
        if figures.holds_personal_data
        else translate("Report", "Aggregate figures — no personal data")
    )
    header_left = translate("Report", "Liaison — Monitoring report")
    header_right = f"{figures.period.label} · {partner_title(figures)}"
    footer = (
        translate(
            "Report",
            "Issued by %1 (%2), %3 · computed %4 · verify with the signature beside this "
            "file: liaison report verify",
        )
        .replace("%1", figures.officer_name)
        .replace("%2", figures.officer_id)
        .replace("%3", figures.agency_id)
        .replace("%4", when(figures.computed_at))
    )

    def decorate(p: QPainter, number: int, total: int) -> None:
        top = content.top()
        p.setFont(style.bold)
        p.setPen(QColor("#1a1a1a"))
        p.drawText(
            QRectF(content.left(), top, content.width(), 11 * unit),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            header_left,
        )
        p.setFont(style.small)
        p.drawText(
            QRectF(content.left(), top, content.width(), 11 * unit),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            header_right,
        )
        p.setPen(QColor("#7a1f1f") if figures.holds_personal_data else MUTED)
        p.drawText(
            QRectF(content.left(), top + 11 * unit, content.width(), 9 * unit),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            marking,
        )
        p.setPen(QPen(RULE, 0.5 * unit))
        p.drawLine(
            QPointF(content.left(), top + 21 * unit), QPointF(content.right(), top + 21 * unit)
        )
        bottom = content.bottom()
        p.drawLine(
            QPointF(content.left(), bottom - footer_h + 6 * unit),
            QPointF(content.right(), bottom - footer_h + 6 * unit),
        )
        layout, lines = lay_out(footer, style.small, content.width() * 0.8, target.writer)
        p.setPen(MUTED)
        y = bottom - footer_h + 9 * unit
        for line in lines:
            line.draw(p, QPointF(content.left(), y))
        p.setFont(style.small)
        p.drawText(
            QRectF(content.left(), y, content.width(), 10 * unit),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
            translate("Report", "Page %1 of %2")
            .replace("%1", str(number))
            .replace("%2", str(total)),
        )
        del layout

    return target.finish(flow, decorate, progress)
