"""File → Report…: the working group's monitoring report or a case's hand-over file.

The figures or the case are read on the GUI thread (services: one quick SQL
pass, or the case's messages), the PDF is drawn on a pool thread with
progress (`reports`, QtGui only; nothing from the cache is touched there),
and the file, its signature and the audit entry are written back on the GUI
thread (services.report_export), with the justification the officer gave.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from liaison_app.domain.errors import ValidationError
from liaison_app.gui.context import AppContext
from liaison_app.gui.forms import child, load_form, set_role
from liaison_app.gui.period_picker import PeriodPicker
from liaison_app.gui.problem_texts import plain_words
from liaison_app.gui.tasks import start_task
from liaison_app.services import views
from liaison_app.services.errors import ServiceError
from liaison_app.services.monitoring_types import Period
from liaison_app.services.report_export import ReportKind


class ReportDialog(QDialog):
    """Choose a report, say why, choose where; then it is drawn, signed, saved and audited."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 case_ref: str | None = None, period: Period | None = None,
                 partner: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("reportDialog")
        self.setWindowTitle(self.tr("Report"))
        self.setAccessibleName(self.tr("Make a report"))
        form = load_form("report_dialog", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(form)
        self.monitoring_radio = child(form, QRadioButton, "monitoringRadio")
        self.case_radio = child(form, QRadioButton, "caseRadio")
        self.monitoring_box = child(form, QGroupBox, "monitoringBox")
        self.case_box = child(form, QGroupBox, "caseBox")
        self.period_combo = child(form, QComboBox, "periodCombo")
        self.from_date = child(form, QDateEdit, "fromDate")
        self.to_date = child(form, QDateEdit, "toDate")
        self.period_picker = PeriodPicker(self.period_combo, self.from_date, self.to_date,
                                          preset="last_quarter")
        self.partner_combo = child(form, QComboBox, "partnerCombo")
        self.format_combo = child(form, QComboBox, "formatCombo")
        self.with_subjects = child(form, QCheckBox, "withSubjectsCheck")
        self.case_combo = child(form, QComboBox, "caseCombo")
        self.justification = child(form, QLineEdit, "justificationEdit")
        self.path_edit = child(form, QLineEdit, "pathEdit")
        self.notice = child(form, QLabel, "noticeLabel")
        self.progress = child(form, QProgressBar, "progressBar")
        self.status = child(form, QLabel, "statusLabel")
        self.buttons = child(form, QDialogButtonBox, "buttonBox")
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert save is not None
        self.save_button = save
        save.setText(self.tr("Make &report"))
        self.buttons.accepted.connect(self.make_report)
        self.buttons.rejected.connect(self.reject)
        child(form, QPushButton, "browseButton").clicked.connect(self._browse)
        self._fill(case_ref, period, partner)
        for signal in (self.monitoring_radio.toggled, self.with_subjects.toggled,
                       self.format_combo.currentIndexChanged):
            signal.connect(self._update)
        self.period_picker.changed.connect(self._update)
        self.running = False
        self.result: Any = None
        if case_ref is not None:
            self.case_radio.setChecked(True)
        self._update()

    # -- filling -----------------------------------------------------------------------

    def _fill(self, case_ref: str | None, period: Period | None, partner: str | None) -> None:
        session = self.ctx.require_session()
        if period is not None:
            self.period_picker.show_period(period)
        self.partner_combo.addItem(self.tr("All partner agencies"), "")
        listing = views.directory_listing(session)
        for agency in listing.agencies:
            if agency.agency_id != session.identity.agency_id:
                self.partner_combo.addItem(f"{agency.agency_id} — {agency.name}",
                                           agency.agency_id)
        if partner:
            self.partner_combo.setCurrentIndex(max(0, self.partner_combo.findData(partner)))
        self.format_combo.addItem(self.tr("PDF (charts, for the meeting)"), "pdf")
        self.format_combo.addItem(self.tr("CSV (figures, for a spreadsheet)"), "csv")
        refs = [c.case_ref for c in views.case_page(session, limit=500)]
        self.case_combo.addItems(refs)
        if case_ref is not None:
            if case_ref not in refs:
                self.case_combo.addItem(case_ref)
            self.case_combo.setCurrentText(case_ref)

    # -- state ------------------------------------------------------------------------------

    @property
    def kind(self) -> ReportKind:
        """Which report is chosen."""
        return ReportKind.MONITORING if self.monitoring_radio.isChecked() else ReportKind.CASE

    @property
    def file_format(self) -> str:
        """`pdf` or `csv`."""
        return "pdf" if self.kind is ReportKind.CASE else str(self.format_combo.currentData())

    def _needs_justification(self) -> bool:
        return self.kind is ReportKind.CASE or self.with_subjects.isChecked()

    def _update(self) -> None:
        monitoring = self.kind is ReportKind.MONITORING
        self.monitoring_box.setEnabled(monitoring and not self.running)
        self.case_box.setEnabled(not monitoring and not self.running)
        if self._needs_justification():
            self.justification.setPlaceholderText(self.tr("Required: why it is exported, and "
                                                          "to whom"))
            self.notice.setText(self.tr(
                "The file holds personal data. It is signed by this device and the export is "
                "written to the audit log with your justification."))
        else:
            self.justification.setPlaceholderText(self.tr(
                "Optional: e.g. working group meeting of 15 April"))
            self.notice.setText(self.tr(
                "The report holds counts only, no personal data. It is signed by this device "
                "and the export is written to the audit log."))
        self._suggest_path()
        self.save_button.setEnabled(not self.running)

    def _suggest_path(self) -> None:
        text = self.path_edit.text().strip()
        current = Path(text) if text else None
        folder = current.parent if current is not None else Path.home()
        if self.kind is ReportKind.CASE:
            name = "handover-" + self.case_combo.currentText().replace("/", "-") + ".pdf"
        else:
            period = self.period_picker.period
            name = f"monitoring-{period.first_day}-{period.last_day}.{self.file_format}"
        if current is None or current.name.startswith(("handover-", "monitoring-")):
            self.path_edit.setText(str(folder / name))

    def _browse(self) -> None:
        pattern = self.tr("PDF files (*.pdf)") if self.file_format == "pdf" \
            else self.tr("CSV files (*.csv)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"),
                                              self.path_edit.text(), pattern)
        if path:
            self.path_edit.setText(path)

    def _say(self, text: str, *, error: bool = False) -> None:
        set_role(self.status, "error" if error else "")
        self.status.setText(text)

    # -- making it ------------------------------------------------------------------------

    def make_report(self) -> None:
        """Read, draw (in the background), sign, save and audit the chosen report."""
        session = self.ctx.session
        if session is None or self.running:
            return
        out = Path(self.path_edit.text().strip()).expanduser()
        if not self.path_edit.text().strip():
            self._say(self.tr("Choose where to save the report."), error=True)
            return
        if out.suffix.lower() != f".{self.file_format}":
            out = out.with_name(out.name + f".{self.file_format}")
        from liaison_app.services import report_export as rx

        given = self.justification.text().strip()
        try:
            if self.kind is ReportKind.CASE:
                why = rx.check_justification(given)
                draw, details = self._case_job(self.case_combo.currentText().strip(), why)
            else:
                why = rx.monitoring_justification(given,
                                                  with_subjects=self.with_subjects.isChecked())
                draw, details = self._monitoring_job(bool(given))
        except (ServiceError, ValidationError) as exc:
            self._say(plain_words(exc), error=True)
            return
        kind = self.kind
        self._running(True)
        self._say(self.tr("Drawing the report…"))

        def done(data: bytes) -> None:
            self._running(False)
            live = self.ctx.session
            if live is None:
                self._say(self.tr("The profile locked while the report was drawn; nothing was "
                                  "saved."), error=True)
                return
            try:
                self.result = rx.export_report(live, kind, data, out, justification=why,
                                               details=details)
            except ServiceError as exc:
                self._say(plain_words(exc), error=True)
                return
            self.progress.setValue(self.progress.maximum())
            self._say(self.tr("Saved %1 and its signature %2. The export is in the audit log.")
                      .replace("%1", str(self.result.path))
                      .replace("%2", self.result.signature_path.name))
            self.ctx.data_changed.emit()

        def failed(exc: BaseException) -> None:
            self._running(False)
            self._say(self.tr("The report could not be drawn: %1").replace("%1", plain_words(exc)),
                      error=True)

        start_task(draw, done=done, failed=failed, step=self._step)

    def _running(self, running: bool) -> None:
        self.running = running
        self.progress.setValue(0)
        self._update()

    def _step(self, done: int, text: str) -> None:
        total = int(text) if text.isdigit() else 0
        if total:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _monitoring_job(self, justified: bool) -> tuple[Callable[[Callable[[int, str], None]],
                                                                   bytes], dict[str, object]]:
        from liaison_app.services import report_export as rx
        from liaison_app.services.monitoring import monitoring_figures

        session = self.ctx.require_session()
        period = self.period_picker.period
        partner = str(self.partner_combo.currentData() or "") or None
        figures = monitoring_figures(session, period, partner,
                                     with_subjects=self.with_subjects.isChecked())
        details = rx.monitoring_details(figures, self.file_format, justified)
        if self.file_format == "csv":
            from liaison_app.services.monitoring_csv import monitoring_csv

            data = monitoring_csv(figures)
            return (lambda _step: data), details
        from liaison_app.reports.monitoring_pdf import render_monitoring_pdf
        from liaison_app.reports.qt_app import font_family

        font_family()  # fonts are registered on the GUI thread

        def draw(step: Callable[[int, str], None]) -> bytes:
            return render_monitoring_pdf(figures, lambda n, total: step(n, str(total)))

        return draw, details

    def _case_job(self, case_ref: str, why: str) -> tuple[
            Callable[[Callable[[int, str], None]], bytes], dict[str, object]]:
        from liaison_app.reports.case_pdf import render_case_pdf
        from liaison_app.reports.qt_app import font_family
        from liaison_app.services import report_export as rx
        from liaison_app.services.case_report import case_dossier

        if not case_ref:
            raise ServiceError(self.tr("Choose the case."))
        dossier = case_dossier(self.ctx.require_session(), case_ref)
        font_family()

        def draw(step: Callable[[int, str], None]) -> bytes:
            return render_case_pdf(dossier, why, lambda n, total: step(n, str(total)))

        return draw, rx.case_details(dossier)

    def reject(self) -> None:
        """Close, unless a report is still being drawn."""
        if not self.running:
            super().reject()


def open_report_dialog(ctx: AppContext, parent: QWidget | None, **preset: Any) -> ReportDialog:
    """Open File → Report… (window-modal), preset to a case or a period and partner."""
    dialog = ReportDialog(ctx, parent, **preset)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
