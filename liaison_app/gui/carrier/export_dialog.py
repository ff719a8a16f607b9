"""File → Export for carrier…: choose recipients, see what goes, write the bundle.

The summary (messages by kind, attachments, acknowledgements owed, who can open
it, expiry, warnings) is recomputed as the officer ticks recipients; writing
runs in a worker thread on its own database connection, with progress. A bundle
that carries messages is a disclosure (issue 17): the officer gives its legal
basis and justification in the same block as compose and forward, and the export
appears on the Transfers page.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from liaison_app.domain.errors import ValidationError
from liaison_app.gui.carrier.texts import phase_text, size_text
from liaison_app.gui.compose._util import FieldErrors, chain
from liaison_app.gui.compose.disclosure_reason import ReasonFields
from liaison_app.gui.context import AppContext
from liaison_app.gui.errors import describe
from liaison_app.gui.forms import child, load_form, set_role
from liaison_app.gui.models.labels import TYPES, label, when
from liaison_app.gui.tasks import start_task
from liaison_app.services.bundle_export import ExportPlan, ExportResult, export_bundle, plan_export
from liaison_app.services.bundles import worker_session
from liaison_app.services.errors import ServiceError
from liaison_app.services.recipients import recipient_agencies

ROLE = Qt.ItemDataRole.UserRole
SUFFIX = ".liaison-bundle"


class ExportForCarrierDialog(QDialog):
    """Write a carrier bundle for the recipients the officer ticks."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session = ctx.require_session()
        self.written: ExportResult | None = None
        self.running = False
        self.setModal(True)
        self.setWindowTitle(self.tr("Export for carrier"))
        self.setAccessibleName(self.windowTitle())
        self.form = load_form("carrier_export")
        QVBoxLayout(self).addWidget(self.form)
        self.tree = child(self.form, QTreeWidget, "recipientTree")
        self.file_edit = child(self.form, QLineEdit, "fileEdit")
        self.days = child(self.form, QSpinBox, "daysSpin")
        self.days.setSuffix(self.tr(" days"))
        self.summary = child(self.form, QPlainTextEdit, "summaryText")
        self.progress = child(self.form, QProgressBar, "progressBar")
        self.error = child(self.form, QLabel, "formError")
        set_role(self.error, "error")
        self.export_button = child(self.form, QPushButton, "exportButton")
        self.cancel_button = child(self.form, QPushButton, "cancelButton")
        self.reason = ReasonFields(required=True, parent=self)
        self.reason.justification.setPlaceholderText(self.tr(
            "Why these recipients need what is queued for them, in a few words"))
        outer = self.form.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.insertWidget(outer.indexOf(child(self.form, QWidget, "summaryBox")),
                           self.reason.form)
        chain([self.days, *self.reason.focus_order])
        self.errors = FieldErrors([self.reason.form], general=self.error)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.cancel_button.clicked.connect(self.reject)
        child(self.form, QPushButton, "chooseButton").clicked.connect(self._choose)
        self._fill_tree()
        self.tree.itemChanged.connect(self._changed)
        self.days.valueChanged.connect(self._changed)
        self.setMinimumWidth(620)
        self._changed()

    # -- recipients and the summary ----------------------------------------------------

    def _fill_tree(self) -> None:
        own = self.session.identity.agency_id
        for agency in recipient_agencies(self.session):
            if agency.waiting and agency.agency_id != own:
                continue  # nobody there could open it
            top = QTreeWidgetItem([f"{agency.agency_id} — {agency.name}"])
            top.setData(0, ROLE, agency.agency_id)
            top.setCheckState(0, Qt.CheckState.Unchecked)
            top.setData(0, Qt.ItemDataRole.AccessibleTextRole, agency.name)
            for officer in agency.officers:
                item = QTreeWidgetItem([f"{officer.name} ({officer.officer_id})"])
                item.setData(0, ROLE, officer.officer_id)
                item.setCheckState(0, Qt.CheckState.Unchecked)
                item.setData(0, Qt.ItemDataRole.AccessibleTextRole, officer.name)
                top.addChild(item)
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()

    def _items(self) -> list[QTreeWidgetItem]:
        """Every agency and officer item, each agency before its officers."""
        out: list[QTreeWidgetItem] = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top is None:
                continue
            out.append(top)
            out += [c for c in (top.child(j) for j in range(top.childCount()))
                    if c is not None]
        return out

    def chosen(self) -> tuple[str, ...]:
        """The ticked agencies and officers."""
        return tuple(str(item.data(0, ROLE)) for item in self._items()
                     if item.checkState(0) == Qt.CheckState.Checked)

    def set_chosen(self, names: tuple[str, ...]) -> None:
        """Tick exactly these agencies and officers (the summary is worked out once)."""
        self.tree.blockSignals(True)
        try:
            for item in self._items():
                item.setCheckState(0, Qt.CheckState.Checked if item.data(0, ROLE) in names
                                   else Qt.CheckState.Unchecked)
        finally:
            self.tree.blockSignals(False)
        self._changed()

    def _lifetime(self) -> timedelta:
        return timedelta(days=self.days.value())

    def _changed(self, *_args: Any) -> None:
        if self.written is not None:
            return
        self.error.hide()
        names = self.chosen()
        if not names:
            self.summary.setPlainText(self.tr("Tick at least one recipient."))
            self.export_button.setEnabled(False)
            return
        if not self.file_edit.text().strip():
            stamp = datetime.now(UTC).astimezone().strftime("%Y%m%d-%H%M")
            self.file_edit.setText(str(Path.home() / f"liaison-for-{'-'.join(names)[:60]}-"
                                   f"{stamp}{SUFFIX}"))
        try:
            plan = plan_export(self.session, names, lifetime=self._lifetime())
        except (ServiceError, ValidationError) as exc:
            self.summary.setPlainText(describe(exc)[1])
            self.export_button.setEnabled(False)
            return
        self.summary.setPlainText(self.describe_plan(plan))
        self.export_button.setEnabled(not plan.empty)
        # acknowledgements alone carry no personal data: no disclosure to justify
        self.reason.required = plan.message_count > 0

    def describe_plan(self, plan: ExportPlan) -> str:
        """The summary of what would go."""
        if plan.empty:
            return self.tr("Nothing waits for {0}: no queued message and no acknowledgement "
                           "owed.").format(", ".join(plan.recipients.names()))
        kinds = ", ".join(f"{n} × {label(TYPES, k)}" for k, n in sorted(plan.messages.items()))
        lines = [
            self.tr("Messages: {0} ({1})").format(plan.message_count, kinds or "—"),
            self.tr("Attachments: {0} ({1})").format(plan.attachments,
                                                     size_text(plan.attachment_bytes)),
            self.tr("Acknowledgements owed: {0}").format(plan.acks_owed),
            self.tr("For: {0}; {1} device(s) can open it").format(
                ", ".join(plan.recipients.names()), plan.devices),
            self.tr("May relay it: {0}").format(", ".join(plan.carriers.names())
                                                or self.tr("nobody")),
            self.tr("Expires: {0}").format(when(plan.expires_at)),
        ]
        if plan.held:
            lines.append(self.tr("Not carried: {0} message(s) waiting for a partner's "
                                 "directory entry").format(plan.held))
        if plan.left_over:
            lines.append(self.tr("Not carried: {0} message(s) beyond one bundle; export "
                                 "again").format(plan.left_over))
        lines += [self.tr("Warning: {0}").format(w) for w in plan.warnings]
        return "\n".join(lines)

    def _choose(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Write the bundle to"), self.file_edit.text(),
            self.tr("Liaison bundles (*{0});;All files (*)").format(SUFFIX))
        if path:
            self.file_edit.setText(path)

    # -- writing ---------------------------------------------------------------------------

    def export(self) -> None:
        """Write the bundle in a worker thread."""
        names = self.chosen()
        target = self.file_edit.text().strip()
        if not names or not target:
            self._fail_text(self.tr("Tick a recipient and name the file to write."))
            return
        self.errors.clear()
        try:
            reason = self.reason.build()
        except ValidationError as exc:
            self.errors.show(exc)
            return
        path = Path(target).expanduser()
        lifetime = self._lifetime()
        session = self.session
        self._busy(True)

        def job(step: Any) -> ExportResult:
            with worker_session(session) as ws:
                return export_bundle(ws, names, path, lifetime=lifetime,
                                     progress=_stepper(step), reason=reason)

        start_task(job, done=self._done, failed=self._failed, step=self._step)

    def reject(self) -> None:
        """Closing waits while the bundle is being written (the worker reports here)."""
        if not self.running:
            super().reject()

    def _busy(self, on: bool) -> None:
        self.running = on
        self.cancel_button.setEnabled(not on)
        self.progress.setVisible(on)
        self.progress.setValue(0)
        self.export_button.setEnabled(not on)
        self.tree.setEnabled(not on)
        self.reason.form.setEnabled(not on)
        self.error.hide()

    def _step(self, percent: int, phase: str) -> None:
        self.progress.setValue(percent)
        self.progress.setFormat(f"{phase_text(phase)} %p%")

    def _done(self, result: ExportResult) -> None:
        self.running = False
        self.cancel_button.setEnabled(True)
        self.written = result
        self.progress.hide()
        self.export_button.hide()
        self.reason.form.setEnabled(False)
        self.cancel_button.setText(self.tr("Close"))
        self.summary.setPlainText(self.tr(
            "Written: {0} ({1}).\nThe messages are handed to the carrier and stay in the "
            "outbox until delivery is confirmed; the transfer is recorded on the Transfers "
            "page.\n\n{2}").format(
            str(result.path), size_text(result.size), self.describe_plan(result.plan)))
        self.ctx.data_changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self._fail_text(describe(exc)[1])

    def _fail_text(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


def _stepper(step: Any) -> Any:
    """Progress to the GUI at most once per percent and phase."""
    last: dict[str, int] = {}

    def report(phase: str, done: int, total: int) -> None:
        percent = 100 if total <= 0 else min(100, done * 100 // total)
        if last.get(phase) != percent:
            last[phase] = percent
            step(percent, phase)
    return report
