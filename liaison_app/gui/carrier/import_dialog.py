"""File → Import from carrier…: check a bundle, say what it is, import it (or relay it).

Choosing the file checks its header at once (who made it, for whom, until
when, what it holds) and says plainly why a damaged, expired, misaddressed or
revoked device's bundle is refused. Importing (and writing the acknowledgement
bundle to carry back) runs in a worker thread with progress; a bundle this
device may only carry is relayed to the hub instead.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from liaison_app.gui.carrier.export_dialog import SUFFIX, _stepper
from liaison_app.gui.carrier.texts import phase_text, refusal_text, size_text
from liaison_app.gui.context import AppContext
from liaison_app.gui.errors import describe
from liaison_app.gui.forms import child, load_form, set_role
from liaison_app.gui.models.labels import when
from liaison_app.gui.tasks import start_task
from liaison_app.services.bundle_import import (
    BundleInfo,
    ImportResult,
    import_bundle,
    inspect_bundle,
)
from liaison_app.services.bundle_relay import RelayResult, relay_bundle
from liaison_app.services.bundles import BundleError, worker_session


class ImportFromCarrierDialog(QDialog):
    """Check and import (or relay) one carrier bundle."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 path: Path | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session = ctx.require_session()
        self.info: BundleInfo | None = None
        self.outcome: ImportResult | RelayResult | None = None
        self.running = False
        self.setModal(True)
        self.setWindowTitle(self.tr("Import from carrier"))
        self.setAccessibleName(self.windowTitle())
        self.form = load_form("carrier_import")
        QVBoxLayout(self).addWidget(self.form)
        self.file_edit = child(self.form, QLineEdit, "fileEdit")
        self.summary = child(self.form, QPlainTextEdit, "summaryText")
        self.reply_check = child(self.form, QCheckBox, "replyCheck")
        self.reply_edit = child(self.form, QLineEdit, "replyEdit")
        self.progress = child(self.form, QProgressBar, "progressBar")
        self.error = child(self.form, QLabel, "formError")
        set_role(self.error, "error")
        self.import_button = child(self.form, QPushButton, "importButton")
        self.relay_button = child(self.form, QPushButton, "relayButton")
        self.close_button = child(self.form, QPushButton, "cancelButton")
        self.import_button.clicked.connect(self.run_import)
        self.relay_button.clicked.connect(self.run_relay)
        self.close_button.clicked.connect(self.reject)
        child(self.form, QPushButton, "chooseButton").clicked.connect(self._choose)
        self.file_edit.editingFinished.connect(self.check)
        self.reply_check.toggled.connect(self.reply_edit.setEnabled)
        self.summary.setPlainText(self.tr("Choose the bundle file the carrier brought."))
        self.setMinimumWidth(620)
        if path is not None:
            self.file_edit.setText(str(path))
            self.check()

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Bundle to import"), self.file_edit.text(),
            self.tr("Liaison bundles (*{0});;All files (*)").format(SUFFIX))
        if path:
            self.file_edit.setText(path)
            self.check()

    def _path(self) -> Path:
        return Path(self.file_edit.text().strip()).expanduser()

    # -- the header check ------------------------------------------------------------------

    def check(self) -> None:
        """Check the chosen file's header and show what it is (or why it is refused)."""
        self.info = None
        self.error.hide()
        self.import_button.setEnabled(False)
        self.relay_button.hide()
        if not self.file_edit.text().strip() or self.outcome is not None:
            return
        try:
            info = inspect_bundle(self.session, self._path())
        except BundleError as exc:
            self.summary.setPlainText(self.tr("This bundle cannot be imported."))
            self._fail(exc)
            return
        self.info = info
        self.summary.setPlainText(self.describe_info(info))
        if info.for_me:
            self.import_button.setEnabled(True)
            self.import_button.setDefault(True)
            path = self._path()
            self.reply_edit.setText(str(path.with_name(f"{path.stem}-ack{SUFFIX}")))
        else:
            self.relay_button.show()
            self.relay_button.setDefault(True)
            self.reply_check.setEnabled(False)
            self.error.setText(refusal_text("misaddressed", ", ".join(info.recipients)))
            self.error.show()

    def describe_info(self, info: BundleInfo) -> str:
        """What the verified header says."""
        lines = [
            self.tr("From: {0} ({1})").format(info.from_officer, info.from_agency),
            self.tr("For: {0}").format(", ".join(info.recipients)),
            self.tr("Made: {0}; expires: {1}").format(when(info.created_at),
                                                      when(info.expires_at)),
            self.tr("Holds: {0} message(s), {1} attachment(s) ({2}), {3} "
                    "acknowledgement(s) of your bundles").format(
                info.envelopes, info.attachments, size_text(info.attachment_bytes),
                info.acks),
        ]
        if info.imported_before:
            lines.append(self.tr("Imported before: importing again stores nothing new."))
        return "\n".join(lines)

    # -- import and relay ---------------------------------------------------------------------

    def run_import(self) -> None:
        """Import in a worker thread (and write the acknowledgement bundle if asked)."""
        if self.info is None:
            return
        path = self._path()
        reply = Path(self.reply_edit.text().strip()).expanduser() \
            if self.reply_check.isChecked() and self.reply_edit.text().strip() else None
        session = self.session
        self._busy(True)

        def job(step: Any) -> ImportResult:
            with worker_session(session) as ws:
                return import_bundle(ws, path, reply_out=reply, progress=_stepper(step))

        start_task(job, done=self._imported, failed=self._failed, step=self._step)

    def run_relay(self) -> None:
        """Relay the carried messages to the hub in a worker thread."""
        path = self._path()
        session = self.session
        self._busy(True)

        def job(step: Any) -> RelayResult:
            with worker_session(session) as ws:
                return relay_bundle(ws, path, progress=_stepper(step))

        start_task(job, done=self._relayed, failed=self._failed, step=self._step)

    def reject(self) -> None:
        """Closing waits while the bundle is being imported or relayed."""
        if not self.running:
            super().reject()

    def _busy(self, on: bool) -> None:
        self.running = on
        self.close_button.setEnabled(not on)
        self.progress.setVisible(on)
        self.progress.setValue(0)
        self.import_button.setEnabled(not on and self.info is not None and self.info.for_me)
        self.relay_button.setEnabled(not on)
        self.error.hide()

    def _step(self, percent: int, phase: str) -> None:
        self.progress.setValue(percent)
        self.progress.setFormat(f"{phase_text(phase)} %p%")

    def _finish(self) -> None:
        self.running = False
        self.close_button.setEnabled(True)
        self.progress.hide()
        self.import_button.hide()
        self.relay_button.hide()
        self.close_button.setText(self.tr("Close"))
        self.close_button.setDefault(True)
        self.ctx.data_changed.emit()

    def _imported(self, result: ImportResult) -> None:
        self.outcome = result
        lines = [self.describe_info(result.info), "",
                 self.tr("Stored: {0} new message(s); {1} already here; {2} quarantined; "
                         "{3} for others; {4} attachment(s)").format(
                     result.stored, result.duplicates, result.quarantined,
                     result.not_for_me, result.attachments)]
        if result.delivered or result.replied or result.acknowledged:
            lines.append(self.tr("Your messages: {0} delivered, {1} replied, {2} confirmed "
                                 "by acknowledgement").format(
                result.delivered, result.replied, result.acknowledged))
        if result.missing_before:
            lines.append(self.tr("Warning: {0} earlier bundle(s) from this sender have not "
                                 "arrived (lost, or still on their way).").format(
                result.missing_before))
        if result.reply is not None:
            lines.append(self.tr("Acknowledgement bundle written: {0} — carry it back to "
                                 "{1}.").format(str(result.reply.path),
                                                result.info.from_officer))
        if result.reply_error is not None:
            lines.append(self.tr("The acknowledgement bundle was not written: {0}").format(
                result.reply_error))
        self.summary.setPlainText("\n".join(lines))
        self._finish()

    def _relayed(self, result: RelayResult) -> None:
        self.outcome = result
        lines = [self.tr("Relayed to the hub: {0} accepted, {1} it had already, {2} "
                         "attachment(s)").format(result.accepted, result.duplicates,
                                                 result.blobs)]
        lines += [self.tr("Refused by the hub: {0} ({1})").format(i, r)
                  for i, r in result.rejected]
        self.summary.setPlainText("\n".join(lines))
        self._finish()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self._fail(exc)

    def _fail(self, exc: BaseException) -> None:
        if isinstance(exc, BundleError) and exc.problem is not None:
            text = refusal_text(exc.problem.value, exc.detail)
        else:
            text = describe(exc)[1]
        self.error.setText(text)
        self.error.show()
