"""The Monitoring page: the joint action's figures for a period and a partner, from the cache.

Everything shown is computed by `services.monitoring` (aggregates in SQL, no
personal data) and the charts are `reports.charts`, the PDF report's own
drawing code. "Report…" opens File → Report… with the page's period and
partner. The page is built the first time it is shown; nothing of it is
imported at start-up.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from liaison_app.gui.chart_view import fill_placeholder
from liaison_app.gui.column_fit import keep_fitted
from liaison_app.gui.context import AppContext
from liaison_app.gui.forms import child, embed_form, emphasise_title
from liaison_app.gui.pages.empty_state import EmptyState
from liaison_app.gui.period_picker import PeriodPicker
from liaison_app.gui.problem_texts import plain_words
from liaison_app.gui.wrapped_cells import rows_height
from liaison_app.reports import charts
from liaison_app.reports.texts import duration, outcome_kind, reply_outcome, share
from liaison_app.services import views
from liaison_app.services.errors import ServiceError
from liaison_app.services.monitoring import monitoring_figures
from liaison_app.services.monitoring_types import MonitoringFigures, Period

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _row(texts: list[str], numeric_from: int = 1) -> QTreeWidgetItem:
    item = QTreeWidgetItem(texts)
    for column in range(numeric_from, len(texts)):
        item.setTextAlignment(column, RIGHT)
    return item


def _heading(tree: QTreeWidget, text: str, bold: bool = True) -> QTreeWidgetItem:
    """A row across every column of `tree` (a group's heading, or a note)."""
    item = QTreeWidgetItem([text])
    if bold:
        font = QFont(tree.font())
        font.setBold(True)
        item.setFont(0, font)
    tree.addTopLevelItem(item)
    item.setFirstColumnSpanned(True)
    return item


def _fit_height(tree: QTreeWidget) -> None:
    """`tree` as tall as its header, its rows and, when its columns scroll sideways, the
    scroll bar (up to a limit: then it scrolls)."""
    tree.doItemsLayout()
    height = rows_height(tree) + 2
    if tree.topLevelItemCount() == 0:
        height += max(tree.sizeHintForRow(0), 18)
    if tree.header().length() > tree.viewport().width():
        height += tree.horizontalScrollBar().sizeHint().height()
    # every row shown: no vertical scroll bar taking width from the columns meanwhile
    tree.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff if height <= 260
                                    else Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    tree.setFixedHeight(min(height, 260))


class MonitoringPage(QWidget):
    """Figures, tables and charts for the chosen period and partner."""

    wide = True
    """The shell gives this page the detail pane's width too."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("monitoringPage")
        self.setAccessibleName(self.tr("Monitoring"))
        f = embed_form(self, "page_monitoring", margins=6)
        emphasise_title(child(f, QLabel, "titleLabel"))
        self.period_combo = child(f, QComboBox, "periodCombo")
        self.from_date = child(f, QDateEdit, "fromDate")
        self.to_date = child(f, QDateEdit, "toDate")
        self.period_picker = PeriodPicker(self.period_combo, self.from_date, self.to_date)
        self.partner_combo = child(f, QComboBox, "partnerCombo")
        self.partner_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.source = child(f, QLabel, "sourceLabel")
        self.exchanges = child(f, QTreeWidget, "exchangesTree")
        self.responses = child(f, QTreeWidget, "responseTree")
        self.replies = child(f, QTreeWidget, "repliesTree")
        self.overdue = child(f, QTreeWidget, "overdueTree")
        self.outcomes = child(f, QTreeWidget, "outcomesTree")
        # who answered heads its rows (not a column of its own); the rows stay open
        self.responses.setItemsExpandable(False)
        self.responses.setIndentation(12)
        # every column inside its table: the agency or outcome name gives way (the
        # outcomes' amounts when there are any); long titles on two lines (Bulgarian,
        # Serbian) rather than a table that scrolls sideways; each table as tall as its rows
        self.fitters = []
        for tree, column in ((self.exchanges, 0), (self.responses, 0), (self.replies, 0),
                             (self.overdue, 0), (self.outcomes, 3)):
            fitter = keep_fitted(tree, give_way=column, wrap_titles=True)
            fitter.fitted.connect(lambda tree=tree: _fit_height(tree))
            self.fitters.append(fitter)
        self.cases = child(f, QLabel, "casesLabel")
        self.cash = child(f, QLabel, "cashLabel")
        self.hits = child(f, QLabel, "hitsLabel")
        self.empty = EmptyState(self.exchanges, lambda: self.tr(
            "No request, alert or reply was exchanged in this period. Each partner agency "
            "appears here with what was sent and received, how fast it was answered and "
            "what came of it."))
        self.side_combo = child(f, QComboBox, "sideCombo")
        self.bars = fill_placeholder(child(f, QWidget, "barsChart"), 240)
        self.distribution = fill_placeholder(child(f, QWidget, "distributionChart"), 240)
        self.side_combo.addItem(self.tr("This office"), "incoming")
        self.side_combo.addItem(self.tr("Partners"), "outgoing")
        for title in ("exchangesTitle", "responseTitle", "repliesTitle", "outcomesTitle",
                      "hitsTitle"):
            label = child(f, QLabel, title)
            bold = QFont(label.font())
            bold.setBold(True)
            label.setFont(bold)
        self.figures: MonitoringFigures | None = None
        self.period_picker.changed.connect(self.refresh)
        self.partner_combo.currentIndexChanged.connect(self.refresh)
        self.side_combo.currentIndexChanged.connect(self._draw_distribution)
        child(f, QPushButton, "reportButton").clicked.connect(self.open_report)
        self.setFocusProxy(self.period_combo)
        ctx.locked.connect(self._clear)
        self._fill_partners()
        self.refresh()

    # -- controls ---------------------------------------------------------------------

    def _fill_partners(self) -> None:
        session = self.ctx.session
        self.partner_combo.blockSignals(True)
        self.partner_combo.clear()
        self.partner_combo.addItem(self.tr("All partner agencies"), "")
        if session is not None:
            for agency in views.directory_listing(session).agencies:
                if agency.agency_id != session.identity.agency_id:
                    self.partner_combo.addItem(f"{agency.agency_id} — {agency.name}",
                                               agency.agency_id)
        self.partner_combo.ensurePolished()
        self.partner_combo.setMinimumWidth(self.partner_combo.sizeHint().width())
        self.partner_combo.blockSignals(False)

    def choose(self, period: Period, partner: str | None = None) -> None:
        """Show `period` (and one partner, or all)."""
        self.period_picker.show_period(period)
        self.partner_combo.blockSignals(True)
        self.partner_combo.setCurrentIndex(max(0, self.partner_combo.findData(partner or "")))
        self.partner_combo.blockSignals(False)
        self.refresh()

    @property
    def period(self) -> Period:
        """The period on screen."""
        return self.period_picker.period

    @property
    def partner(self) -> str | None:
        """The partner agency on screen (None: all)."""
        return str(self.partner_combo.currentData() or "") or None

    def open_report(self) -> None:
        """File → Report… with this period and partner."""
        from liaison_app.gui.report_dialog import open_report_dialog

        open_report_dialog(self.ctx, self.window(), period=self.period, partner=self.partner)

    # -- figures -------------------------------------------------------------------------

    def _clear(self) -> None:
        self.figures = None
        for tree in (self.exchanges, self.responses, self.replies, self.overdue, self.outcomes):
            tree.clear()
        for label in (self.cases, self.cash, self.hits):
            label.clear()
        self.bars.set_chart(None, "")
        self.distribution.set_chart(None, "")

    def refresh(self) -> None:
        """Recompute the figures for the period and partner on screen."""
        session = self.ctx.session
        if session is None:
            self._clear()
            return
        try:
            figures = monitoring_figures(session, self.period, self.partner)
        except (ServiceError, ValueError) as exc:
            self.ctx.user_error.emit(self.tr("Cannot compute the figures"), plain_words(exc))
            return
        self.figures = figures
        self.source.setText(self.tr(
            "Computed at %1 UTC from this computer's cache alone (what this office sent and "
            "received); counts only, no personal data.").replace(
            "%1", figures.computed_at.strftime("%Y-%m-%d %H:%M")))
        self._fill_tables(figures)
        data = charts.bar_data(figures)
        self.bars.set_chart(
            lambda p, r, font, unit: charts.partner_month_bars(p, r, data, font, unit),
            "; ".join(f"{m.month} {m.partner}: {m.count}" for m in figures.monthly)
            or self.tr("No requests or alerts in this period."))
        self._draw_distribution()

    def _draw_distribution(self) -> None:
        figures = self.figures
        if figures is None:
            return
        side = str(self.side_combo.currentData())
        data = charts.distribution_data(figures, side)
        summary = "; ".join(f"{charts.urgency_label(u)}, {charts.bin_label(b)}: {n}"
                            for (u, b), n in sorted(data.values.items()))
        self.distribution.set_chart(
            lambda p, r, font, unit: charts.response_distribution(p, r, data, font, unit),
            summary or self.tr("No requests in this period."))

    def _fill_tables(self, f: MonitoringFigures) -> None:
        self.exchanges.clear()
        # nothing exchanged: no rows of zeros, the empty state says what would be here
        for c in (*f.by_partner, f.totals) if f.totals.total else ():
            name = (f"{c.partner} — {c.partner_name}" if c.partner_name else c.partner) \
                if c.partner else self.tr("Total (each message once)")
            self.exchanges.addTopLevelItem(_row([
                name, str(c.requests_sent), str(c.requests_received), str(c.alerts_sent),
                str(c.alerts_received), str(c.replies_sent), str(c.replies_received)]))
        self._fill_responses(f)
        self.replies.clear()
        for reply in f.replies:
            self.replies.addTopLevelItem(_row([reply_outcome(reply.outcome), str(reply.sent),
                                               str(reply.received)]))
        self.overdue.clear()
        for d in f.overdue:
            owed = self.tr("This office") if d.direction == "incoming" else self.tr("Partner")
            self.overdue.addTopLevelItem(_row([d.partner, owed, str(d.count)], 2))
        if not f.overdue:
            self.overdue.addTopLevelItem(QTreeWidgetItem([self.tr("Nothing is overdue.")]))
        self.cases.setText(self.tr("Cases opened: %1 · closed: %2").replace(
            "%1", str(f.cases_opened)).replace("%2", str(f.cases_closed)))
        self.outcomes.clear()
        amounts: dict[str, list[str]] = {}
        for a in f.amounts:
            amounts.setdefault(a.kind, []).append(a.text)
        for o in f.outcomes:
            self.outcomes.addTopLevelItem(_row([outcome_kind(o.kind), str(o.records),
                                                str(o.count), "; ".join(amounts.get(o.kind, []))]))
        if not f.outcomes:
            self.outcomes.addTopLevelItem(QTreeWidgetItem([self.tr("No outcomes recorded in "
                                                                   "this period.")]))
        self._fill_money_and_hits(f)
        for fitter in self.fitters:
            fitter.refit()

    def _fill_responses(self, f: MonitoringFigures) -> None:
        """Response times by urgency under who answered ("Answered by this office", then
        partners): a heading row across the table, not a column repeating it on every row
        (ten columns do not fit 1366 px in Bulgarian)."""
        tree = self.responses
        tree.clear()
        for direction, heading in (("incoming", self.tr("Answered by this office")),
                                   ("outgoing", self.tr("Answered by partners"))):
            rows = [r for r in f.response_times if r.direction == direction]
            if not rows:
                continue
            group = _heading(tree, heading)
            for r in rows:
                group.addChild(_row([
                    charts.urgency_label(r.urgency), str(r.requests), str(r.answered),
                    duration(r.median_seconds), duration(r.p90_seconds),
                    share(r.within, r.decided), str(r.late), str(r.overdue), str(r.pending)]))
        if not f.response_times:
            _heading(tree, self.tr("No requests in this period."), bold=False)
        tree.expandAll()

    def _fill_money_and_hits(self, f: MonitoringFigures) -> None:
        """Cash reported in the messages (per currency, each side apart) and arrival hits."""
        sides = []
        for direction, title in (("incoming", self.tr("received from partners: %1")),
                                 ("outgoing", self.tr("sent by this office: %1"))):
            amounts = [self.tr("%1 (cash subjects: %2)").replace("%1", c.text)
                       .replace("%2", str(c.subjects))
                       for c in f.cash if c.direction == direction]
            if amounts:
                sides.append(title.replace("%1", "; ".join(amounts)))
        self.cash.setText(
            self.tr("Cash found or carried, as reported in the messages exchanged — %1.")
            .replace("%1", " · ".join(sides)) if sides
            else self.tr("No cash reported in the messages exchanged in this period."))
        h = f.hits
        self.hits.setText(self.tr(
            "Against the watch lists: %1 · in the records held here: %2 · strong (notified): "
            "%3 · messages with a hit: %4").replace("%1", str(h.watchlist))
            .replace("%2", str(h.cache)).replace("%3", str(h.strong))
            .replace("%4", str(h.messages)))
